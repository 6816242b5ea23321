// The timeline graph as JSON Lines: one event or link per line, for streaming into other tools.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

// Every event, then every link, in the graph's order, each on one line ending in "\n". An event
// line is its graph@1 object ("kind" is "event" or "claim"); a link line is its graph@1 object
// with "kind": "link" first. Deterministic bytes; valid UTF-8 whatever the graph holds.
std::string to_json_lines(const graph::Timeline& timeline);

}  // namespace chronograph::render
