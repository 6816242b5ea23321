// The TIMEX3 matcher's state: a candidate hit, the token helpers and small grammars the rule
// families share (matcher_*.cpp), and the rules' declarations.
#pragma once
#include <optional>
#include <string>

#include "calendar.hpp"
#include "matcher.hpp"

namespace chronograph::temporal::detail {

// One candidate expression over tokens [b, e).
struct Hit {
  std::size_t b = 0, e = 0;
  TimexType type = TimexType::date;
  Spec spec;
  std::string value;  // DURATION / SET values (DATE / TIME render spec)
  std::string mod;
  Reference ref = Reference::absolute;
  std::optional<Shift> shift;
  std::optional<EventAnchor> anchor;
  const char* rule = "";
  bool resolved = true;       // spec fully computed (false: needs the DCT that is missing)
  bool clock_only = false;    // a bare clock time, datable by a heading above it
  bool year_weekday = false;  // "2025, Friday" heading
  bool no_the = false;        // TE3 leaves a preceding "the" out of this expression
  int weekday = 0;
};

enum class Tense { none, past, future };

class Matcher {
 public:
  Matcher(std::string_view text, const std::vector<Token>& t, std::optional<date::sys_days> dct)
      : text_(text), t_(t), n_(t.size()), dct_(dct) {
    if (dct_) {
      const date::year_month_day v{*dct_};
      dy_ = static_cast<int>(v.year());
      dm_ = static_cast<int>(static_cast<unsigned>(v.month()));
      dd_ = static_cast<int>(static_cast<unsigned>(v.day()));
    }
  }

  std::vector<Timex> run();

 private:
  std::string_view text_;
  const std::vector<Token>& t_;
  std::size_t n_;
  std::optional<date::sys_days> dct_;
  int dy_ = kUnknown, dm_ = 0, dd_ = 0;
  std::optional<Spec> last_date_;  // last fully resolved day, for "the following day"
  std::size_t last_date_end_ = 0;  // the token after it
  // Where the expression a weekday ends begins ("4 a.m. on Thursday"): its tense is read
  // around the whole expression.
  std::optional<std::size_t> expression_start_;
  Reference last_date_ref_ = Reference::absolute;
  std::optional<Shift> last_date_shift_;
  std::optional<Spec> last_quarter_;  // last quarter named: financial reports compare with it
  std::optional<Spec> last_told_;     // last explicit date, any granularity ("that year")

  // "a year ago" in an earnings report means the same quarter a year before.
  void year_back_in_quarter_context(Hit& h) const {
    if (!last_quarter_ || !dct_) return;
    h.spec = *last_quarter_;
    h.spec.year -= 1;
  }

  // --- token helpers -----------------------------------------------------------------------
  bool ok(std::size_t i) const { return i < n_; }
  W w(std::size_t i) const {
    return i < n_ && t_[i].kind == Kind::word && t_[i].lex.cat == Cat::word ? t_[i].lex.word
                                                                            : W::none;
  }
  bool is(std::size_t i, W id) const { return w(i) == id; }
  Cat cat(std::size_t i) const {
    return i < n_ && t_[i].kind == Kind::word ? t_[i].lex.cat : Cat::none;
  }
  bool punct(std::size_t i, char c) const {
    return i < n_ && t_[i].kind == Kind::punct && t_[i].ch == c;
  }
  bool attached(std::size_t i) const { return i < n_ && !t_[i].has(f_space); }
  bool line_start(std::size_t i) const { return i >= n_ || t_[i].has(f_newline); }
  bool number(std::size_t i) const {
    return i < n_ && t_[i].kind == Kind::number && !t_[i].has(f_grouped);
  }
  bool integer(std::size_t i) const { return number(i) && !t_[i].has(f_decimal); }
  std::int64_t num(std::size_t i) const { return t_[i].num; }
  bool cap(std::size_t i) const { return i < n_ && t_[i].has(f_cap); }
  std::string_view str(std::size_t i) const {
    return text_.substr(t_[i].start, t_[i].end - t_[i].start);
  }
  bool word_is(std::size_t i, std::string_view lower) const {
    if (i >= n_ || t_[i].kind != Kind::word) return false;
    const auto s = str(i);
    if (s.size() != lower.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
      char c = s[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lower[k]) return false;
    }
    return true;
  }
  // A clause boundary: sentence punctuation or a paragraph/line break.
  bool boundary_before(std::size_t i) const {
    if (i >= n_) return true;
    if (t_[i].has(f_newline)) return true;
    return false;
  }

