// Causal paths between two events, shortest first.
#pragma once
#include <cstddef>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::query {

struct CausalPath {
  std::vector<graph::Vertex> vertices;  // from ... to
  std::vector<graph::Edge> edges;       // edges[i] joins vertices[i] and vertices[i + 1]
};

struct ChainResult {
  std::vector<CausalPath> paths;  // shortest first; ties in discovery order (deterministic)
  bool reversed = false;          // no path from -> to; these run to -> from
};

// Up to max_paths simple causal paths from `from` to `to` (forward: causes, and reactions
// after what they react to). When none exists, the paths the other way round, marked reversed.
// A backward breadth-first search from the target gives exact remaining distances, so the
// best-first enumeration only walks edges that can still reach it.
ChainResult causal_chains(const graph::EventGraph& g, graph::Vertex from, graph::Vertex to,
                          std::size_t max_paths);

}  // namespace chronograph::query
