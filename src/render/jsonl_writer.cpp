// Writing the timeline graph as JSON Lines.
#include "chronograph/render/jsonl_writer.hpp"

#include "chronograph/graph/json_io.hpp"

namespace chronograph::render {

std::string to_json_lines(const graph::Timeline& t) {
  const graph::EventGraph& g = t.graph;
  std::string out;
  for (const auto v : boost::make_iterator_range(boost::vertices(g))) {
    out += graph::event_to_json_line(g[v], t.evidence_detail);
    out += '\n';
  }
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    // The link object without its opening brace, after a "kind" that says what the line is.
    out += "{\"kind\":\"link\",";
    out += std::string_view(graph::link_to_json_line(g, e, t.evidence_detail)).substr(1);
    out += '\n';
  }
  return out;
}

}  // namespace chronograph::render