  // --- small grammars ----------------------------------------------------------------------
  // Day of month at i: "2", "02", "2nd", "18th"; sets j past it.
  bool day_number(std::size_t i, std::size_t& j, int& d) const {
    if (!integer(i) || t_[i].digits > 2 || num(i) < 1 || num(i) > 31) return false;
    d = static_cast<int>(num(i));
    j = i + 1;
    const W s = w(j);
    if (attached(j) && (s == W::th || s == W::st || s == W::nd || s == W::rd)) ++j;
    return true;
  }
  // Four-digit year at i (1000..2199), not an amount.
  bool year_number(std::size_t i, int& y) const {
    if (!integer(i) || t_[i].digits != 4 || num(i) < 1000 || num(i) > 2199) return false;
    if (i > 0 && attached(i) && (punct(i - 1, '$') || punct(i - 1, '#'))) return false;
    y = static_cast<int>(num(i));
    return true;
  }
  // Month word at i ("June", "Jun.", "Sept."); sets j after an abbreviation's dot.
  bool month_word(std::size_t i, std::size_t& j, int& m, bool strict) const {
    if (cat(i) != Cat::month) return false;
    const Lexeme& lx = t_[i].lex;
    j = i + 1;
    if (lx.abbrev) {
      if (punct(j, '.') && attached(j))
        ++j;
      else if (strict)
        return false;
      if (!cap(i)) return false;
    }
    m = lx.val;
    return true;
  }
  // Counted quantity: "two", "2", "twenty-four", "a", "several", "a few", "a couple of".
  // value "X" for vague ones. allow_a: "a"/"an" count as one.
  bool count(std::size_t i, std::size_t& j, std::string& v, bool allow_a) const {
    if (number(i)) {
      if (t_[i].digits > 6) return false;
      v = std::string(str(i));
      j = i + 1;
      return true;
    }
    if (cat(i) == Cat::number) {
      int n = t_[i].lex.val;
      j = i + 1;
      if (n >= 20 && n % 10 == 0 && cat(j + 1) == Cat::number && t_[j + 1].lex.val < 10 &&
          punct(j, '-') && attached(j) && attached(j + 1)) {
        n += t_[j + 1].lex.val;
        j += 2;
      } else if (n >= 20 && n % 10 == 0 && cat(j) == Cat::number && t_[j].lex.val < 10 &&
                 t_[j].lex.val > 0) {
        n += t_[j].lex.val;
        j += 1;
      }
      if (is(j, W::hundred)) {
        n *= 100;
        ++j;
      }
      v = std::to_string(n);
      return true;
    }
    const W x = w(i);
    if ((x == W::a || x == W::an) && allow_a) {
      if (is(i + 1, W::few)) {
        v = "X";
        j = i + 2;
        return true;
      }
      if (is(i + 1, W::couple) && is(i + 2, W::of)) {
        v = "2";
        j = i + 3;
        return true;
      }
      if (cat(i + 1) == Cat::number && t_[i + 1].lex.val == 12) {  // "a dozen"
        v = "12";
        j = i + 2;
        return true;
      }
      v = "1";
      j = i + 1;
      return true;
    }
    if (x == W::several || x == W::few || x == W::many) {
      v = "X";
      j = i + 1;
      return true;
    }
    if (x == W::couple && is(i + 1, W::of)) {
      v = "2";
      j = i + 2;
      return true;
    }
    return false;
  }
  bool unit_word(std::size_t i, TUnit& u, bool& plural) const {
    if (cat(i) == Cat::unit) {
      u = static_cast<TUnit>(t_[i].lex.val);
      plural = t_[i].lex.plural;
      return true;
    }
    if (is(i, W::half)) {
      u = u_half;
      plural = false;
      return true;
    }
    if (cat(i) == Cat::ordinal && t_[i].lex.val == 2 && word_is(i, "second")) {
      u = u_second;
      plural = false;
      return true;
    }
    return false;
  }

  static Unit to_unit(TUnit u) {
    switch (u) {
      case u_week:
      case u_weekend:
      case u_fortnight:
        return Unit::week;
      case u_month:
        return Unit::month;
      case u_quarter:
      case u_half:
        return Unit::quarter;
      case u_year:
        return Unit::year;
      case u_decade:
        return Unit::decade;
      case u_century:
      case u_millennium:
        return Unit::century;
      default:
        return Unit::day;
    }
  }

