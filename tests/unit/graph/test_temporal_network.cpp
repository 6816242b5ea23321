// Tests of the Simple Temporal Network: propagation, conflicts, explanations.
#include <doctest/doctest.h>

#include "chronograph/graph/temporal_network.hpp"

using namespace chronograph;
using namespace chronograph::graph;
using namespace date::literals;

namespace {
date::sys_days day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}
DateStep step(const char* rule, const char* detail) { return {rule, detail, std::nullopt}; }
}  // namespace

TEST_CASE("graph: STN propagates explicit dates through event anchors and page dates") {
  // talks = June 2 (explicit); strikes = talks - 1 ("a day before"); page = talks + 1
  // ("yesterday").
  TemporalNetwork stn(4);
  const std::size_t talks = 1, strikes = 2, page = 3;
  stn.add_interval(talks, day(2025, 6, 2), day(2025, 6, 2), strength::kExplicit,
                   step("explicit", "June 2"));
  stn.add_difference(strikes, talks, -1, -1, strength::kEventAnchor,
                     step("event-anchor", "a day before"));
  stn.add_difference(talks, page, -1, -1, strength::kRelative, step("relative", "held yesterday"));
  const auto sol = stn.solve();
  CHECK(sol.conflicts.empty());
  CHECK(sol.earliest[strikes] == day(2025, 6, 1));
  CHECK(sol.latest[strikes] == day(2025, 6, 1));
  CHECK(sol.earliest[page] == day(2025, 6, 3));
  CHECK(sol.latest[page] == day(2025, 6, 3));
  CHECK(sol.only_direct[talks]);
  CHECK_FALSE(sol.only_direct[page]);
  // The page's date is explained by both the explicit date and the relative expression.
  bool saw_explicit = false, saw_relative = false;
  for (const auto& s : sol.steps[page]) {
    saw_explicit = saw_explicit || s.rule == "explicit";
    saw_relative = saw_relative || s.rule == "relative";
  }
  CHECK(saw_explicit);
  CHECK(saw_relative);
}

TEST_CASE("graph: STN drops the weakest evidence on a conflict and reports it") {
  // A page dated June 3 says the talks are "today", but they are explicitly on June 2.
  TemporalNetwork stn(3);
  const std::size_t talks = 1, page = 2;
  stn.add_interval(page, day(2025, 6, 3), day(2025, 6, 3), strength::kHeader,
                   step("header", "page date"));
  stn.add_interval(talks, day(2025, 6, 2), day(2025, 6, 2), strength::kExplicit,
                   step("explicit", "June 2"));
  stn.add_difference(talks, page, 0, 0, strength::kRelative, step("relative", "today"));
  const auto sol = stn.solve();
  REQUIRE(sol.conflicts.size() == 1);
  CHECK(sol.conflicts[0].dropped.detail == "today");
  CHECK(sol.conflicts[0].kept.detail == "June 2");
  CHECK(sol.earliest[talks] == day(2025, 6, 2));
  CHECK(sol.earliest[page] == day(2025, 6, 3));
}

TEST_CASE("graph: STN keeps one-sided bounds open and unconstrained variables unknown") {
  TemporalNetwork stn(4);
  const std::size_t talks = 1, page = 2, loose = 3;
  stn.add_interval(page, day(2025, 5, 20), day(2025, 5, 20), strength::kHeader,
                   step("header", "page"));
  stn.add_difference(talks, page, std::nullopt, 0, strength::kTense, step("tense", "past tense"));
  const auto sol = stn.solve();
  CHECK_FALSE(sol.earliest[talks].has_value());
  CHECK(sol.latest[talks] == day(2025, 5, 20));
  CHECK_FALSE(sol.earliest[loose].has_value());
  CHECK_FALSE(sol.latest[loose].has_value());
}

TEST_CASE("graph: STN leaves an offset of millions of years open instead of overflowing") {
  // "10 million years after the talks": days no 32-bit constraint can hold.
  TemporalNetwork stn(3);
  const std::size_t talks = 1, later = 2;
  stn.add_interval(talks, day(2025, 6, 2), day(2025, 6, 2), strength::kExplicit,
                   step("explicit", "June 2"));
  stn.add_difference(later, talks, 3'650'000'000L, 3'650'000'000L, strength::kEventAnchor,
                     step("event-anchor", "far"));
  stn.add_difference(later, talks, 1, std::nullopt, strength::kOrder, step("order", "after"));
  const auto sol = stn.solve();
  CHECK(sol.conflicts.empty());
  CHECK(sol.earliest[later] == day(2025, 6, 3));
  CHECK_FALSE(sol.latest[later].has_value());
}

TEST_CASE("graph: STN solved on two threads gives the one-thread bounds, groups and conflicts") {
  // A chain of anchored events with a contradiction, so both directions have paths to walk.
  TemporalNetwork stn(6);
  stn.add_interval(1, day(2025, 6, 2), day(2025, 6, 2), strength::kExplicit);
  stn.add_difference(2, 1, -1, -1, strength::kEventAnchor);     // a day before 1
  stn.add_difference(3, 2, 2, 2, strength::kEventAnchor);       // two days after 2
  stn.add_difference(3, 4, 0, std::nullopt, strength::kTense);  // 3 no earlier than 4
  stn.add_interval(4, std::nullopt, day(2025, 6, 10), strength::kHeader);
  stn.add_interval(5, day(2025, 6, 5), day(2025, 6, 5), strength::kHeader);
  stn.add_difference(5, 1, 0, 0, strength::kRelative);  // contradicts 1's date
  const auto one = stn.solve(1);
  const auto two = stn.solve(2);
  CHECK(one.conflicts.size() == 1);
  CHECK(one.latest[3] == day(2025, 6, 3));
  CHECK(two.earliest == one.earliest);
  CHECK(two.latest == one.latest);
  CHECK(two.groups == one.groups);
  CHECK(two.only_direct == one.only_direct);
  REQUIRE(two.conflicts.size() == one.conflicts.size());
  CHECK(two.conflicts[0].dropped_group == one.conflicts[0].dropped_group);
}
