// A Simple Temporal Network over day numbers: difference constraints solved with Bellman-Ford.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

// Constraint strengths: when evidence conflicts, the weakest constraint on the cycle goes.
namespace strength {
inline constexpr int kOverride = 1000;
inline constexpr int kExplicit = 100;
inline constexpr int kHeading = 90;
inline constexpr int kHeader = 80;
inline constexpr int kPublication = 60;  // a claim is made no later than its publication
inline constexpr int kEventAnchor = 50;  // "a day before the talks"
inline constexpr int kRelative = 40;     // "yesterday" against the page's date
inline constexpr int kSince = 30;
inline constexpr int kOrder = 20;  // a reaction follows what it reacts to
inline constexpr int kNews = 15;   // reported as the news of the page's day (dating model)
inline constexpr int kTense = 10;  // past tense: before the page's date
}  // namespace strength

class TemporalNetwork {
 public:
  // Variable 0 is the origin (day 0 = 1970-01-01); others are event or document dates.
  explicit TemporalNetwork(std::size_t variables);

  std::size_t add_variable();
  std::size_t size() const { return variables_; }

  // earliest <= x <= latest (either side may be open).
  void add_interval(std::size_t x, std::optional<date::sys_days> earliest,
                    std::optional<date::sys_days> latest, int strength, DateStep step);
  // lo <= x - y <= hi, in days (either side may be open).
  void add_difference(std::size_t x, std::size_t y, std::optional<long> lo, std::optional<long> hi,
                      int strength, DateStep step);

  // The same without a ready-made step: the evidence is known by the returned group number and
  // the caller spells steps only for the groups a solution uses, which keeps big corpora small.
  std::size_t add_interval(std::size_t x, std::optional<date::sys_days> earliest,
                           std::optional<date::sys_days> latest, int strength);
  std::size_t add_difference(std::size_t x, std::size_t y, std::optional<long> lo,
                             std::optional<long> hi, int strength);

  struct Conflict {
    std::size_t dropped_group = 0;  // the weaker evidence that was set aside
    std::size_t kept_group = 0;     // the strongest evidence it contradicted
    DateStep dropped;               // their steps, when they were given
    DateStep kept;
  };

  struct Solution {
    std::vector<std::optional<date::sys_days>> earliest;  // per variable
    std::vector<std::optional<date::sys_days>> latest;
    std::vector<std::vector<std::size_t>> groups;  // the evidence that fixes each variable's bounds
    std::vector<std::vector<DateStep>> steps;      // their steps, when they were given
    std::vector<bool> only_direct;  // bounds come from constraints on the variable alone
    std::vector<Conflict> conflicts;
  };

  // Drops the weakest constraint of each inconsistent cycle (reported as a conflict) until the
  // rest is consistent, then computes the tightest interval of every variable (its two
  // directions at once when threads > 1; the solution does not depend on it).
  Solution solve(unsigned threads = 1) const;

 private:
  // 20 bytes: a big corpus has millions of these, kept until the graph is built.
  struct Constraint {
    std::uint32_t from, to;  // x_to - x_from <= weight
    std::int32_t weight;     // days
    std::int32_t strength;
    std::uint32_t group;  // both halves of one piece of evidence share a group
  };
  std::size_t variables_;
  std::vector<Constraint> constraints_;
  std::vector<int> group_strength_;
  std::vector<DateStep> steps_;  // per group, for the groups added with a step
};

}  // namespace chronograph::graph
