// The TIMEX3 matcher's driver: tries the rule families at each token, applies prefixes and TE3
// span conventions, and resolves the winners against the DCT (rules in matcher_*.cpp).
#include "matcher.hpp"

#include "matcher_rules.hpp"

namespace chronograph::temporal::detail {

std::optional<Hit> Matcher::core(std::size_t i, bool after_the) {
  std::optional<Hit> best;
  auto take = [&](std::optional<Hit> h) {
    if (h && (!best || h->e > best->e)) best = std::move(h);
  };
  const Token& tk = t_[i];
  if (tk.kind == Kind::number) {
    if (!after_the) {
      take(r_numeric_date(i));
      take(r_day_first(i));
      take(r_clock(i));
      if (best && best->clock_only) date_suffix(*best);
    }
    take(r_year(i, after_the));
    take(r_century(i, after_the));
    take(r_quantity(i, after_the));
    if (after_the) take(r_quarter(i, after_the));  // "the 1988 third quarter"
    return best;
  }
  if (tk.kind == Kind::punct) {
    if (tk.ch == '\'') take(r_year(i, after_the));
    return best;
  }
  switch (tk.lex.cat) {
    case Cat::none:
      if (word_is(i, "q")) take(r_quarter(i, after_the));
      return best;
    case Cat::month:
      if (!after_the) take(r_month_first(i));
      return best;
    case Cat::weekday:
      if (!after_the) take(r_weekday(i));
      return best;
    case Cat::season:
      take(r_season(i, after_the));
      return best;
    case Cat::ordinal:
      take(r_quarter(i, after_the));
      take(r_century(i, after_the));
      take(r_quantity(i, after_the));
      return best;
    case Cat::number:
      take(r_quantity(i, after_the));
      take(r_year(i, after_the));
      return best;
    case Cat::holiday:
      if (!after_the) take(r_holiday(i));
      return best;
    case Cat::unit:
      take(r_relative_unit(i, after_the));
      take(r_quarter(i, after_the));
      take(r_quantity(i, after_the));
      return best;
    case Cat::part_day:
      take(r_clock(i));
      if (best) date_suffix(*best);
      return best;
    case Cat::word:
      break;
  }
  switch (tk.lex.word) {
    case W::fiscal:
      take(r_year(i, after_the));
      take(r_quarter(i, after_the));
      return best;
    case W::this_:
    case W::last:
    case W::next:
    case W::past:
    case W::coming:
    case W::previous:
    case W::following:
    case W::current:
    case W::latest:
    case W::full:
    case W::same:
    case W::upcoming:
    case W::prior:
      take(r_relative_unit(i, after_the));
      take(r_quarter(i, after_the));
      take(r_season(i, after_the));
      take(r_deictic(i, after_the));
      take(r_quantity(i, after_the));
      if (cat(i + 1) == Cat::weekday && !after_the) take(r_weekday(i + 1));
      if (cat(i + 2) == Cat::weekday && !after_the && (is(i + 1, W::coming) || is(i + 1, W::past)))
        take(r_weekday(i + 2));
      if (cat(i + 1) == Cat::month && !after_the &&
          (tk.lex.word == W::last || tk.lex.word == W::this_ || tk.lex.word == W::next)) {
        auto m = r_month_first(i + 1);
        if (m && m->spec.g == Gran::month && m->rule == std::string_view("month-alone") && dct_) {
          // "last April": the latest April before the DCT; "next May" the coming one.
          const int mo = m->spec.month;
          if (tk.lex.word == W::last) m->spec.year = mo < dm_ ? dy_ : dy_ - 1;
          if (tk.lex.word == W::next) m->spec.year = mo > dm_ ? dy_ : dy_ + 1;
          if (tk.lex.word == W::this_) m->spec.year = dy_;
          m->b = i;
          take(m);
        }
      }
      return best;
    case W::that_:
      if (!after_the) take(r_relative_unit(i, false));
      return best;
    case W::comparable:
    case W::corresponding:
    case W::q:
      take(r_quarter(i, after_the));
      return best;
    case W::the:
      return best;
    default:
      break;
  }
  take(r_deictic(i, after_the));
  take(r_quantity(i, after_the));
  take(r_set(i));
  return best;
}

// Prefixes around a core: "the", "early/late/mid", "the end of", "earlier/later".
std::optional<Hit> Matcher::match_at(std::size_t i) {
  const Token& tk = t_[i];
  // Cheap filter: only words with a class and numbers/quotes can start an expression.
  if (tk.kind == Kind::word && tk.lex.cat == Cat::none) return std::nullopt;
  if (tk.kind == Kind::punct && tk.ch != '\'') return std::nullopt;
  if (tk.kind == Kind::number && tk.has(f_grouped)) return std::nullopt;

  const W x = w(i);
  if (tk.kind == Kind::word && tk.lex.cat == Cat::word && !may_start(i, x)) return std::nullopt;
  // "the eve of ..."
  if (x == W::the) {
    if (auto e = r_eve(i)) return e;
  }
  // Position modifiers: early / late / mid / the end of / the beginning of / earlier / later.
  {
    std::size_t j = i;
    std::string mod;
    bool the = false;
    if (x == W::the &&
        (is(i + 1, W::end) || is(i + 1, W::beginning) || is(i + 1, W::start) ||
         is(i + 1, W::middle)) &&
        is(i + 2, W::of)) {
      mod = is(i + 1, W::end) ? "END" : is(i + 1, W::middle) ? "MID" : "START";
      j = i + 3;
    } else if (x == W::early || x == W::late || x == W::mid || x == W::earlier || x == W::later) {
      mod = x == W::early || x == W::earlier ? "START" : x == W::mid ? "MID" : "END";
      if (x == W::earlier || x == W::later) mod.clear();
      j = i + 1;
      if (punct(j, '-') && attached(j)) ++j;
    } else if (x == W::the && (is(i + 1, W::early) || is(i + 1, W::late) || is(i + 1, W::mid))) {
      mod = is(i + 1, W::early) ? "START" : is(i + 1, W::mid) ? "MID" : "END";
      j = i + 2;
      if (punct(j, '-') && attached(j)) ++j;
      the = true;
    }
    if (j != i) {
      bool after_the = the;
      if (is(j, W::the)) {
        after_the = true;
        ++j;
      }
      if (j < n_) {
        if (auto h = core(j, after_the)) {
          const bool dateish = h->type == TimexType::date || h->type == TimexType::time;
          if (dateish && h->spec.g != Gran::ref && h->spec.g != Gran::day &&
              h->anchor == std::nullopt) {
            h->b = i;
            h->mod = mod;
            h->rule = "modified";
            return h;
          }
          if (dateish && h->spec.g == Gran::day &&
              (x == W::late || x == W::early || x == W::earlier || x == W::later) &&
              h->rule != std::string_view("weekday") && h->ref == Reference::dct && h->shift &&
              h->shift->unit == Unit::day && h->b == j) {
            h->b = i;  // "late yesterday", "earlier today"
            return h;
          }
        }
      }
    }
  }
  if (x == W::the) {
    if (i + 1 >= n_) return std::nullopt;
    auto h = core(i + 1, true);
    // TE3 leaves "the" out of plain years ("the 2022 talks" tags "2022").
    if (h && h->spec.g == Gran::year && h->rule == std::string_view("year")) h.reset();
    if (h && h->no_the) return h;
    if (h) {
      h->b = i;
      return h;
    }
    return std::nullopt;
  }
  return core(i, false);
}

// Whether the last day told ends before token b with no sentence's end between.
bool Matcher::same_sentence_as_last_date(std::size_t b) const {
  constexpr std::size_t kReach = 40;  // tokens: a sentence's span
  if (b < last_date_end_ || b - last_date_end_ > kReach) return false;
  for (std::size_t k = last_date_end_; k < b; ++k)
    if (punct(k, '.') || punct(k, '?') || punct(k, '!') || punct(k, ';')) return false;
  return true;
}

Timex Matcher::finish(Hit& h) {
  Timex t;
  t.start = t_[h.b].start;
  t.end = t_[h.e - 1].end;
  t.type = h.type;
  t.mod = h.mod;
  t.reference = h.ref;
  t.dct_shift = h.shift;
  t.anchor = h.anchor;
  t.rule = h.rule;
  if (h.type == TimexType::duration || h.type == TimexType::set) {
    t.value = h.value;
    t.reference = h.anchor ? Reference::event : Reference::none;
    t.granularity = Unit::day;
    return t;
  }
  // "went door to door on Sunday, and orders were expanded later that day", "started on
  // Saturday, Aug. 7, and spread overnight": a day told earlier in the same sentence is the
  // day meant, not an event's (which would be a guess) nor the page's night.
  const std::string_view rule = h.rule;
  if ((rule == "event-same" || rule == "overnight") && h.spec.g == Gran::day && last_date_ &&
      same_sentence_as_last_date(h.b)) {
    const std::string time = rule == "overnight" ? "TNI" : "";
    h.spec = *last_date_;
    h.spec.time = time;
    h.anchor.reset();
    t.anchor.reset();
    t.reference = last_date_ref_ == Reference::event ? Reference::dct : last_date_ref_;
    h.ref = t.reference;
    t.dct_shift = last_date_shift_;
    t.rule = rule == "overnight" ? "overnight-of-told-day" : "day-told-before";
  }
  // A bare clock time soon after a day the story told ("struck before dawn on Friday. The
  // quake hit at 3:42 a.m.") is on that day, not the page's.
  constexpr std::size_t kNarrativeReach = 80;  // tokens
  if (h.clock_only && h.spec.year == kUnknown && h.spec.month == 0 && last_date_ &&
      h.b >= last_date_end_ && h.b - last_date_end_ <= kNarrativeReach) {
    const std::string time = h.spec.time;
    h.spec = *last_date_;
    h.spec.time = time;
    t.reference = last_date_ref_ == Reference::event ? Reference::dct : last_date_ref_;
    t.dct_shift = last_date_shift_;
    t.rule = "clock-on-told-day";
  } else if (h.clock_only && h.spec.year == kUnknown && h.spec.month == 0) {
    // A bare clock time: the DCT's day unless a heading dates it (done by the caller).
    if (dct_) {
      const std::string time = h.spec.time;
      h.spec = day_spec(*dct_);
      h.spec.time = time;
      t.reference = Reference::dct;
      t.dct_shift = Shift{0, Unit::day};
    } else {
      t.reference = Reference::dct;
      t.dct_shift = Shift{0, Unit::day};
    }
  }
  t.value = format_value(h.spec);
  t.granularity = unit_of(h.spec);
  if (h.ref != Reference::event) interval(h.spec, t.earliest, t.latest);
  if (!h.spec.time.empty() && h.spec.time[0] == 'T' && h.type == TimexType::date &&
      h.spec.time.size() > 3 && h.spec.time[3] == ':')
    t.type = TimexType::time;
  return t;
}

std::vector<Timex> Matcher::run() {
  std::vector<Timex> out;
  // Heading state of a dated headline list.
  std::optional<Spec> heading;
  std::size_t i = 0;
  while (i < n_) {
    auto h = match_at(i);
    if (!h) {
      ++i;
      continue;
    }
    const bool whole_line = line_start(h->b) && line_start(h->e);
    // Headings: a line that is only a date dates the clock times below it.
    if (whole_line && h->type != TimexType::duration && h->type != TimexType::set) {
      if (h->year_weekday) {
        Spec s = h->spec;
        s.g = Gran::year;
        heading = s;
        heading->day = -h->weekday;  // marker: a year heading waiting for its day line
      } else if (h->spec.g == Gran::day && h->spec.time.empty() && !h->anchor) {
        if (heading && heading->g == Gran::year && heading->day < 0 && h->ref == Reference::dct &&
            !out.empty() && out.back().rule == std::string_view("year-weekday-heading")) {
          // "2025, Friday" / "18 July": the year comes from the line above.
          h->spec.year = heading->year;
          h->ref = Reference::heading;
          h->shift.reset();
          h->resolved = true;
          if (valid_day(h->spec.year, h->spec.month, h->spec.day)) {
            Timex& prev = out.back();
            Spec full = h->spec;
            prev.value = format_value(full);
            prev.granularity = Unit::day;
            interval(full, prev.earliest, prev.latest);
            prev.reference = Reference::heading;
          }
        }
        heading = h->spec;
      }
    }
    if (h->clock_only && whole_line && heading && heading->g == Gran::day) {
      const std::string time = h->spec.time;
      h->spec = *heading;
      h->spec.time = time;
      Timex t = finish(*h);
      t.reference = Reference::heading;
      t.dct_shift.reset();
      t.rule = "clock-under-heading";
      out.push_back(std::move(t));
      i = h->e;
      continue;
    }
    Timex t = finish(*h);
    if (h->spec.g == Gran::day && h->spec.year != kUnknown && h->spec.day > 0 &&
        h->ref != Reference::event) {
      last_date_ = h->spec;
      last_date_end_ = h->e;
      last_date_ref_ = h->ref;
      last_date_shift_ = h->shift;
    }
    if (h->type == TimexType::date && h->ref == Reference::absolute && h->spec.year != kUnknown &&
        (h->spec.g == Gran::day || h->spec.g == Gran::month || h->spec.g == Gran::year))
      last_told_ = h->spec;
    // The quarter a report is about: one of the DCT's year (or last year's Q4 early in the
    // year), never a comparison quarter.
    if (h->spec.g == Gran::quarter && h->spec.year != kUnknown && h->spec.sub > 0 &&
        h->type == TimexType::date && h->ref != Reference::event && dct_ &&
        (h->spec.year == dy_ || (h->spec.year == dy_ - 1 && dm_ <= 4 && h->spec.sub == 4)))
      last_quarter_ = h->spec;
    out.push_back(std::move(t));
    i = h->e;
  }
  return out;
}

std::vector<Timex> match_timexes(std::string_view text, const std::vector<Token>& tokens,
                                 std::optional<date::sys_days> dct) {
  Matcher m(text, tokens, dct);
  return m.run();
}

}  // namespace chronograph::temporal::detail
