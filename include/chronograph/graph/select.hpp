// Picking one event from a user's words: an id, or a phrase and/or a date ("june 2 talks").
#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

struct Selection {
  std::vector<Vertex> matches;  // exactly one when the words pick an event; several when ambiguous
};

// Exact id first, then a unique id prefix; else the events whose label/type/actors/places/
// mention text contain every word of the phrase (stopwords dropped, plurals folded) and whose
// date interval contains every date named in it ("june 2", "2nd of june", "2025-06-01",
// "2025-06"), ranked by where the words matched, events over claims, and exact days; ties at
// the top make the selection ambiguous.
Selection select_event(const Timeline& timeline, std::string_view words);

}  // namespace chronograph::graph
