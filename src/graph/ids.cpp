// Content-derived event ids: a readable slug plus a hash of what the event is.
#include "chronograph/graph/ids.hpp"
#include "chronograph/base/parallel.hpp"
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
  for (auto& x : xs) x = base::lower_ascii(x);
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  return xs;
}

using Anchor = std::tuple<std::string_view, std::size_t, std::string_view>;

// The smallest (document, offset) among the mentions: independent of merge order, and of any
// other document unless that one mentions this very event.
Anchor anchor_mention(const EventNode& n) {
  Anchor best{"\x7f", 0, ""};
  for (const auto& m : n.mentions)
    best =
        std::min(best, std::make_tuple(std::string_view(m.doc), m.start, std::string_view(m.text)));
  return best;
}

}  // namespace

namespace {

// The hash of what an event is: kind, type, label, key actors, places, date and speaker.
std::string content_hash(const EventNode& n) {
  // Key actors are the ones the label names (and a claim's speaker): actors gathered from
  // further mentions must not move the id.
  const std::string label = base::lower_ascii(n.label);
  std::vector<std::string> key_actors;
  for (const auto& a : n.actors)
    if (!a.empty() && label.find(base::lower_ascii(a)) != std::string::npos)
      key_actors.push_back(a);
  std::string key =
      std::string(to_string(n.kind)) + "|" + base::lower_ascii(n.type) + "|" + slug(n.label) + "|";
  for (const auto& a : normalized(key_actors)) key += a + ",";
  key += "|";
  for (const auto& p : normalized(n.places)) key += p + ",";
  key += "|" + n.date.value + "|";
  key += n.date.earliest ? base::format_day(*n.date.earliest) : std::string("..");
  key += "/";
  key += n.date.latest ? base::format_day(*n.date.latest) : std::string("..");
  key += "|" + base::lower_ascii(n.speaker);
  return hex4(fnv1a(key));
}

// The readable part: type, then the first place or the speaker.
std::string name_slug(const EventNode& n) {
  std::string s = slug(n.type.empty() ? std::string(to_string(n.kind)) : n.type);
  if (!n.places.empty())
    s += "-" + slug(n.places.front());
  else if (!n.speaker.empty())
    s += "-" + slug(n.speaker);
  return s;
}

// Gives each look-alike (equal plain ids) after the first, by earliest mention, a suffix hashed
// from its own first mention, not a counter, so that a newcomer can rename at most one of them.
void tell_apart(std::vector<std::string>& ids, const std::vector<Anchor>& anchors) {
  std::vector<std::size_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::tie(ids[a], anchors[a]) < std::tie(ids[b], anchors[b]);
  });
  // The set of ids taken points into `ids`, whose strings do not move.
  std::unordered_set<std::string_view> taken;
  taken.reserve(ids.size());
  for (std::size_t v : order) {
    std::string& id = ids[v];
    if (taken.count(id)) {
      const auto& [doc, start, text] = anchors[v];
      const std::string plain = id;
      std::string salt = std::string(doc) + "@" + std::to_string(start) + "|" + std::string(text);
      id = plain + "-" + hex4(fnv1a(salt));
      for (int k = 2; taken.count(id); ++k)
        id = plain + "-" + hex4(fnv1a(salt + "#" + std::to_string(k)));
    }
    id.shrink_to_fit();
    taken.insert(id);
  }
}

}  // namespace

std::string make_event_id(const EventNode& n) { return name_slug(n) + "-" + content_hash(n); }

std::string make_former_event_id(const EventNode& n) {
  const bool dated = n.date.known() && n.date.value.find('X') == std::string::npos;
  return name_slug(n) + "-" + (dated ? slug(n.date.value) : std::string("undated")) + "-" +
         content_hash(n);
}

void assign_ids(EventGraph& g, unsigned threads) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<Anchor> anchors(n);
  std::vector<std::string> ids(n), former(n);
  base::parallel_for(n, threads, 1024, [&](std::size_t from, std::size_t to, unsigned) {
    for (std::size_t v = from; v < to; ++v) {
      anchors[v] = anchor_mention(g[v]);
      ids[v] = make_event_id(g[v]);
      former[v] = make_former_event_id(g[v]);
    }
  });
  // The two lists are told apart independently.
  base::parallel_for(2, threads, 1, [&](std::size_t which, std::size_t, unsigned) {
    tell_apart(which == 0 ? ids : former, anchors);
  });
  for (std::size_t v = 0; v < n; ++v) {
    g[v].id = std::move(ids[v]);
    g[v].former_ids.assign(1, std::move(former[v]));
  }
}

}  // namespace chronograph::graph
