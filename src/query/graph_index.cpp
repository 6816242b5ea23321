// The id index over a loaded graph.
#include "chronograph/query/graph_index.hpp"

namespace chronograph::query {

GraphIndex::GraphIndex(const graph::EventGraph& g) {
  by_id_.reserve(boost::num_vertices(g));
  // Current ids first, so that no event's former id can shadow another event's id.
  for (auto v : boost::make_iterator_range(boost::vertices(g))) by_id_.emplace(g[v].id, v);
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    for (const auto& former : g[v].former_ids) by_id_.emplace(former, v);
}

std::optional<graph::Vertex> GraphIndex::find(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

}  // namespace chronograph::query
