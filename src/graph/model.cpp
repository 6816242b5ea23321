// Names of graph enums, id lookup and canonical ordering.
#include "chronograph/graph/model.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <tuple>

namespace chronograph::graph {

std::optional<Vertex> find_by_id(const EventGraph& g, std::string_view id) {
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].id == id) return v;
  return std::nullopt;
}

void move_graph(EventGraph& target, EventGraph& source) {
  struct E {
    Vertex from, to;
    LinkEdge edge;
  };
  std::vector<E> edges;
  edges.reserve(boost::num_edges(source));
  for (auto e : boost::make_iterator_range(boost::edges(source)))
    edges.push_back({boost::source(e, source), boost::target(e, source), std::move(source[e])});
  target.clear();
  for (auto v : boost::make_iterator_range(boost::vertices(source)))
    add_event(target, std::move(source[v]));
  for (auto& e : edges) add_link(target, e.from, e.to, std::move(e.edge));
  source.clear();
}

void canonicalize(Timeline& timeline) {
  EventGraph& g = timeline.graph;
  const std::size_t n = boost::num_vertices(g);
  std::vector<Vertex> order(n);
  std::iota(order.begin(), order.end(), Vertex{0});
  auto key = [&](Vertex v) {
    const auto& d = g[v].date;
    const long e = d.earliest ? d.earliest->time_since_epoch().count()
                              : (d.latest ? d.latest->time_since_epoch().count() : 1L << 40);
    return std::make_tuple(e, std::string_view(g[v].id));
  };
  std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) { return key(a) < key(b); });
  std::vector<Vertex> new_index(n);
  for (std::size_t i = 0; i < n; ++i) new_index[order[i]] = i;

  struct E {
    Vertex from, to;
    LinkEdge edge;
  };
  std::vector<E> edges;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    edges.push_back(
        {new_index[boost::source(e, g)], new_index[boost::target(e, g)], std::move(g[e])});
  std::sort(edges.begin(), edges.end(), [](const E& a, const E& b) {
    return std::tie(a.from, a.to, a.edge.type, a.edge.evidence.doc, a.edge.evidence.start) <
           std::tie(b.from, b.to, b.edge.type, b.edge.evidence.doc, b.edge.evidence.start);
  });
  EventGraph out;
  for (std::size_t i = 0; i < n; ++i) add_event(out, std::move(g[order[i]]));
  for (auto& e : edges) add_link(out, e.from, e.to, std::move(e.edge));
  move_graph(g, out);
  std::sort(timeline.documents.begin(), timeline.documents.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

}  // namespace chronograph::graph
