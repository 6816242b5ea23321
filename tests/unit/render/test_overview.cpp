// The overview of large timelines: bounded size, counts per bin, salient events labelled, and
// when the automatic view chooses it.
#include <doctest/doctest.h>

#include <numeric>

#include "chronograph/render/overview.hpp"
#include "chronograph/render/render.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;

namespace {

// `count` events, one every `step` days from 1 Jan 2015 (one in ten undated); the salience of
// event i is i / count, so the most salient are the last ones.
graph::Timeline spread(std::size_t count, int step) {
  graph::Timeline t;
  t.documents.push_back({"d1", "a.txt", "", {}, {}});
  for (std::size_t i = 0; i < count; ++i) {
    const auto day = test::day(2015, 1, 1) + date::days{static_cast<int>(i) * step};
    const auto date =
        i % 10 == 9 ? base::DateValue{} : base::day_value(day, base::Basis::explicit_date);
    const auto v =
        test::add_event(t, "ev-" + std::to_string(100000 + i), "Event " + std::to_string(i), date);
    t.graph[v].salience = static_cast<double>(i) / static_cast<double>(count);
  }
  return t;
}

std::size_t count_of(const std::string& text, const std::string& word) {
  std::size_t n = 0;
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("render overview: bars count every dated event once, within the picture's bound") {
  const auto t = spread(5000, 1);  // 5000 days, about 14 years
  const Overview o = layout_overview(t, {});
  const Histogram& h = o.histogram;
  CHECK(h.dated == 4500);
  CHECK(h.undated == 500);
  const std::size_t sum = std::accumulate(h.bins.begin(), h.bins.end(), std::size_t{0},
                                          [](std::size_t s, const auto& b) { return s + b.count; });
  CHECK(sum == 4500);
  // 14 years in under 3000 points: days would be under a point each, weeks are not.
  CHECK(h.size == BinSize::week);
  CHECK(h.max_count == 7);
  for (std::size_t i = 0; i + 1 < h.bins.size(); ++i) {
    CHECK(h.bins[i].first < h.bins[i + 1].first);
    CHECK(h.bins[i].x1 <= h.bins[i + 1].x0 + 1e-6);  // bars in order, never on top of another
  }
  CHECK(o.layout.width <= OverviewLimits::max_side + 2 * Metrics::margin);
  CHECK(o.layout.height <= OverviewLimits::max_side);
  CHECK(h.caption.find("events per week") != std::string::npos);
  CHECK(h.caption.find("500 undated not drawn") != std::string::npos);
  // The subtitle counts the whole timeline, not the labelled events.
  CHECK(o.layout.subtitle.find("5,000 events") != std::string::npos);
}

TEST_CASE("render overview: the most salient dated events are the labelled ones") {
  const auto t = spread(1000, 1);
  const Overview o = layout_overview(t, {});
  const auto& g = o.labelled.graph;
  REQUIRE(boost::num_vertices(g) == OverviewLimits::labelled);
  // The last 40 dated events by salience: 999 is undated, so 998 down to 954 less the undated.
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    CHECK(g[v].date.known());
    CHECK(g[v].salience >= 0.95);
  }
}

TEST_CASE("render overview: the bin size follows the density of time") {
  CHECK(layout_overview(spread(600, 0), {}).histogram.size == BinSize::day);     // all on one day
  CHECK(layout_overview(spread(600, 1), {}).histogram.size == BinSize::day);     // 20 months
  CHECK(layout_overview(spread(600, 40), {}).histogram.size == BinSize::month);  // 65 years
  CHECK(layout_overview(spread(600, 400), {}).histogram.size == BinSize::year);  // 650 years
}

TEST_CASE(
    "render overview: the automatic view aggregates large timelines, options ask for detail") {
  const auto big = spread(OverviewLimits::max_detailed + 100, 1);
  const std::string dot = render::render(big, Format::dot, {});
  CHECK(count_of(dot, "\tbar") > 10);
  CHECK(count_of(dot, "\te") <= OverviewLimits::labelled + 2);  // boxes; the corners are "corner"
  CHECK(dot.find("size=") != std::string::npos);

  RenderOptions top;
  top.filter.top = 60;
  const std::string detailed = render::render(big, Format::dot, top);
  CHECK(count_of(detailed, "\tbar") == 0);
  CHECK(count_of(detailed, "\te") >= 60);

  RenderOptions window;
  window.filter.from = test::day(2015, 1, 1);
  CHECK(count_of(render::render(spread(450, 0), Format::dot, window), "\tbar") == 0);

  RenderOptions forced;
  forced.view = View::overview;
  CHECK(count_of(render::render(spread(20, 1), Format::dot, forced), "\tbar") > 0);
  forced.view = View::detailed;
  CHECK(count_of(render::render(big, Format::dot, forced), "\tbar") == 0);
}

TEST_CASE("render overview: a small timeline stays detailed, a wide one is aggregated") {
  CHECK(count_of(render::render(spread(30, 1), Format::dot, {}), "\tbar") == 0);
  // 300 events on 300 days far apart: each asks for its own width on the axis.
  const auto wide = spread(300, 60);
  TimelineLayout L;
  L.width = OverviewLimits::max_side + 1;
  CHECK(overview_by_size(L, {}));
  RenderOptions top;
  top.filter.top = 5;
  CHECK_FALSE(overview_by_size(L, top));
  CHECK(count_of(render::render(wide, Format::dot, {}), "\tbar") > 0);
}

TEST_CASE("render overview: the same bytes for the same graph") {
  const auto t = spread(2000, 3);
  CHECK(render::render(t, Format::dot, {}) == render::render(t, Format::dot, {}));
  CHECK(render::render(t, Format::svg, {}) == render::render(t, Format::svg, {}));
}

TEST_CASE("render overview: with lanes, each lane has its own row of counts") {
  // 200 events, the even ones by one actor, the odd ones by another; 14 small actors more.
  auto t = spread(200, 2);
  for (graph::Vertex v = 0; v < 200; ++v) t.graph[v].actors = {v % 2 ? "Odd Actor" : "Even Actor"};
  for (int i = 0; i < 14; ++i) {
    const auto v = test::add_event(t, "small-" + std::to_string(i), "Small",
                                   base::day_value(test::day(2015, 3, 1), base::Basis::header),
                                   {"Small " + std::to_string(100 + i)});
    t.graph[v].salience = 0;
  }
  RenderOptions opt;
  opt.view = View::overview;
  opt.lanes = Lanes::actor;
  const Overview o = layout_overview(t, opt);
  const auto& rows = o.histogram.rows;
  REQUIRE(rows.size() == Metrics::max_lanes);  // eleven actors, then "Other actors"
  CHECK(rows.front().title == "Even Actor");
  CHECK(rows.back().title == "Other actors");
  std::size_t total = 0;
  for (const auto& r : rows) {
    CHECK(r.y0 < r.y1);
    CHECK(r.y1 <= o.histogram.y0);  // above the overall bars
    for (const auto& b : r.bins) total += b.count;
  }
  CHECK(total == o.histogram.dated);  // each dated event counted in exactly one row
  opt.lanes = Lanes::none;
  CHECK(layout_overview(t, opt).histogram.rows.empty());
  opt.lanes = Lanes::actor;
  const std::string dot = render::render(t, Format::dot, opt);
  CHECK(count_of(dot, "\trow0_bar") > 0);
}
