// A temporal expression found in a text: span, TIMEX3 type/value, day interval and anchoring.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph::temporal {

enum class TimexType { date, time, duration, set };
std::string_view to_string(TimexType type);  // "DATE", "TIME", "DURATION", "SET"

// Calendar unit of a shift or a granularity.
enum class Unit { day, week, month, quarter, year, decade, century };
std::string_view to_string(Unit unit);

// A shift relative to a reference ("yesterday" = -1 day, "two years ago" = -2 years).
struct Shift {
  int amount = 0;
  Unit unit = Unit::day;
  friend bool operator==(const Shift&, const Shift&) = default;
};

// What a resolved value was computed from.
enum class Reference {
  absolute,  // the text states the date fully ("June 2, 2025", "2022")
  dct,       // relative to the document creation time ("yesterday", "June 2" without year)
  heading,   // dated by a heading of a headline list above it
  event,     // relative to an event named in the text ("a day before the talks")
  none,      // durations, sets, or nothing to resolve against
};
std::string_view to_string(Reference ref);

// An expression anchored to an event rather than to the DCT: "Just a day before" the talks.
struct EventAnchor {
  std::string phrase;           // the event phrase ("the talks", "the Geneva talks"), may be empty
  std::size_t start = 0;        // byte span of the phrase in the text (0,0 when empty)
  std::size_t end = 0;
  Shift offset;                 // date = date(event) + offset ("a day before": -1 day)
};

struct Timex {
  std::size_t start = 0;  // UTF-8 byte offset, inclusive
  std::size_t end = 0;    // exclusive
  TimexType type = TimexType::date;
  std::string value;      // TIMEX3 value: "2025-06-02", "2025-05", "PRESENT_REF", "P30D", ...
  std::string mod;        // TIMEX3 mod: "", "START", "MID", "END", "APPROX", "BEFORE", ...
  std::optional<date::sys_days> earliest;  // day interval the expression denotes (DATE/TIME)
  std::optional<date::sys_days> latest;
  Reference reference = Reference::none;
  // For DCT-relative expressions: the shift from the reference day, kept even when the DCT
  // is unknown so the graph stage can resolve it later ("yesterday": {-1, day}).
  std::optional<Shift> dct_shift;
  Unit granularity = Unit::day;            // of the value ("2025-05" has month granularity)
  std::optional<EventAnchor> anchor;       // set when reference == event
  std::string rule;                        // name of the rule that produced it (for explain)
};

}  // namespace chronograph::temporal
