// Causal direction over the graph: what led to an event and what followed from it.
#pragma once
#include <cstddef>
#include <limits>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::query {

// Backward: towards causes ("A causes X" and "X reaction_to A" both mean A led to X).
// Forward: towards effects. claim_about links are not causal and are never followed.
enum class Direction { backward, forward };

// One causal neighbour of an event: the other vertex and the link between them, as stored.
struct Step {
  graph::Vertex next;
  graph::Edge edge;
};

// Calls f(Step) for every causal neighbour of v in the direction.
template <typename F>
void for_each_causal_step(const graph::EventGraph& g, graph::Vertex v, Direction dir, F&& f) {
  using graph::LinkType;
  const LinkType along_out = dir == Direction::forward ? LinkType::causes : LinkType::reaction_to;
  const LinkType along_in = dir == Direction::forward ? LinkType::reaction_to : LinkType::causes;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (g[e].type == along_out) f(Step{boost::target(e, g), e});
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (g[e].type == along_in) f(Step{boost::source(e, g), e});
}

// A row of a causes/effects tree, in depth-first order from the root (depth 0, no edge).
struct TreeEntry {
  graph::Vertex vertex;
  std::size_t depth = 0;
  std::optional<graph::Edge> edge;  // the link to the parent row
  bool repeated = false;            // already shown higher up; not expanded again
  bool more = false;                // has causal links not listed: max depth or limit reached
};

// Defaults of `query causes/effects`: deep and wide enough for any story, bounded so that a
// graph of long chains cannot print without end.
inline constexpr std::size_t kDefaultTreeDepth = 20;
inline constexpr std::size_t kDefaultTreeLimit = 1000;

// Everything that led to (backward) or followed from (forward) root, children ordered by date
// then id, at most `limit` rows. Each event is expanded once, so cycles and diamonds
// terminate, and the work is linear in the rows and links visited.
std::vector<TreeEntry> causal_tree(const graph::EventGraph& g, graph::Vertex root, Direction dir,
                                   std::size_t max_depth = std::numeric_limits<std::size_t>::max(),
                                   std::size_t limit = std::numeric_limits<std::size_t>::max());

}  // namespace chronograph::query
