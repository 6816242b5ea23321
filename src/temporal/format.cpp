// The JSON array of time expressions (the "timexes" of tag JSON).
#include "chronograph/temporal/format.hpp"

#include <charconv>
#include <cstdint>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/json_text.hpp"

namespace chronograph::temporal {

namespace {

using namespace std::string_view_literals;

// Days are digits and dashes: quoted, nothing to escape.
void day_or_null(std::string& out, const std::optional<date::sys_days>& d) {
  if (!d) {
    out += "null"sv;
    return;
  }
  out += '"';
  out += base::format_day(*d);
  out += '"';
}

// `key` (the literal text before a value), then the value. Keys are string_views (no strlen),
// numbers go through to_chars, and this program's own names (types, units) need no escaping:
// a large text has tens of thousands of expressions.
void number_field(std::string& out, std::string_view key, std::int64_t v) {
  out += key;
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}
void name_field(std::string& out, std::string_view key, std::string_view name) {
  out += key;
  out += '"';
  out += name;
  out += '"';
}
void text_field(std::string& out, std::string_view key, std::string_view text) {
  out += key;
  base::append_json_string(out, text);
}

}  // namespace

std::string to_json(std::string_view text, const std::vector<Timex>& timexes) {
  std::string out = "[";
  bool first = true;
  for (const auto& t : timexes) {
    out += first ? "\n  {"sv : ",\n  {"sv;
    first = false;
    number_field(out, "\"start\": "sv, static_cast<std::int64_t>(t.start));
    number_field(out, ", \"end\": "sv, static_cast<std::int64_t>(t.end));
    text_field(out, ", \"text\": "sv, text.substr(t.start, t.end - t.start));
    name_field(out, ", \"type\": "sv, to_string(t.type));
    text_field(out, ", \"value\": "sv, t.value);
    if (!t.mod.empty()) text_field(out, ", \"mod\": "sv, t.mod);
    out += ", \"earliest\": "sv;
    day_or_null(out, t.earliest);
    out += ", \"latest\": "sv;
    day_or_null(out, t.latest);
    name_field(out, ", \"reference\": "sv, to_string(t.reference));
    if (t.dct_shift) {
      number_field(out, ", \"dct_shift\": {\"amount\": "sv, t.dct_shift->amount);
      name_field(out, ", \"unit\": "sv, to_string(t.dct_shift->unit));
      out += '}';
    }
    out += ", \"anchor\": "sv;
    if (t.anchor) {
      text_field(out, "{\"phrase\": "sv, t.anchor->phrase);
      number_field(out, ", \"start\": "sv, static_cast<std::int64_t>(t.anchor->start));
      number_field(out, ", \"end\": "sv, static_cast<std::int64_t>(t.anchor->end));
      number_field(out, ", \"offset\": {\"amount\": "sv, t.anchor->offset.amount);
      name_field(out, ", \"unit\": "sv, to_string(t.anchor->offset.unit));
      out += "}}"sv;
    } else {
      out += "null"sv;
    }
    text_field(out, ", \"rule\": "sv, t.rule);
    out += '}';
  }
  out += timexes.empty() ? "]\n"sv : "\n]\n"sv;
  return out;
}

}  // namespace chronograph::temporal
