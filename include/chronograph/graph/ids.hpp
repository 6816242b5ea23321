// Stable event ids derived from what an event is, not from processing order.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

// A readable slug plus a short content hash: "talks-istanbul-2025-06-02-3fa1". The slug is
// type, first place (or speaker), date (or "undated"); the hash covers kind, type, the
// normalized label, the key actors (those the label names), places (case-folded, any order),
// the date value and its bounds, and the speaker. Mentions, processing order, thread count and
// unrelated documents do not enter it, so re-runs leave it unchanged.
std::string make_event_id(const EventNode& node);

// Assigns make_event_id to every vertex. Among look-alikes with equal ids, the one with the
// earliest mention (by document id, then offset) keeps it; each other one gets a suffix hashed
// from its own earliest mention ("talks-undated-2909-b41c").
void assign_ids(EventGraph& graph);

}  // namespace chronograph::graph
