// Headline runs: a day's dated headline list of one page becomes one group node in pictures.
#include <doctest/doctest.h>

#include "chronograph/render/headline_runs.hpp"
#include "chronograph/render/render.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;

namespace {

graph::Vertex add_headline(graph::Timeline& t, const std::string& id, const std::string& label,
                           date::sys_days day, double salience, std::string actor = "Ukraine") {
  const auto v = test::add_event(t, id, label, base::day_value(day, base::Basis::explicit_date),
                                 {std::move(actor)});
  t.graph[v].salience = salience;
  t.graph[v].date_steps.push_back({"heading", "18 July under its date heading", std::nullopt});
  return v;
}

// A talk, then six headlines of 18 Jul (the EU one most salient), two of 17 Jul.
graph::Timeline sidebar() {
  graph::Timeline t;
  t.documents.push_back({"d1", "a.txt", "", {}, {}});
  const auto talks =
      test::add_event(t, "talks", "Talks in Istanbul",
                      base::day_value(test::day(2025, 6, 2), base::Basis::explicit_date));
  const auto day = test::day(2025, 7, 18);
  const auto eu = add_headline(t, "h-eu", "EU approves 18th sanctions package", day, 0.9, "EU");
  add_headline(t, "h-a", "Drones strike Kharkiv", day, 0.6);
  add_headline(t, "h-b", "Partisans expose air defences", day, 0.6);
  add_headline(t, "h-c", "Kyiv seeks dialogue with Warsaw", day, 0.5);
  const auto d = add_headline(t, "h-d", "UK sanctions GRU units", day, 0.7, "UK");
  add_headline(t, "h-e", "Flag raised on Kinburn Spit", day, 0.4);
  add_headline(t, "h-f", "Merz: Patriots within weeks", test::day(2025, 7, 17), 0.6);
  add_headline(t, "h-g", "Trump sides with aggressor", test::day(2025, 7, 17), 0.6);
  test::link(t, talks, eu, graph::LinkType::causes);
  test::link(t, eu, d, graph::LinkType::causes);  // inside the run: dropped
  return t;
}

}  // namespace

TEST_CASE("headline runs: a day's run becomes one group naming the most salient") {
  const auto t = sidebar();
  const auto grouped = group_headline_runs(t, Lanes::none);
  const auto& g = grouped.graph;
  // talks, the group of six, the two of 17 Jul (too short a run).
  REQUIRE(boost::num_vertices(g) == 4);
  const graph::EventNode& group = g[1];
  CHECK(is_headline_group(group));
  CHECK_FALSE(is_headline_group(g[0]));
  CHECK(group.date.exact());
  CHECK(*group.date.earliest == test::day(2025, 7, 18));
  CHECK(group.salience == doctest::Approx(0.9));
  const auto lines = headline_group_lines(group, Metrics::group_width, Metrics::font_size);
  REQUIRE(lines.size() >= 5);
  CHECK(lines.front() == "6 headlines, 18 Jul 2025");
  CHECK(lines[1].starts_with("\u2022 EU approves 18th"));  // wrapped within the box
  CHECK(lines[2] == "package");
  CHECK(lines[3] == "\u2022 UK sanctions GRU units");
  CHECK(lines.back() == "and 3 more");
  // The link to a member now meets the group; the one inside the run is gone.
  REQUIRE(boost::num_edges(g) == 1);
  const auto e = *boost::edges(g).first;
  CHECK(boost::source(e, g) == 0);
  CHECK(boost::target(e, g) == 1);
}

TEST_CASE("headline runs: by actor, each lane's run is its own group") {
  const auto grouped = group_headline_runs(sidebar(), Lanes::actor);
  // The EU and UK headlines stay in their lanes; Ukraine's four make one group.
  std::size_t groups = 0, boxes = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(grouped.graph))) {
    const auto& n = grouped.graph[v];
    if (is_headline_group(n)) {
      ++groups;
      CHECK(n.actors == std::vector<std::string>{"Ukraine"});
    } else {
      ++boxes;
    }
  }
  CHECK(groups == 1);
  CHECK(boxes == 5);
}

TEST_CASE("headline runs: no run, no change, and only events dated under a heading count") {
  auto t = sidebar();
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph))) t.graph[v].date_steps.clear();
  CHECK(boost::num_vertices(group_headline_runs(t, Lanes::none).graph) == 9);
}

TEST_CASE("headline runs: the picture draws the group, --all-headlines every box") {
  const auto t = sidebar();
  const std::string dot = render::render(t, Format::dot, {});
  CHECK(dot.find("6 headlines, 18 Jul 2025") != std::string::npos);
  CHECK(dot.find("box3d") != std::string::npos);
  CHECK(dot.find("Kinburn") == std::string::npos);   // counted, not named
  CHECK(dot.find("9 events") != std::string::npos);  // the subtitle counts every event
  RenderOptions all;
  all.group_headlines = false;
  const std::string every = render::render(t, Format::dot, all);
  CHECK(every.find("headlines,") == std::string::npos);
  CHECK(every.find("Kinburn") != std::string::npos);
}