  static std::string duration_value(const std::string& n, TUnit u) {
    std::string v = "P";
    auto mult = [&](int k) -> std::string {
      if (n == "X") return "X";
      if (n.find('.') != std::string::npos) return n;
      return std::to_string(std::stoll(n) * k);
    };
    switch (u) {
      case u_second:
        return "PT" + n + "S";
      case u_minute:
        return "PT" + n + "M";
      case u_hour:
        return "PT" + n + "H";
      case u_day:
        return v + n + "D";
      case u_week:
        return v + n + "W";
      case u_weekend:
        return v + mult(2) + "D";
      case u_fortnight:
        return v + mult(2) + "W";
      case u_month:
        return v + n + "M";
      case u_quarter:
        return v + n + "Q";
      case u_half:
        return v + mult(6) + "M";
      case u_year:
        return v + n + "Y";
      case u_decade:
        return n == "X" ? "PXE" : v + mult(10) + "Y";
      case u_century:
        return n == "X" ? "PXC" : v + mult(100) + "Y";
      case u_millennium:
        return n == "X" ? "PXL" : v + n + "L";
    }
    return v;
  }

  // --- tense -------------------------------------------------------------------------------
  // A participle right after "be", "been", "being", "is", "are", "has" or "have": its tense is
  // the auxiliary's ("will be held", "has been closed"), not a past.
  bool participle_after_aux(std::size_t i) const {
    if (i == 0) return false;
    const auto a = str(i - 1);
    return a == "be" || a == "been" || a == "being" || a == "have" || is(i - 1, W::is) ||
           is(i - 1, W::are) || is(i - 1, W::has);
  }

  // "will publish certified results", "to hold delayed talks": a word right after the bare verb
  // of "will" or "to" begins its object, so an -ed word there is an adjective, not a past.
  bool object_of_a_bare_verb(std::size_t i) const {
    return i >= 2 && (is(i - 2, W::will) || is(i - 2, W::would) || is(i - 2, W::to)) &&
           t_[i - 1].kind == Kind::word;
  }

  // A dot that may end a sentence: not one inside "a.m." or "U.S." (right after a one-letter
  // word, with no space between).
  bool sentence_dot(std::size_t i) const {
    return punct(i, '.') &&
           !(i > 0 && attached(i) && t_[i - 1].kind == Kind::word && str(i - 1).size() == 1);
  }

  // Nearest tense cue around [b, e) within the sentence: decides past/future for "June 2".
  Tense tense(std::size_t b, std::size_t e) const {
    int best = 1000;
    Tense out = Tense::none;
    auto cue = [&](std::size_t i) -> Tense {
      switch (w(i)) {
        case W::will:
        case W::shall:
        case W::upcoming:
        case W::forthcoming:
        case W::plans:  // "announced the plan Aug. 21": a noun after a determiner is no cue
          if (i > 0 && (str(i - 1) == "the" || str(i - 1) == "a" || str(i - 1) == "its" ||
                        str(i - 1) == "his" || str(i - 1) == "her" || str(i - 1) == "their" ||
                        str(i - 1) == "this"))
            return Tense::none;
          return Tense::future;
        case W::scheduled:
        case W::due:
        case W::tomorrow:
        case W::would:
        case W::until:
          return Tense::future;
        case W::is:
        case W::are:  // "is to resume", but not "how hard it is to get here"
          return is(i + 1, W::to) && !(i > 0 && str(i - 1) == "it") ? Tense::future : Tense::none;
        case W::as:  // "as soon as", "as early as"
          return (is(i + 1, W::soon) || is(i + 1, W::early)) && is(i + 2, W::as) ? Tense::future
                                                                                 : Tense::none;
        case W::going:
          return is(i + 1, W::to) ? Tense::future : Tense::none;
        case W::was:
        case W::were:
        case W::had:
        case W::did:
        case W::said:
        case W::ago:
        case W::back:
        case W::yesterday:
        case W::last:
          return Tense::past;
        case W::past_form:  // "will be held": a participle after "be" or "have" says nothing
          return participle_after_aux(i) ? Tense::none : Tense::past;
        default:
          break;
      }
      if (t_[i].kind == Kind::word && t_[i].lex.cat == Cat::none) {
        const auto s = str(i);
        if (s == "ll" && i > 0 && punct(i - 1, '\'')) return Tense::future;
        if ((s == "set" || s == "poised") && is(i + 1, W::to)) return Tense::future;
        if (s.size() > 4 && s[s.size() - 2] == 'e' && s[s.size() - 1] == 'd' && !cap(i))
          return participle_after_aux(i) || object_of_a_bare_verb(i) ? Tense::none : Tense::past;
      }
      return Tense::none;
    };
    for (std::size_t k = 1; k <= 14 && k <= b; ++k) {
      const std::size_t i = b - k;
      if (sentence_dot(i) || punct(i, '?') || punct(i, '!') || t_[i + 1].has(f_blank)) break;
      const Tense c = cue(i);
      if (c != Tense::none) {
        best = static_cast<int>(k);
        out = c;
        // "a fair due to open on Tuesday was postponed": the expression is in the phrase a plan
        // word opens, whose tense the main verb after it does not change.
        if (is(i, W::due) || is(i, W::scheduled) || (is(i, W::plans) && str(i) != "plans") ||
            ((str(i) == "set" || str(i) == "poised") && is(i + 1, W::to)))
          return out;
        break;
      }
    }
    for (std::size_t i = e, k = 1; i < n_ && k <= 14; ++i, ++k) {
      if (sentence_dot(i) || punct(i, '?') || punct(i, '!') || t_[i].has(f_blank)) break;
      // "denied it in a post on Wednesday night: \"I will fight this\"": a quote after a colon
      // has its own tense.
      if (punct(i, ':') || punct(i, '"') || str(i) == "\u201c") break;
      // A clause that "that" opens after the expression has its own tense: in "said in an
      // interview on Monday that he would appeal", "said" times Monday, not "would".
      if (out != Tense::none && (is(i, W::that_) || str(i) == "which" || str(i) == "who")) break;
      const Tense c = cue(i);
      if (c != Tense::none) {
        if (static_cast<int>(k) < best) out = c;
        break;
      }
    }
    return out;
  }

