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

  // 1. Consistency: Bellman-Ford from a virtual source (every variable starts at 0), checking
  //    the predecessor graph after each pass: a cycle there is a negative cycle, i.e. evidence
  //    that cannot all hold. Each such cycle loses its weakest constraint (reported), and the
  //    check runs again until the rest is consistent. Checking every pass finds cycles after
  //    a few passes instead of the n a plain Bellman-Ford needs to prove one.
  for (std::size_t round = 0; round <= steps_.size(); ++round) {
    std::vector<std::size_t> arcs;
    for (std::size_t i = 0; i < constraints_.size(); ++i)
      if (active[constraints_[i].group]) arcs.push_back(i);
    std::vector<long> dist(n, 0);
    std::vector<long> pred(n, -1);  // constraint index of the arc that last lowered dist
    std::vector<std::vector<std::size_t>> cycles;
    for (std::size_t pass = 0; pass <= n && cycles.empty(); ++pass) {
      bool relaxed = false;
      for (std::size_t i : arcs) {
        const auto& c = constraints_[i];
        if (dist[c.from] + c.weight < dist[c.to]) {
          dist[c.to] = dist[c.from] + c.weight;
          pred[c.to] = static_cast<long>(i);
          relaxed = true;
        }
      }
      if (!relaxed) break;
      std::vector<std::size_t> stamp(n, 0);
      for (std::size_t v = 0; v < n; ++v) {
        std::size_t x = v;
        while (stamp[x] == 0 && pred[x] >= 0) {
          stamp[x] = v + 1;
          x = constraints_[static_cast<std::size_t>(pred[x])].from;
        }
        if (stamp[x] != v + 1 || pred[x] < 0) continue;
        std::vector<std::size_t> cycle;  // walk the loop once from x
        std::size_t y = x;
        do {
          cycle.push_back(static_cast<std::size_t>(pred[y]));
          y = constraints_[static_cast<std::size_t>(pred[y])].from;
        } while (y != x && cycle.size() <= n);
        cycles.push_back(std::move(cycle));
      }
    }
    if (cycles.empty()) break;
    std::set<std::size_t> touched;
    for (const auto& cycle : cycles) {
      std::set<std::size_t> groups;
      for (std::size_t i : cycle) groups.insert(constraints_[i].group);
      if (std::any_of(groups.begin(), groups.end(),
                      [&](std::size_t g) { return touched.count(g) > 0; }))
        continue;
      touched.insert(groups.begin(), groups.end());
      std::size_t weakest = *groups.begin();
      for (std::size_t grp : groups)
        if (group_strength_[grp] < group_strength_[weakest] ||
            (group_strength_[grp] == group_strength_[weakest] && grp > weakest))
          weakest = grp;
      // The strongest other evidence on the cycle is what the dropped one contradicted.
      std::size_t strongest = weakest;
      for (std::size_t grp : groups)
        if (grp != weakest &&
            (strongest == weakest || group_strength_[grp] > group_strength_[strongest]))
          strongest = grp;
      active[weakest] = false;
      sol.conflicts.push_back({steps_[weakest], steps_[strongest]});
    }
  }

  // 2. Bounds: shortest paths from the origin give latest days (forward) and earliest days
  //    (on the reversed network); predecessor chains name the evidence used.
  sol.earliest.assign(n, std::nullopt);
  sol.latest.assign(n, std::nullopt);
  sol.steps.assign(n, {});
  sol.only_direct.assign(n, true);
  std::vector<std::vector<std::size_t>> used(n);  // evidence groups on each variable's bound paths
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
            auto& groups = used[v];
            if (std::find(groups.begin(), groups.end(), grp) == groups.end()) groups.push_back(grp);
            break;
          }
        if (p != 0) sol.only_direct[v] = false;
        y = p;
      }
    }
  }
  for (std::size_t v = 0; v < n; ++v)
    for (std::size_t grp : used[v]) sol.steps[v].push_back(steps_[grp]);
  return sol;
}

}  // namespace chronograph::graph
