// The JSON array of time expressions (the "timexes" of tag JSON).
#include "chronograph/temporal/format.hpp"

#include <cstdio>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/json_text.hpp"

namespace chronograph::temporal {

namespace {

void day_or_null(std::string& out, const std::optional<date::sys_days>& d) {
  if (d)
    base::append_json_string(out, base::format_day(*d));
  else
    out += "null";
}

}  // namespace

std::string to_json(std::string_view text, const std::vector<Timex>& timexes) {
  std::string out = "[";
  bool first = true;
  for (const auto& t : timexes) {
    out += first ? "\n  {" : ",\n  {";
    first = false;
    out += "\"start\": " + std::to_string(t.start) + ", \"end\": " + std::to_string(t.end);
    out += ", \"text\": ";
    base::append_json_string(out, text.substr(t.start, t.end - t.start));
    out += ", \"type\": ";
    base::append_json_string(out, to_string(t.type));
    out += ", \"value\": ";
    base::append_json_string(out, t.value);
    if (!t.mod.empty()) {
      out += ", \"mod\": ";
      base::append_json_string(out, t.mod);
    }
    out += ", \"earliest\": ";
    day_or_null(out, t.earliest);
    out += ", \"latest\": ";
    day_or_null(out, t.latest);
    out += ", \"reference\": ";
    base::append_json_string(out, to_string(t.reference));
    if (t.dct_shift) {
      out +=
          ", \"dct_shift\": {\"amount\": " + std::to_string(t.dct_shift->amount) + ", \"unit\": ";
      base::append_json_string(out, to_string(t.dct_shift->unit));
      out += "}";
    }
    out += ", \"anchor\": ";
    if (t.anchor) {
      out += "{\"phrase\": ";
      base::append_json_string(out, t.anchor->phrase);
      out += ", \"start\": " + std::to_string(t.anchor->start) +
             ", \"end\": " + std::to_string(t.anchor->end) +
             ", \"offset\": {\"amount\": " + std::to_string(t.anchor->offset.amount) +
             ", \"unit\": ";
      base::append_json_string(out, to_string(t.anchor->offset.unit));
      out += "}}";
    } else {
      out += "null";
    }
    out += ", \"rule\": ";
    base::append_json_string(out, t.rule);
    out += "}";
  }
  out += timexes.empty() ? "]\n" : "\n]\n";
  return out;
}

}  // namespace chronograph::temporal
