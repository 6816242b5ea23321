// JSON string literals for the hand-written JSON outputs (tag JSON, timex arrays).
#pragma once
#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/base/date_value.hpp"

namespace chronograph::base {

// Appends `s` as a quoted JSON string: quotes, backslashes and control characters escaped,
// bytes that are not UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

// A whole number, straight into the output (no temporary string per field).
template <typename Int>
void append_json_number(std::string& out, Int v) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

// A day as "YYYY-MM-DD", or null. Days are digits and dashes: nothing to escape.
void append_json_day(std::string& out, const std::optional<date::sys_days>& day);

// `key` (the literal text before a value, as `, "class": `) and one of this program's own names
// (a TimeML class, a unit), which never needs escaping. Keys as string_views cost no strlen;
// a large text has tens of thousands of fields.
void append_json_name(std::string& out, std::string_view key, std::string_view name);

}  // namespace chronograph::base