  // --- resolution helpers ------------------------------------------------------------------
  Hit relative(std::size_t b, std::size_t e, int amount, Unit u, const char* rule) const {
    Hit h;
    h.b = b;
    h.e = e;
    h.rule = rule;
    h.ref = Reference::dct;
    h.shift = Shift{amount, u};
    if (dct_) {
      h.spec = shift_spec(*dct_, amount, u);
    } else {
      h.resolved = false;
      h.spec.g = u == Unit::day       ? Gran::day
                 : u == Unit::week    ? Gran::week
                 : u == Unit::month   ? Gran::month
                 : u == Unit::quarter ? Gran::quarter
                 : u == Unit::year    ? Gran::year
                 : u == Unit::decade  ? Gran::decade
                                      : Gran::century;
    }
    return h;
  }

  // Year for a month (and day) without one: tense decides past or future, default DCT year.
  int year_for(int m, int d, Tense tn) const {
    if (!dct_) return kUnknown;
    // Day-of-year style positions; a month alone counts from its middle.
    const int here = dm_ * 31 + dd_;
    const int there = m * 31 + (d ? d : 15);
    const int back = here >= there ? here - there : here - there + 372;   // to the one before
    const int ahead = there >= here ? there - here : there - here + 372;  // to the one after
    const int before_year = there <= here ? dy_ : dy_ - 1;
    const int after_year = there >= here ? dy_ : dy_ + 1;
    constexpr int kTenseReach = 240;  // tense picks the side within ~8 months
    // ... and "will open the plant in September", told in January, within ~11 months ahead.
    constexpr int kFutureReach = 340;
    if (tn == Tense::past && back <= kTenseReach) return before_year;
    if (tn == Tense::future && ahead <= kFutureReach) return after_year;
    if (d == 0 && m == dm_) return dy_;
    // Without a cue, the nearest occurrence, leaning to the past: news looks back more.
    constexpr int kPastLean = 90;
    return back <= ahead + kPastLean ? before_year : after_year;
  }

  // The date of a weekday relative to the DCT: dir -1 on or before, +1 on or after,
  // -2 strictly before ("last Friday"), +2 strictly after ("next Friday"), 0 this week.
  std::optional<date::sys_days> weekday_date(int wd, int dir) const {
    if (!dct_) return std::nullopt;
    const int cur = static_cast<int>(date::weekday{*dct_}.iso_encoding());
    int delta = 0;
    switch (dir) {
      case -1:
        delta = -((cur - wd + 7) % 7);
        break;
      case -2:
        delta = -((cur - wd + 7) % 7);
        if (delta == 0) delta = -7;
        break;
      case 1:
        delta = (wd - cur + 7) % 7;
        break;
      case 2:
        delta = (wd - cur + 7) % 7;
        if (delta == 0) delta = 7;
        break;
      default:
        delta = wd - cur;
        break;
    }
    return *dct_ + date::days{delta};
  }

