// Fuzz target: the graph JSON readers, the fast one and the reference one it falls back to.
// What either accepts must be written back as JSON that the reader accepts again.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/graph/graph_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto fast = graph::read_graph_fast(text)) {
    const std::string again = graph::to_json(*fast);
    if (!graph::read_graph_fast(again)) graph::from_json(again, "rewritten.json");
  }
  try {
    const graph::Timeline t = graph::from_json(text, "fuzz.json");
    graph::from_json(graph::to_json(t), "rewritten.json");  // throws, unhandled, if rejected
  } catch (const base::InputError& e) {
    if (e.file() != "fuzz.json") throw;  // our own output rejected: a bug
  }
  return 0;
}
