// Calendar arithmetic and TIMEX3 value rendering for partially specified dates.
#include "calendar.hpp"

#include <cstdio>

namespace chronograph::temporal::detail {

namespace {

void put_year(std::string& out, int y) {
  if (y == kUnknown) {
    out += "XXXX";
    return;
  }
  char b[16];
  std::snprintf(b, sizeof b, "%04d", y < 0 ? 0 : y % 10000);
  out += b;
}

void put2(std::string& out, int v) {
  if (v <= 0) {
    out += "XX";
    return;
  }
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v % 100);
  out += b;
}

date::sys_days ymd(int y, int m, int d) {
  return date::sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} /
                        date::day{static_cast<unsigned>(d)}};
}

date::sys_days last_of_month(int y, int m) {
  return date::sys_days{date::year{y} / date::month{static_cast<unsigned>(m)} / date::last};
}

}  // namespace

bool valid_day(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return (date::year{y} / date::month{static_cast<unsigned>(m)} /
          date::day{static_cast<unsigned>(d)})
      .ok();
}

Spec day_spec(date::sys_days d) {
  const date::year_month_day v{d};
  Spec s;
  s.g = Gran::day;
  s.year = static_cast<int>(v.year());
  s.month = static_cast<int>(static_cast<unsigned>(v.month()));
  s.day = static_cast<int>(static_cast<unsigned>(v.day()));
  return s;
}

void iso_week(date::sys_days d, int& iso_year, int& week) {
  const unsigned wd = date::weekday{d}.iso_encoding();  // 1 = Monday
  const date::sys_days thursday = d + date::days{4 - static_cast<int>(wd)};
  const date::year y = date::year_month_day{thursday}.year();
  const date::sys_days jan1 = date::sys_days{y / date::January / 1};
  iso_year = static_cast<int>(y);
  week = static_cast<int>((thursday - jan1).count() / 7 + 1);
}

namespace {
date::sys_days iso_week_monday(int iso_year, int week) {
  const date::sys_days jan4 = ymd(iso_year, 1, 4);
  const unsigned wd = date::weekday{jan4}.iso_encoding();
  return jan4 - date::days{static_cast<int>(wd) - 1} + date::days{7 * (week - 1)};
}
}  // namespace

std::string format_value(const Spec& s) {
  static const char* seasons[] = {"SP", "SU", "FA", "WI"};
  static const char* refs[] = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"};
  std::string out;
  out.reserve(16);
  switch (s.g) {
    case Gran::ref:
      out = refs[s.ref < 0 || s.ref > 2 ? 0 : s.ref];
      return out;
    case Gran::century:
      if (s.year == kUnknown) return "XX";
      out = std::to_string(s.year / 100);
      if (out.size() < 2) out.insert(0, 2 - out.size(), '0');
      return out;
    case Gran::decade:
      if (s.year == kUnknown) return "XXX";
      out = std::to_string(s.year / 10);
      if (out.size() < 3) out.insert(0, 3 - out.size(), '0');
      return out;
    case Gran::year:
      put_year(out, s.year);
      break;
    case Gran::quarter:
      put_year(out, s.year);
      out += "-Q";
      out += s.sub > 0 ? static_cast<char>('0' + s.sub) : 'X';
      break;
    case Gran::half:
      put_year(out, s.year);
      out += "-H";
      out += s.sub > 0 ? static_cast<char>('0' + s.sub) : 'X';
      break;
    case Gran::season:
      put_year(out, s.year);
      out += '-';
      out += seasons[s.sub & 3];
      break;
    case Gran::week:
    case Gran::weekend:
      put_year(out, s.year);
      out += "-W";
      put2(out, s.sub);
      if (s.g == Gran::weekend) out += "-WE";
      break;
    case Gran::month:
      put_year(out, s.year);
      out += '-';
      put2(out, s.month);
      break;
    case Gran::day:
      put_year(out, s.year);
      out += '-';
      put2(out, s.month);
      out += '-';
      put2(out, s.day);
      break;
  }
  out += s.time;
  return out;
}

