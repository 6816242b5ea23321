// A date pinned by an overrides file is reasoned from: what is dated from the event follows.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../test_support.hpp"
#include "chronograph/pipeline/build.hpp"

using namespace chronograph;

namespace {

const graph::EventNode* event_of_type(const graph::Timeline& t, const char* type) {
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
    if (t.graph[v].type == type) return &t.graph[v];
  return nullptr;
}

graph::Timeline build_trade(const std::optional<std::string>& overrides) {
  pipeline::BuildRequest req;
  req.inputs = {(test_support::source_dir() / "tests/corpora/trade").string()};
  req.lexicon_path = (test_support::source_dir() / "tests/corpora/trade/lexicon.yaml").string();
  req.overrides_path = overrides;
  req.no_overrides = !overrides;
  return pipeline::build(req);
}

}  // namespace

TEST_CASE("pipeline: a pinned date moves the events anchored to it, ids stay") {
  // The tariffs were imposed "a day after the talks in Montevideo broke down"; the page on
  // them is undated and gets its date from the tariffs ("yesterday").
  const graph::Timeline before = build_trade(std::nullopt);
  const auto* talks = event_of_type(before, "talks");
  REQUIRE(talks);
  for (auto v : boost::make_iterator_range(boost::vertices(before.graph)))
    if (before.graph[v].label.find("Montevideo") != std::string::npos) talks = &before.graph[v];
  REQUIRE(talks->date.value == "2013-03-20");
  const std::string talks_id = talks->id;
  const auto* tariffs = event_of_type(before, "sanctions");
  REQUIRE(tariffs);
  REQUIRE(tariffs->date.value == "2013-03-21");
  const std::string tariffs_id = tariffs->id;

  const auto dir = std::filesystem::temp_directory_path() / "chronograph-test-pins";
  std::filesystem::create_directories(dir);
  const auto file = dir / "overrides.yaml";
  std::ofstream(file) << "events:\n  - id: " << talks_id << "\n    date: 2013-03-18\n";
  const graph::Timeline after = build_trade(file.string());

  const auto t = graph::find_by_id(after.graph, talks_id);
  REQUIRE(t);
  CHECK(after.graph[*t].date.value == "2013-03-18");
  CHECK(after.graph[*t].date.basis == base::Basis::override_value);
  // One explanation of the pin, not one from the reasoning and another from the override.
  std::size_t pin_steps = 0;
  for (const auto& s : after.graph[*t].date_steps) pin_steps += s.rule == "override";
  CHECK(pin_steps == 1);

  const auto a = graph::find_by_id(after.graph, tariffs_id);
  REQUIRE(a);  // the id was made before the pin: the override file keeps matching
  CHECK(after.graph[*a].date.value == "2013-03-19");
  CHECK(after.graph[*a].date.basis == base::Basis::inferred);
  bool cites_pin = false;
  for (const auto& s : after.graph[*a].date_steps)
    cites_pin = cites_pin || s.detail.find("overrides.yaml:2") != std::string::npos;
  CHECK(cites_pin);
  // The undated page follows too ("yesterday" = the tariffs' day).
  bool page_follows = false;
  for (const auto& d : after.documents)
    if (d.id == "b_reaction") page_follows = d.published.value == "2013-03-20";
  CHECK(page_follows);
  std::filesystem::remove_all(dir);
}
