// The TIMEX3 rules: hand-written patterns over tokens, TE3 span conventions, DCT resolution.
#include "matcher.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "calendar.hpp"

namespace chronograph::temporal::detail {

namespace {

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
        case W::scheduled:
        case W::due:
        case W::plans:
        case W::tomorrow:
        case W::would:
        case W::until:
          return Tense::future;
        case W::is:
        case W::are:  // "is to resume"
          return is(i + 1, W::to) ? Tense::future : Tense::none;
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
        default:
          break;
      }
      if (t_[i].kind == Kind::word && t_[i].lex.cat == Cat::none) {
        const auto s = str(i);
        if (s == "ll" && i > 0 && punct(i - 1, '\'')) return Tense::future;
        if ((s == "set" || s == "poised") && is(i + 1, W::to)) return Tense::future;
        if (s.size() > 4 && s[s.size() - 2] == 'e' && s[s.size() - 1] == 'd' && !cap(i))
          return Tense::past;
      }
      return Tense::none;
    };
    for (std::size_t k = 1; k <= 14 && k <= b; ++k) {
      const std::size_t i = b - k;
      if (punct(i, '.') || punct(i, '?') || punct(i, '!') || t_[i + 1].has(f_blank)) break;
      const Tense c = cue(i);
      if (c != Tense::none) {
        best = static_cast<int>(k);
        out = c;
        break;
      }
    }
    for (std::size_t i = e, k = 1; i < n_ && k <= 14; ++i, ++k) {
      if (punct(i, '.') || punct(i, '?') || punct(i, '!') || t_[i].has(f_blank)) break;
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
    if (tn == Tense::past && back <= kTenseReach) return before_year;
    if (tn == Tense::future && ahead <= kTenseReach) return after_year;
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
};

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
             (t_[i + 4].digits == 4 || t_[i + 4].digits == 2)) {
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

// A date right after a clock time ("5 p.m. EST Nov. 9", "10 p.m. Wednesday").
void Matcher::date_suffix(Hit& h) {
  std::size_t j = h.e;
  if (punct(j, ',')) ++j;
  if (is(j, W::on)) ++j;
  if (j >= n_ || t_[j].has(f_newline)) return;
  std::optional<Hit> d;
  if (cat(j) == Cat::month) d = r_month_first(j);
  if (!d && cat(j) == Cat::weekday) d = r_weekday(j);
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
    const Tense tn = tense(i, j);
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
      // Relative to an event (or to the previous date of the narrative): a DATE.
      if (n == "X" || n.find('.') != std::string::npos) {
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
  if (!det && !(cap(k) && t_[k].kind == Kind::word)) return;
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

}  // namespace

std::vector<Timex> match_timexes(std::string_view text, const std::vector<Token>& tokens,
                                 std::optional<date::sys_days> dct) {
  Matcher m(text, tokens, dct);
  return m.run();
}

}  // namespace chronograph::temporal::detail
