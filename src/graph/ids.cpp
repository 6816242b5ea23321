// Content-derived event ids: a readable slug plus a hash of what the event is.
#include "chronograph/graph/ids.hpp"
#include "chronograph/base/text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <numeric>
#include <tuple>
#include <unordered_set>

namespace chronograph::graph {

namespace {

std::string lower(std::string_view s) { return base::lower_ascii(s); }

// ASCII letters and digits, everything else folds into single dashes ("Erdoğan" -> "erdo-an").
std::string slug(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c))
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-')
      out += '-';
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

std::string hex4(std::uint32_t h) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04x", h & 0xFFFFu);
  return buf;
}

// Sorted, case-folded and deduplicated, so that list order and spelling case do not matter.
std::vector<std::string> normalized(std::vector<std::string> xs) {
  for (auto& x : xs) x = lower(x);
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  return xs;
}

// The smallest (document, offset) among the mentions: independent of merge order, and of any
// other document unless that one mentions this very event.
std::tuple<std::string_view, std::size_t, std::string_view> anchor_mention(const EventNode& n) {
  std::tuple<std::string_view, std::size_t, std::string_view> best{"\x7f", 0, ""};
  for (const auto& m : n.mentions)
    best =
        std::min(best, std::make_tuple(std::string_view(m.doc), m.start, std::string_view(m.text)));
  return best;
}

}  // namespace

std::string make_event_id(const EventNode& n) {
  // Key actors are the ones the label names (and a claim's speaker): actors gathered from
  // further mentions must not move the id.
  const std::string label = lower(n.label);
  std::vector<std::string> key_actors;
  for (const auto& a : n.actors)
    if (!a.empty() && label.find(lower(a)) != std::string::npos) key_actors.push_back(a);
  std::string key =
      std::string(to_string(n.kind)) + "|" + lower(n.type) + "|" + slug(n.label) + "|";
  for (const auto& a : normalized(key_actors)) key += a + ",";
  key += "|";
  for (const auto& p : normalized(n.places)) key += p + ",";
  key += "|" + n.date.value + "|";
  key += n.date.earliest ? base::format_day(*n.date.earliest) : std::string("..");
  key += "/";
  key += n.date.latest ? base::format_day(*n.date.latest) : std::string("..");
  key += "|" + lower(n.speaker);

  std::string s = slug(n.type.empty() ? std::string(to_string(n.kind)) : n.type);
  if (!n.places.empty())
    s += "-" + slug(n.places.front());
  else if (!n.speaker.empty())
    s += "-" + slug(n.speaker);
  s += "-" + (n.date.known() && n.date.value.find('X') == std::string::npos
                  ? slug(n.date.value)
                  : std::string("undated"));
  return s + "-" + hex4(fnv1a(key));
}

void assign_ids(EventGraph& g) {
  // Each event holds its plain id while the look-alikes are sorted out; the set of ids taken
  // points into the events (their strings do not move), so no second copy is kept.
  const std::size_t n = boost::num_vertices(g);
  for (std::size_t v = 0; v < n; ++v) {
    g[v].id = make_event_id(g[v]);
    g[v].id.shrink_to_fit();
  }
  using Anchor = std::tuple<std::string_view, std::size_t, std::string_view>;
  std::vector<Anchor> anchors(n);
  for (std::size_t v = 0; v < n; ++v) anchors[v] = anchor_mention(g[v]);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(g[a].id, anchors[a]) < std::tie(g[b].id, anchors[b]);
  });
  // Look-alike events (same type, label, places and date): the one mentioned first keeps the
  // plain id, the others add a hash of their own first mention, not a counter, so that a
  // newcomer can rename at most one of them.
  std::unordered_set<std::string_view> taken;
  taken.reserve(n);
  for (std::size_t v : order) {
    std::string& id = g[v].id;
    if (taken.count(id)) {
      const auto& [doc, start, text] = anchors[v];
      const std::string plain = id;
      std::string salt = std::string(doc) + "@" + std::to_string(start) + "|" + std::string(text);
      id = plain + "-" + hex4(fnv1a(salt));
      for (int k = 2; taken.count(id); ++k)
        id = plain + "-" + hex4(fnv1a(salt + "#" + std::to_string(k)));
    }
    taken.insert(id);
  }
}

}  // namespace chronograph::graph
