// TIMEX3 rules for durations and distances ("two years ago") and their event anchors.
#include "matcher_rules.hpp"

namespace chronograph::temporal::detail {

// Durations and distances: "two years", "30-day", "2.5 hours", "the past two months",
// "two years ago", "a month later", "Just a day before", "several months".
std::optional<Hit> Matcher::r_quantity(std::size_t i, bool after_the) {
  std::size_t j = i;
  std::string mod;
  // approximators are part of the span in TE3 ("about two years ago", "more than four hours")
  const W x = w(j);
  // TE3 keeps "around", "nearly", "at least", "more than" inside the span but leaves
  // "about", "almost", "over", "just", "within" outside (measured on TimeBank/AQUAINT).
  if (x == W::about || x == W::almost || x == W::over || x == W::just) {
    if (after_the) return std::nullopt;
    return r_quantity(j + 1, false);
  }
  if (x == W::around || x == W::nearly || x == W::approximately || x == W::roughly ||
      x == W::some) {
    mod = x == W::nearly ? "LESS_THAN" : "APPROX";
    ++j;
  } else if ((x == W::more || x == W::less) && is(j + 1, W::than)) {
    mod = x == W::more ? "MORE_THAN" : "LESS_THAN";
    j += 2;
  } else if (x == W::at && is(j + 1, W::least)) {
    mod = "EQUAL_OR_MORE";
    j += 2;
  }
  // "the past two months", "the next few days", "the first nine months", "the last 12 years"
  int dir = 0;  // -1 past, +1 next
  const W y = w(j);
  if (y == W::past || y == W::last || y == W::previous || y == W::next || y == W::coming ||
      y == W::following) {
    dir = (y == W::next || y == W::coming || y == W::following) ? 1 : -1;
    ++j;
  } else if (cat(j) == Cat::ordinal && t_[j].lex.val == 1) {
    ++j;
  }
  std::string n;
  std::size_t k;
  bool fraction_half = false;
  const bool counted = count(j, k, n, true);
  if (counted && integer(k) && num(k) == 1 && punct(k + 1, '/') && integer(k + 2) &&
      num(k + 2) == 2 && attached(k + 1) && attached(k + 2)) {
    fraction_half = true;  // "2 1/2 years"
    k += 3;
  }
  if (!counted) {
    // plural unit alone: "years", "months" (for years, in recent weeks)
    TUnit u;
    bool plural;
    if (unit_word(j, u, plural) && plural && (dir != 0 || after_the || is(j + 1, W::ago))) {
      if (is(j + 1, W::ago)) {
        Hit h;
        h.b = i;
        h.e = j + 2;
        h.type = TimexType::duration;
        h.value = duration_value("X", u);
        h.ref = Reference::none;
        h.rule = "units-ago";
        return h;
      }
      if (!after_the && dir == 0) return std::nullopt;
      Hit h;
      h.b = i;
      h.e = j + 1;
      if (is(h.e, W::ahead)) ++h.e;
      h.type = TimexType::duration;
      h.value = duration_value("X", u);
      h.ref = Reference::none;
      h.rule = "units";
      h.no_the = dir == 0;  // "in the days before": TE3 tags "days"
      return h;
    }
    return std::nullopt;
  }
  // "two to three weeks", "12 to 18 months"
  std::string n2;
  std::size_t k2 = k;
  if ((is(k, W::to) || is(k, W::or_) || (punct(k, '-') && attached(k))) &&
      count(k + 1, k2, n2, false)) {
    TUnit u2;
    bool p2;
    if (unit_word(k2, u2, p2)) {
      k = k2;
      n = n == n2 ? n : (dir != 0 ? "X" : n);
    } else {
      k2 = k;
    }
  }
  // "2-year-old", "30-day", "two-year"
  bool adjectival = false;
  if (punct(k, '-') && attached(k) && attached(k + 1)) {
    adjectival = true;
    ++k;
  }
  if (is(k, W::more) || is(k, W::other)) {
    // "two more weeks": keep
    ++k;
  }
  TUnit u;
  bool plural;
  if (!unit_word(k, u, plural)) return std::nullopt;
  // "60 Minutes" (a title): a capitalized unit inside a sentence is a name.
  if (cap(k) && !t_[k].has(f_upper) && !cap(j)) return std::nullopt;
  if (n == "1" && plural) return std::nullopt;
  // "a half", "one-half": fractions; halves of a year are the quarter rule's.
  if (u == u_half) return std::nullopt;
  // "three-quarters" of something is a fraction.
  if (u == u_quarter && plural && adjectival) return std::nullopt;
  // Ages ("6-year-old", "52 years old") are not tagged in TE3.
  if (is(k + 1, W::old) || (punct(k + 1, '-') && is(k + 2, W::old))) return std::nullopt;
  // "a year-earlier loss": a compound modifier of its own.
  if (punct(k + 1, '-') && attached(k + 1) && !adjectival) return std::nullopt;
  // "1988 second", "1988 quarter": a year, not an amount.
  if (number(j) && t_[j].digits == 4 && !plural) return std::nullopt;
  if (n != "1" && n != "X" && !plural && !adjectival && u != u_hour && u != u_minute &&
      u != u_second) {
    // "two year" (broadcast) still a duration; keep
  }
  const bool a_form = w(j) == W::a || w(j) == W::an;
  Hit h;
  h.b = i;
  h.e = k + 1;
  h.mod = mod;
  h.ref = Reference::none;
  std::string amount = n;
  // "a year and a half", "2 1/2 hours": TE3 writes the half in the next unit (P2Y6M).
  bool half = fraction_half;
  if (is(h.e, W::and_) && is(h.e + 1, W::a) && is(h.e + 2, W::half) && n != "X") {
    half = true;
    h.e += 3;
  }
  std::string half_value;
  if (half && n != "X" && n.find('.') == std::string::npos) {
    switch (u) {
      case u_year:
        half_value = "P" + n + "Y6M";
        break;
      case u_month:
        half_value = "P" + n + "M15D";
        break;
      case u_day:
        half_value = "P" + n + "DT12H";
        break;
      case u_hour:
        half_value = "PT" + n + "H30M";
        break;
      case u_minute:
        half_value = "PT" + n + "M30S";
        break;
      default:
        break;
    }
  }
  if (adjectival) {
    // "8-month-old" ages
    if (punct(h.e, '-') && is(h.e + 1, W::old)) h.e += 2;
  }
  // Distance in time: "two years ago", "a month later", "a day before (the talks)".
  // "two hours ago": the DCT's day (the DCT has no clock time here).
  if (!adjectival && dir == 0 && u < u_day && u != u_second && is(h.e, W::ago) && n != "X") {
    Hit r = relative(i, h.e + 1, 0, Unit::day, "hours-ago");
    r.mod = mod;
    return r;
  }
  if (!adjectival && dir == 0 && u >= u_day) {
    const W nx = w(h.e);
    if (nx == W::ago || (nx == W::from && is(h.e + 1, W::now))) {
      const int sign = nx == W::ago ? -1 : 1;
      const std::size_t e = h.e + (nx == W::ago ? 1 : 2);
      if (n == "X") {
        Hit r;
        r.b = i;
        r.e = e;
        r.spec.g = Gran::ref;
        r.spec.ref = sign < 0 ? 1 : 2;
        r.ref = Reference::dct;
        r.rule = "vague-ago";
        return r;
      }
      if (n.find('.') != std::string::npos) return std::nullopt;
      const int amt = static_cast<int>(std::stoll(n)) * sign;
      Unit cu = to_unit(u);
      int mult = 1;
      if (u == u_fortnight) mult = 2;
      if (u == u_decade) {
        cu = Unit::year;
        mult = 10;
      }
      if (u == u_century) {
        cu = Unit::year;
        mult = 100;
      }
      if (u == u_half || u == u_quarter) {
        cu = Unit::month;
        mult = u == u_half ? 6 : 3;
      }
      if (u == u_weekend) {
        cu = Unit::week;
      }
      Hit r = relative(i, e, amt * mult, cu, "ago");
      if (cu == Unit::year && amt * mult == -1) year_back_in_quarter_context(r);
      // TE3: "six weeks ago" is a week, "five months ago" a month, "two years ago" a year.
      r.mod = mod;
      return r;
    }
    if (nx == W::earlier || nx == W::later || nx == W::before || nx == W::after || nx == W::prior) {
      // Relative to an event (or to the previous date of the narrative): a DATE. But "postponed
      // the launch by about two months after a fire" measures the postponement: after "by",
      // the distance alone.
      std::size_t p = i;
      while (p > 0 && (w(p - 1) == W::about || w(p - 1) == W::almost || w(p - 1) == W::over ||
                       w(p - 1) == W::just || w(p - 1) == W::around || w(p - 1) == W::nearly ||
                       w(p - 1) == W::roughly || w(p - 1) == W::some))
        --p;
      const bool measure = p > 0 && w(p - 1) == W::by;
      if (n == "X" || n.find('.') != std::string::npos || measure) {
        h.type = TimexType::duration;  // "a few days later": the distance alone
        h.value = duration_value(n, u);
        h.rule = "duration";
        return h;
      }
      if (nx == W::prior && !is(h.e + 1, W::to)) return std::nullopt;
      const int sign = (nx == W::earlier || nx == W::before || nx == W::prior) ? -1 : 1;
      const int amt = static_cast<int>(std::stoll(n)) * sign;
      Unit cu = to_unit(u);
      if (u == u_decade) return std::nullopt;
      EventAnchor a;
      a.offset = Shift{amt, cu};
      if (nx != W::earlier) {
        // "a day before (the talks)", "three days later": TE3 tags the distance alone as a
        // DURATION; the offset from the event is kept in the anchor for the graph stage.
        h.type = TimexType::duration;
        h.value = duration_value(amount, u);
        h.rule = "event-offset";
        h.ref = Reference::event;
        h.anchor = a;
        anchor_phrase(h, h.e + 1 + (nx == W::prior ? 1 : 0));
        if (h.anchor->phrase.empty()) previous_event_phrase(h);
        return h;
      }
      // "a year earlier": a DATE, reckoned like TE3 from the DCT (or the quarter reported).
      Hit r = relative(i, h.e + 1, amt, cu, "event-offset");
      if (cu == Unit::year && amt == -1) year_back_in_quarter_context(r);
      r.ref = Reference::event;
      r.shift.reset();
      r.mod = mod;
      r.anchor = a;
      (void)a_form;
      return r;
    }
  }
  h.type = TimexType::duration;
  h.value = half_value.empty() ? duration_value(amount, u) : half_value;
  h.rule = "duration";
  h.no_the = adjectival;  // "the 30-day ceasefire": TE3 tags "30-day"
  if (u == u_quarter && !adjectival && n != "X" && false) {
  }
  return h;
}

// The NP after "before"/"after": "the talks", "the Istanbul meeting" (empty when none).
void Matcher::anchor_phrase(Hit& h, std::size_t from, bool with_verb) {
  std::size_t k = from;
  // The phrase must be on the same line as what points to it (unless it opens a sentence).
  if (k >= n_ || (t_[k].has(f_newline) && k >= h.e)) return;
  const W x = w(k);
  const bool det = x == W::the || x == W::this_ || x == W::that_ || word_is(k, "his") ||
                   word_is(k, "her") || word_is(k, "their") || word_is(k, "its") ||
                   word_is(k, "a") || word_is(k, "an");
  // A bare plural or mass noun may open a clause: "a day after parliament passed a law",
  // "hours after police opened fire" (the clause's past-tense verb within two words).
  const auto past_verb = [&](std::size_t i) {
    if (i >= n_ || t_[i].kind != Kind::word || cap(i)) return false;
    const auto s = str(i);
    return s.size() > 4 && s[s.size() - 2] == 'e' && s.back() == 'd';
  };
  const bool bare_subject = with_verb && !det && t_[k].kind == Kind::word && !cap(k) &&
                            !past_verb(k) && w(k) == W::none &&
                            (past_verb(k + 1) || (k + 2 < n_ && t_[k + 1].kind == Kind::word &&
                                                  w(k + 1) == W::none && past_verb(k + 2)));
  if (!det && !bare_subject && !(cap(k) && t_[k].kind == Kind::word)) return;
  std::size_t e = k + 1;
  std::size_t clause_verb = 0;
  while (e < n_ && e < k + 6 && t_[e].kind == Kind::word && !t_[e].has(f_newline)) {
    const W y = w(e);
    if (y == W::and_ || y == W::or_ || y == W::that_ || y == W::was || y == W::were || y == W::is ||
        y == W::are || y == W::had || y == W::has || y == W::will || y == W::in || y == W::on ||
        y == W::at || y == W::by || y == W::for_ || y == W::to || y == W::from || y == W::with_ ||
        word_is(e, "which") || word_is(e, "when") || word_is(e, "with") || word_is(e, "its") ||
        word_is(e, "it"))
      break;
    // A past-tense verb ends the phrase, and is its event when the phrase is a clause: "the
    // summit opened", "a rival bidder abandoned its attempt".
    const auto s = str(e);
    if (!cap(e) && s.size() > 4 && s[s.size() - 2] == 'e' && s.back() == 'd') {
      if (with_verb) clause_verb = e;
      break;
    }
    ++e;
  }
  if (e == k + 1 && det) return;
  EventAnchor& a = *h.anchor;
  a.start = t_[k].start;
  a.end = t_[clause_verb ? clause_verb : e - 1].end;
  a.phrase = std::string(text_.substr(a.start, a.end - a.start));
}

// "... ahead of this meeting. Just a day before, ...": with no event after "before", the
// event is the last determiner phrase of the previous sentence ("this meeting").
void Matcher::previous_event_phrase(Hit& h) {
  std::size_t k = h.b;
  // Back to the end of the previous sentence.
  while (k > 0 && !(punct(k - 1, '.') || punct(k - 1, '?') || punct(k - 1, '!'))) {
    if (h.b - k > 12) return;  // the distance is not at the start of its sentence
    --k;
  }
  if (k == 0) return;
  const std::size_t end = k - 1;  // the '.'
  for (std::size_t d = end; d-- > 0 && end - d <= 25;) {
    if (punct(d, '.') || punct(d, '?') || punct(d, '!')) return;
    const W x = w(d);
    if (x != W::the && x != W::this_ && x != W::that_ && x != W::these) continue;
    if (d + 1 >= end || t_[d + 1].kind != Kind::word) continue;
    anchor_phrase(h, d, false);
    if (!h.anchor->phrase.empty() && h.anchor->end <= t_[end].start) return;
    h.anchor->phrase.clear();
    h.anchor->start = h.anchor->end = 0;
  }
}

// "on the eve of the negotiations": one day before the named event.
std::optional<Hit> Matcher::r_eve(std::size_t i) {
  // "the day before (the vote)", "the day after": one day from the named event.
  if (is(i, W::the) && cat(i + 1) == Cat::unit && t_[i + 1].lex.val == u_day &&
      !t_[i + 1].lex.plural && (is(i + 2, W::before) || is(i + 2, W::after))) {
    Hit h;
    h.b = i;
    h.e = i + 2;  // TE3 tags "the day"
    h.rule = "day-before-after";
    h.ref = Reference::event;
    h.spec.g = Gran::day;
    h.resolved = false;
    EventAnchor a;
    a.offset = Shift{is(i + 2, W::before) ? -1 : 1, Unit::day};
    h.anchor = a;
    if (last_date_) {  // TE3 value: from the last day named before it
      const date::year_month_day v{date::year{last_date_->year} /
                                   static_cast<unsigned>(last_date_->month) /
                                   static_cast<unsigned>(last_date_->day)};
      if (v.ok()) h.spec = day_spec(date::sys_days{v} + date::days{a.offset.amount});
    }
    anchor_phrase(h, i + 3);
    return h;
  }
  if (!is(i, W::the) || !is(i + 1, W::eve)) return std::nullopt;
  Hit h;
  h.b = i;
  h.e = i + 2;
  h.rule = "eve";
  h.ref = Reference::event;
  h.spec.g = Gran::day;
  h.resolved = false;
  EventAnchor a;
  a.offset = Shift{-1, Unit::day};
  h.anchor = a;
  if (is(i + 2, W::of)) anchor_phrase(h, i + 3);
  return h;
}

}  // namespace chronograph::temporal::detail