bool interval(const Spec& s, std::optional<date::sys_days>& earliest,
              std::optional<date::sys_days>& latest) {
  earliest.reset();
  latest.reset();
  if (s.g == Gran::ref || s.year == kUnknown || s.year < 1 || s.year > 9999) return false;
  const int y = s.year;
  switch (s.g) {
    case Gran::day:
      if (!valid_day(y, s.month, s.day)) return false;
      earliest = latest = ymd(y, s.month, s.day);
      return true;
    case Gran::month:
      if (s.month < 1 || s.month > 12) return false;
      earliest = ymd(y, s.month, 1);
      latest = last_of_month(y, s.month);
      return true;
    case Gran::quarter:
      if (s.sub < 1 || s.sub > 4) return false;
      earliest = ymd(y, 3 * s.sub - 2, 1);
      latest = last_of_month(y, 3 * s.sub);
      return true;
    case Gran::half:
      if (s.sub < 1 || s.sub > 2) return false;
      earliest = ymd(y, 6 * s.sub - 5, 1);
      latest = last_of_month(y, 6 * s.sub);
      return true;
    case Gran::season: {
      // Meteorological seasons; winter runs into the next year.
      const int first = 3 + 3 * (s.sub & 3);
      earliest = ymd(y, first, 1);
      latest = first + 2 > 12 ? last_of_month(y + 1, first + 2 - 12) : last_of_month(y, first + 2);
      return true;
    }
    case Gran::week:
    case Gran::weekend: {
      if (s.sub < 1 || s.sub > 53) return false;
      const date::sys_days mon = iso_week_monday(y, s.sub);
      earliest = s.g == Gran::weekend ? mon + date::days{5} : mon;
      latest = mon + date::days{6};
      return true;
    }
    case Gran::year:
      earliest = ymd(y, 1, 1);
      latest = ymd(y, 12, 31);
      return true;
    case Gran::decade:
      earliest = ymd(y - y % 10, 1, 1);
      latest = ymd(y - y % 10 + 9, 12, 31);
      return true;
    case Gran::century:
      earliest = ymd(y - y % 100, 1, 1);
      latest = ymd(y - y % 100 + 99, 12, 31);
      return true;
    case Gran::ref:
      return false;
  }
  return false;
}

Unit unit_of(const Spec& s) {
  switch (s.g) {
    case Gran::day:
      return Unit::day;
    case Gran::week:
    case Gran::weekend:
      return Unit::week;
    case Gran::month:
      return Unit::month;
    case Gran::quarter:
    case Gran::half:
    case Gran::season:
      return Unit::quarter;
    case Gran::year:
      return Unit::year;
    case Gran::decade:
      return Unit::decade;
    case Gran::century:
      return Unit::century;
    case Gran::ref:
      return Unit::day;
  }
  return Unit::day;
}

Spec shift_spec(date::sys_days dct, int amount, Unit unit) {
  const date::year_month_day v{dct};
  const int y = static_cast<int>(v.year());
  const int m = static_cast<int>(static_cast<unsigned>(v.month()));
  Spec s;
  switch (unit) {
    case Unit::day:
      return day_spec(dct + date::days{amount});
    case Unit::week: {
      s.g = Gran::week;
      iso_week(dct + date::days{7 * amount}, s.year, s.sub);
      return s;
    }
    case Unit::month: {
      const int total = y * 12 + (m - 1) + amount;
      s.g = Gran::month;
      s.year = total / 12;
      s.month = total % 12 + 1;
      return s;
    }
    case Unit::quarter: {
      const int total = y * 4 + (m - 1) / 3 + amount;
      s.g = Gran::quarter;
      s.year = total / 4;
      s.sub = total % 4 + 1;
      return s;
    }
    case Unit::year:
      s.g = Gran::year;
      s.year = y + amount;
      return s;
    case Unit::decade:
      s.g = Gran::decade;
      s.year = (y / 10 + amount) * 10;
      return s;
    case Unit::century:
      s.g = Gran::century;
      s.year = (y / 100 + amount) * 100;
      return s;
  }
  return s;
}

}  // namespace chronograph::temporal::detail
