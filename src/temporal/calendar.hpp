// Calendar values of the temporal stage: a partially specified date and its TIMEX3 rendering.
#pragma once
#include <date/date.h>

#include <optional>
#include <string>

#include "chronograph/temporal/timex.hpp"

namespace chronograph::temporal::detail {

inline constexpr int kUnknown = -99999;

// Granularity of a date value.
enum class Gran : std::uint8_t {
  day,
  week,
  weekend,
  month,
  quarter,
  half,
  season,
  year,
  decade,
  century,
  ref
};

// A date as far as the text specifies it; unknown fields render as X in the value.
struct Spec {
  Gran g = Gran::day;
  int year = kUnknown;  // full year; decade/century keep their first year (1990, 1900)
  int month = 0;        // 1..12, 0 unknown
  int day = 0;          // 1..31, 0 unknown
  int sub = 0;          // quarter 1-4, half 1-2, season 0-3 (SP SU FA WI), ISO week 1-53
  int ref = 0;          // Gran::ref: 0 PRESENT_REF, 1 PAST_REF, 2 FUTURE_REF
  std::string time;     // suffix: "T17:53", "TMO", "TNI", "" for none
};

// TIMEX3 value of a spec ("2025-06-02", "XXXX-06-02", "2025-W23", "199", "PAST_REF").
std::string format_value(const Spec& s);

// The day interval a spec covers; none when its year (or its day, for day values) is unknown.
bool interval(const Spec& s, std::optional<date::sys_days>& earliest,
              std::optional<date::sys_days>& latest);

// The unit a spec is precise to, for Timex::granularity.
Unit unit_of(const Spec& s);

// Valid calendar day?
bool valid_day(int y, int m, int d);

// Day spec for a sys_days.
Spec day_spec(date::sys_days d);

// ISO week of a day: (iso year, week 1..53).
void iso_week(date::sys_days d, int& iso_year, int& week);

// Shifts a DCT by a relative amount, returning the spec at that unit's granularity
// ("last year" = shift(dct, -1, year) -> the year before).
Spec shift_spec(date::sys_days dct, int amount, Unit unit);

}  // namespace chronograph::temporal::detail
