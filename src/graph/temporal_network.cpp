// STN solving on Boost.Graph: Bellman-Ford for consistency, cycles for conflicts, paths for bounds.
#include "chronograph/graph/temporal_network.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bellman_ford_shortest_paths.hpp>
#include <limits>
#include <set>
#include <stdexcept>
#include <thread>

namespace chronograph::graph {

namespace {

// Constraint indices grouped by a variable (compressed rows): those of variable v are
// items[first[v]] .. items[first[v + 1]], in index order. key(i) is the variable of constraint
// i, or none to leave it out.
struct ArcsBy {
  std::vector<std::size_t> first, items;
  template <typename Key>
  ArcsBy(std::size_t variables, std::size_t count, Key key) : first(variables + 1, 0) {
    for (std::size_t i = 0; i < count; ++i)
      if (const auto v = key(i)) ++first[*v + 1];
    for (std::size_t v = 0; v < variables; ++v) first[v + 1] += first[v];
    items.resize(first[variables]);
    std::vector<std::size_t> fill(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < count; ++i)
      if (const auto v = key(i)) items[fill[*v]++] = i;
  }
  template <typename F>
  void each(std::size_t v, F&& f) const {
    for (std::size_t k = first[v]; k < first[v + 1]; ++k) f(items[k]);
  }
};

struct Arc {
  long weight = 0;
  std::size_t constraint = 0;
};
using Network =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, Arc>;
constexpr long kInf = std::numeric_limits<long>::max() / 4;

// Bellman-Ford visitor: the constraint that last lowered each variable, to walk its evidence.
struct RecordArc : boost::base_visitor<RecordArc> {
  using event_filter = boost::on_edge_relaxed;
  std::vector<long>* pred_arc;
  const Network* g;
  void operator()(Network::edge_descriptor e, const Network&) const {
    (*pred_arc)[boost::target(e, *g)] = static_cast<long>((*g)[e].constraint);
  }
};

long day_number(date::sys_days d) { return d.time_since_epoch().count(); }
date::sys_days from_number(long n) { return date::sys_days{date::days{n}}; }

}  // namespace

TemporalNetwork::TemporalNetwork(std::size_t variables)
    : variables_(std::max<std::size_t>(variables, 1)) {}

std::size_t TemporalNetwork::add_variable() { return variables_++; }

void TemporalNetwork::add_interval(std::size_t x, std::optional<date::sys_days> earliest,
                                   std::optional<date::sys_days> latest, int strength,
                                   DateStep step) {
  const std::size_t group = add_interval(x, earliest, latest, strength);
  steps_.resize(group + 1);
  steps_[group] = std::move(step);
}

void TemporalNetwork::add_difference(std::size_t x, std::size_t y, std::optional<long> lo,
                                     std::optional<long> hi, int strength, DateStep step) {
  const std::size_t group = add_difference(x, y, lo, hi, strength);
  steps_.resize(group + 1);
  steps_[group] = std::move(step);
}

std::size_t TemporalNetwork::add_interval(std::size_t x, std::optional<date::sys_days> earliest,
                                          std::optional<date::sys_days> latest, int strength) {
  return add_difference(x, 0, earliest ? std::optional<long>(day_number(*earliest)) : std::nullopt,
                        latest ? std::optional<long>(day_number(*latest)) : std::nullopt, strength);
}

std::size_t TemporalNetwork::add_difference(std::size_t x, std::size_t y, std::optional<long> lo,
                                            std::optional<long> hi, int strength) {
  const std::size_t group = group_strength_.size();
  group_strength_.push_back(strength);
  if (variables_ > UINT32_MAX || group >= UINT32_MAX)
    throw std::length_error("date network: more than 4 billion variables or constraints");
  // A bound millions of years away bounds nothing a news text speaks of: it stays open.
  constexpr long kFarthest = INT32_MAX / 4;
  auto in_range = [](const std::optional<long>& b) {
    if (!b.has_value()) return false;  // tested apart: folded together, memcheck misreads it
    const long v = *b;
    return v >= -kFarthest && v <= kFarthest;
  };
  const auto from = static_cast<std::uint32_t>(x), to = static_cast<std::uint32_t>(y);
  const auto g = static_cast<std::uint32_t>(group);
  if (in_range(hi))
    constraints_.push_back({to, from, static_cast<std::int32_t>(*hi), strength, g});  // x - y <= hi
  if (in_range(lo))
    constraints_.push_back(
        {from, to, static_cast<std::int32_t>(-*lo), strength, g});  // y - x <= -lo
  return group;
}

TemporalNetwork::Solution TemporalNetwork::solve(unsigned threads) const {
  const std::size_t n = variables_;
  const std::size_t groups = group_strength_.size();
  std::vector<bool> active(groups, true);
  Solution sol;
  auto step_of = [&](std::size_t group) {
    return group < steps_.size() ? steps_[group] : DateStep{};
  };

  // 1. Consistency: a queue-driven Bellman-Ford from a virtual source (every variable starts at
  //    0). Every n relaxations the predecessor graph is checked: a cycle there is a negative
  //    cycle, i.e. evidence that cannot all hold. Each such cycle loses its weakest
  //    constraint (reported) and the relaxation goes on from where it was: from any starting
  //    distances it settles exactly when no negative cycle is left, so a dropped constraint
  //    costs only the relaxations it disturbs, not a fresh pass over the whole network.
  const std::size_t arcs = constraints_.size();
  const ArcsBy out(n, arcs, [&](std::size_t i) { return std::optional(constraints_[i].from); });
  std::vector<std::size_t> group_first_arc(groups, constraints_.size());
  for (std::size_t i = constraints_.size(); i-- > 0;) group_first_arc[constraints_[i].group] = i;
  std::vector<long> dist(n, 0);
  std::vector<long> pred(n, -1);  // constraint index of the arc that last lowered dist
  std::vector<std::size_t> stamp(n);
  std::vector<std::size_t> queue;
  queue.reserve(n);
  std::vector<bool> queued(n, true);
  for (std::size_t v = 0; v < n; ++v) queue.push_back(v);
  std::size_t head = 0, since_check = 0;
  // Cycles of the predecessor graph, each as the constraint indices along it.
  auto find_cycles = [&] {
    std::vector<std::vector<std::size_t>> cycles;
    std::fill(stamp.begin(), stamp.end(), 0);
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
    return cycles;
  };
  auto drop_weakest = [&](const std::vector<std::vector<std::size_t>>& cycles) {
    const std::size_t before = sol.conflicts.size();
    std::set<std::size_t> touched;
    for (const auto& cycle : cycles) {
      std::set<std::size_t> on_cycle;
      for (std::size_t i : cycle) on_cycle.insert(constraints_[i].group);
      if (std::any_of(on_cycle.begin(), on_cycle.end(),
                      [&](std::size_t g) { return touched.count(g) > 0; }))
        continue;
      touched.insert(on_cycle.begin(), on_cycle.end());
      std::size_t weakest = *on_cycle.begin();
      for (std::size_t grp : on_cycle)
        if (group_strength_[grp] < group_strength_[weakest] ||
            (group_strength_[grp] == group_strength_[weakest] && grp > weakest))
          weakest = grp;
      // The strongest other evidence on the cycle is what the dropped one contradicted.
      std::size_t strongest = weakest;
      for (std::size_t grp : on_cycle)
        if (grp != weakest &&
            (strongest == weakest || group_strength_[grp] > group_strength_[strongest]))
          strongest = grp;
      active[weakest] = false;
      sol.conflicts.push_back({weakest, strongest, step_of(weakest), step_of(strongest)});
    }
    // Forget the dropped arcs as predecessors (a group's arcs are adjacent in constraints_).
    for (std::size_t k = before; k < sol.conflicts.size(); ++k)
      for (std::size_t grp = sol.conflicts[k].dropped_group, i = group_first_arc[grp];
           i < constraints_.size() && constraints_[i].group == grp; ++i)
        if (pred[constraints_[i].to] == static_cast<long>(i)) pred[constraints_[i].to] = -1;
  };
  // Short cycles first, locally: a variable whose own bounds cross (origin -> x -> origin),
  // and an arc between two variables that contradicts their own bounds (origin -> y -> x ->
  // origin). These are most conflicts in practice ("today" on a page republished a day later
  // against an explicit date), and settling them here spares the relaxation below a cascade
  // through the origin for each one. Each dropped constraint is still the weakest of a
  // negative cycle, as below.
  constexpr long kNone = std::numeric_limits<long>::max();
  // Direct bounds: arcs 0 -> x (x <= w) and x -> 0 (x >= -w), by variable.
  const ArcsBy direct(n, arcs, [&](std::size_t i) -> std::optional<std::size_t> {
    const auto& c = constraints_[i];
    if ((c.from == 0) == (c.to == 0)) return std::nullopt;
    return c.from == 0 ? c.to : c.from;
  });
  std::vector<long> upper_arc(n, -1), lower_arc(n, -1);  // the tightest direct bounds
  auto tighten = [&](std::size_t v) {
    long up = kNone, low = kNone;
    upper_arc[v] = lower_arc[v] = -1;
    direct.each(v, [&](std::size_t i) {
      const auto& c = constraints_[i];
      if (!active[c.group]) return;
      if (c.from == 0 && (up == kNone || c.weight < up))
        up = c.weight, upper_arc[v] = static_cast<long>(i);
      if (c.to == 0 && (low == kNone || c.weight < low))
        low = c.weight, lower_arc[v] = static_cast<long>(i);
    });
  };
  auto weight_of = [&](long arc) { return constraints_[static_cast<std::size_t>(arc)].weight; };
  for (std::size_t v = 1; v < n; ++v) {
    tighten(v);
    while (upper_arc[v] >= 0 && lower_arc[v] >= 0 &&
           weight_of(upper_arc[v]) + weight_of(lower_arc[v]) < 0) {
      drop_weakest(
          {{static_cast<std::size_t>(upper_arc[v]), static_cast<std::size_t>(lower_arc[v])}});
      tighten(v);
    }
  }
  for (std::size_t i = 0; i < constraints_.size(); ++i) {
    const auto& c = constraints_[i];
    if (c.from == 0 || c.to == 0) continue;
    // origin -> from (upper bound of from), from -> to (this arc), to -> origin (lower of to)
    while (active[c.group] && upper_arc[c.from] >= 0 && lower_arc[c.to] >= 0 &&
           weight_of(upper_arc[c.from]) + c.weight + weight_of(lower_arc[c.to]) < 0) {
      drop_weakest({{static_cast<std::size_t>(upper_arc[c.from]), i,
                     static_cast<std::size_t>(lower_arc[c.to])}});
      tighten(c.from);
      tighten(c.to);
    }
  }
  // Start the relaxation from each variable's own latest day (far in the future when it has
  // none) rather than from 0: those already satisfy every direct bound, so the origin, which
  // touches half the network, is only lowered again by a genuine longer conflict.
  // A variable's starting point: its own tightest latest day (far in the future when it has
  // none), reached from the origin by that bound. Starting there rather than at 0 satisfies
  // every direct bound already, so the origin, which touches half the network, is only
  // lowered again by a genuine longer conflict.
  constexpr long kFar = 1L << 40;
  auto start_at = [&](std::size_t v) {
    if (v == 0) {
      dist[0] = 0, pred[0] = -1;
      return;
    }
    tighten(v);
    dist[v] = upper_arc[v] >= 0 ? weight_of(upper_arc[v]) : kFar;
    pred[v] = upper_arc[v];
  };
  for (std::size_t v = 0; v < n; ++v) start_at(v);
  // Arcs by head, to pull a reset variable's value from its neighbours.
  const ArcsBy in(n, arcs, [&](std::size_t i) { return std::optional(constraints_[i].to); });
  // After a constraint is dropped, the variables whose value came through it (its head and
  // what hangs below it in the predecessor tree) start over and pull their value from their
  // neighbours again; left stale, they would lower the origin and everything behind it.
  std::vector<std::size_t> subtree;
  auto restart_below = [&](std::size_t head_var) {
    subtree.assign(1, head_var);
    for (std::size_t k = 0; k < subtree.size(); ++k) {
      const std::size_t u = subtree[k];
      out.each(u, [&](std::size_t i) {
        if (pred[constraints_[i].to] == static_cast<long>(i)) subtree.push_back(constraints_[i].to);
      });
    }
    for (std::size_t w : subtree) start_at(w);
    for (std::size_t w : subtree) {
      in.each(w, [&](std::size_t i) {
        const auto& c = constraints_[i];
        if (active[c.group] && c.from != w && dist[c.from] < kFar &&
            dist[c.from] + c.weight < dist[w]) {
          dist[w] = dist[c.from] + c.weight;
          pred[w] = static_cast<long>(i);
        }
      });
      if (!queued[w]) {
        queued[w] = true;
        queue.push_back(w);
      }
    }
  };
  for (;;) {
    while (head < queue.size()) {
      const std::size_t u = queue[head++];
      queued[u] = false;
      for (std::size_t k = out.first[u]; k < out.first[u + 1]; ++k) {
        const std::size_t i = out.items[k];
        const auto& c = constraints_[i];
        if (!active[c.group] || dist[u] + c.weight >= dist[c.to]) continue;
        // Lowering the head of an arc whose tail hangs below that head in the predecessor
        // tree would close a cycle: found here at once, in a few steps up the (shallow) tree,
        // before the lowering spreads. The lowering is not made; the weakest constraint on
        // the cycle goes, and what depended on it starts over.
        std::size_t x = u;
        for (int hops = 0; x != c.to && pred[x] >= 0 && hops < 64; ++hops)
          x = constraints_[static_cast<std::size_t>(pred[x])].from;
        if (x == c.to) {
          std::vector<std::size_t> cycle{i};
          for (std::size_t y = u; y != c.to;) {
            cycle.push_back(static_cast<std::size_t>(pred[y]));
            y = constraints_[static_cast<std::size_t>(pred[y])].from;
          }
          std::vector<std::pair<std::size_t, std::size_t>> heads;  // (arc, its head)
          for (std::size_t a : cycle) heads.emplace_back(a, constraints_[a].to);
          const std::size_t before = sol.conflicts.size();
          drop_weakest({cycle});
          since_check = 0;
          for (std::size_t d = before; d < sol.conflicts.size(); ++d)
            for (const auto& [a, h] : heads)
              if (constraints_[a].group == sol.conflicts[d].dropped_group && a != i)
                restart_below(h);
          continue;
        }
        dist[c.to] = dist[u] + c.weight;
        pred[c.to] = static_cast<long>(i);
        if (!queued[c.to]) {
          queued[c.to] = true;
          queue.push_back(c.to);
        }
        if (++since_check >= n) {
          since_check = 0;
          const auto cycles = find_cycles();
          if (!cycles.empty()) drop_weakest(cycles);
        }
      }
      if (head > n && head * 2 > queue.size()) {  // keep the queue's storage bounded
        queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(head));
        head = 0;
      }
    }
    // Settled; a cycle left in the predecessor graph still needs dropping (then settle again).
    const auto cycles = find_cycles();
    if (cycles.empty()) break;
    drop_weakest(cycles);
    for (const auto& cycle : cycles)
      for (std::size_t i : cycle)
        if (!queued[constraints_[i].from]) {
          queued[constraints_[i].from] = true;
          queue.push_back(constraints_[i].from);
        }
  }

