// Stable event ids derived from what an event is, not from processing order.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

// A readable slug plus a short content hash: "talks-istanbul-2025-06-02-3fa1". The slug is
// type, first place, date (or "undated"); the hash covers kind, type, actors, places, date or
// its anchor and the normalized label, so re-runs, reordered inputs and unrelated documents
// leave it unchanged.
std::string make_event_id(const EventNode& node);

// Assigns make_event_id to every vertex; equal ids get "-2", "-3" suffixes in a deterministic
// order (by first mention).
void assign_ids(EventGraph& graph);

}  // namespace chronograph::graph
