// Dates as users write them (overrides files, --since/--until): a day, a month, a year, or an
// interval.
#pragma once
#include <string>
#include <string_view>
#include <variant>

#include "chronograph/base/date_value.hpp"

namespace chronograph::base {

// Parses "2025-05-16", "2025-05", "2025", or an interval "FROM/TO" whose ends are any of
// those or ".." for an open end ("../2025-05-20"). The result has basis override.
// On failure returns the error message: "impossible date '2025-02-30' (2025-02 has 28 days)",
// "invalid date 'soon' (expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO)".
std::variant<base::DateValue, std::string> parse_date_spec(std::string_view text);

// The same for one exact day only (selector bounds "before"/"after").
std::variant<date::sys_days, std::string> parse_day_spec(std::string_view text);

}  // namespace chronograph::base
