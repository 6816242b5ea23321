// Event filtering shared by queries and rendering.
#include "chronograph/graph/filter.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/base/usage_error.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>
#include <unordered_map>

namespace chronograph::graph {

namespace {

std::string lower(std::string_view s) { return base::lower_ascii(s); }

using base::contains_ci;

// "--type: no event has type 'tlaks'; did you mean 'talks'? (known: a, b, ... )"
[[noreturn]] void unknown_value(const char* flag, const char* what, const std::string& value,
                                const std::set<std::string>& known) {
  const std::vector<std::string> names(known.begin(), known.end());
  std::string list;
  std::size_t shown = 0;
  for (const auto& n : names) {
    if (shown++ == 12) {
      list += ", ...";
      break;
    }
    list += (list.empty() ? "" : ", ") + n;
  }
  throw base::UsageError(std::string(flag) + ": no event has " + what + " '" + value + "'" +
                         base::did_you_mean(lower(value), names) +
                         " (known: " + (list.empty() ? "none" : list) + ")");
}

}  // namespace

void check_filter_values(const Timeline& t, const EventFilter& f) {
  if (f.types.empty() && f.actors.empty()) return;
  std::set<std::string> types, actors;
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph))) {
    const EventNode& n = t.graph[v];
    types.insert(lower(n.type));
    for (const auto& a : n.actors) actors.insert(lower(a));
    if (!n.speaker.empty()) actors.insert(lower(n.speaker));
  }
  for (const auto& type : f.types)
    if (!types.count(lower(type))) unknown_value("--type", "type", type, types);
  for (const auto& actor : f.actors)
    if (std::none_of(actors.begin(), actors.end(),
                     [&](const std::string& a) { return contains_ci(a, actor); }))
      unknown_value("--actor", "actor", actor, actors);
}

bool matches(const EventNode& n, const EventFilter& f) {
  if (f.min_salience && n.salience < *f.min_salience) return false;
  if (f.from && n.date.latest && *n.date.latest < *f.from) return false;
  if (f.to && n.date.earliest && *n.date.earliest > *f.to) return false;
  if ((f.from || f.to) && !n.date.known()) return false;
  if (!f.types.empty() && std::none_of(f.types.begin(), f.types.end(), [&](const std::string& t) {
        return lower(t) == lower(n.type);
      }))
    return false;
  auto any_in = [](const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
      return std::any_of(have.begin(), have.end(),
                         [&](const std::string& h) { return contains_ci(h, w); });
    });
  };
  if (!f.actors.empty()) {
    std::vector<std::string> who = n.actors;
    if (!n.speaker.empty()) who.push_back(n.speaker);
    if (!any_in(f.actors, who)) return false;
  }
  if (!f.places.empty() && !any_in(f.places, n.places)) return false;
  if (!f.text.empty()) {
    std::string hay = lower(n.label + " " + n.type + " " + n.speaker);
    for (const auto& a : n.actors) hay += " " + lower(a);
    for (const auto& p : n.places) hay += " " + lower(p);
    for (const auto& m : n.mentions) hay += " " + lower(m.text);
    std::istringstream words(lower(f.text));
    std::string w;
    while (words >> w)
      if (hay.find(w) == std::string::npos) return false;
  }
  return true;
}

std::vector<Vertex> select_events(const Timeline& t, const EventFilter& f) {
  const EventGraph& g = t.graph;
  std::vector<Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (matches(g[v], f)) out.push_back(v);
  if (f.top && out.size() > *f.top) {
    std::vector<Vertex> ranked = out;
    std::sort(ranked.begin(), ranked.end(),
              [&](Vertex a, Vertex b) { return more_salient(g[a], g[b]); });
    ranked.resize(*f.top);
    std::sort(ranked.begin(), ranked.end());
    out.swap(ranked);
  }
  return out;
}

bool more_salient(const EventNode& a, const EventNode& b) {
  return std::make_pair(-a.salience, std::string_view(a.id)) <
         std::make_pair(-b.salience, std::string_view(b.id));
}

Timeline apply_filter(const Timeline& t, const EventFilter& f) {
  return induced_timeline(t, select_events(t, f));
}

Timeline induced_timeline(const Timeline& t, const std::vector<Vertex>& vertices) {
  Timeline out;
  out.documents = t.documents;
  out.diagnostics = t.diagnostics;
  out.evidence_detail = t.evidence_detail;
  const EventGraph& g = t.graph;
  std::unordered_map<Vertex, Vertex> kept;
  for (const Vertex v : vertices) kept.emplace(v, boost::add_vertex(g[v], out.graph));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    auto a = kept.find(boost::source(e, g)), b = kept.find(boost::target(e, g));
    if (a != kept.end() && b != kept.end()) boost::add_edge(a->second, b->second, g[e], out.graph);
  }
  return out;
}

}  // namespace chronograph::graph
