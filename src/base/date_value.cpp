// Formatting, parsing and construction of DateValue.
#include "chronograph/base/date_value.hpp"

#include <array>
#include <cstdio>

namespace chronograph::base {

namespace {
constexpr std::array<std::string_view, 6> kBasisNames = {"header",   "explicit", "relative",
                                                         "inferred", "override", "unknown"};
}

std::string_view to_string(Basis basis) { return kBasisNames[static_cast<std::size_t>(basis)]; }

std::optional<Basis> basis_from_string(std::string_view word) {
  for (std::size_t i = 0; i < kBasisNames.size(); ++i)
    if (kBasisNames[i] == word) return static_cast<Basis>(i);
  return std::nullopt;
}

std::string format_day(date::sys_days day) {
  const date::year_month_day ymd{day};
  const int y = static_cast<int>(ymd.year());
  const auto m = static_cast<unsigned>(ymd.month()), d = static_cast<unsigned>(ymd.day());
  // Writers call this for every dated event: digits by hand in the common case, as snprintf
  // would print them.
  if (y >= 0 && y <= 9999 && m <= 99 && d <= 99) {
    const char buf[10] = {static_cast<char>('0' + y / 1000),
                          static_cast<char>('0' + y / 100 % 10),
                          static_cast<char>('0' + y / 10 % 10),
                          static_cast<char>('0' + y % 10),
                          '-',
                          static_cast<char>('0' + m / 10),
                          static_cast<char>('0' + m % 10),
                          '-',
                          static_cast<char>('0' + d / 10),
                          static_cast<char>('0' + d % 10)};
    return std::string(buf, sizeof buf);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::optional<date::sys_days> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t from, std::size_t n) -> std::optional<int> {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const auto y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  if (!y || !m || !d || *y == 0) return std::nullopt;  // no year 0 in the calendar
  const date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                                 date::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

DateValue day_value(date::sys_days day, Basis basis) {
  return DateValue{format_day(day), day, day, basis};
}

DateValue month_value(date::year_month ym, Basis basis) {
  const date::sys_days first{ym / date::day{1}};
  const date::sys_days last{ym / date::last};
  return DateValue{format_day(first).substr(0, 7), first, last, basis};
}

DateValue year_value(date::year y, Basis basis) {
  const date::sys_days first{y / date::January / 1};
  const date::sys_days last{y / date::December / 31};
  return DateValue{format_day(first).substr(0, 4), first, last, basis};
}

}  // namespace chronograph::base
