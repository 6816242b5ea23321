// Loading a chronograph/graph@1 file fast enough for big graphs, with the reference reader's
// errors for anything unusual.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::query {

// A single-pass reader specialised to graph@1 that builds the Timeline without a JSON DOM.
// Returns none when the text is anything but a well-formed graph it fully understands
// (malformed JSON, missing or ill-typed fields, unknown references, non-integer offsets...).
std::optional<graph::Timeline> read_graph_fast(std::string_view text);

// Where load_graph's time went, for benchmarks.
struct LoadTimes {
  double read_ms = 0;   // opening and mapping (or reading) the file
  double parse_ms = 0;  // building the Timeline from its bytes
};

// read_graph_fast, falling back to graph::from_json so that every error is the reference one
// ("file:line:column: error: ..."). Throws base::InputError for unreadable files.
graph::Timeline load_graph(const std::string& path, LoadTimes* times = nullptr);

}  // namespace chronograph::query
