// Timeline layout: boxes never overlap, stay off the axis, undated go aside, lanes get titles.
#include <doctest/doctest.h>

#include <set>

#include "chronograph/graph/json_io.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;

namespace {

struct Rect {
  double x0, y0, x1, y1;
  std::size_t owner;
  bool overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// Boxes, date markers and block brackets of every item: no two may overlap (an item's own
// marker and bracket lie under its block, so they are checked against all boxes too).
void check_no_overlaps(const TimelineLayout& L) {
  std::vector<Rect> boxes, marks;
  for (std::size_t i = 0; i < L.items.size(); ++i) {
    const auto& a = L.items[i];
    boxes.push_back(
        {a.x - a.width / 2, a.y - a.height / 2, a.x + a.width / 2, a.y + a.height / 2, i});
    if (a.marker != Marker::none)
      marks.push_back({a.marker_x0, a.marker_y - Metrics::range_bar / 2, a.marker_x1,
                       a.marker_y + Metrics::range_bar / 2, i});
    if (a.bracket_x1 > a.bracket_x0)
      marks.push_back({a.bracket_x0, a.marker_y - 0.5, a.bracket_x1, a.marker_y + 0.5, i});
  }
  for (const auto& r : boxes) {
    const auto& lane = L.lanes[L.items[r.owner].lane];
    CHECK(r.y0 > lane.y0);
    CHECK(r.y1 < lane.y1);
    CHECK(r.y1 < L.axis_y);  // nothing reaches the axis or its labels
  }
  for (const auto& r : marks) CHECK(r.y1 < L.lanes[L.items[r.owner].lane].y1);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    for (std::size_t j = i + 1; j < boxes.size(); ++j)
      CHECK_MESSAGE(!boxes[i].overlaps(boxes[j]), "boxes ", i, " and ", j, " overlap");
    for (const auto& m : marks)
      CHECK_MESSAGE(!boxes[i].overlaps(m), "box ", i, " covers the marker of ", m.owner);
  }
  for (std::size_t i = 0; i < marks.size(); ++i)
    for (std::size_t j = i + 1; j < marks.size(); ++j)
      if (marks[i].owner != marks[j].owner)
        CHECK_MESSAGE(!marks[i].overlaps(marks[j]), "markers of ", marks[i].owner, " and ",
                      marks[j].owner, " overlap");
}

}  // namespace

TEST_CASE("render: layout of the sample timeline has no overlapping labels") {
  for (auto lanes : {Lanes::none, Lanes::actor, Lanes::type, Lanes::document}) {
    RenderOptions opt;
    opt.lanes = lanes;
    const auto L = layout_timeline(test::sample_fixture(), opt);
    check_no_overlaps(L);
    // Tick labels do not collide either.
    for (std::size_t i = 1; i < L.ticks.size(); ++i) CHECK(L.ticks[i].x - L.ticks[i - 1].x >= 58);
  }
}

TEST_CASE("render: dates are marked on the axis, ranges span earliest to latest") {
  const auto t = test::small_timeline();
  const auto L = layout_timeline(t, {});
  const auto& g = t.graph;
  for (graph::Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const auto& it = L.items[v];
    const auto& d = g[v].date;
    if (!d.known()) {
      CHECK(it.undated);
      CHECK(it.marker == Marker::none);
      CHECK(it.x - it.width / 2 >= L.plot_x1);  // in the side area, never on a date
      continue;
    }
    REQUIRE(it.marker != Marker::none);  // each date here is unique, so each has its marker
    CHECK(it.marker == (d.exact() ? Marker::day : Marker::range));
    const double x0 = L.axis.x(*d.earliest), x1 = L.axis.x(*d.latest);
    CHECK((it.marker_x0 + it.marker_x1) / 2 == doctest::Approx(d.exact() ? x0 : (x0 + x1) / 2));
    if (!d.exact()) CHECK(it.marker_x0 == doctest::Approx(x0));
    CHECK(it.x - it.width / 2 <= it.marker_x1);  // the box reaches over its marker
    CHECK(it.x + it.width / 2 >= it.marker_x0);
  }
  CHECK(L.has_undated);
  check_no_overlaps(L);
}

