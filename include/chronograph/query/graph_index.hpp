// An id -> vertex index built once per loaded graph, so that lookups stay O(1) on big graphs.
#pragma once
#include <optional>
#include <string_view>
#include <unordered_map>

#include "chronograph/graph/model.hpp"

namespace chronograph::query {

class GraphIndex {
 public:
  // The keys view the graph's id strings: the graph must outlive the index and keep its ids.
  explicit GraphIndex(const graph::EventGraph& graph);

  std::optional<graph::Vertex> find(std::string_view id) const;
  std::size_t size() const { return by_id_.size(); }

 private:
  std::unordered_map<std::string_view, graph::Vertex> by_id_;
};

}  // namespace chronograph::query
