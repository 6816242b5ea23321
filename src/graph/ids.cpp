// Content-derived event ids (first version).
#include "chronograph/graph/ids.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>

namespace chronograph::graph {

namespace {

std::string slug(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// FNV-1a: small, stable across platforms and runs (std::hash is not).
std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

}  // namespace

std::string make_event_id(const EventNode& n) {
  std::string key = std::string(to_string(n.kind)) + "|" + n.type + "|" + slug(n.label) + "|";
  std::vector<std::string> actors = n.actors, places = n.places;
  std::sort(actors.begin(), actors.end());
  std::sort(places.begin(), places.end());
  for (const auto& a : actors) key += a + ",";
  key += "|";
  for (const auto& p : places) key += p + ",";
  key += "|" + n.date.value + "|" + n.speaker;
  std::string s = slug(n.type.empty() ? std::string(to_string(n.kind)) : n.type);
  if (!n.places.empty()) s += "-" + slug(n.places.front());
  else if (!n.speaker.empty()) s += "-" + slug(n.speaker);
  s += "-" + (n.date.known() && n.date.value.find('X') == std::string::npos ? slug(n.date.value)
                                                                              : std::string("undated"));
  char hex[8];
  std::snprintf(hex, sizeof hex, "%04x", fnv1a(key) & 0xFFFFu);
  return s + "-" + hex;
}

void assign_ids(EventGraph& g) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::string> ids(n);
  for (std::size_t v = 0; v < n; ++v) ids[v] = make_event_id(g[v]);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto first_mention = [&](std::size_t v) {
    const auto& m = g[v].mentions;
    return m.empty() ? std::make_pair(std::string(), std::size_t{0})
                     : std::make_pair(m.front().doc, m.front().start);
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(ids[a], g[a].label) < std::tie(ids[b], g[b].label) ||
           (ids[a] == ids[b] && g[a].label == g[b].label && first_mention(a) < first_mention(b));
  });
  std::map<std::string, int> seen;
  for (std::size_t v : order) {
    const int k = ++seen[ids[v]];
    g[v].id = k == 1 ? ids[v] : ids[v] + "-" + std::to_string(k);
  }
}

}  // namespace chronograph::graph
