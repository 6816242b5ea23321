// Reading chronograph/graph@1: fast enough for big graphs, with the reference reader's errors
// for anything unusual. The one entry point query, render and the pipeline read graphs through.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

// A single-pass reader specialised to graph@1 that builds the Timeline without a JSON DOM.
// Returns none when the text is anything but a well-formed graph it fully understands
// (malformed JSON, missing or ill-typed fields, unknown references, non-integer offsets...).
std::optional<Timeline> read_graph_fast(std::string_view text);

// read_graph_fast, falling back to from_json (json_io.hpp) so that every error is the
// reference one ("file:line:column: error: ...", all of them up to a limit).
Timeline read_graph(std::string_view text, const std::string& file);

// Where load_graph's time went, for benchmarks.
struct LoadTimes {
  double read_ms = 0;   // opening and mapping (or reading) the file
  double parse_ms = 0;  // building the Timeline from its bytes
};

// read_graph on a file's bytes (mapped when it is a regular file). Throws base::InputError for
// unreadable files.
Timeline load_graph(const std::string& path, LoadTimes* times = nullptr);

}  // namespace chronograph::graph
