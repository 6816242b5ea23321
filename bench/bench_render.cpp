// Benchmark: synthetic timelines of 1k, 10k and 100k events rendered by default (target < 3 s).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/render/overview.hpp"
#include "chronograph/render/render.hpp"
#include "chronograph/render/timeline_layout.hpp"

using namespace chronograph;

namespace {

// Ten years of news: events bunch around a few busy weeks, as real coverage does; one in
// fifty is undated, one in ten a claim, one in eight known only to the month.
graph::Timeline synthetic(std::size_t events, std::size_t links, std::uint32_t seed) {
  std::mt19937 rng(seed);
  const auto start = date::sys_days{date::year{2015} / date::January / 1};
  const std::vector<std::string> actors = {"Russia", "Ukraine", "EU",    "USA",
                                           "Turkey", "NATO",    "China", "UN"};
  const std::vector<std::string> types = {"talks",     "strike",    "sanctions",
                                          "statement", "agreement", "election"};
  std::vector<int> busy;
  for (int i = 0; i < 40; ++i) busy.push_back(static_cast<int>(rng() % 3650));
  graph::Timeline t;
  for (std::size_t i = 0; i < events; ++i) {
    graph::EventNode n;
    n.id = "ev-" + std::to_string(i);
    n.type = types[rng() % types.size()];
    n.kind = rng() % 10 == 0 ? graph::EventKind::claim : graph::EventKind::event;
    n.label = "Synthetic " + n.type + " number " + std::to_string(i) + " with a longer label";
    if (n.kind == graph::EventKind::claim) n.speaker = "Speaker " + std::to_string(rng() % 50);
    n.actors = {actors[rng() % actors.size()]};
    n.salience = static_cast<double>(rng() % 1000) / 1000.0;
    int offset = rng() % 2 ? busy[rng() % busy.size()] + static_cast<int>(rng() % 21) - 10
                           : static_cast<int>(rng() % 3650);
    offset = std::clamp(offset, 0, 3649);
    const auto day = start + date::days{offset};
    if (rng() % 50 == 0) {
      n.date = base::DateValue{};
    } else if (rng() % 8 == 0) {
      const date::year_month_day ymd{day};
      n.date = base::month_value(ymd.year() / ymd.month(), base::Basis::relative);
    } else {
      n.date = base::day_value(day, base::Basis::explicit_date);
    }
    boost::add_vertex(n, t.graph);
  }
  for (std::size_t i = 0; i < links; ++i) {
    const auto a = rng() % events;
    const auto b = (a + 1 + rng() % 50) % events;  // mostly nearby events
    graph::LinkEdge e;
    e.type = static_cast<graph::LinkType>(rng() % 3);
    boost::add_edge(a, b, e, t.graph);
  }
  return t;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Times one render of the default view (the overview past OverviewLimits::max_detailed
// events) to SVG and to PNG; returns the slower of the two.
double run(std::size_t events, std::size_t links, const char* dot_path) {
  const graph::Timeline t = synthetic(events, links, 42);
  auto t0 = std::chrono::steady_clock::now();
  const std::string dot = render::render(t, render::Format::dot, {});
  const double dot_s = seconds_since(t0);
  if (dot_path) base::write_file_atomically(dot_path, dot);  // for a look with neato -n2
  t0 = std::chrono::steady_clock::now();
  const std::string svg = render::render(t, render::Format::svg, {});
  const double svg_s = seconds_since(t0);
  t0 = std::chrono::steady_clock::now();
  const std::string png = render::render(t, render::Format::png, {});
  const double png_s = seconds_since(t0);
  render::RenderOptions lanes;
  lanes.lanes = render::Lanes::actor;
  t0 = std::chrono::steady_clock::now();
  const std::string svg_lanes = render::render(t, render::Format::svg, lanes);
  const double lanes_s = seconds_since(t0);
  const auto overview = render::layout_overview(t, {});
  std::printf("bench_render: %zu events, %zu links; overview %.0f x %.0f pt, bars per %s\n", events,
              links, overview.layout.width, overview.layout.height,
              std::string(render::to_string(overview.histogram.size)).c_str());
  std::printf("  DOT (%6.2f MB)     %7.3f s\n", static_cast<double>(dot.size()) / 1e6, dot_s);
  std::printf("  SVG (%6.2f MB)     %7.3f s   (target < 3 s)\n",
              static_cast<double>(svg.size()) / 1e6, svg_s);
  std::printf("  PNG (%6.2f MB)     %7.3f s   (target < 3 s)\n",
              static_cast<double>(png.size()) / 1e6, png_s);
  std::printf("  SVG, actor lanes   %7.3f s\n", lanes_s);
  return std::max(svg_s, png_s);
}

}  // namespace

// With no argument: 1k, 10k and 100k events (two links each). With EVENTS [LINKS [DOT]]: that
// one size, its DOT written where asked.
int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {1000, 10000, 100000};
  if (argc > 1) sizes = {std::strtoul(argv[1], nullptr, 10)};
  double worst = 0;
  for (const std::size_t events : sizes) {
    const std::size_t links = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 2 * events;
    worst = std::max(worst, run(events, links, argc > 3 ? argv[3] : nullptr));
  }
  return worst < 3.0 ? 0 : 1;
}