TEST_CASE("render: dates known from one side get an arrow, same-day events form a block") {
  graph::Timeline t;
  const auto d = test::day(2025, 5, 20);
  test::add_event(t, "b", "Before the article",
                  base::DateValue{"2025", std::nullopt, d, base::Basis::inferred});
  test::add_event(t, "a", "After the talks",
                  base::DateValue{"2025", d, std::nullopt, base::Basis::inferred});
  for (int i = 0; i < 12; ++i)
    test::add_event(t, "s" + std::to_string(i), "Same day " + std::to_string(i),
                    base::day_value(test::day(2025, 7, 18), base::Basis::header));
  // Days around the bound, so that it lies inside a segment with room on both sides.
  for (unsigned m : {5u, 6u, 7u})
    for (unsigned dd : {1u, 11u, 21u})
      test::add_event(t, "n" + std::to_string(m * 100 + dd), "Nearby",
                      base::day_value(test::day(2025, m, dd), base::Basis::header));
  const auto L = layout_timeline(t, {});
  REQUIRE(L.axis.segments().size() == 1);
  CHECK(L.items[0].marker == Marker::before);
  CHECK(L.items[0].marker_x1 == doctest::Approx(L.axis.x(d)));
  CHECK(L.items[1].marker == Marker::after);
  CHECK(L.items[1].marker_x0 == doctest::Approx(L.axis.x(d)));
  // Not placed as if the bound were the date: each box stands on its open side of the
  // bound, over an arrow as long as the box.
  const auto& before = L.items[0];
  const auto& after = L.items[1];
  CHECK(before.x + before.width / 2 <= L.axis.x(d) + 2);
  CHECK(before.marker_x0 <= before.x - before.width / 2 + 4);
  CHECK(after.x - after.width / 2 >= L.axis.x(d) - 2);
  CHECK(after.marker_x1 >= after.x + after.width / 2 - 4);
  // The twelve share one marker and a bracket, in more than one column.
  CHECK(L.items[2].marker == Marker::day);
  CHECK(L.items[2].bracket_x1 > L.items[2].bracket_x0);
  int markers = 0;
  std::set<double> columns;
  for (std::size_t i = 2; i < 14; ++i) {
    markers += L.items[i].marker != Marker::none;
    columns.insert(L.items[i].x);
  }
  CHECK(markers == 1);
  CHECK(columns.size() >= 2);
  check_no_overlaps(L);
}

TEST_CASE("render: lanes by actor have titles, claims join the lane of what they are about") {
  const auto t = test::small_timeline();
  RenderOptions opt;
  opt.lanes = Lanes::actor;
  const auto L = layout_timeline(t, opt);
  REQUIRE(L.lanes.size() == 2);  // Russia, Ukraine
  for (const auto& lane : L.lanes) CHECK(!lane.title.empty());
  const auto keys = lane_keys(t, Lanes::actor);
  CHECK(keys[5] == keys[4]);  // the claim sits with the second round of talks
  for (std::size_t i = 1; i < L.lanes.size(); ++i) CHECK(L.lanes[i].y0 >= L.lanes[i - 1].y1);
}

TEST_CASE("render: many events on one day stack without overlapping") {
  graph::Timeline t;
  for (int i = 0; i < 30; ++i)
    test::add_event(t, "e" + std::to_string(i), "Event number " + std::to_string(i),
                    base::day_value(test::day(2025, 6, 1 + static_cast<unsigned>(i % 3)),
                                    base::Basis::explicit_date));
  const auto L = layout_timeline(t, {});
  check_no_overlaps(L);
  CHECK(L.lanes.front().rows >= 1);
}

