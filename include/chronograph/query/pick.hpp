// Resolving the EVENT argument of a query to exactly one vertex, or a helpful error.
#pragma once
#include <stdexcept>
#include <string_view>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/query/graph_index.hpp"

namespace chronograph::query {

// No event, or several, fit the words. what() is the message ("'talks' matches 2 events; ...");
// candidates holds the ambiguous matches, best first, for the caller to list.
class PickError : public std::runtime_error {
 public:
  PickError(std::string message, std::vector<graph::Vertex> candidates)
      : std::runtime_error(std::move(message)), candidates_(std::move(candidates)) {}
  const std::vector<graph::Vertex>& candidates() const { return candidates_; }

 private:
  std::vector<graph::Vertex> candidates_;
};

// An id (O(1) through the index), else graph::select_event on the words ("june 2 talks",
// "2025-06-01 strikes"). Throws PickError when nothing or more than one event fits; an unknown
// id-like word gets a "did you mean" suggestion.
graph::Vertex pick_event(const graph::Timeline& timeline, const GraphIndex& index,
                         std::string_view words);

}  // namespace chronograph::query
