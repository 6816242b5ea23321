// STN solving on Boost.Graph: Bellman-Ford for consistency, cycles for conflicts, paths for bounds.
#include "chronograph/graph/temporal_network.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bellman_ford_shortest_paths.hpp>
#include <limits>
#include <set>

namespace chronograph::graph {

namespace {

struct Arc {
  long weight = 0;
  std::size_t constraint = 0;
};
using Network =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Arc>;
constexpr long kInf = std::numeric_limits<long>::max() / 4;

long day_number(date::sys_days d) { return d.time_since_epoch().count(); }
date::sys_days from_number(long n) { return date::sys_days{date::days{n}}; }

}  // namespace

TemporalNetwork::TemporalNetwork(std::size_t variables)
    : variables_(std::max<std::size_t>(variables, 1)) {}

std::size_t TemporalNetwork::add_variable() { return variables_++; }

void TemporalNetwork::add_interval(std::size_t x, std::optional<date::sys_days> earliest,
                                   std::optional<date::sys_days> latest, int strength,
                                   DateStep step) {
  add_difference(x, 0, earliest ? std::optional<long>(day_number(*earliest)) : std::nullopt,
                 latest ? std::optional<long>(day_number(*latest)) : std::nullopt, strength,
                 std::move(step));
}

void TemporalNetwork::add_difference(std::size_t x, std::size_t y, std::optional<long> lo,
                                     std::optional<long> hi, int strength, DateStep step) {
  const std::size_t group = steps_.size();
  steps_.push_back(std::move(step));
  group_strength_.push_back(strength);
  if (hi) constraints_.push_back({y, x, *hi, strength, group});   // x - y <= hi
  if (lo) constraints_.push_back({x, y, -*lo, strength, group});  // y - x <= -lo
}

TemporalNetwork::Solution TemporalNetwork::solve() const {
  const std::size_t n = variables_;
  std::vector<bool> active(steps_.size(), true);
  Solution sol;

  auto build = [&](bool reversed) {
    Network g(n);
    for (std::size_t i = 0; i < constraints_.size(); ++i) {
      const auto& c = constraints_[i];
      if (!active[c.group]) continue;
      if (reversed)
        boost::add_edge(c.to, c.from, Arc{c.weight, i}, g);
      else
        boost::add_edge(c.from, c.to, Arc{c.weight, i}, g);
    }
    return g;
  };

  // 1. Consistency: every variable starts at 0 (a virtual source), so any negative cycle shows.
  for (std::size_t round = 0; round <= steps_.size(); ++round) {
    Network g = build(false);
    std::vector<long> dist(n, 0);
    std::vector<std::size_t> pred(n);
    for (std::size_t i = 0; i < n; ++i) pred[i] = i;
    const bool ok =
        boost::bellman_ford_shortest_paths(g, n,
                                           boost::weight_map(boost::get(&Arc::weight, g))
                                               .distance_map(dist.data())
                                               .predecessor_map(pred.data()));
    if (ok) break;
    // Every arc still violated leads (through predecessors) into a negative cycle. Settle each
    // cycle found in this round at once (independent conflicts are common on big corpora):
    // drop its weakest constraint, unless an earlier cycle of this round already touched it.
    std::set<std::size_t> touched;
    bool dropped_any = false;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
      const auto u = boost::source(e, g), v = boost::target(e, g);
      if (dist[u] + g[e].weight >= dist[v]) continue;
      std::size_t x = v;
      for (std::size_t k = 0; k < n; ++k) x = pred[x];
      std::set<std::size_t> cycle_groups;
      std::size_t y = x;
      for (std::size_t k = 0; k <= n; ++k) {
        const std::size_t p = pred[y];
        for (auto a : boost::make_iterator_range(boost::out_edges(p, g)))
          if (boost::target(a, g) == y && dist[p] + g[a].weight == dist[y]) {
            cycle_groups.insert(constraints_[g[a].constraint].group);
            break;
          }
        y = p;
        if (y == x) break;
      }
      if (cycle_groups.empty()) cycle_groups.insert(constraints_[g[e].constraint].group);
      if (std::any_of(cycle_groups.begin(), cycle_groups.end(),
                      [&](std::size_t grp) { return touched.count(grp) > 0; }))
        continue;
      touched.insert(cycle_groups.begin(), cycle_groups.end());
      std::size_t weakest = *cycle_groups.begin(), strongest = weakest;
      for (std::size_t grp : cycle_groups) {
        if (group_strength_[grp] < group_strength_[weakest] ||
            (group_strength_[grp] == group_strength_[weakest] && grp > weakest))
          weakest = grp;
        if (group_strength_[grp] > group_strength_[strongest]) strongest = grp;
      }
      active[weakest] = false;
      sol.conflicts.push_back({steps_[weakest], steps_[strongest]});
      dropped_any = true;
    }
    if (!dropped_any) break;
  }

  // 2. Bounds: shortest paths from the origin give latest days (forward) and earliest days
  //    (on the reversed network); predecessor chains name the evidence used.
  sol.earliest.assign(n, std::nullopt);
  sol.latest.assign(n, std::nullopt);
  sol.steps.assign(n, {});
  sol.only_direct.assign(n, true);
  for (int pass = 0; pass < 2; ++pass) {
    const bool reversed = pass == 1;
    Network g = build(reversed);
    std::vector<long> dist(n, kInf);
    std::vector<std::size_t> pred(n);
    for (std::size_t i = 0; i < n; ++i) pred[i] = i;
    dist[0] = 0;
    boost::bellman_ford_shortest_paths(g, n,
                                       boost::weight_map(boost::get(&Arc::weight, g))
                                           .distance_map(dist.data())
                                           .predecessor_map(pred.data())
                                           .distance_inf(kInf)
                                           .distance_compare(std::less<long>())
                                           .distance_combine([](long a, long b) {
                                             return a >= kInf || b >= kInf ? kInf : a + b;
                                           }));
    for (std::size_t v = 1; v < n; ++v) {
      if (dist[v] >= kInf) continue;
      if (reversed)
        sol.earliest[v] = from_number(-dist[v]);
      else
        sol.latest[v] = from_number(dist[v]);
      // Walk the chain of arcs back to the origin.
      std::size_t y = v;
      std::size_t hops = 0;
      while (y != 0 && hops++ < n) {
        const std::size_t p = pred[y];
        if (p == y) break;
        for (auto a : boost::make_iterator_range(boost::out_edges(p, g)))
          if (boost::target(a, g) == y && dist[p] + g[a].weight == dist[y]) {
            const std::size_t grp = constraints_[g[a].constraint].group;
            auto& steps = sol.steps[v];
            const bool seen = std::any_of(steps.begin(), steps.end(), [&](const DateStep& s) {
              return s.detail == steps_[grp].detail && s.rule == steps_[grp].rule;
            });
            if (!seen) steps.push_back(steps_[grp]);
            break;
          }
        if (p != 0) sol.only_direct[v] = false;
        y = p;
      }
    }
  }
  return sol;
}

}  // namespace chronograph::graph
