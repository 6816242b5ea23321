// TIMEX3 rules for sets ("every week", "daily") and frequency words inside names.
#include "matcher_rules.hpp"

#include <cstdio>

namespace chronograph::temporal::detail {

// "Business Daily", "Daily Mail", "The Daily Telegraph", "Weekly Standard": newspapers are
// named after their frequency. A capitalised "Daily" inside a sentence, or before another
// capitalised word, is such a name; only a sentence's first word ("Daily flights resumed") is
// capitalised for the sentence. All-capitals text ("DAILY") says nothing either way.
bool Matcher::frequency_in_name(std::size_t i) const {
  if (!cap(i) || t_[i].has(f_upper)) return false;
  if (i + 1 < n_ && t_[i + 1].kind == Kind::word && cap(i + 1) && !line_start(i + 1)) return true;
  if (i == 0 || line_start(i)) return false;
  const Token& p = t_[i - 1];
  const bool sentence_end =
      p.kind == Kind::punct && (p.ch == '.' || p.ch == '!' || p.ch == '?' || p.ch == ':' ||
                                p.ch == '"' || p.ch == '\'' || p.ch == '(' || p.ch == '-');
  return !sentence_end;
}

// Sets: "every week", "each year", "daily", "weekly", "annually", "twice a year" ("a year").
std::optional<Hit> Matcher::r_set(std::size_t i) {
  const W x = w(i);
  Hit h;
  h.b = i;
  h.type = TimexType::set;
  h.ref = Reference::none;
  h.rule = "set";
  auto one = [&](TUnit u) { return duration_value("1", u); };
  if (x == W::every || x == W::each) {
    std::size_t j = i + 1;
    std::string n = "1";
    if (is(j, W::other)) {
      n = "2";
      ++j;
    } else if (integer(j) || cat(j) == Cat::number) {
      std::size_t k;
      if (!count(j, k, n, false)) return std::nullopt;
      j = k;
    }
    TUnit u;
    bool plural;
    if (unit_word(j, u, plural)) {
      if (u == u_weekend) {
        h.value = "XXXX-WXX-WE";
      } else {
        h.value = duration_value(n, u);
      }
      h.e = j + 1;
      return h;
    }
    if (cat(j) == Cat::weekday && !t_[j].lex.abbrev) {
      char b[24];
      std::snprintf(b, sizeof b, "XXXX-WXX-%d", t_[j].lex.val);
      h.value = b;
      h.e = j + 1;
      return h;
    }
    if (cat(j) == Cat::part_day && t_[j].lex.val <= pd_night) {
      h.value = "P1D";
      h.e = j + 1;
      return h;
    }
    return std::nullopt;
  }
  h.e = i + 1;
  if (x != W::a && x != W::per && frequency_in_name(i)) return std::nullopt;
  switch (x) {
    case W::daily:
    case W::nightly:
      h.value = one(u_day);
      return h;
    case W::weekly:
      h.value = one(u_week);
      return h;
    case W::monthly:
      h.value = one(u_month);
      return h;
    case W::yearly:
      h.value = one(u_year);
      return h;
    case W::hourly:
      h.value = "PT1H";
      return h;
    default:
      break;
  }
  // "twice a year", "once a week", "three times a month": the SET is "a year".
  if ((x == W::a || x == W::per) && i > 0 &&
      (is(i - 1, W::once) || is(i - 1, W::twice) || is(i - 1, W::times))) {
    TUnit u;
    bool plural;
    if (unit_word(i + 1, u, plural) && !plural) {
      h.value = one(u);
      h.e = i + 2;
      return h;
    }
  }
  return std::nullopt;
}

}  // namespace chronograph::temporal::detail
