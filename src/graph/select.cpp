// Resolving a user's event reference (id, id prefix, phrase, date) to graph vertices.
#include "chronograph/graph/select.hpp"
#include "chronograph/base/months.hpp"
#include "chronograph/base/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <sstream>

namespace chronograph::graph {

namespace {

// Words that carry no meaning in a phrase like "the talks in Istanbul on june 2", or in a
// question typed as is ("what led to the june 2 talks?").
constexpr std::array<std::string_view, 30> kStopwords = {
    "the",  "a",    "an",    "of",     "in",   "on",    "at",  "to",  "for",  "and",
    "with", "by",   "from",  "about",  "what", "which", "who", "why", "how",  "when",
    "led",  "lead", "leads", "caused", "did",  "does",  "do",  "was", "were", "is"};

std::optional<unsigned> month_of(std::string_view w) {
  if (w.size() < 3) return std::nullopt;
  for (unsigned i = 0; i < base::kMonthNames.size(); ++i)
    if (w.size() <= base::kMonthNames[i].size() && base::kMonthNames[i].substr(0, w.size()) == w)
      return i + 1;
  return std::nullopt;
}

// "2", "02", "2nd", "21st" -> day of month.
std::optional<unsigned> mday_of(std::string_view w) {
  std::size_t n = 0;
  while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
  if (n == 0 || n > 2) return std::nullopt;
  const std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
    return std::nullopt;
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(w.substr(0, n))));
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

// A date named in the query: an exact day, a month/day in any year, or a calendar month.
struct DatePick {
  std::optional<date::sys_days> day;
  unsigned month = 0, mday = 0;
  std::optional<date::sys_days> first, last;  // a whole month ("2025-06")

  bool fits(const base::DateValue& d) const {
    if (!d.earliest || !d.latest) {
      // A one-sided bound can still contain the day ("before 2025-05-20").
      if (!day) return false;
      return (!d.earliest || *d.earliest <= *day) && (!d.latest || *day <= *d.latest) && d.known();
    }
    if (day) return *d.earliest <= *day && *day <= *d.latest;
    if (first) return *d.earliest <= *last && *first <= *d.latest;
    for (auto y = date::year_month_day{*d.earliest}.year();
         y <= date::year_month_day{*d.latest}.year(); ++y) {
      const date::year_month_day ymd{y, date::month{month}, date::day{mday}};
      if (!ymd.ok()) continue;
      const date::sys_days s{ymd};
      if (*d.earliest <= s && s <= *d.latest) return true;
    }
    return false;
  }
  // Exactly that day, not merely inside a wider interval.
  bool exact(const base::DateValue& d) const {
    if (!d.exact()) return false;
    if (day) return *d.earliest == *day;
    if (first) return false;
    const date::year_month_day ymd{*d.earliest};
    return static_cast<unsigned>(ymd.month()) == month && static_cast<unsigned>(ymd.day()) == mday;
  }
};

std::optional<DatePick> month_pick(std::string_view w) {
  if (w.size() != 7 || w[4] != '-') return std::nullopt;
  auto d = base::parse_day(std::string(w) + "-01");
  if (!d) return std::nullopt;
  const date::year_month_day ymd{*d};
  DatePick p;
  p.first = d;
  p.last = date::sys_days{ymd.year() / ymd.month() / date::last};
  return p;
}

}  // namespace

Selection select_event(const Timeline& t, std::string_view words) {
  const EventGraph& g = t.graph;
  Selection sel;
  if (auto v = find_by_id(g, words)) {
    sel.matches.push_back(*v);
    return sel;
  }
  // A single token that starts exactly one id ("talks-istanbul-2025-06-02") names it.
  if (words.size() >= 4 && words.find(' ') == std::string_view::npos &&
      words.find('-') != std::string_view::npos) {
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      if (g[v].id.rfind(words, 0) == 0) sel.matches.push_back(v);
    if (!sel.matches.empty()) return sel;
  }
  std::vector<std::string> tokens;
  {
    std::string cleaned = base::lower_ascii(words);
    for (auto& c : cleaned)
      if (std::string_view(",\"'.;:!?()").find(c) != std::string_view::npos) c = ' ';
    std::istringstream in(cleaned);
    std::string w;
    while (in >> w) tokens.push_back(w);
  }
  std::vector<DatePick> dates;
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i];
    if (auto d = base::parse_day(w)) {
      dates.push_back({d, 0, 0, {}, {}});
      continue;
    }
    if (auto p = month_pick(w)) {
      dates.push_back(*p);
      continue;
    }
    if (auto m = month_of(w); m && i + 1 < tokens.size()) {
      if (auto d = mday_of(tokens[i + 1])) {  // "june 2"
        dates.push_back({std::nullopt, *m, *d, {}, {}});
        ++i;
        continue;
      }
    }
    if (auto d = mday_of(w); d && i + 1 < tokens.size()) {
      std::size_t j = i + 1;
      if (tokens[j] == "of" && j + 1 < tokens.size()) ++j;  // "2nd of june"
      if (auto m = month_of(tokens[j])) {
        dates.push_back({std::nullopt, *m, *d, {}, {}});
        i = j;
        continue;
      }
    }
    if (std::find(kStopwords.begin(), kStopwords.end(), w) != kStopwords.end()) continue;
    terms.push_back(w);
  }
  // Light stemming so "talk" finds "talks" and "strikes" finds "strike".
  auto stem = [](std::string w) {
    if (w.size() > 3 && w.back() == 's') w.pop_back();
    return w;
  };
  int best = -1;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EventNode& n = g[v];
    if (!std::all_of(dates.begin(), dates.end(), [&](const DatePick& d) { return d.fits(n.date); }))
      continue;
    const std::string label = base::lower_ascii(n.label + " " + n.type);
    std::string rest = base::lower_ascii(n.speaker + " " + n.id);
    for (const auto& a : n.actors) rest += " " + base::lower_ascii(a);
    for (const auto& p : n.places) rest += " " + base::lower_ascii(p);
    for (const auto& m : n.mentions) rest += " " + base::lower_ascii(m.text);
    int score = 0;
    bool all = true;
    for (const auto& term : terms) {
      const std::string s = stem(term);
      if (label.find(s) != std::string::npos) {
        score += 3;
      } else if (rest.find(s) != std::string::npos) {
        score += 1;
      } else {
        all = false;
        break;
      }
    }
    if (!all) continue;
    if (n.kind == EventKind::event) score += 1;  // an event outranks a claim about it
    for (const auto& d : dates)
      if (d.exact(n.date)) score += 2;  // "june 2" prefers what happened on June 2
    if (score > best) {
      best = score;
      sel.matches.clear();
    }
    if (score == best) sel.matches.push_back(v);
  }
  return sel;
}

}  // namespace chronograph::graph
