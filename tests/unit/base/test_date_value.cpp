// Tests of DateValue parsing, formatting and construction.
#include <doctest/doctest.h>

#include "chronograph/base/date_value.hpp"

using namespace chronograph::base;
using namespace date::literals;

TEST_CASE("base: parse_day accepts real days and rejects impossible ones") {
  CHECK(parse_day("2025-06-02") == date::sys_days{2025_y / date::June / 2});
  CHECK(parse_day("2024-02-29").has_value());
  CHECK_FALSE(parse_day("2025-02-29").has_value());
  CHECK_FALSE(parse_day("2025-02-30").has_value());
  CHECK_FALSE(parse_day("2025-13-01").has_value());
  CHECK_FALSE(parse_day("2025-6-2").has_value());
  CHECK_FALSE(parse_day("").has_value());
  CHECK_FALSE(parse_day("2025-06-0x").has_value());
}

TEST_CASE("base: month and year values bound the whole period") {
  const auto m = month_value(2025_y / date::May, Basis::explicit_date);
  CHECK(m.value == "2025-05");
  CHECK(format_day(*m.earliest) == "2025-05-01");
  CHECK(format_day(*m.latest) == "2025-05-31");
  CHECK_FALSE(m.exact());
  const auto y = year_value(1711_y, Basis::explicit_date);
  CHECK(y.value == "1711");
  CHECK(format_day(*y.latest) == "1711-12-31");
  const auto d = day_value(date::sys_days{2025_y / date::June / 1}, Basis::inferred);
  CHECK(d.exact());
  CHECK(d.value == "2025-06-01");
}

TEST_CASE("base: format_day pads years, months and days as YYYY-MM-DD") {
  CHECK(format_day(date::sys_days{2025_y / date::June / 2}) == "2025-06-02");
  CHECK(format_day(date::sys_days{1999_y / date::December / 31}) == "1999-12-31");
  CHECK(format_day(date::sys_days{date::year{476} / date::September / 4}) == "0476-09-04");
  CHECK(format_day(date::sys_days{date::year{12025} / date::January / 10}) == "12025-01-10");
}

TEST_CASE("base: basis names round-trip as the JSON contract spells them") {
  for (auto b : {Basis::header, Basis::explicit_date, Basis::relative, Basis::inferred,
                 Basis::override_value, Basis::unknown})
    CHECK(basis_from_string(to_string(b)) == b);
  CHECK(to_string(Basis::explicit_date) == "explicit");
  CHECK(to_string(Basis::override_value) == "override");
  CHECK_FALSE(basis_from_string("guess").has_value());
}
