// TIMEX3 rule for clock times: "17:53", "9 a.m.", "noon".
#include "matcher_rules.hpp"

#include <cstdio>

namespace chronograph::temporal::detail {

// Clock times: "17:53", "9 a.m.", "7:15 p.m. EST", "noon", "midnight", "14:40 GMT".
std::optional<Hit> Matcher::r_clock(std::size_t i) {
  int hh = -1, mm = 0;
  std::size_t j = i;
  if (cat(i) == Cat::part_day && (t_[i].lex.val == pd_noon || t_[i].lex.val == pd_midnight)) {
    if (t_[i].lex.plural) return std::nullopt;
    Hit h;
    h.b = i;
    h.e = i + 1;
    h.type = TimexType::time;
    h.rule = "noon";
    h.spec.time = t_[i].lex.val == pd_noon ? "T12:00" : "T24:00";
    h.clock_only = true;
    return h;
  }
  if (!integer(i) || t_[i].digits > 2 || num(i) > 24) return std::nullopt;
  hh = static_cast<int>(num(i));
  j = i + 1;
  bool minutes = false;
  if ((punct(j, ':') || punct(j, '.')) && attached(j) && integer(j + 1) && t_[j + 1].digits == 2 &&
      attached(j + 1) && num(j + 1) < 60) {
    if (punct(j, '.') &&
        !(word_is(j + 2, "a") || word_is(j + 2, "p") || is(j + 2, W::am) || is(j + 2, W::pm)))
      return std::nullopt;  // "2.30" only with am/pm
    mm = static_cast<int>(num(j + 1));
    j += 2;
    minutes = true;
    if (punct(j, ':') && attached(j) && integer(j + 1) && t_[j + 1].digits == 2) j += 2;
    // "17:53:20" seconds ignored in the value (TE3 keeps minutes)
    if (punct(j, ':') && attached(j)) return std::nullopt;  // "1:2:3" verse-like
  }
  // am / pm
  int half = 0;  // 1 am, 2 pm
  if (is(j, W::am) || is(j, W::pm)) {
    half = is(j, W::am) ? 1 : 2;
    ++j;
    if (punct(j, '.') && attached(j) && (j + 1 >= n_ || !cap(j + 1) || true)) {
      // keep a trailing dot only as part of "a.m."
    }
  } else if ((word_is(j, "a") || word_is(j, "p")) && punct(j + 1, '.') && attached(j + 1) &&
             word_is(j + 2, "m") && attached(j + 2)) {
    half = word_is(j, "a") ? 1 : 2;
    j += 3;
    if (punct(j, '.') && attached(j)) {
      // "p.m." closes with a dot, unless that dot ends the sentence (TE3 keeps "p.m.").
      ++j;
    }
  }
  if (!minutes && !half) {
    // "4 in the morning"
    if (is(j, W::in) && is(j + 1, W::the) && cat(j + 2) == Cat::part_day && hh <= 12) {
      half = t_[j + 2].lex.val == pd_morning ? 1 : 2;
      j += 3;
    } else if (is(j, W::of_clock)) {
      ++j;
    } else {
      return std::nullopt;
    }
  }
  if (minutes && !half && (hh > 24 || t_[i].has(f_decimal))) return std::nullopt;
  if (half) {
    if (hh < 1 || hh > 12) return std::nullopt;
    if (half == 2 && hh != 12) hh += 12;
    if (half == 1 && hh == 12) hh = 0;
  }
  // Scores and ratios "2:1", "3:30" are fine as times; "1:2" (one-digit minutes) was refused.
  if (minutes && i > 0 && (punct(i - 1, ':') || punct(i - 1, '-')) && attached(i))
    return std::nullopt;
  // time zone
  const W z = w(j);
  if ((z == W::gmt || z == W::utc || z == W::est || z == W::edt || z == W::pst || z == W::pdt ||
       z == W::cet || z == W::bst || z == W::msk || z == W::eet || z == W::eest || z == W::cest) &&
      t_[j].has(f_upper))
    ++j;
  Hit h;
  h.b = i;
  h.e = j;
  h.type = TimexType::time;
  h.rule = "clock";
  char b[16];
  std::snprintf(b, sizeof b, "T%02d:%02d", hh, mm);
  h.spec.time = b;
  h.clock_only = true;
  return h;
}

}  // namespace chronograph::temporal::detail
