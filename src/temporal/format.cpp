// The JSON array of time expressions (the "timexes" of tag JSON).
#include "chronograph/temporal/format.hpp"

#include <cstdint>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/json_text.hpp"

namespace chronograph::temporal {

namespace {

using namespace std::string_view_literals;

using base::append_json_day;
using base::append_json_name;

// `key` (the literal text before a value), then the value.
void number_field(std::string& out, std::string_view key, std::int64_t v) {
  out += key;
  base::append_json_number(out, v);
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
    append_json_name(out, ", \"type\": "sv, to_string(t.type));
    text_field(out, ", \"value\": "sv, t.value);
    if (!t.mod.empty()) text_field(out, ", \"mod\": "sv, t.mod);
    out += ", \"earliest\": "sv;
    append_json_day(out, t.earliest);
    out += ", \"latest\": "sv;
    append_json_day(out, t.latest);
    append_json_name(out, ", \"reference\": "sv, to_string(t.reference));
    if (t.dct_shift) {
      number_field(out, ", \"dct_shift\": {\"amount\": "sv, t.dct_shift->amount);
      append_json_name(out, ", \"unit\": "sv, to_string(t.dct_shift->unit));
      out += '}';
    }
    out += ", \"anchor\": "sv;
    if (t.anchor) {
      text_field(out, "{\"phrase\": "sv, t.anchor->phrase);
      number_field(out, ", \"start\": "sv, static_cast<std::int64_t>(t.anchor->start));
      number_field(out, ", \"end\": "sv, static_cast<std::int64_t>(t.anchor->end));
      number_field(out, ", \"offset\": {\"amount\": "sv, t.anchor->offset.amount);
      append_json_name(out, ", \"unit\": "sv, to_string(t.anchor->offset.unit));
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