  // Quick test for function words: most of them start nothing, whatever follows.
  bool may_start(std::size_t i, W x) const {
    switch (x) {
      case W::the: {
        if (i + 1 >= n_) return false;
        const Token& nx = t_[i + 1];
        return nx.kind == Kind::number || (nx.kind == Kind::word && nx.lex.cat != Cat::none) ||
               (nx.kind == Kind::punct && nx.ch == '\'');
      }
      case W::a:
      case W::an:
      case W::per: {
        const Cat c = cat(i + 1);
        return c == Cat::unit || c == Cat::number || c == Cat::ordinal || is(i + 1, W::few) ||
               is(i + 1, W::couple) || is(i + 1, W::half);
      }
      case W::at:
        return is(i + 1, W::least);
      case W::more:
      case W::less:
        return is(i + 1, W::than);
      case W::over:
      case W::about:
      case W::around:
      case W::nearly:
      case W::almost:
      case W::approximately:
      case W::roughly:
      case W::some:
      case W::just: {
        const Cat c = cat(i + 1);
        return number(i + 1) || c == Cat::number || c == Cat::unit || c == Cat::part_day ||
               is(i + 1, W::a) || is(i + 1, W::an) || is(i + 1, W::several) || is(i + 1, W::few) ||
               is(i + 1, W::couple);
      }
      case W::this_:
      case W::last:
      case W::next:
      case W::past:
      case W::coming:
      case W::previous:
      case W::following:
      case W::prior:
      case W::current:
      case W::latest:
      case W::full:
      case W::same:
      case W::upcoming:
      case W::early:
      case W::late:
      case W::mid:
      case W::earlier:
      case W::later:
      case W::every:
      case W::each:
      case W::daily:
      case W::weekly:
      case W::monthly:
      case W::annually:
      case W::yearly:
      case W::quarterly:
      case W::hourly:
      case W::nightly:
      case W::today:
      case W::yesterday:
      case W::tomorrow:
      case W::tonight:
      case W::now:
      case W::currently:
      case W::recently:
      case W::recent:
      case W::previously:
      case W::formerly:
      case W::soon:
      case W::nowadays:
      case W::lately:
      case W::several:
      case W::few:
      case W::couple:
      case W::many:
      case W::fiscal:
      case W::overnight:
      case W::comparable:
      case W::corresponding:
      case W::q:
      case W::that_:
        return true;
      default:
        return false;
    }
  }

  // --- rules -------------------------------------------------------------------------------
  std::optional<Hit> match_at(std::size_t i);
  std::optional<Hit> core(std::size_t i, bool after_the);
  std::optional<Hit> r_numeric_date(std::size_t i);
  std::optional<Hit> r_month_first(std::size_t i);
  std::optional<Hit> r_day_first(std::size_t i);
  std::optional<Hit> r_weekday(std::size_t i);
  std::optional<Hit> r_year(std::size_t i, bool after_the);
  std::optional<Hit> r_quarter(std::size_t i, bool after_the);
  std::optional<Hit> r_season(std::size_t i, bool after_the);
  std::optional<Hit> r_deictic(std::size_t i, bool after_the);
  std::optional<Hit> r_relative_unit(std::size_t i, bool after_the);
  std::optional<Hit> r_quantity(std::size_t i, bool after_the);
  std::optional<Hit> r_clock(std::size_t i);
  std::optional<Hit> r_set(std::size_t i);
  bool frequency_in_name(std::size_t i) const;
  std::optional<Hit> r_century(std::size_t i, bool after_the);
  std::optional<Hit> r_eve(std::size_t i);
  std::optional<Hit> r_holiday(std::size_t i);
  bool spelled_year(std::size_t i, std::size_t& end, int& y) const;
  void time_suffix(Hit& h);
  void date_suffix(Hit& h);
  void anchor_phrase(Hit& h, std::size_t from, bool with_verb = true);
  void previous_event_phrase(Hit& h);
  Timex finish(Hit& h);
  bool same_sentence_as_last_date(std::size_t b) const;
};

}  // namespace chronograph::temporal::detail
