// Stable event ids derived from what an event is, not from processing order.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

// A readable name plus a short content hash: "talks-istanbul-3fa1". The name is the type and
// the first place (or the speaker); it states nothing that can turn false (no date: an override
// or new evidence can move the date, and the id must stay). The hash covers kind, type, the
// normalized label, the key actors (those the label names), places (case-folded, any order),
// the date value and its bounds, and the speaker. Mentions, processing order, thread count and
// unrelated documents do not enter it, so re-runs leave it unchanged.
std::string make_event_id(const EventNode& node);

// The id the same event had before ids stopped naming dates: the date (or "undated") between
// name and hash, "talks-istanbul-undated-3fa1". Kept in EventNode::former_ids so that
// overrides files and queries written with it still find the event.
std::string make_former_event_id(const EventNode& node);

// Assigns make_event_id, and make_former_event_id as the one former id, to every vertex.
// Among look-alikes with equal ids, the one with the earliest mention (by document id, then
// offset) keeps it; each other one gets a suffix hashed from its own earliest mention
// ("talks-2909-b41c"). The ids are made on up to `threads` threads; they do not depend on it.
void assign_ids(EventGraph& graph, unsigned threads = 1);

}  // namespace chronograph::graph
