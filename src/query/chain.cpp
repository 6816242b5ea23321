// k shortest simple causal paths: exact distance-to-target heuristic + best-first enumeration.
#include "chronograph/query/chain.hpp"

#include <algorithm>
#include <queue>

#include "chronograph/query/causal.hpp"

namespace chronograph::query {

namespace {

constexpr std::uint32_t kUnreached = std::numeric_limits<std::uint32_t>::max();
// Guards against combinatorial blow-up on dense graphs; far above what a real query needs.
constexpr std::size_t kMaxExpansions = 2'000'000;

std::vector<CausalPath> search(const graph::EventGraph& g, graph::Vertex from, graph::Vertex to,
                               std::size_t max_paths) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::uint32_t> dist(n, kUnreached);  // causal steps from a vertex to `to`
  std::vector<graph::Vertex> frontier{to}, next;
  dist[to] = 0;
  // The whole backward cone, not just up to `from`: longer paths pass through farther vertices.
  for (std::uint32_t d = 1; !frontier.empty(); ++d) {
    next.clear();
    for (auto v : frontier)
      for_each_causal_step(g, v, Direction::backward, [&](const Step& s) {
        if (dist[s.next] == kUnreached) {
          dist[s.next] = d;
          next.push_back(s.next);
        }
      });
    frontier.swap(next);
  }
  if (dist[from] == kUnreached || from == to) return {};

  // Partial paths as a parent-pointer tree; the queue orders them by total length, then
  // deeper first so that one complete path is found before siblings are widened.
  struct Node {
    graph::Vertex v;
    std::int64_t parent;
    std::uint32_t length;
    graph::Edge edge;
    // Every step so far went one link nearer to `to`: the distances strictly fall, so the
    // path is simple without walking it (a chain of 200k links stays linear).
    bool tight;
  };
  std::vector<Node> nodes{Node{from, -1, 0, {}, true}};
  using Item =
      std::tuple<std::uint32_t, std::uint32_t, std::int64_t>;  // f, -depth (as max-g), node
  auto cmp = [](const Item& a, const Item& b) {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    return std::get<2>(a) > std::get<2>(b);
  };
  std::priority_queue<Item, std::vector<Item>, decltype(cmp)> open(cmp);
  open.emplace(dist[from], 0, 0);
  std::vector<CausalPath> out;
  std::size_t expansions = 0;
  while (!open.empty() && out.size() < max_paths && expansions++ < kMaxExpansions) {
    // A plain variable, not a structured binding: C++20 as clang 14 implements it cannot
    // capture a binding in the lambda below.
    const std::int64_t id = std::get<2>(open.top());
    open.pop();
    const Node cur = nodes[static_cast<std::size_t>(id)];
    if (cur.v == to) {
      CausalPath p;
      for (std::int64_t k = id; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent) {
        p.vertices.push_back(nodes[static_cast<std::size_t>(k)].v);
        if (nodes[static_cast<std::size_t>(k)].parent >= 0)
          p.edges.push_back(nodes[static_cast<std::size_t>(k)].edge);
      }
      std::reverse(p.vertices.begin(), p.vertices.end());
      std::reverse(p.edges.begin(), p.edges.end());
      out.push_back(std::move(p));
      continue;
    }
    // Parallel links (the same cause stated twice) would only repeat a path: first one wins.
    std::vector<graph::Vertex> taken;
    for_each_causal_step(g, cur.v, Direction::forward, [&](const Step& s) {
      if (dist[s.next] == kUnreached) return;
      if (std::find(taken.begin(), taken.end(), s.next) != taken.end()) return;
      taken.push_back(s.next);
      const bool tight = cur.tight && dist[s.next] + 1 == dist[cur.v];
      if (!tight)
        for (std::int64_t k = id; k >= 0; k = nodes[static_cast<std::size_t>(k)].parent)
          if (nodes[static_cast<std::size_t>(k)].v == s.next) return;  // simple paths only
      nodes.push_back(Node{s.next, id, cur.length + 1, s.edge, tight});
      open.emplace(cur.length + 1 + dist[s.next], cur.length + 1,
                   static_cast<std::int64_t>(nodes.size() - 1));
    });
  }
  return out;
}

}  // namespace

ChainResult causal_chains(const graph::EventGraph& g, graph::Vertex from, graph::Vertex to,
                          std::size_t max_paths) {
  ChainResult r;
  if (max_paths == 0) return r;
  r.paths = search(g, from, to, max_paths);
  if (r.paths.empty()) {
    r.paths = search(g, to, from, max_paths);
    r.reversed = !r.paths.empty();
  }
  return r;
}

}  // namespace chronograph::query
