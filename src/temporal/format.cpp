// Output formats of the tag command: a JSON array of timexes and inline TimeML.
#include "chronograph/temporal/format.hpp"

#include <cstdio>

#include "chronograph/base/date_value.hpp"

namespace chronograph::temporal {

namespace {

void json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char b[8];
          std::snprintf(b, sizeof b, "\\u%04x", c);
          out += b;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void day_or_null(std::string& out, const std::optional<date::sys_days>& d) {
  if (d)
    json_string(out, base::format_day(*d));
  else
    out += "null";
}

void attr(std::string& out, std::string_view v) {
  // Attribute values are ours (TIMEX3 values), but escape the XML specials anyway.
  for (const char c : v) {
    if (c == '"')
      out += "&quot;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
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
    json_string(out, text.substr(t.start, t.end - t.start));
    out += ", \"type\": ";
    json_string(out, to_string(t.type));
    out += ", \"value\": ";
    json_string(out, t.value);
    if (!t.mod.empty()) {
      out += ", \"mod\": ";
      json_string(out, t.mod);
    }
    out += ", \"earliest\": ";
    day_or_null(out, t.earliest);
    out += ", \"latest\": ";
    day_or_null(out, t.latest);
    out += ", \"reference\": ";
    json_string(out, to_string(t.reference));
    if (t.dct_shift) {
      out +=
          ", \"dct_shift\": {\"amount\": " + std::to_string(t.dct_shift->amount) + ", \"unit\": ";
      json_string(out, to_string(t.dct_shift->unit));
      out += "}";
    }
    out += ", \"anchor\": ";
    if (t.anchor) {
      out += "{\"phrase\": ";
      json_string(out, t.anchor->phrase);
      out += ", \"start\": " + std::to_string(t.anchor->start) +
             ", \"end\": " + std::to_string(t.anchor->end) +
             ", \"offset\": {\"amount\": " + std::to_string(t.anchor->offset.amount) +
             ", \"unit\": ";
      json_string(out, to_string(t.anchor->offset.unit));
      out += "}}";
    } else {
      out += "null";
    }
    out += ", \"rule\": ";
    json_string(out, t.rule);
    out += "}";
  }
  out += timexes.empty() ? "]\n" : "\n]\n";
  return out;
}

std::string to_timeml(std::string_view text, const std::vector<Timex>& timexes) {
  std::string out;
  out.reserve(text.size() + timexes.size() * 64);
  std::size_t pos = 0;
  int tid = 0;
  for (const auto& t : timexes) {
    if (t.start < pos || t.end > text.size() || t.end < t.start) continue;  // never overlap
    out.append(text.substr(pos, t.start - pos));
    out += "<TIMEX3 tid=\"t" + std::to_string(++tid) + "\" type=\"";
    out += to_string(t.type);
    out += "\" value=\"";
    attr(out, t.value);
    out += '"';
    if (!t.mod.empty()) {
      out += " mod=\"";
      attr(out, t.mod);
      out += '"';
    }
    out += '>';
    out.append(text.substr(t.start, t.end - t.start));
    out += "</TIMEX3>";
    pos = t.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace chronograph::temporal
