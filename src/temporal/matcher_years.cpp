// TIMEX3 rules for years and their parts: years, quarters, seasons, centuries.
#include "matcher_rules.hpp"

namespace chronograph::temporal::detail {

// "2022", "fiscal 1989", "1990s", "the '80s", "2025, Friday" (a heading).
std::optional<Hit> Matcher::r_year(std::size_t i, bool after_the) {
  std::size_t b = i;
  bool fiscal = false;
  if (is(i, W::fiscal)) {
    fiscal = true;
    ++i;
  }
  // "'80s", "’90s"
  if (punct(i, '\'') && integer(i + 1) && t_[i + 1].digits == 2 && attached(i + 1) &&
      is(i + 2, W::s) && attached(i + 2) && num(i + 1) % 10 == 0) {
    Hit h;
    h.b = b;
    h.e = i + 3;
    h.rule = "decade-short";
    h.spec.g = Gran::decade;
    const int yy = static_cast<int>(num(i + 1));
    h.spec.year = (yy >= 30 ? 1900 : 2000) + yy;
    return h;
  }
  int y;
  {
    std::size_t se;
    if (spelled_year(i, se, y)) {  // "nineteen ninety-six"
      Hit h;
      h.b = b;
      h.e = se;
      h.rule = "spelled-year";
      h.spec.g = Gran::year;
      h.spec.year = y;
      return h;
    }
  }
  if (!year_number(i, y)) return std::nullopt;
  // Part of a larger number or code: "1990-01-02" handled elsewhere, "10:2010", "2020.5".
  if (i > 0 && attached(i) && (punct(i - 1, ':') || punct(i - 1, '/') || punct(i - 1, '.')))
    return std::nullopt;
  if (ok(i + 1) && attached(i + 1) &&
      (punct(i + 1, '%') || (punct(i + 1, '.') && integer(i + 2) && attached(i + 2))))
    return std::nullopt;
  Hit h;
  h.b = b;
  h.e = i + 1;
  h.spec.year = y;
  if (is(i + 1, W::s) && attached(i + 1)) {  // "1990s"
    h.spec.g = Gran::decade;
    h.e = i + 2;
    h.rule = "decade";
    return h;
  }
  h.spec.g = Gran::year;
  h.rule = fiscal ? "fiscal-year" : "year";
  if (fiscal) return h;
  // Context: a year is rarely followed by a plural noun ("2000 troops") or a unit.
  const std::size_t nx = i + 1;
  const W pw = i > 0 ? w(i - 1) : W::none;
  const bool strong_prev =
      pw == W::in || pw == W::since || pw == W::of || pw == W::by || pw == W::until ||
      pw == W::from || pw == W::during || pw == W::early || pw == W::late || pw == W::before ||
      pw == W::after || pw == W::between || pw == W::through || pw == W::mid || after_the ||
      cat(i - 1) == Cat::month ||
      (i >= 2 && punct(i - 1, '-') && integer(i - 2) && t_[i - 2].digits == 4) ||
      cat(i - 1) == Cat::season;
  if (ok(nx) && !t_[nx].has(f_newline)) {
    if (cat(nx) == Cat::unit || cat(nx) == Cat::number) return std::nullopt;
    if (t_[nx].kind == Kind::word && t_[nx].lex.cat == Cat::none && !cap(nx) && !strong_prev) {
      const auto s = str(nx);
      if (s.size() > 2 && s.back() == 's' && s != "was" && s != "has" && s != "is" && s != "as" &&
          s != "its" && s != "this" && s != "plus" && s != "thus" && s != "versus")
        return std::nullopt;
    }
    if (t_[nx].kind == Kind::number && attached(nx)) return std::nullopt;
  }
  if (i > 0 && (punct(i - 1, '$') || punct(i - 1, '#'))) return std::nullopt;
  if (i > 0 && t_[i - 1].kind == Kind::word && t_[i - 1].lex.cat == Cat::none && attached(i))
    return std::nullopt;  // "A320", "F2022"
  // Headline-list heading "2025, Friday".
  if (line_start(i) && punct(nx, ',') && cat(nx + 1) == Cat::weekday && line_start(nx + 2)) {
    h.e = nx + 2;
    h.year_weekday = true;
    h.weekday = t_[nx + 1].lex.val;
    h.rule = "year-weekday-heading";
  }
  return h;
}

// Quarters and halves: "third-quarter", "the third quarter of 1990", "Q3 2024", "the quarter",
// "the year-ago quarter", "the first half", "fiscal second-quarter".
std::optional<Hit> Matcher::r_quarter(std::size_t i, bool after_the) {
  std::size_t j = i;
  int year_shift = 0;
  bool have_year = false;
  int year = kUnknown;
  int which = 0;  // 1..4, 0 = relative
  int rel = 99;   // relative quarter when which == 0: 0 this, -1 last, ...
  bool fiscal = false;
  // "Q3", "Q3 2024", "Q3'24"
  if (t_[j].kind == Kind::word && (word_is(j, "q")) && integer(j + 1) && attached(j + 1) &&
      num(j + 1) >= 1 && num(j + 1) <= 4 && cap(j)) {
    Hit h;
    h.b = i;
    h.e = j + 2;
    h.spec.g = Gran::quarter;
    h.spec.sub = static_cast<int>(num(j + 1));
    int y;
    if (year_number(j + 2, y)) {
      h.spec.year = y;
      h.e = j + 3;
    } else {
      h.ref = Reference::dct;
      h.spec.year = dct_ ? dy_ : kUnknown;
      h.resolved = dct_.has_value();
    }
    h.rule = "quarter-q";
    return h;
  }
  // Pre-modifiers.
  for (int guard = 0; guard < 4; ++guard) {
    int y;
    if (is(j, W::fiscal)) {
      fiscal = true;
      ++j;
    } else if (is(j, W::this_) && cat(j + 1) == Cat::unit && t_[j + 1].lex.val == u_year &&
               punct(j + 2, '\'') && is(j + 3, W::s)) {
      j += 4;  // "this year's"
    } else if (is(j, W::last) && cat(j + 1) == Cat::unit && t_[j + 1].lex.val == u_year &&
               punct(j + 2, '\'') && is(j + 3, W::s)) {
      year_shift = -1;
      j += 4;
    } else if (cat(j) == Cat::unit && t_[j].lex.val == u_year && punct(j + 1, '-') &&
               (is(j + 2, W::earlier) || word_is(j + 2, "ago"))) {
      year_shift = -1;  // "year-earlier", "year-ago"
      j += 3;
    } else if (after_the && year_number(j, y) && !have_year) {
      have_year = true;  // "the 1988 third quarter"
      year = y;
      ++j;
    } else if (is(j, W::comparable) || is(j, W::corresponding)) {
      ++j;
    } else {
      break;
    }
  }
  std::size_t q = j;
  bool hyphenated = false;
  if ((is(q, W::last) || is(q, W::latter)) && is(q + 1, W::half) && (after_the || i != q)) {
    which = 2;  // "the last half of 1989"
    ++q;
  } else if (cat(q) == Cat::ordinal && t_[q].lex.val <= 4) {
    which = t_[q].lex.val;
    ++q;
    if (punct(q, '-') && attached(q)) {
      ++q;
      hyphenated = true;  // "the third-quarter loss": adjectival, TE3 leaves "the" out
    }
    if (is(q, W::fiscal)) ++q;  // "the second fiscal quarter"
  } else if (is(q, W::last) && after_the && false) {
  } else if (is(q, W::latest) || is(q, W::current) || is(q, W::this_) || is(q, W::last) ||
             is(q, W::past) || is(q, W::previous) || is(q, W::next) || is(q, W::coming)) {
    rel = is(q, W::current) || is(q, W::this_) ? 0
          : is(q, W::next) || is(q, W::coming) ? 1
          : is(q, W::latest)                   ? -1
                                               : -1;
    if (is(q, W::this_) || is(q, W::current)) rel = 0;
    if (is(q, W::latest)) rel = -1;
    ++q;
  } else if (after_the || year_shift || fiscal) {
    rel = -1;  // "the quarter", "the year-ago quarter": the last reported quarter
  } else {
    return std::nullopt;
  }
  TUnit u;
  bool plural;
  if (is(q, W::period) && (after_the || year_shift) && dct_) {
    // "the latest period", "the year-ago period", "the 1988 period": the reported quarter
    // when the text is about quarters, else the year.
    if (last_quarter_ && which == 0) {
      Hit h;
      h.b = i;
      h.e = q + 1;
      h.rule = "period";
      h.ref = Reference::dct;
      h.spec = *last_quarter_;
      h.spec.year += year_shift;
      if (have_year) h.spec.year = year;
      return h;
    }
    if (have_year && which == 0) {
      Hit h;
      h.b = i;
      h.e = q + 1;
      h.rule = "period";
      h.spec.g = Gran::year;
      h.spec.year = year;
      return h;
    }
    return std::nullopt;
  }
  if (!unit_word(q, u, plural) || (u != u_quarter && u != u_half)) return std::nullopt;
  if (u == u_half && which > 2) return std::nullopt;
  if (u == u_half && which == 0) return std::nullopt;  // "the half" is not a date
  if (plural && which == 0) return std::nullopt;
  Hit h;
  h.b = i;
  h.e = q + 1;
  h.rule = u == u_half ? "half" : "quarter";
  h.no_the = hyphenated && i == j;
  h.spec.g = u == u_half ? Gran::half : Gran::quarter;
  // "of 1990", "1990"
  std::size_t k = h.e;
  int y;
  if (is(k, W::of) && year_number(k + 1, y)) {
    have_year = true;
    year = y;
    h.e = k + 2;
  } else if (year_number(k, y) && !t_[k].has(f_newline)) {
    have_year = true;
    year = y;
    h.e = k + 1;
  }
  if (which) {
    h.spec.sub = which;
    if (have_year) {
      h.spec.year = year;
    } else {
      h.ref = Reference::dct;
      h.spec.year = dct_ ? dy_ + year_shift : kUnknown;
      h.resolved = dct_.has_value();
    }
  } else {
    h.ref = Reference::dct;
    if (dct_) {
      Spec s = shift_spec(*dct_, rel, Unit::quarter);
      s.year += year_shift;
      h.spec.year = have_year ? year : s.year;
      h.spec.sub = s.sub;
      h.shift = Shift{rel - 4 * year_shift * -1 * -1, Unit::quarter};
      h.shift = Shift{rel + 4 * year_shift, Unit::quarter};
    } else {
      h.resolved = false;
      h.shift = Shift{rel + 4 * year_shift, Unit::quarter};
    }
  }
  return h;
}

// "summer 2025", "last fall", "this summer", "the winter of 1994", "spring".
std::optional<Hit> Matcher::r_season(std::size_t i, bool after_the) {
  std::size_t j = i;
  int delta = 99;
  if (is(j, W::this_) && is(j + 1, W::past)) {
    delta = -1;
    j += 2;
  } else if (is(j, W::last) || is(j, W::past) || is(j, W::previous)) {
    delta = -1;
    ++j;
  } else if (is(j, W::next) || is(j, W::coming)) {
    delta = 1;
    ++j;
  } else if (is(j, W::this_)) {
    delta = 0;
    ++j;
  }
  if (cat(j) != Cat::season || t_[j].lex.plural) return std::nullopt;
  const int season = t_[j].lex.val;
  Hit h;
  h.b = i;
  h.e = j + 1;
  h.rule = "season";
  h.spec.g = Gran::season;
  h.spec.sub = season;
  int y;
  std::size_t k = j + 1;
  if (is(k, W::of)) ++k;
  if (year_number(k, y) && !t_[k].has(f_newline)) {
    h.spec.year = y;
    h.e = k + 1;
    return h;
  }
  std::size_t se;
  if (is(j + 1, W::of) && spelled_year(k, se, y)) {
    h.spec.year = y;
    h.e = se;
    return h;
  }
  if (delta == 99) {
    // A bare season word needs a temporal context ("in summer", "the summer").
    const W pw = i > 0 ? w(i - 1) : W::none;
    const bool ctx = after_the || pw == W::in || pw == W::during || pw == W::since ||
                     pw == W::until || pw == W::by || pw == W::early || pw == W::late ||
                     pw == W::mid || pw == W::this_;
    if (!ctx || season == 2) return std::nullopt;  // "fall" alone is a verb
    // "the summer-autumn offensive": a compound modifier, not a date.
    if (punct(h.e, '-') && attached(h.e)) return std::nullopt;
    delta = 0;
  }
  h.ref = Reference::dct;
  if (dct_) {
    int sy = dy_;
    // The season the DCT falls in (winter of year Y covers Dec Y .. Feb Y+1).
    const int cur = dm_ >= 3 && dm_ <= 11 ? (dm_ - 3) / 3 : 3;
    const int cur_year = dm_ <= 2 ? dy_ - 1 : dy_;
    if (delta == -1)
      sy = season < cur ? cur_year : cur_year - 1;
    else if (delta == 1)
      sy = season > cur ? cur_year : cur_year + 1;
    else
      sy = season == 3 ? cur_year : dy_;
    h.spec.year = sy;
    h.shift = Shift{sy - dy_, Unit::year};
  } else {
    h.resolved = false;
  }
  return h;
}

// Years in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand".
bool Matcher::spelled_year(std::size_t i, std::size_t& end, int& y) const {
  if (cat(i) != Cat::number) return false;
  const int first = t_[i].lex.val;
  if (first == 19 || first == 18) {
    std::size_t j = i + 1;
    if (is(j, W::hundred)) {
      y = first * 100;
      end = j + 1;
      return true;
    }
    if (cat(j) != Cat::number) return false;
    int rest = t_[j].lex.val;
    if (rest < 10) return false;
    ++j;
    if (rest >= 20 && rest % 10 == 0) {
      if (punct(j, '-') && attached(j) && cat(j + 1) == Cat::number && t_[j + 1].lex.val < 10 &&
          t_[j + 1].lex.val > 0) {
        rest += t_[j + 1].lex.val;
        j += 2;
      } else if (cat(j) == Cat::number && t_[j].lex.val < 10 && t_[j].lex.val > 0) {
        rest += t_[j].lex.val;
        ++j;
      }
    }
    y = first * 100 + rest;
    end = j;
    return true;
  }
  if (first == 2 && is(i + 1, W::thousand)) {
    // Only where a year is expected: "the year two thousand", "in two thousand".
    const W pw = i > 0 ? w(i - 1) : W::none;
    const bool year_before = i > 0 && cat(i - 1) == Cat::unit && t_[i - 1].lex.val == u_year;
    std::size_t j = i + 2;
    int rest = 0;
    if (is(j, W::and_) && cat(j + 1) == Cat::number && t_[j + 1].lex.val < 20) {
      rest = t_[j + 1].lex.val;
      j += 2;
    } else if (cat(j) == Cat::number && t_[j].lex.val < 20 && t_[j].lex.val > 0) {
      rest = t_[j].lex.val;
      ++j;
    }
    const bool then_stop = j >= n_ || t_[j].kind == Kind::punct;
    if (!year_before &&
        !((pw == W::in || pw == W::by || pw == W::since || pw == W::until) && then_stop))
      return false;
    y = 2000 + rest;
    end = j;
    return true;
  }
  return false;
}

// "the 20th century", "the eighteenth century", "this century", "the last decade".
std::optional<Hit> Matcher::r_century(std::size_t i, bool after_the) {
  int ord = 0;
  std::size_t j = i;
  if (integer(j) && t_[j].digits <= 2 &&
      (is(j + 1, W::th) || is(j + 1, W::st) || is(j + 1, W::nd) || is(j + 1, W::rd)) &&
      attached(j + 1)) {
    ord = static_cast<int>(num(j));
    j += 2;
  } else if (cat(j) == Cat::ordinal) {
    ord = t_[j].lex.val;
    ++j;
    if (ord == 20 && punct(j, '-') && cat(j + 1) == Cat::ordinal) {
      ord += t_[j + 1].lex.val;
      j += 2;
    }
  } else {
    return std::nullopt;
  }
  if (punct(j, '-') && attached(j)) ++j;
  TUnit u;
  bool plural;
  if (!unit_word(j, u, plural) || plural || u != u_century || ord < 1 || ord > 30)
    return std::nullopt;
  Hit h;
  h.b = i;
  h.e = j + 1;
  h.rule = "century";
  h.spec.g = Gran::century;
  h.spec.year = (ord - 1) * 100;
  (void)after_the;
  return h;
}

}  // namespace chronograph::temporal::detail