TEST_CASE("render: past a dozen actors, the smallest share one lane") {
  graph::Timeline t;
  for (int i = 0; i < 20; ++i)
    for (int k = 0; k <= 20 - i; ++k)  // actor i has 21 - i events: a clear ranking
      test::add_event(t, "e" + std::to_string(i) + "-" + std::to_string(k), "Event",
                      base::day_value(test::day(2025, 6, 1 + static_cast<unsigned>(k % 20)),
                                      base::Basis::explicit_date),
                      {"Actor " + std::to_string(100 + i)});
  RenderOptions opt;
  opt.lanes = Lanes::actor;
  const auto L = layout_timeline(t, opt);
  REQUIRE(L.lanes.size() == Metrics::max_lanes);
  CHECK(L.lanes.front().title.front() == "Actor 100");
  CHECK(L.lanes.back().title.front() == "Other actors");
}

TEST_CASE("render: an event's actor lane is its agent, the actor its label names first") {
  graph::EventNode n;
  n.label = "Zelenskyy appoints Umerov as Secretary of Ukraine’s National Security";
  n.actors = {"Rustem Umerov", "Ukraine", "Volodymyr Zelenskyy"};  // as the graph sorts them
  CHECK(actors_agent_first(n) ==
        std::vector<std::string>{"Volodymyr Zelenskyy", "Rustem Umerov", "Ukraine"});
  n.label = "EU ambassadors approve 18th sanctions package against Russia";
  n.actors = {"European Union", "Russia"};
  CHECK(actors_agent_first(n).front() == "European Union");
  n.label = "U.S. eyes Ukrainian drones: Trump";
  n.actors = {"Donald Trump", "Ukraine", "United States"};
  CHECK(actors_agent_first(n).front() == "United States");  // "Ukrainian" is not "Ukraine"
  n.label = "Putin’s silence reflects intentions regarding Trump";
  n.actors = {"Donald Trump", "Vladimir Putin"};
  CHECK(actors_agent_first(n).front() == "Vladimir Putin");
  n.label = "Talks in Istanbul";  // nobody named: the graph's order
  CHECK(actors_agent_first(n).front() == "Donald Trump");
}

TEST_CASE("render: an agent without a lane of its own goes to another actor's lane") {
  graph::Timeline t;
  // Twelve actors with lanes; the last event's agent has none, its other actor has one.
  for (int i = 0; i < 12; ++i)
    for (int k = 0; k < 3; ++k)
      test::add_event(t, "e" + std::to_string(i) + "-" + std::to_string(k), "Event",
                      base::day_value(test::day(2025, 6, 1 + static_cast<unsigned>(k)),
                                      base::Basis::explicit_date),
                      {"Actor " + std::to_string(100 + i)});
  const auto v = test::add_event(t, "z", "Zelenskyy meets Actor 100",
                                 base::day_value(test::day(2025, 6, 9), base::Basis::explicit_date),
                                 {"Actor 100", "Volodymyr Zelenskyy"});
  RenderOptions opt;
  opt.lanes = Lanes::actor;
  CHECK(lane_keys(t, Lanes::actor)[v] == "Volodymyr Zelenskyy");
  const auto L = layout_timeline(t, opt);
  CHECK(L.lanes[L.items[v].lane].key == "Actor 100");
}

TEST_CASE("render: claims name their speaker once") {
  graph::EventNode c;
  c.kind = graph::EventKind::claim;
  c.date = base::day_value(test::day(2025, 6, 3), base::Basis::header);
  c.speaker = "Sergiu Ceban";
  c.label = "hardly a step toward peace";
  auto lines = item_label_lines(c);
  CHECK(lines.front() == "3 Jun 2025");
  CHECK(lines.at(1).starts_with("Sergiu Ceban: hardly"));
  // A label that names the speaker already says it once, as 'Speaker: gist'.
  c.label = "Sergiu Ceban says the talks were hardly a step toward peace";
  lines = item_label_lines(c);
  CHECK(lines.at(1).starts_with("Sergiu Ceban: the talks"));
}
