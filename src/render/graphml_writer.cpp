// Writing the timeline graph as GraphML: keys declared first, then nodes and edges.
#include "chronograph/render/graphml_writer.hpp"

#include "chronograph/base/markup_text.hpp"
#include "export_fields.hpp"

namespace chronograph::render {

namespace {

std::string_view graphml_type(FieldType type) {
  switch (type) {
    case FieldType::decimal:
      return "double";
    case FieldType::integer:
      return "int";
    case FieldType::text:
      break;
  }
  return "string";
}

// Key ids are "n_" or "e_" and the attribute name: unique in the document, as GraphML asks,
// while nodes and edges may share an attr.name ("type").
template <typename Item>
void write_keys(std::string& out, std::string_view domain, const std::vector<Field<Item>>& fields) {
  for (const auto& f : fields) {
    out += "  <key id=\"";
    out += domain.front();
    out += std::string("_") + f.name + "\" for=\"";
    out += domain;
    out += std::string("\" attr.name=\"") + f.name + "\" attr.type=\"";
    out += graphml_type(f.type);
    out += "\"/>\n";
  }
}

template <typename Item>
void write_data(std::string& out, char domain, const Item& item,
                const std::vector<Field<Item>>& fields) {
  for (const auto& f : fields) {
    const auto value = f.value(item);
    if (!value) continue;
    out += "      <data key=\"";
    out += domain;
    out += std::string("_") + f.name + "\">";
    base::append_markup(out, *value);
    out += "</data>\n";
  }
}

}  // namespace

std::string graphml_node_id(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (const char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == ':';
    if (plain) {
      out += ch;
    } else {
      out += "_x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  if (out.empty()) out = "_x";  // an NMTOKEN has at least one character
  return out;
}

std::string to_graphml(const graph::Timeline& t) {
  const graph::EventGraph& g = t.graph;
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  write_keys(out, "node", event_fields());
  write_keys(out, "edge", link_fields());
  out += "  <graph id=\"timeline\" edgedefault=\"directed\">\n";
  for (const auto v : boost::make_iterator_range(boost::vertices(g))) {
    out += "    <node id=\"" + graphml_node_id(g[v].id) + "\">\n";
    write_data(out, 'n', g[v], event_fields());
    out += "    </node>\n";
  }
  std::size_t n = 0;
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    out += "    <edge id=\"e" + std::to_string(n++) + "\" source=\"" +
           graphml_node_id(g[boost::source(e, g)].id) + "\" target=\"" +
           graphml_node_id(g[boost::target(e, g)].id) + "\">\n";
    write_data(out, 'e', g[e], link_fields());
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace chronograph::render
