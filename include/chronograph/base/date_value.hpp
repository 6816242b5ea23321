// A resolved date: its TIMEX3 value, the day interval it bounds, and how it was reached.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::base {

// How a date was obtained; the JSON contract spells these as lower-case words.
enum class Basis { header, explicit_date, relative, inferred, override_value, unknown };

std::string_view to_string(Basis basis);
std::optional<Basis> basis_from_string(std::string_view word);

struct DateValue {
  std::string value = "XXXX-XX-XX";       // TIMEX3 value ("2025-06-02", "2025-05", ...)
  std::optional<date::sys_days> earliest;  // first possible day, none when unbounded
  std::optional<date::sys_days> latest;    // last possible day, none when unbounded
  Basis basis = Basis::unknown;

  bool exact() const { return earliest && latest && *earliest == *latest; }
  bool known() const { return earliest.has_value() || latest.has_value(); }
  friend bool operator==(const DateValue&, const DateValue&) = default;
};

// "YYYY-MM-DD" of a day.
std::string format_day(date::sys_days day);
// Strict "YYYY-MM-DD" parse; none for malformed text or impossible days (2025-02-30).
std::optional<date::sys_days> parse_day(std::string_view text);

// The DateValue of one exact day / a whole month / a whole year.
DateValue day_value(date::sys_days day, Basis basis);
DateValue month_value(date::year_month ym, Basis basis);
DateValue year_value(date::year y, Basis basis);

}  // namespace chronograph::base
