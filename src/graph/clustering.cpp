// Mention clustering: within-document coreference, then cross-document merging by evidence.
#include "chronograph/graph/clustering.hpp"
#include "chronograph/base/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "chronograph/base/parallel.hpp"
#include "cluster_summary.hpp"
#include "document_clusters.hpp"

namespace chronograph::graph {

std::optional<std::size_t> Clustering::cluster_of(std::size_t doc, std::size_t mention) const {
  if (doc >= cluster_index.size() || mention >= cluster_index[doc].size()) return std::nullopt;
  const long c = cluster_index[doc][mention];
  return c < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(c));
}

namespace detail {
namespace {

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  // The smaller index stays the root, so results do not depend on merge order details.
  void unite(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// 2b. A bare definite reference on one page ("Because of the evacuation, schools were
// closed") that its own page gives nothing to refer to is read as a reader of a running story
// reads it: the latest event of that type told on other pages about the same places, dated
// before the page. Two candidates on that latest day, or none, leave it alone.
void resolve_definite_references(const DocWorks& work, const std::vector<Summary>& cluster_sum,
                                 UnionFind& uf) {
  const std::size_t n = cluster_sum.size();
  // Each root's summary: its cluster's own when it is alone, else a merged copy.
  std::vector<std::unique_ptr<Summary>> merged(n);
  std::vector<const Summary*> root(n, nullptr);
  for (std::size_t c = 0; c < n; ++c) {
    if (cluster_sum[c].claim || cluster_sum[c].headline) continue;
    const std::size_t r = uf.find(c);
    if (!root[r]) {
      root[r] = &cluster_sum[c];
      continue;
    }
    if (!merged[r]) {
      merged[r] = std::make_unique<Summary>(*root[r]);
      root[r] = merged[r].get();
    }
    merged[r]->merge(cluster_sum[c]);
  }
  // The places each page tells of: the lexicon's and those of its events.
  std::vector<IdSet> page_places(work.size());
  for (const Summary& c : cluster_sum)
    for (std::size_t d : c.docs) {
      unite_into(page_places[d], c.places);
      unite_into(page_places[d], c.doc_places);
    }
  const auto same_places = [&](const Summary& a, const Summary& b) {
    for (std::size_t da : a.docs)
      for (std::size_t db : b.docs)
        if (!page_places[da].empty() && !disjoint(page_places[da], page_places[db])) return true;
    return false;
  };
  std::map<int, std::vector<std::size_t>> dated_by_type;  // roots told with a bounded date
  for (std::size_t r = 0; r < n; ++r)
    if (root[r] && !root[r]->referring && bounded(*root[r]))
      dated_by_type[root[r]->type].push_back(r);
  constexpr std::size_t kMaxCandidates = 200;  // bounds the work on huge corpora
  for (std::size_t r = 0; r < n; ++r) {
    if (!root[r] || !root[r]->referring || root[r]->docs.size() != 1 || root[r]->has_strong)
      continue;
    const auto it = dated_by_type.find(root[r]->type);
    if (it == dated_by_type.end() || it->second.size() > kMaxCandidates) continue;
    const auto page_day = work[root[r]->docs.front()]->reference_day();
    if (!page_day) continue;
    const auto limit = day_number(*page_day);
    std::optional<std::size_t> best;
    std::int32_t best_day = 0;
    bool tie = false;
    for (std::size_t c : it->second) {
      const Summary& s = *root[c];
      const Interval& iv = s.has_strong ? s.strong : s.weak;
      if (!iv.hi || *iv.hi > limit || !disjoint(s.docs, root[r]->docs) ||
          !same_places(*root[r], s) || !compatible(s, *root[r]) ||
          (!root[r]->places.empty() && disjoint(root[r]->places, s.places)))
        continue;
      if (best && *iv.hi == best_day) tie = tie || uf.find(c) != uf.find(*best);
      if (!best || *iv.hi > best_day) best = c, best_day = *iv.hi, tie = false;
    }
    if (best && !tie) uf.unite(*best, r);
  }
}

}  // namespace
}  // namespace detail

Clustering cluster_mentions(const DocWorks& work, unsigned threads) {
  using namespace detail;
  Clustering out;
  out.cluster_index.resize(work.size());
  std::vector<std::vector<MentionRef>> clusters;
  // Each within-document cluster's summary, made once its document is done: anchors still
  // name the clusters they were made with and are mapped to current roots per round. A
  // document's places are added once per cluster (they only matter across documents).
  std::vector<Summary> cluster_sum;

  // 1. Within each document, a batch of documents at a time on the threads asked for; then,
  //    in document order, their clusters are numbered after those before them and their
  //    strings interned for the corpus, in the order a single pass would have met them.
  base::StringMap<int> interned;
  auto intern = [&interned](std::string_view str) {
    if (auto it = interned.find(str); it != interned.end()) return it->second;
    const int id = static_cast<int>(interned.size());
    interned.emplace(std::string(str), id);
    return id;
  };
  std::vector<int> to_global;
  auto renumber = [&to_global](IdSet& set) {
    if (set.empty()) return;
    for (int& id : set) id = to_global[static_cast<std::size_t>(id)];
    std::sort(set.begin(), set.end());
  };
  auto absorb = [&](std::size_t d, detail::DocumentClusters& doc) {
    to_global.resize(doc.strings.size());
    for (std::size_t k = 0; k < doc.strings.size(); ++k) to_global[k] = intern(doc.strings[k]);
    const std::size_t offset = clusters.size();
    out.cluster_index[d] = std::move(doc.cluster_index);
    for (long& c : out.cluster_index[d])
      if (c >= 0) c += static_cast<long>(offset);
    for (auto& m : doc.members) clusters.push_back(std::move(m));
    for (Summary& s : doc.summaries) {
      if (s.type >= 0) s.type = to_global[static_cast<std::size_t>(s.type)];
      for (IdSet* set : {&s.names, &s.places, &s.actors, &s.doc_places, &s.words}) renumber(*set);
      for (auto& a : s.anchors) a.first += offset;  // the order stays sorted
      cluster_sum.push_back(std::move(s));
    }
  };
  {
    const unsigned workers = base::workers_for(work.size(), threads);
    std::vector<detail::DocumentScratch> scratch(workers);
    const std::size_t batch = workers > 1 ? 512 : 1;
    std::vector<detail::DocumentClusters> done(batch);
    for (std::size_t first = 0; first < work.size(); first += batch) {
      const std::size_t count = std::min(batch, work.size() - first);
      base::parallel_for(count, workers, 8, [&](std::size_t from, std::size_t to, unsigned t) {
        for (std::size_t i = from; i < to; ++i)
          done[i] = detail::cluster_document(work, first + i, scratch[t]);
      });
      for (std::size_t i = 0; i < count; ++i) {
        absorb(first + i, done[i]);
        done[i] = detail::DocumentClusters{};
      }
    }
  }

  // 2. Across documents: rounds of scoring candidate pairs within blocks of a shared key.
  const std::size_t n = clusters.size();
  if (n > UINT32_MAX) throw std::length_error("clustering: more than 4 billion clusters");
  UnionFind uf(n);
  // A headline repeated word for word under the same day on several pages (a site's dated
  // sidebar on each of its pages, a syndicated title) reports one event. Headlines take part
  // in no other merge across documents; within one page, its own decisions stand.
  {
    std::map<std::tuple<int, long, std::string_view>, std::size_t> first_of;
    for (std::size_t c = 0; c < n; ++c) {
      const Summary& s = cluster_sum[c];
      if (!s.headline || s.claim || !s.has_strong || !s.strong.exact()) continue;
      const MentionRef r = clusters[c].front();
      const MentionFacts& m = work[r.doc]->mentions[r.index];
      const std::string_view text = work[r.doc]->kept.view(m.sentence_start, m.sentence_end);
      const auto [it, fresh] = first_of.emplace(std::make_tuple(s.type, *s.strong.lo, text), c);
      if (!fresh && clusters[it->second].front().doc != r.doc) uf.unite(it->second, c);
    }
  }
  // A sentence repeated word for word in several documents (a wire story reprinted, a page
  // saved twice) tells one event of each type it names, when their dates agree: merged here,
  // the copies stop multiplying the candidate pairs below.
  {
    std::unordered_map<std::uint64_t, std::size_t> first_of;
    for (std::size_t c = 0; c < n; ++c) {
      const Summary& s = cluster_sum[c];
      if (s.claim || s.headline) continue;
      const MentionRef r = clusters[c].front();
      const MentionFacts& m = work[r.doc]->mentions[r.index];
      const std::string_view text = work[r.doc]->kept.view(m.sentence_start, m.sentence_end);
      const std::uint64_t key = std::hash<std::string_view>{}(text)*0x9E3779B97F4A7C15ull ^
                                static_cast<std::uint64_t>(s.type);
      const auto [it, fresh] = first_of.emplace(key, c);
      if (fresh) continue;
      const std::size_t ra = uf.find(it->second), rb = uf.find(c);
      const MentionRef q = clusters[it->second].front();
      const MentionFacts& qm = work[q.doc]->mentions[q.index];
      if (ra != rb && q.doc != r.doc && cluster_sum[it->second].type == s.type &&
          work[q.doc]->kept.view(qm.sentence_start, qm.sentence_end) == text &&
          compatible(cluster_sum[ra], cluster_sum[rb]))
        uf.unite(ra, rb);
    }
  }
  for (int round = 0; round < 3; ++round) {
    // Each root's summary, its anchors naming current roots. A root that is one unanchored
    // within-document cluster reads its cluster summary; only the others get a copy.
    std::vector<std::size_t> members(n, 0);
    for (std::size_t c = 0; c < n; ++c) ++members[uf.find(c)];
    std::vector<std::unique_ptr<Summary>> own(n);
    auto root_sum = [&](std::size_t r) -> Summary& { return own[r] ? *own[r] : cluster_sum[r]; };
    auto is_root = [&](std::size_t c) { return members[c] > 0; };
    for (std::size_t c = 0; c < n; ++c) {
      const std::size_t r = uf.find(c);
      if (members[r] == 1 && cluster_sum[r].anchors.empty()) continue;
      // Repeated headlines merged above share their day and merge with nothing else: the
      // root's own summary stands for them all (merging thousands one by one is quadratic).
      if (cluster_sum[r].headline || cluster_sum[r].claim) continue;
      if (!own[r])
        own[r] = std::make_unique<Summary>(cluster_sum[c]);
      else
        own[r]->merge(cluster_sum[c]);
    }
    for (std::size_t c = 0; c < n; ++c) {
      if (!own[c] || own[c]->anchors.empty()) continue;
      auto& anchors = own[c]->anchors;
      for (auto& a : anchors) a.first = uf.find(a.first);
      std::sort(anchors.begin(), anchors.end());
      anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
    }
    // Anchored dates: the anchor event's date + offset, and the anchor's the other way round
    // ("voted on Wednesday, two days after X" dates X), as weak evidence. Every interval is
    // read before any is added, so the result does not depend on the order of clusters.
    std::vector<std::pair<std::size_t, Interval>> anchored_dates;
    auto shifted = [](Interval iv, long off) {
      if (iv.lo) *iv.lo = static_cast<std::int32_t>(*iv.lo + off);
      if (iv.hi) *iv.hi = static_cast<std::int32_t>(*iv.hi + off);
      return iv;
    };
    for (std::size_t c = 0; c < n; ++c) {
      if (!own[c]) continue;
      for (const auto& [anchor, off] : own[c]->anchors) {
        const std::size_t ra = uf.find(anchor);
        const Summary& a = root_sum(ra);
        anchored_dates.emplace_back(c, shifted(a.has_strong ? a.strong : a.weak, off));
        const Interval& mine = own[c]->has_strong ? own[c]->strong : own[c]->weak;
        if ((own[c]->has_strong || own[c]->has_weak) && mine.exact() && ra != c)
          anchored_dates.emplace_back(ra, shifted(mine, -off));
      }
    }
    for (const auto& [c, iv] : anchored_dates) {
      if (!own[c]) own[c] = std::make_unique<Summary>(cluster_sum[c]);
      own[c]->add_weak(iv);
    }
    // Blocks: clusters of one type sharing a key (ordinal, name, place, anchor, page place),
    // as one sorted list of (key, cluster) entries rather than a map of small vectors.
    struct BlockEntry {
      std::tuple<int, int, long, long> key;
      std::size_t cluster;
      bool operator<(const BlockEntry& o) const {
        return std::tie(key, cluster) < std::tie(o.key, o.cluster);
      }
      bool operator==(const BlockEntry& o) const { return key == o.key && cluster == o.cluster; }
    };
    // A content word shared by many clusters tells nothing (like a low IDF): its block is
    // left out. Counting first keeps those entries, most of a big corpus's, from being made.
    constexpr std::uint32_t kMaxWordBlock = 24;
    auto word_key = [](int type, int word_id) {
      return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(type)) << 32) |
             static_cast<std::uint32_t>(word_id);
    };
    std::unordered_map<std::uint64_t, std::uint32_t> word_roots;
    for (std::size_t c = 0; c < n; ++c) {
      if (!is_root(c) || root_sum(c).claim || root_sum(c).headline) continue;
      for (int wd : root_sum(c).words) ++word_roots[word_key(root_sum(c).type, wd)];
    }
    std::vector<BlockEntry> blocks;
    for (std::size_t c = 0; c < n; ++c) {
      if (!is_root(c) || root_sum(c).claim || root_sum(c).headline) continue;
      const Summary& s = root_sum(c);
      for (int o : s.ordinals) blocks.push_back({{s.type, 0, o, 0}, c});
      for (int nm : s.names) blocks.push_back({{s.type, 1, nm, 0}, c});
      for (int p : s.places) blocks.push_back({{s.type, 2, p, 0}, c});
      for (const auto& [a, off] : s.anchors)
        blocks.push_back({{s.type, 3, static_cast<long>(a), off}, c});
      for (int wd : s.words)
        if (word_roots[word_key(s.type, wd)] <= kMaxWordBlock)
          blocks.push_back({{s.type, 5, wd, 0}, c});
      // Same day (or neighbouring days, for weak dates): candidates even without a shared name.
      const Interval& iv = s.has_strong ? s.strong : s.weak;
      if (iv.lo && iv.hi && *iv.lo == *iv.hi)
        for (long day = *iv.lo - 1; day <= *iv.lo + 1; ++day)
          blocks.push_back({{s.type, 4, 0, day}, c});
    }
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    struct Pair {
      std::int32_t score;
      std::uint32_t a, b;  // clusters (checked to fit before the rounds)
    };
    std::vector<Pair> pairs;
    auto by_rank = [](const Pair& x, const Pair& y) {
      return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
    };
    auto same_pair = [](const Pair& x, const Pair& y) { return x.a == y.a && x.b == y.b; };
    // A pair that shares several keys is found in several blocks: duplicates are dropped
    // whenever the list doubles, which keeps it near the number of distinct pairs.
    std::size_t compact_at = std::size_t{1} << 16;
    auto compact = [&] {
      std::sort(pairs.begin(), pairs.end(), by_rank);
      pairs.erase(std::unique(pairs.begin(), pairs.end(), same_pair), pairs.end());
      compact_at = std::max(compact_at, 2 * pairs.size());
    };
    constexpr std::size_t kMaxBlock = 200;  // bounds the pairwise work on huge corpora
    for (std::size_t from = 0; from < blocks.size();) {
      std::size_t to = from + 1;
      while (to < blocks.size() && blocks[to].key == blocks[from].key) ++to;
      const std::size_t size = to - from;
      const std::size_t first = from;
      from = to;
      const std::size_t m = std::min(size, kMaxBlock);
      for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = i + 1; j < m; ++j) {
          const std::size_t ca = blocks[first + i].cluster, cb = blocks[first + j].cluster;
          const Summary& a = root_sum(ca);
          const Summary& b = root_sum(cb);
          if (!disjoint(a.docs, b.docs)) continue;  // within-document decisions stand
          if (!compatible(a, b)) continue;
          const int sc = score(a, b);
          if (sc < 2) continue;
          pairs.push_back({sc, static_cast<std::uint32_t>(ca), static_cast<std::uint32_t>(cb)});
          if (pairs.size() >= compact_at) compact();
        }
    }
    std::vector<BlockEntry>().swap(blocks);
    decltype(word_roots)().swap(word_roots);
    compact();
    bool changed = false;
    for (const Pair& p : pairs) {
      const std::size_t ra = uf.find(p.a), rb = uf.find(p.b);
      if (ra == rb) continue;
      if (!compatible(root_sum(ra), root_sum(rb)) ||
          !disjoint(root_sum(ra).docs, root_sum(rb).docs))
        continue;
      // ra's own summary, when it has one, is dropped below: merged into in place.
      auto merged = own[ra] ? std::move(own[ra]) : std::make_unique<Summary>(root_sum(ra));
      merged->merge(root_sum(rb));
      uf.unite(ra, rb);
      own[ra].reset();
      own[rb].reset();
      own[uf.find(ra)] = std::move(merged);
      changed = true;
    }
    if (!changed) break;
  }

  resolve_definite_references(work, cluster_sum, uf);

  // 3. Final clusters in order of their first mention; remap indices.
  std::vector<long> final_index(n, -1);
  for (std::size_t c = 0; c < n; ++c) {
    const std::size_t r = uf.find(c);
    if (final_index[r] < 0) {
      final_index[r] = static_cast<long>(out.members.size());
      out.members.emplace_back();
    }
    auto& dst = out.members[static_cast<std::size_t>(final_index[r])];
    dst.insert(dst.end(), clusters[c].begin(), clusters[c].end());
  }
  for (auto& m : out.members)
    std::sort(m.begin(), m.end(), [](const MentionRef& a, const MentionRef& b) {
      return std::tie(a.doc, a.index) < std::tie(b.doc, b.index);
    });
  for (auto& per_doc : out.cluster_index)
    for (auto& c : per_doc)
      if (c >= 0) c = final_index[uf.find(static_cast<std::size_t>(c))];

  // 4. Links between clusters.
  out.links = cluster_links(work, out);
  return out;
}

}  // namespace chronograph::graph
