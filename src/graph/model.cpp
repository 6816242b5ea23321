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
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (answers_to(g[v], id)) return v;
  return std::nullopt;
}

bool answers_to(const EventNode& n, std::string_view id) {
  return n.id == id ||
         std::find(n.former_ids.begin(), n.former_ids.end(), id) != n.former_ids.end();
}

void move_graph(EventGraph& target, EventGraph& source) {
  // Boost's own swap copies both graphs. Swapping the two containers is enough: stored edges
  // refer to the edge list by std::list iterators, which a list swap keeps valid, and to
  // vertices by index.
  target.clear();
  target.m_vertices.swap(source.m_vertices);
  target.m_edges.swap(source.m_edges);
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
  // Edges are dropped and added back in order; vertex properties are permuted in place by
  // following the cycles of the permutation, so no second copy of the graph is made.
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    g.out_edge_list(v).clear();
    in_edge_list(g, v).clear();
  }
  g.m_edges.clear();
  std::vector<bool> placed(n, false);
  for (std::size_t start = 0; start < n; ++start) {
    if (placed[start]) continue;
    // Position i receives the vertex order[i]; walk the cycle through start.
    std::size_t i = start;
    while (order[i] != start) {
      std::swap(g[i], g[order[i]]);
      placed[i] = true;
      i = order[i];
    }
    placed[i] = true;
  }
  for (auto& e : edges) add_link(g, e.from, e.to, std::move(e.edge));
  std::sort(timeline.documents.begin(), timeline.documents.end(),
            [](const DocumentInfo& a, const DocumentInfo& b) { return a.id < b.id; });
}

std::string_view to_string(EvidenceDetail detail) {
  switch (detail) {
    case EvidenceDetail::spans:
      return "spans";
    case EvidenceDetail::none:
      return "none";
    case EvidenceDetail::text:
      break;
  }
  return "text";
}

std::optional<EvidenceDetail> evidence_detail_from_string(std::string_view s) {
  for (auto d : {EvidenceDetail::text, EvidenceDetail::spans, EvidenceDetail::none})
    if (to_string(d) == s) return d;
  return std::nullopt;
}

}  // namespace chronograph::graph
