// Parsing of override dates: day, month, year, or interval with optional open ends.
#include "chronograph/base/date_spec.hpp"

#include <algorithm>
#include <optional>

namespace chronograph::base {

namespace {

const std::string kExpected = " (expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO)";

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

unsigned number(std::string_view s) {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

// One end of a date spec: a day, month or year, or an error message.
std::variant<base::DateValue, std::string> parse_single(std::string_view t,
                                                        std::string_view whole) {
  auto invalid = [&] { return "invalid date '" + std::string(whole) + "'" + kExpected; };
  // Years count from 1 (there is no year 0000 in the calendar news is dated in).
  if (t.size() >= 4 && digits(t.substr(0, 4)) && number(t.substr(0, 4)) == 0)
    return "impossible date '" + std::string(whole) + "' (there is no year 0)";
  if (t.size() == 4 && digits(t))
    return base::year_value(date::year{static_cast<int>(number(t))}, base::Basis::override_value);
  if (t.size() < 7 || t[4] != '-' || !digits(t.substr(0, 4)) || !digits(t.substr(5, 2)))
    return invalid();
  const date::year y{static_cast<int>(number(t.substr(0, 4)))};
  const unsigned m = number(t.substr(5, 2));
  if (m < 1 || m > 12)
    return "impossible date '" + std::string(whole) + "' (there is no month " + std::to_string(m) +
           ")";
  if (t.size() == 7) return base::month_value(y / date::month{m}, base::Basis::override_value);
  if (t.size() != 10 || t[7] != '-' || !digits(t.substr(8, 2))) return invalid();
  const unsigned d = number(t.substr(8, 2));
  const date::year_month_day ymd{y, date::month{m}, date::day{d}};
  if (!ymd.ok()) {
    const unsigned last =
        static_cast<unsigned>(date::year_month_day_last{y / date::month{m} / date::last}.day());
    return "impossible date '" + std::string(whole) + "' (" + std::string(t.substr(0, 7)) +
           " has " + std::to_string(last) + " days)";
  }
  return base::day_value(date::sys_days{ymd}, base::Basis::override_value);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::variant<base::DateValue, std::string> parse_date_spec(std::string_view text) {
  text = trim(text);
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return parse_single(text, text);
  const std::string_view a = trim(text.substr(0, slash)), b = trim(text.substr(slash + 1));
  if (a == ".." && b == "..") return "invalid date '" + std::string(text) + "'" + kExpected;
  base::DateValue out;
  out.basis = base::Basis::override_value;
  if (a != "..") {
    auto r = parse_single(a, text);
    if (auto* e = std::get_if<std::string>(&r)) return *e;
    out.earliest = std::get<base::DateValue>(r).earliest;
  }
  if (b != "..") {
    auto r = parse_single(b, text);
    if (auto* e = std::get_if<std::string>(&r)) return *e;
    out.latest = std::get<base::DateValue>(r).latest;
  }
  if (out.earliest && out.latest && *out.earliest > *out.latest)
    return "invalid date '" + std::string(text) + "' (the interval ends before it starts)";
  // The TIMEX3 value is the narrowest calendar unit holding the whole interval.
  out.value = "XXXX-XX-XX";
  if (out.earliest && out.latest) {
    const std::string e = base::format_day(*out.earliest), l = base::format_day(*out.latest);
    if (e == l)
      out.value = e;
    else if (e.substr(0, 7) == l.substr(0, 7))
      out.value = e.substr(0, 7);
    else if (e.substr(0, 4) == l.substr(0, 4))
      out.value = e.substr(0, 4);
  }
  return out;
}

std::variant<date::sys_days, std::string> parse_day_spec(std::string_view text) {
  text = trim(text);
  auto r = parse_single(text, text);
  if (auto* e = std::get_if<std::string>(&r)) return *e;
  const auto& d = std::get<base::DateValue>(r);
  if (!d.exact()) return "invalid day '" + std::string(text) + "' (expected YYYY-MM-DD)";
  return *d.earliest;
}

}  // namespace chronograph::base
