// Timeline layout: boxes never overlap, stay off the axis, undated go aside, lanes get titles.
#include <doctest/doctest.h>

#include "chronograph/graph/json_io.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;

namespace {

bool overlap(double a0, double a1, double b0, double b1) { return a0 < b1 && b0 < a1; }

// Every pair of items is disjoint: boxes and their date markers together.
void check_no_overlaps(const TimelineLayout& L) {
  for (std::size_t i = 0; i < L.items.size(); ++i) {
    const auto& a = L.items[i];
    CHECK(a.bottom() < L.axis_y);  // nothing reaches the axis or its labels
    CHECK(a.top() > L.lanes[a.lane].y0);
    CHECK(a.bottom() < L.lanes[a.lane].y1);
    for (std::size_t j = i + 1; j < L.items.size(); ++j) {
      const auto& b = L.items[j];
      const bool clash = overlap(a.left(), a.right(), b.left(), b.right()) &&
                         overlap(a.top(), a.bottom(), b.top(), b.bottom());
      CHECK_MESSAGE(!clash, "items ", i, " and ", j, " overlap");
    }
  }
}

graph::Timeline sample() {
  const std::string path = test::source_path("tests/fixtures/render/sample_timeline.json");
  return graph::from_json(test::read_text(path), path);
}

}  // namespace

TEST_CASE("render: layout of the sample timeline has no overlapping labels") {
  for (auto lanes : {Lanes::none, Lanes::actor, Lanes::type, Lanes::document}) {
    RenderOptions opt;
    opt.lanes = lanes;
    const auto L = layout_timeline(sample(), opt);
    check_no_overlaps(L);
    // Tick labels do not collide either.
    for (std::size_t i = 1; i < L.ticks.size(); ++i) CHECK(L.ticks[i].x - L.ticks[i - 1].x >= 58);
  }
}

TEST_CASE("render: dates are placed on the axis, ranges span earliest to latest") {
  const auto t = test::small_timeline();
  const auto L = layout_timeline(t, {});
  const auto& g = t.graph;
  for (graph::Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const auto& it = L.items[v];
    const auto& d = g[v].date;
    if (!d.known()) {
      CHECK(it.undated);
      CHECK(it.left() >= L.plot_x1);  // in the side area, never on a date
      continue;
    }
    CHECK(it.range_x0 == doctest::Approx(L.axis.x(*d.earliest)));
    CHECK(it.range_x1 ==
          doctest::Approx(std::max(L.axis.x(*d.latest), it.range_x0 + (d.exact() ? 0 : 4))));
    CHECK(it.is_range() == !d.exact());
    CHECK(it.left() <= it.range_x0);  // the box covers its marker
    CHECK(it.right() >= it.range_x1);
  }
  CHECK(L.has_undated);
  check_no_overlaps(L);
}

TEST_CASE("render: lanes by actor have titles; claims join the lane of what they are about") {
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
  CHECK(L.lanes.front().rows >= 10);
}
