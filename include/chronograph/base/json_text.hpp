// JSON string literals for the hand-written JSON outputs (tag JSON, timex arrays).
#pragma once
#include <string>
#include <string_view>

namespace chronograph::base {

// Appends `s` as a quoted JSON string: quotes, backslashes and control characters escaped,
// bytes that are not UTF-8 replaced by U+FFFD.
void append_json_string(std::string& out, std::string_view s);

}  // namespace chronograph::base
