// Resolving a user's event reference (id, phrase, date) to graph vertices.
#include "chronograph/graph/select.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <sstream>

namespace chronograph::graph {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

std::optional<unsigned> month_of(std::string_view w) {
  for (unsigned i = 0; i < kMonths.size(); ++i)
    if (w == kMonths[i] || (w.size() >= 3 && kMonths[i].substr(0, w.size()) == w && w.size() <= kMonths[i].size()))
      return i + 1;
  return std::nullopt;
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A date named in the query: an exact day, or a month/day in any year.
struct DatePick {
  std::optional<date::sys_days> day;
  unsigned month = 0, mday = 0;
  bool fits(const base::DateValue& d) const {
    if (!d.earliest || !d.latest) return false;
    if (day) return *d.earliest <= *day && *day <= *d.latest;
    for (auto y = date::year_month_day{*d.earliest}.year();
         y <= date::year_month_day{*d.latest}.year(); ++y) {
      const date::year_month_day ymd{y, date::month{month}, date::day{mday}};
      if (!ymd.ok()) continue;
      const date::sys_days s{ymd};
      if (*d.earliest <= s && s <= *d.latest) return true;
    }
    return false;
  }
};

}  // namespace

Selection select_event(const Timeline& t, std::string_view words) {
  const EventGraph& g = t.graph;
  Selection sel;
  if (auto v = find_by_id(g, words)) {
    sel.matches.push_back(*v);
    return sel;
  }
  std::vector<std::string> tokens;
  {
    std::string cleaned = lower(words);
    for (auto& c : cleaned)
      if (c == ',' || c == '"' || c == '\'') c = ' ';
    std::istringstream in(cleaned);
    std::string w;
    while (in >> w) tokens.push_back(w);
  }
  std::vector<DatePick> dates;
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i];
    if (auto d = base::parse_day(w)) {
      dates.push_back({d, 0, 0});
      continue;
    }
    if (auto m = month_of(w); m && w.size() >= 3 && i + 1 < tokens.size() && all_digits(tokens[i + 1]) &&
                              tokens[i + 1].size() <= 2) {
      dates.push_back({std::nullopt, *m, static_cast<unsigned>(std::stoi(tokens[i + 1]))});
      ++i;
      continue;
    }
    if (all_digits(w) && w.size() <= 2 && i + 1 < tokens.size()) {
      if (auto m = month_of(tokens[i + 1]); m && tokens[i + 1].size() >= 3) {
        dates.push_back({std::nullopt, *m, static_cast<unsigned>(std::stoi(w))});
        ++i;
        continue;
      }
    }
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
    const std::string label = lower(n.label + " " + n.type);
    std::string rest = lower(n.speaker);
    for (const auto& a : n.actors) rest += " " + lower(a);
    for (const auto& p : n.places) rest += " " + lower(p);
    for (const auto& m : n.mentions) rest += " " + lower(m.text);
    int score = 0;
    bool all = true;
    for (const auto& term : terms) {
      const std::string s = stem(term);
      if (label.find(s) != std::string::npos) score += 3;
      else if (rest.find(s) != std::string::npos) score += 1;
      else { all = false; break; }
    }
    if (!all) continue;
    if (n.kind == EventKind::event) score += 1;  // an event outranks a claim about it
    if (n.date.exact()) score += 1;
    if (score > best) {
      best = score;
      sel.matches.clear();
    }
    if (score == best) sel.matches.push_back(v);
  }
  return sel;
}

}  // namespace chronograph::graph
