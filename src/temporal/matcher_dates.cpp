// TIMEX3 rules for calendar dates: numeric, month-first, day-first, weekdays, holidays.
#include "matcher_rules.hpp"

#include <cstdio>

namespace chronograph::temporal::detail {

// ISO "2025-05-20", "2025/05/20", US "5/20/2025", European "20.05.2025".
std::optional<Hit> Matcher::r_numeric_date(std::size_t i) {
  if (!integer(i)) return std::nullopt;
  auto sep = [&](std::size_t k) -> char {
    if (k < n_ && t_[k].kind == Kind::punct && attached(k) && attached(k + 1) &&
        (t_[k].ch == '-' || t_[k].ch == '/' || t_[k].ch == '.'))
      return t_[k].ch;
    return 0;
  };
  const char s1 = sep(i + 1);
  if (!s1 || !integer(i + 2)) return std::nullopt;
  const char s2 = sep(i + 3);
  int y = 0, m = 0, d = 0;
  if (t_[i].digits == 4 && s2 == s1 && integer(i + 4) && s1 != '.') {
    y = static_cast<int>(num(i));
    m = static_cast<int>(num(i + 2));
    d = static_cast<int>(num(i + 4));
  } else if (t_[i].digits <= 2 && s2 == s1 && integer(i + 4) &&
             (t_[i + 4].digits == 4 || t_[i + 4].digits == 2) &&
             // "18.10.2024" is a date; "version 3.11.12" and "10.12.19.5" are not.
             (s1 != '.' || (t_[i + 4].digits == 4 && !sep(i + 5)))) {
    int a = static_cast<int>(num(i)), b = static_cast<int>(num(i + 2));
    y = static_cast<int>(num(i + 4));
    if (t_[i + 4].digits == 2) y += y < 50 ? 2000 : 1900;
    if (s1 == '.' || a > 12) {  // day first
      d = a;
      m = b;
    } else {
      m = a;
      d = b;
    }
  } else if (t_[i].digits == 4 && s1 == '-' && t_[i + 2].digits == 2 && !s2 && num(i + 2) <= 12 &&
             num(i + 2) >= 1 && !integer(i + 3)) {
    // "2025-05": a month (but "2009-10" could be a range; only when month-like and 2-digit)
    if (num(i) >= 1900 && num(i) <= 2100) {
      Hit h;
      h.b = i;
      h.e = i + 3;
      h.rule = "iso-month";
      h.spec.g = Gran::month;
      h.spec.year = static_cast<int>(num(i));
      h.spec.month = static_cast<int>(num(i + 2));
      // "1988-89" style year ranges are not months.
      if (num(i + 2) > 12) return std::nullopt;
      return std::nullopt;  // ambiguous with year ranges in news; leave to the year rule
    }
    return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!valid_day(y, m, d) || y < 1000 || y > 2199) return std::nullopt;
  Hit h;
  h.b = i;
  h.e = i + 5;
  h.rule = "numeric-date";
  h.spec.g = Gran::day;
  h.spec.year = y;
  h.spec.month = m;
  h.spec.day = d;
  // ISO date-time "2025-05-20T14:00" or "2025-05-20 14:00".
  time_suffix(h);
  return h;
}

// A clock time right after a date ("04 June 2025 14:40"): the expression becomes a TIME.
void Matcher::time_suffix(Hit& h) {
  std::size_t j = h.e;
  if (j < n_ && t_[j].kind == Kind::word && word_is(j, "t") && attached(j)) ++j;
  if (punct(j, ',')) ++j;
  if (is(j, W::at)) ++j;
  if (!integer(j) || t_[j].digits > 2 || !punct(j + 1, ':') || !attached(j + 1) ||
      !integer(j + 2) || t_[j + 2].digits != 2 || !attached(j + 2))
    return;
  if (t_[j].has(f_newline)) return;
  auto c = r_clock(j);
  if (!c) return;
  h.e = c->e;
  h.type = TimexType::time;
  h.spec.time = c->spec.time;
}

// A date right after a clock time ("5 p.m. EST Nov. 9", "10 p.m. Wednesday", "9:41 a.m. local
// time on Monday").
void Matcher::date_suffix(Hit& h) {
  std::size_t j = h.e;
  if (word_is(j, "local") && word_is(j + 1, "time")) j += 2;
  if (punct(j, ',')) ++j;
  if (is(j, W::on)) ++j;
  if (j >= n_ || t_[j].has(f_newline)) return;
  std::optional<Hit> d;
  if (cat(j) == Cat::month) d = r_month_first(j);
  if (!d && cat(j) == Cat::weekday) {
    expression_start_ = h.b;
    d = r_weekday(j);
    expression_start_.reset();
  }
  if (!d && (is(j, W::today) || is(j, W::yesterday) || is(j, W::tomorrow))) d = r_deictic(j, false);
  if (!d && integer(j)) d = r_day_first(j);
  if (!d || d->spec.g != Gran::day || d->type != TimexType::date || !d->spec.time.empty()) return;
  const std::string time = h.spec.time;
  h.spec = d->spec;
  h.spec.time = time;
  h.e = d->e;
  h.ref = d->ref;
  h.shift = d->shift;
  h.resolved = d->resolved;
  h.clock_only = false;
}

// "June 2", "June 2, 2025", "Sept. 30", "May 2024", "June", "June last year", "May 16-17".
std::optional<Hit> Matcher::r_month_first(std::size_t i) {
  std::size_t j;
  int m;
  if (!month_word(i, j, m, false)) return std::nullopt;
  const bool abbrev = t_[i].lex.abbrev;
  const bool ambiguous = word_is(i, "may") || word_is(i, "march");
  Hit h;
  h.b = i;
  h.rule = "month";
  h.spec.month = m;
  int d = 0, y = 0;
  std::size_t k;
  if (day_number(j, k, d) && !(punct(k, ':') && attached(k) && integer(k + 1) && attached(k + 1)) &&
      !(integer(j) && t_[j].digits == 4) && !t_[j].has(f_newline)) {
    // Not "May 5,000" (grouped is excluded by integer()); not "June 2 percent".
    if (ok(k) && t_[k].kind == Kind::punct && t_[k].ch == '%') return std::nullopt;
    h.spec.g = Gran::day;
    h.spec.day = d;
    h.e = k;
    std::size_t k2 = k;
    if (punct(k2, ',')) ++k2;
    if (year_number(k2, y) && !t_[k2].has(f_newline)) {
      h.spec.year = y;
      h.e = k2 + 1;
      h.rule = "month-day-year";
    } else {
      h.rule = "month-day";
    }
  } else if (punct(j, ',') || is(j, W::of) || integer(j)) {
    std::size_t k2 = j;
    if (!integer(k2)) ++k2;
    if (year_number(k2, y) && !t_[k2].has(f_newline)) {
      h.spec.g = Gran::month;
      h.spec.year = y;
      h.e = k2 + 1;
      h.rule = "month-year";
    } else if (integer(k2) && t_[k2].digits == 2 && punct(k2 - 1, '\'')) {
      return std::nullopt;
    }
  }
  if (h.e == 0) {
    std::size_t se;
    int sy;
    if (spelled_year(j, se, sy)) {  // "January nineteen ninety-seven"
      h.spec.g = Gran::month;
      h.spec.year = sy;
      h.e = se;
      h.rule = "month-year";
      h.ref = Reference::absolute;
      return h;
    }
  }
  if (h.e == 0) {
    // A month alone: capitalized full name; "May"/"March" need a date context.
    if (abbrev && !(j > i + 1)) return std::nullopt;
    if (!cap(i) || t_[i].has(f_upper)) {
      if (!(cap(i) && t_[i].has(f_upper) && !ambiguous)) return std::nullopt;
    }
    if (ambiguous) {
      const std::size_t p = i > 0 ? i - 1 : n_;
      const W pw = i > 0 ? w(p) : W::none;
      const bool ctx = pw == W::in || pw == W::since || pw == W::until || pw == W::last ||
                       pw == W::next || pw == W::this_ || pw == W::early || pw == W::late ||
                       pw == W::mid || pw == W::of || pw == W::from || pw == W::through ||
                       pw == W::by || pw == W::during || pw == W::between || pw == W::and_ ||
                       pw == W::to || pw == W::before || pw == W::after || pw == W::or_ ||
                       (i > 0 && punct(p, '-') && pw == W::none && cat(p) == Cat::none && i >= 2 &&
                        is(i - 2, W::mid));
      if (!ctx && !(is(j, W::last) || is(j, W::this_) || is(j, W::next))) return std::nullopt;
      // "in May" followed by a verb-like word is still a month; "may" the verb is lower case.
    }
    h.spec.g = Gran::month;
    h.e = j;
    h.rule = "month-alone";
  }
  // "June last year", "January this year", "May next year".
  if (h.spec.year == 0 || h.spec.year == kUnknown) h.spec.year = kUnknown;
  if (h.spec.year == kUnknown && (is(h.e, W::last) || is(h.e, W::this_) || is(h.e, W::next)) &&
      cat(h.e + 1) == Cat::unit && t_[h.e + 1].lex.val == u_year) {
    const int delta = is(h.e, W::last) ? -1 : is(h.e, W::next) ? 1 : 0;
    h.e += 2;
    h.ref = Reference::dct;
    h.shift = Shift{delta, Unit::year};
    if (dct_)
      h.spec.year = dy_ + delta;
    else
      h.resolved = false;
    h.rule = "month-relative-year";
  } else if (h.spec.year == kUnknown) {
    h.ref = Reference::dct;
    Tense tn = tense(h.b, h.e);
    const W pw = i > 0 ? w(i - 1) : W::none;
    if (pw == W::last || pw == W::since || pw == W::back) tn = Tense::past;
    if (pw == W::next || pw == W::until) tn = Tense::future;
    h.spec.year = year_for(m, h.spec.day, tn);
    if (h.spec.year == kUnknown) h.resolved = false;
  } else {
    h.ref = Reference::absolute;
  }
  if (h.spec.g == Gran::day &&
      !valid_day(h.spec.year == kUnknown ? 2000 : h.spec.year, m, h.spec.day))
    return std::nullopt;
  // Trailing weekday: "Friday, July 18" is handled by r_weekday; "July 18, Friday" here.
  if (h.spec.g == Gran::day) {
    std::size_t kw = h.e;
    if (punct(kw, ',')) ++kw;
    if (cat(kw) == Cat::weekday && !t_[kw].lex.plural && !t_[kw].has(f_newline)) h.e = kw + 1;
    time_suffix(h);
  }
  return h;
}

// "3 June, 2025 Tuesday", "04 June 2025 14:40", "18 July", "2nd of June".
std::optional<Hit> Matcher::r_day_first(std::size_t i) {
  std::size_t j;
  int d;
  if (!day_number(i, j, d)) return std::nullopt;
  if (is(j, W::of)) ++j;
  std::size_t k;
  int m;
  if (!month_word(j, k, m, false)) return std::nullopt;
  if (t_[j].lex.abbrev && k == j + 1 && !cap(j)) return std::nullopt;
  if (t_[j].has(f_newline)) return std::nullopt;
  Hit h;
  h.b = i;
  h.e = k;
  h.rule = "day-month";
  h.spec.g = Gran::day;
  h.spec.month = m;
  h.spec.day = d;
  std::size_t k2 = k;
  if (punct(k2, ',')) ++k2;
  int y;
  if (year_number(k2, y) && !t_[k2].has(f_newline)) {
    h.spec.year = y;
    h.e = k2 + 1;
    h.rule = "day-month-year";
  } else {
    h.ref = Reference::dct;
    h.spec.year = year_for(m, d, tense(i, k));
    if (h.spec.year == kUnknown) h.resolved = false;
  }
  if (!valid_day(h.spec.year == kUnknown ? 2000 : h.spec.year, m, d)) return std::nullopt;
  std::size_t k3 = h.e;
  if (punct(k3, ',')) ++k3;
  if (cat(k3) == Cat::weekday && !t_[k3].lex.plural && !t_[k3].has(f_newline)) h.e = k3 + 1;
  time_suffix(h);
  return h;
}

// "Friday", "on Tuesday", "Friday, July 18", "Friday morning", "Tuesday 3 June".
std::optional<Hit> Matcher::r_weekday(std::size_t i) {
  if (cat(i) != Cat::weekday) return std::nullopt;
  const Lexeme& lx = t_[i].lex;
  std::size_t j = i + 1;
  if (lx.abbrev) {
    if (punct(j, '.') && attached(j)) ++j;
    if (!cap(i)) return std::nullopt;
  } else if (!cap(i) && !t_[i].has(f_upper)) {
    // lower-case weekday names are rare but real; accept.
  }
  const int wd = lx.val;
  if (lx.plural) {
    Hit h;
    h.b = i;
    h.e = j;
    h.type = TimexType::set;
    char b[24];
    std::snprintf(b, sizeof b, "XXXX-WXX-%d", wd);
    h.value = b;
    h.ref = Reference::none;
    h.rule = "weekday-plural";
    if (cat(j) == Cat::part_day && t_[j].lex.plural) {
      static const char* pd[] = {"TMO", "TAF", "TEV", "TNI", "T12:00", "T24:00"};
      h.value += pd[t_[j].lex.val];
      h.e = j + 1;
    }
    return h;
  }
  // Followed by a full date: the date decides.
  std::size_t k = j;
  if (punct(k, ',')) ++k;
  if (!t_[k < n_ ? k : n_ - 1].has(f_newline) || k >= n_) {
    std::optional<Hit> d;
    if (cat(k) == Cat::month) d = r_month_first(k);
    if (!d && integer(k)) d = r_day_first(k);
    if (d && d->spec.g == Gran::day) {
      d->b = i;
      return d;
    }
  }
  // "Sun", "Wed" alone are names and words more often than days.
  if (lx.abbrev) return std::nullopt;
  Hit h;
  h.b = i;
  h.e = j;
  h.rule = "weekday";
  h.ref = Reference::dct;
  h.weekday = wd;
  int dir = -1;
  const W pw = i > 0 ? w(i - 1) : W::none;
  const W ppw = i > 1 ? w(i - 2) : W::none;
  if (pw == W::last || pw == W::past || pw == W::previous)
    dir = -2;
  else if (pw == W::next)
    dir = 2;
  else if (pw == W::coming || (pw == W::this_ && ppw != W::none && false))
    dir = 1;
  else if (pw == W::this_)
    dir = 0;
  else {
    const Tense tn = tense(expression_start_ ? *expression_start_ : i, j);
    dir = tn == Tense::future ? 1 : -1;
  }
  if (pw == W::last || pw == W::next || pw == W::this_ || pw == W::coming || pw == W::past ||
      pw == W::previous) {
    h.b = i - 1;
    if (pw == W::coming && ppw == W::this_) h.b = i - 2;
    if (pw == W::past && ppw == W::this_) h.b = i - 2;
  }
  if (auto d = weekday_date(wd, dir)) {
    h.spec = day_spec(*d);
    h.shift = Shift{static_cast<int>((*d - *dct_).count()), Unit::day};
  } else {
    h.resolved = false;
    h.spec.g = Gran::day;
  }
  // "Friday morning" / "Friday night": TE3 mostly gives the day itself, but "Friday
  // evening" / "afternoon" as a TIME of that day.
  if (cat(j) == Cat::part_day && !t_[j].lex.plural && t_[j].lex.val <= pd_night) {
    if (t_[j].lex.val == pd_evening || t_[j].lex.val == pd_afternoon) {
      h.spec.time = t_[j].lex.val == pd_evening ? "TEV" : "TAF";
      h.type = TimexType::time;
    }
    h.e = j + 1;
  }
  return h;
}

// Named days: "Thanksgiving (Day)", "Christmas (Eve)", "Easter", "Election Day".
std::optional<Hit> Matcher::r_holiday(std::size_t i) {
  if (cat(i) != Cat::holiday || !cap(i)) return std::nullopt;
  const int hd = t_[i].lex.val;
  std::size_t j = i + 1;
  const bool needs_day = hd >= h_election_day;
  // "Valentine's Day"
  if (hd == h_valentine_day && punct(j, '\'') && word_is(j + 1, "s")) j += 2;
  if (hd == h_veterans_day && punct(j, '\'')) ++j;
  bool eve = false;
  if (cat(j) == Cat::unit && t_[j].lex.val == u_day && !t_[j].lex.plural && cap(j)) {
    ++j;
  } else if (is(j, W::eve) && cap(j) && hd == h_christmas) {
    eve = true;
    ++j;
  } else if (needs_day) {
    return std::nullopt;
  } else if (hd == h_easter && word_is(j, "sunday")) {
    ++j;
  }
  // The day a holiday falls on in a given year.
  auto day_in = [&](int y) -> date::sys_days {
    using namespace date;
    auto nth = [&](unsigned m, unsigned wd, int n) {  // n-th weekday (n = -1: last)
      if (n > 0) return sys_days{year{y} / month{m} / weekday{wd}[static_cast<unsigned>(n)]};
      return sys_days{year{y} / month{m} / weekday{wd}[last]};
    };
    switch (hd) {
      case h_thanksgiving:
        return nth(11, 4, 4);
      case h_christmas:
        return sys_days{year{y} / 12 / (eve ? 24 : 25)};
      case h_halloween:
        return sys_days{year{y} / 10 / 31};
      case h_election_day:
        return nth(11, 1, 1) + days{1};
      case h_labor_day:
        return nth(9, 1, 1);
      case h_memorial_day:
        return nth(5, 1, -1);
      case h_independence_day:
        return sys_days{year{y} / 7 / 4};
      case h_veterans_day:
        return sys_days{year{y} / 11 / 11};
      case h_valentine_day:
        return sys_days{year{y} / 2 / 14};
      case h_easter: {  // anonymous Gregorian computus
        const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e2 = b % 4;
        const int f = (b + 8) / 25, g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30;
        const int ii = c / 4, k = c % 4, l = (32 + 2 * e2 + 2 * ii - hh - k) % 7;
        const int m = (a + 11 * hh + 22 * l) / 451;
        const int mon = (hh + l - 7 * m + 114) / 31, dd = (hh + l - 7 * m + 114) % 31 + 1;
        return sys_days{year{y} / month{static_cast<unsigned>(mon)} /
                        day{static_cast<unsigned>(dd)}};
      }
      default:
        return sys_days{year{y} / 1 / 1};
    }
  };
  Hit h;
  h.b = i;
  h.e = j;
  h.rule = "holiday";
  int y;
  std::size_t k = j;
  if (punct(k, ',')) ++k;
  if (year_number(k, y) && !t_[k].has(f_newline)) {
    h.e = k + 1;
    h.spec = day_spec(day_in(y));
    return h;
  }
  if (!dct_) {
    h.ref = Reference::dct;
    h.resolved = false;
    h.spec.g = Gran::day;
    return h;
  }
  Tense tn = tense(i, j);
  const W pw = i > 0 ? w(i - 1) : W::none;
  if (pw == W::last || pw == W::since) tn = Tense::past;
  if (pw == W::next || pw == W::until) tn = Tense::future;
  if (pw == W::last || pw == W::next || pw == W::this_) h.b = i - 1;
  const date::year_month_day approx{day_in(dy_)};
  y = year_for(static_cast<int>(static_cast<unsigned>(approx.month())),
               static_cast<int>(static_cast<unsigned>(approx.day())), tn);
  if (pw == W::last && day_in(y) >= *dct_) --y;
  if (pw == W::next && day_in(y) <= *dct_) ++y;
  h.ref = Reference::dct;
  h.spec = day_spec(day_in(y));
  return h;
}

}  // namespace chronograph::temporal::detail
