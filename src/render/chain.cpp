// Chain view: breadth-first neighbourhood of the focus event over links in both directions.
#include "chronograph/render/chain.hpp"

#include <deque>
#include <stdexcept>
#include <string>

#include "chronograph/base/usage_error.hpp"
#include "chronograph/graph/select.hpp"

namespace chronograph::render {

ChainView chain_around(const graph::Timeline& t, std::string_view focus, int depth) {
  const auto& g = t.graph;
  const auto sel = graph::select_event(t, focus);
  if (sel.matches.empty())
    throw base::UsageError("--focus: no event matches '" + std::string(focus) + "'");
  if (sel.matches.size() > 1) {
    std::string names;
    for (std::size_t i = 0; i < sel.matches.size() && i < 5; ++i)
      names += (i ? "; " : "") + g[sel.matches[i]].id + " (" + g[sel.matches[i]].label + ")";
    throw base::UsageError("--focus: '" + std::string(focus) +
                           "' matches several events: " + names);
  }
  const std::size_t n = boost::num_vertices(g);
  std::vector<int> dist(n, -1);
  std::deque<graph::Vertex> queue{sel.matches.front()};
  dist[sel.matches.front()] = 0;
  while (!queue.empty()) {
    const graph::Vertex v = queue.front();
    queue.pop_front();
    if (dist[v] >= depth) continue;
    auto visit = [&](graph::Vertex w) {
      if (dist[w] < 0) dist[w] = dist[v] + 1, queue.push_back(w);
    };
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) visit(boost::target(*e, g));
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) visit(boost::source(*e, g));
  }

  // Copy in the original (canonical) vertex order, so the view is as deterministic as the graph.
  ChainView view;
  view.timeline.documents = t.documents;
  std::vector<graph::Vertex> index(n, n);
  for (graph::Vertex v = 0; v < n; ++v) {
    if (dist[v] < 0) continue;
    index[v] = boost::add_vertex(g[v], view.timeline.graph);
    if (v == sel.matches.front()) view.focus = index[v];
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto a = index[boost::source(*e, g)], b = index[boost::target(*e, g)];
    if (a < n && b < n) boost::add_edge(a, b, g[*e], view.timeline.graph);
  }
  return view;
}

}  // namespace chronograph::render
