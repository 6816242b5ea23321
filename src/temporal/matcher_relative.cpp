// TIMEX3 rules relative to the DCT: "today", "last year", "the following day".
#include "matcher_rules.hpp"

namespace chronograph::temporal::detail {

// today/yesterday/tomorrow/tonight/now/currently/recently/... and "yesterday morning".
std::optional<Hit> Matcher::r_deictic(std::size_t i, bool after_the) {
  const W x = w(i);
  Hit h;
  h.b = i;
  h.e = i + 1;
  auto ref = [&](int r, const char* rule) {
    h.spec.g = Gran::ref;
    h.spec.ref = r;
    h.ref = Reference::dct;
    h.rule = rule;
    // Adverbs and adjectives ("the recently built", "the current system") leave "the" out;
    // "the future" and "the past" keep it.
    h.no_the = x != W::future && x != W::past;
    return h;
  };
  auto day = [&](int delta, const char* rule) {
    Hit r = relative(i, i + 1, delta, Unit::day, rule);
    std::size_t j = i + 1;
    if (cat(j) == Cat::part_day && !t_[j].lex.plural && t_[j].lex.val <= pd_night) {
      static const char* pd[] = {"TMO", "TAF", "TEV", "TNI"};
      r.spec.time = pd[t_[j].lex.val];
      r.type = TimexType::time;
      r.e = j + 1;
    }
    return r;
  };
  switch (x) {
    case W::today:
      if (after_the) return std::nullopt;
      return day(0, "today");
    case W::yesterday:
      return day(-1, "yesterday");
    case W::tomorrow:
      return day(1, "tomorrow");
    case W::tonight: {
      Hit r = relative(i, i + 1, 0, Unit::day, "tonight");
      r.spec.time = "TNI";
      r.type = TimexType::time;
      return r;
    }
    case W::overnight: {
      Hit r = relative(i, i + 1, 0, Unit::day, "overnight");
      r.spec.time = "TNI";
      r.type = TimexType::time;
      return r;
    }
    case W::now:
      if (is(i + 1, W::that_) || punct(i + 1, '-')) return std::nullopt;
      // "Transparency Now", "Peace Now": capitalized after a capitalized word on its line, a
      // name's last word.
      if (cap(i) && i > 0 && cap(i - 1) && t_[i - 1].kind == Kind::word && !t_[i].has(f_newline))
        return std::nullopt;
      return ref(0, "now");
    case W::currently:
    case W::nowadays:
      return ref(0, "present");
    case W::current:
      // "the current system": TE3 tags the adjective alone as PRESENT_REF.
      h.no_the = true;  // "the current system": TE3 tags "current"
      return ref(0, "current");
    case W::recently:
    case W::lately:
      if (is(i - 1, W::more) && i > 0) {
        h.b = i - 1;
      }
      return ref(1, "recently");
      // "previously", "formerly", "soon": TE3 tags them too rarely to be worth the noise.
    case W::future:
      if (!after_the) return std::nullopt;
      if (cat(i + 1) == Cat::unit) return std::nullopt;
      return ref(2, "future");
    case W::past:
      if (!after_the) return std::nullopt;
      if (cat(i + 1) == Cat::unit || cat(i + 1) == Cat::number || is(i + 1, W::few) ||
          is(i + 1, W::several) || integer(i + 1) || cat(i + 1) == Cat::weekday ||
          cat(i + 1) == Cat::season || is(i + 1, W::couple))
        return std::nullopt;
      return ref(1, "past");
    case W::recent: {
      TUnit u;
      bool plural;
      if (unit_word(i + 1, u, plural) && plural) {
        h.e = i + 2;
        if (u < u_year) {  // TE3: "recent weeks" a vague DURATION, "recent years" PAST_REF
          h.type = TimexType::duration;
          h.value = duration_value("X", u);
          h.ref = Reference::none;
          h.rule = "recent-units";
          h.no_the = true;
          return h;
        }
        return ref(1, "recent-units");
      }
      h.no_the = true;
      return ref(1, "recent");
    }
    default:
      break;
  }
  // "this morning", "last night", "tomorrow evening" handled above; "this morning" here.
  if ((x == W::this_ || x == W::last) && cat(i + 1) == Cat::part_day && !t_[i + 1].lex.plural &&
      t_[i + 1].lex.val <= pd_night) {
    const int pd_v = t_[i + 1].lex.val;
    const bool last_night = x == W::last;
    if (last_night && pd_v != pd_night) return std::nullopt;
    Hit r = relative(i, i + 2, last_night ? -1 : 0, Unit::day, "part-of-day");
    static const char* pd[] = {"TMO", "TAF", "TEV", "TNI"};
    r.spec.time = pd[pd_v];
    r.type = TimexType::time;
    return r;
  }
  return std::nullopt;
}

// "last year", "this week", "next month", "the past year", "the following day", "the weekend",
// "earlier this year", "year-end".
std::optional<Hit> Matcher::r_relative_unit(std::size_t i, bool after_the) {
  std::size_t j = i;
  int delta = 99;
  bool event = false;
  const W x = w(j);
  if ((x == W::next || x == W::following) && after_the && cat(j + 1) == Cat::part_day &&
      !t_[j + 1].lex.plural && t_[j + 1].lex.val <= pd_night) {
    // "the next morning": the day after the event told.
    Hit h = relative(i, j + 2, 1, Unit::day, "event-relative");
    h.ref = Reference::event;
    h.shift.reset();
    EventAnchor a;
    a.offset = Shift{1, Unit::day};
    h.anchor = a;
    previous_event_phrase(h);
    if (last_date_) {
      const date::year_month_day v{date::year{last_date_->year} /
                                   static_cast<unsigned>(last_date_->month) /
                                   static_cast<unsigned>(last_date_->day)};
      if (v.ok()) h.spec = day_spec(date::sys_days{v} + date::days{1});
    }
    return h;
  }
  if (x == W::last || x == W::past || x == W::previous || x == W::prior) {
    delta = -1;
    event = (x == W::previous || x == W::prior) && after_the;
    ++j;
  } else if (x == W::next || x == W::coming || x == W::following || x == W::upcoming) {
    delta = 1;
    event = x == W::following || (x == W::next && after_the);
    ++j;
  } else if (x == W::this_ || x == W::current || x == W::same) {
    delta = 0;
    event = x == W::same;
    if (x == W::this_ && is(j + 1, W::past)) {
      delta = -1;
      ++j;
    }
    if (x == W::this_ && is(j + 1, W::coming)) {
      delta = 1;
      ++j;
    }
    ++j;
  } else if (x == W::that_) {
    // "that day", "that same week", "later that year": the time of an event just told.
    std::size_t k = j + 1;
    if (is(k, W::same)) ++k;
    TUnit tu;
    bool tp;
    if (!unit_word(k, tu, tp) || tp ||
        (tu != u_day && tu != u_week && tu != u_month && tu != u_year && tu != u_quarter))
      return std::nullopt;
    Hit h = relative(i, k + 1, 0, to_unit(tu), "event-same");
    h.ref = Reference::event;
    h.shift.reset();
    EventAnchor a;
    a.offset = Shift{0, to_unit(tu)};
    h.anchor = a;
    previous_event_phrase(h);
    // TE3 value: the period of the last date the text told.
    const std::optional<Spec>& told = tu == u_day ? last_date_ : last_told_;
    if (told && told->year != kUnknown &&
        (tu == u_day || tu == u_year || (tu == u_month && told->month > 0))) {
      h.spec = *told;
      h.spec.time.clear();
      if (tu == u_year) h.spec.g = Gran::year;
      if (tu == u_month) h.spec.g = Gran::month;
    }
    return h;
  } else if (after_the) {
    delta = 0;  // "the week", "the year", "the weekend"
  } else {
    // "year-end", "year-earlier"
    if (cat(j) == Cat::unit && t_[j].lex.val == u_year && punct(j + 1, '-') && attached(j + 1)) {
      if (is(j + 2, W::end) && attached(j + 2)) {
        if (!dct_) return std::nullopt;
        Hit h;
        h.b = i;
        h.e = j + 3;
        h.rule = "year-end";
        h.ref = Reference::dct;
        h.spec.g = Gran::day;
        h.spec.year = dy_;
        h.spec.month = 12;
        h.spec.day = 31;
        h.mod = "END";
        return h;
      }
      if ((is(j + 2, W::earlier) || is(j + 2, W::ago)) && attached(j + 2)) {
        Hit r = relative(i, j + 3, -1, Unit::year, "year-earlier");
        r.no_the = true;
        year_back_in_quarter_context(r);
        return r;
      }
    }
    return std::nullopt;
  }
  // "the fiscal year", "the full year", "the latest fiscal year"
  bool fiscal_or_full = false;
  if ((is(j, W::fiscal) || is(j, W::full)) && cat(j + 1) == Cat::unit &&
      t_[j + 1].lex.val == u_year && !t_[j + 1].lex.plural) {
    fiscal_or_full = true;
    ++j;
  }
  if (x == W::latest && !fiscal_or_full) return std::nullopt;
  if (x == W::latest) delta = -1;
  TUnit u;
  bool plural;
  if (!unit_word(j, u, plural) || plural) return std::nullopt;
  if (u == u_second || u == u_minute || u == u_hour || u == u_half) return std::nullopt;
  if (u == u_year && after_the && delta == 0) {
    std::size_t se;
    int sy;
    if (spelled_year(j + 1, se, sy) || (year_number(j + 1, sy) && (se = j + 2))) {
      Hit h;  // "the year two thousand", "the year 2000"
      h.b = i;
      h.e = se;
      h.rule = "the-year-N";
      h.spec.g = Gran::year;
      h.spec.year = sy;
      return h;
    }
  }
  if (u == u_quarter) return std::nullopt;  // quarter rule
  if (after_the && delta == 0 && x != W::current && x != W::same && x != W::this_) {
    // bare "the UNIT": only the calendar units news uses this way
    if (u != u_week && u != u_weekend && u != u_year && u != u_month) return std::nullopt;
    // "the year ended Sept. 30": a fiscal year, which TE3 tags as a DURATION.
    if (word_is(j + 1, "ended") || word_is(j + 1, "ending")) {
      Hit d;
      d.b = i;
      d.e = j + 1;
      d.type = TimexType::duration;
      d.value = duration_value("1", u);
      d.ref = Reference::none;
      d.rule = "period-ended";
      return d;
    }
    // "the year before/after", "the week of March 6", "the day ..." are other constructions
    if (is(j + 1, W::before) || is(j + 1, W::after) || is(j + 1, W::earlier) ||
        is(j + 1, W::later) || is(j + 1, W::ago))
      return std::nullopt;
    if (is(j + 1, W::of) && u != u_week) return std::nullopt;
    if (u == u_year && (punct(j + 1, '\'') || is(j + 1, W::to))) return std::nullopt;
    if (punct(j + 1, '-') && attached(j + 1)) return std::nullopt;
  }
  Hit h;
  if (u == u_weekend) {
    h.b = i;
    h.e = j + 1;
    h.rule = "weekend";
    h.ref = Reference::dct;
    int dir = delta == 99 ? 0 : delta;
    if (delta == 0 && !(x == W::this_)) {
      dir = tense(i, j + 1) == Tense::future ? 0 : -1;
      // the weekend just past when the DCT is early in the week
    }
    if (dct_) {
      const int wd = static_cast<int>(date::weekday{*dct_}.iso_encoding());
      date::sys_days ref = *dct_ + date::days{7 * dir};
      if (dir == -1 && wd >= 6) ref = *dct_;  // on a weekend, "the weekend" is this one
      h.spec.g = Gran::weekend;
      iso_week(ref, h.spec.year, h.spec.sub);
      h.shift = Shift{dir, Unit::week};
    } else {
      h.resolved = false;
      h.spec.g = Gran::weekend;
    }
    return h;
  }
  if (u == u_fortnight || u == u_millennium) return std::nullopt;
  if (event) {
    // Anchored to an event in the text: "the following day", "the previous year".
    h = relative(i, j + 1, delta, to_unit(u), "event-relative");
    h.ref = Reference::event;
    h.shift.reset();
    EventAnchor a;
    a.offset = Shift{delta, to_unit(u)};
    h.anchor = a;
    previous_event_phrase(h);
    if (last_date_ && u == u_day) {
      // TE3 annotators date "the following day" from the last date in the discourse.
      const date::year_month_day v{date::year{last_date_->year} /
                                   static_cast<unsigned>(last_date_->month) /
                                   static_cast<unsigned>(last_date_->day)};
      if (v.ok()) h.spec = day_spec(date::sys_days{v} + date::days{delta});
    }
    return h;
  }
  const int amount = delta == 99 ? 0 : delta;
  h = relative(i, j + 1, amount, to_unit(u), "relative-unit");
  if (u == u_day) {
    if (x == W::this_ || x == W::current) return std::nullopt;  // "this day" rarely a date
    if (delta != 0 && !event) return std::nullopt;              // "next day" w/o "the": rare
  }
  if (u == u_decade && amount != 0 && dct_) {
    h.spec.g = Gran::decade;
    h.spec.year = (dy_ / 10 + amount) * 10;
  }
  return h;
}

}  // namespace chronograph::temporal::detail
