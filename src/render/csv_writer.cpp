// Writing the timeline graph as RFC 4180 CSV tables.
#include "chronograph/render/csv_writer.hpp"

#include "chronograph/base/utf8.hpp"
#include "export_fields.hpp"

namespace chronograph::render {

namespace {

constexpr std::string_view kRowEnd = "\r\n";

// Quoted only when it must be, so that plain cells stay plain for tools that split on commas.
void append_field(std::string& out, std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += cell;
    return;
  }
  out += '"';
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

template <typename Item>
void append_cells(std::string& out, const Item& item, const std::vector<Field<Item>>& fields) {
  for (const auto& f : fields) {
    out += ',';
    const auto value = f.value(item);
    if (value) append_field(out, f.type == FieldType::text ? csv_text_field(*value) : *value);
  }
  out += kRowEnd;
}

template <typename Item>
void append_header(std::string& out, std::string_view first,
                   const std::vector<Field<Item>>& fields) {
  out += first;
  for (const auto& f : fields) {
    out += ',';
    out += f.name;
  }
  out += kRowEnd;
}

}  // namespace

std::string csv_text_field(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  if (!text.empty() && std::string_view("=+-@").find(text.front()) != std::string_view::npos)
    out += '\'';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t len = base::utf8_sequence_length(text, i);
      if (len == 0) {
        out += "\xEF\xBF\xBD";
      } else {
        out += text.substr(i, len);
        i += len - 1;
      }
    } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F) {
      out += "\xEF\xBF\xBD";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

CsvTables to_csv(const graph::Timeline& t) {
  const graph::EventGraph& g = t.graph;
  CsvTables out;
  append_header(out.events, "id", event_fields());
  for (const auto v : boost::make_iterator_range(boost::vertices(g))) {
    append_field(out.events, csv_text_field(g[v].id));
    append_cells(out.events, g[v], event_fields());
  }
  append_header(out.links, "from,to", link_fields());
  for (const auto e : boost::make_iterator_range(boost::edges(g))) {
    append_field(out.links, csv_text_field(g[boost::source(e, g)].id));
    out.links += ',';
    append_field(out.links, csv_text_field(g[boost::target(e, g)].id));
    append_cells(out.links, g[e], link_fields());
  }
  return out;
}

}  // namespace chronograph::render