  // 2. Bounds: shortest paths from the origin give latest days (forward) and earliest days
  //    (on the reversed network). The arc that last relaxed each variable is recorded, so the
  //    chain of evidence behind a bound is walked back in as many steps as it has. The two
  //    passes are independent: with two threads they run at once.
  struct Bounds {
    std::vector<long> d;         // distance from the origin, kInf when unreached
    std::vector<long> pred_arc;  // constraint index
  };
  auto shortest_paths = [&](bool reversed) {
    Network g(n);
    for (std::size_t i = 0; i < constraints_.size(); ++i) {
      const auto& c = constraints_[i];
      if (!active[c.group]) continue;
      if (reversed)
        boost::add_edge(c.to, c.from, Arc{c.weight, i}, g);
      else
        boost::add_edge(c.from, c.to, Arc{c.weight, i}, g);
    }
    Bounds b{std::vector<long>(n, kInf), std::vector<long>(n, -1)};
    std::vector<std::size_t> pred_vertex(n);
    for (std::size_t i = 0; i < n; ++i) pred_vertex[i] = i;
    b.d[0] = 0;
    RecordArc record;
    record.pred_arc = &b.pred_arc;
    record.g = &g;
    boost::bellman_ford_shortest_paths(
        g, n,
        boost::weight_map(boost::get(&Arc::weight, g))
            .distance_map(b.d.data())
            .predecessor_map(pred_vertex.data())
            .distance_inf(kInf)
            .distance_compare(std::less<long>())
            .distance_combine([](long a, long c) { return a >= kInf || c >= kInf ? kInf : a + c; })
            .visitor(boost::make_bellman_visitor(record)));
    return b;
  };
  Bounds pass[2];
  if (threads > 1) {
    std::thread other([&] { pass[1] = shortest_paths(true); });
    try {
      pass[0] = shortest_paths(false);
    } catch (...) {
      other.join();
      throw;
    }
    other.join();
  } else {
    pass[0] = shortest_paths(false);
    pass[1] = shortest_paths(true);
  }
  sol.earliest.assign(n, std::nullopt);
  sol.latest.assign(n, std::nullopt);
  sol.groups.assign(n, {});
  sol.only_direct.assign(n, true);
  for (int p = 0; p < 2; ++p) {
    const bool reversed = p == 1;
    const Bounds& b = pass[p];
    for (std::size_t v = 1; v < n; ++v) {
      if (b.d[v] >= kInf) continue;
      if (reversed)
        sol.earliest[v] = from_number(-b.d[v]);
      else
        sol.latest[v] = from_number(b.d[v]);
      // Walk the chain of arcs back to the origin.
      auto& used = sol.groups[v];
      std::size_t y = v;
      for (std::size_t hops = 0; y != 0 && b.pred_arc[y] >= 0 && hops < n; ++hops) {
        const auto& c = constraints_[static_cast<std::size_t>(b.pred_arc[y])];
        if (std::find(used.begin(), used.end(), c.group) == used.end()) used.push_back(c.group);
        const std::size_t prev = reversed ? c.to : c.from;
        if (prev != 0) sol.only_direct[v] = false;
        y = prev;
      }
    }
  }
  if (!steps_.empty()) {
    sol.steps.assign(n, {});
    for (std::size_t v = 0; v < n; ++v)
      for (std::size_t grp : sol.groups[v]) sol.steps[v].push_back(step_of(grp));
  }
  return sol;
}

}  // namespace chronograph::graph
