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

#include "chronograph/events/tokenizer.hpp"

namespace chronograph::graph {

using events::EventKind;

std::optional<std::size_t> Clustering::cluster_of(std::size_t doc, std::size_t mention) const {
  if (doc >= cluster_index.size() || mention >= cluster_index[doc].size()) return std::nullopt;
  const long c = cluster_index[doc][mention];
  return c < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(c));
}

namespace {

// Days since 1970 fit 32 bits; a summary per within-document cluster holds two of these.
struct Interval {
  std::optional<std::int32_t> lo, hi;
  bool known() const { return lo || hi; }
  bool exact() const { return lo && hi && *lo == *hi; }
  void intersect(const Interval& o) {
    if (o.lo) lo = lo ? std::max(*lo, *o.lo) : *o.lo;
    if (o.hi) hi = hi ? std::min(*hi, *o.hi) : *o.hi;
  }
};

bool overlaps(const Interval& a, const Interval& b, long tolerance) {
  if (a.lo && b.hi && *a.lo > *b.hi + tolerance) return false;
  if (b.lo && a.hi && *b.lo > *a.hi + tolerance) return false;
  return true;
}

std::int32_t day_number(date::sys_days d) { return d.time_since_epoch().count(); }

bool stopword(std::string_view w) {
  static constexpr std::array<std::string_view, 48> kStop = {
      "about",   "above",  "after",   "again", "against", "already", "always",    "among",
      "because", "before", "being",   "below", "between", "could",   "during",    "every",
      "first",   "given",  "however", "large", "might",   "never",   "other",     "others",
      "their",   "there",  "these",   "thing", "things",  "those",   "three",     "through",
      "today",   "under",  "until",   "where", "which",   "while",   "whose",     "within",
      "without", "would",  "should",  "still", "since",   "second",  "yesterday", "really"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

Interval of_dates(const DateFacts& t) {
  Interval i;
  if (t.earliest) i.lo = day_number(*t.earliest);
  if (t.latest) i.hi = day_number(*t.latest);
  return i;
}

// Small sorted sets of interned ids: cheap to merge and compare (strings are interned once).
using IdSet = std::vector<int>;

void add_id(IdSet& set, int id) {
  auto it = std::lower_bound(set.begin(), set.end(), id);
  if (it == set.end() || *it != id) set.insert(it, id);
}

template <typename T>
void unite_into(std::vector<T>& into, const std::vector<T>& from) {
  if (from.empty()) return;
  // A few elements into a large set (a mention joining a big cluster) go in place: they are
  // mostly there already, or belong at the end (documents come in order). Copying the whole
  // set per mention made a cluster of 100k pages quadratic.
  if (from.size() * 16 < into.size()) {
    for (const T& x : from) {
      if (into.back() < x) {
        into.push_back(x);
        continue;
      }
      const auto at = std::lower_bound(into.begin(), into.end(), x);
      if (x < *at) into.insert(at, x);
    }
    return;
  }
  std::vector<T> out;
  out.reserve(into.size() + from.size());
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(out));
  into.swap(out);
}

template <typename T>
std::size_t shared(const std::vector<T>& a, const std::vector<T>& b) {
  std::size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else
      ++n, ++i, ++j;
  }
  return n;
}

template <typename T>
bool disjoint(const std::vector<T>& a, const std::vector<T>& b) {
  return shared(a, b) == 0;
}

struct Summary {
  int type = -1;
  bool claim = false;
  bool headline = false;
  bool historical = false;
  bool referring = false;  // every mention a bare definite one: "Because of the evacuation"
                           // (undated, unnamed, no actors; places allowed)
  bool has_strong = false, has_weak = false;
  IdSet ordinals, names, places, actors, doc_places, words;
  Interval strong, weak;
  std::vector<std::size_t> docs;
  std::vector<std::pair<std::size_t, long>> anchors;  // (anchor cluster, day offset), sorted
  std::size_t size = 0;

  void add_strong(const Interval& i) {
    if (!i.known()) return;
    if (has_strong)
      strong.intersect(i);
    else
      strong = i;
    has_strong = true;
  }
  void add_weak(const Interval& i) {
    if (!i.known()) return;
    if (has_weak)
      weak.intersect(i);
    else
      weak = i;
    has_weak = true;
  }
  // Claims and headlines merge with nothing across pages (but repeated headlines, by their
  // words and day): only their dates are read again, as anchors' dates. The sets go.
  void keep_dates_only() {
    for (IdSet* set : {&ordinals, &names, &places, &actors, &doc_places, &words})
      IdSet().swap(*set);
    decltype(anchors)().swap(anchors);
  }
  void merge(const Summary& o) {
    referring = referring && o.referring;
    headline = headline || o.headline;
    historical = historical || o.historical;
    unite_into(ordinals, o.ordinals);
    unite_into(names, o.names);
    if (o.has_strong) add_strong(o.strong);
    if (o.has_weak) add_weak(o.weak);
    unite_into(places, o.places);
    unite_into(actors, o.actors);
    unite_into(doc_places, o.doc_places);
    unite_into(docs, o.docs);
    unite_into(anchors, o.anchors);
    unite_into(words, o.words);
    size += o.size;
  }
};

bool compatible(const Summary& a, const Summary& b) {
  if (a.claim || b.claim || a.headline || b.headline || a.type != b.type) return false;
  if (!a.ordinals.empty() && !b.ordinals.empty() && disjoint(a.ordinals, b.ordinals)) return false;
  if (!a.names.empty() && !b.names.empty() && disjoint(a.names, b.names)) return false;
  if (a.has_strong && b.has_strong && !overlaps(a.strong, b.strong, 0)) return false;
  if (a.has_strong && b.has_weak && !overlaps(a.strong, b.weak, 1)) return false;
  if (a.has_weak && b.has_strong && !overlaps(a.weak, b.strong, 1)) return false;
  if (a.has_weak && b.has_weak && !overlaps(a.weak, b.weak, 1)) return false;
  // A dated reference to the past ("the 2022 Istanbul talks") only takes mentions of that date.
  if ((a.historical && !b.has_strong) || (b.historical && !a.has_strong)) return false;
  return true;
}

bool bounded(const Summary& s) {
  return (s.has_strong && s.strong.lo && s.strong.hi) || (s.has_weak && s.weak.lo && s.weak.hi);
}

// Evidence that two clusters are one event. Cross-document merges need at least one specific
// signal (ordinal, name, anchor event, day, place, shared actors); a shared document context
// or both being dated only add to it.
int score(const Summary& a, const Summary& b) {
  int s = 0;
  if (!a.ordinals.empty() && !disjoint(a.ordinals, b.ordinals)) s += 3;
  if (!a.names.empty() && !disjoint(a.names, b.names)) s += 3;
  if (!a.anchors.empty() && !disjoint(a.anchors, b.anchors)) s += 3;
  if (a.has_strong && b.has_strong && a.strong.exact() && b.strong.exact() &&
      *a.strong.lo == *b.strong.lo)
    s += 2;
  // The same day told less firmly ("on Tuesday", "two days after X"): a weaker sign.
  const Interval& da = a.has_strong ? a.strong : a.weak;
  const Interval& db = b.has_strong ? b.strong : b.weak;
  if (!(a.has_strong && b.has_strong) && (a.has_strong || a.has_weak) &&
      (b.has_strong || b.has_weak) && da.exact() && db.exact() && *da.lo == *db.lo)
    s += 1;
  const bool same_place = !a.places.empty() && !disjoint(a.places, b.places);
  if (same_place) s += 1;
  // Two shared actors, or one shared actor at a shared place ("the storm ... in Camarines Sur").
  if (shared(a.actors, b.actors) >= (same_place ? 1u : 2u)) s += 1;
  // The same particulars described in both ("strategic", "aircraft", "triad").
  const std::size_t words = shared(a.words, b.words);
  if (words >= 3 || (words >= 2 && !disjoint(a.actors, b.actors))) s += 1;
  const bool same_doc = !disjoint(a.docs, b.docs);
  if (s == 0 && !same_doc) return 0;
  if (bounded(a) && bounded(b)) s += 1;
  if (same_doc)
    s += 1;
  else if (!a.doc_places.empty() && !disjoint(a.doc_places, b.doc_places))
    s += 1;
  return s;
}

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
  std::vector<std::unique_ptr<Summary>> root(n);
  for (std::size_t c = 0; c < n; ++c) {
    if (cluster_sum[c].claim || cluster_sum[c].headline) continue;
    const std::size_t r = uf.find(c);
    if (!root[r])
      root[r] = std::make_unique<Summary>(cluster_sum[c]);
    else
      root[r]->merge(cluster_sum[c]);
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

Clustering cluster_mentions(const DocWorks& work) {
  Clustering out;
  out.cluster_index.resize(work.size());
  std::vector<std::vector<MentionRef>> clusters;
  // Each within-document cluster's summary, made once its document is done: anchors still
  // name the clusters they were made with and are mapped to current roots per round. A
  // document's places are added once per cluster (they only matter across documents).
  std::vector<Summary> cluster_sum;

  // Strings (types, names, actors, places, words) become small integers once.
  base::StringMap<int> interned;
  auto intern = [&interned](std::string_view str) {
    if (auto it = interned.find(str); it != interned.end()) return it->second;
    const int id = static_cast<int>(interned.size());
    interned.emplace(std::string(str), id);
    return id;
  };
  // Facts of each mention of the current document that do not change while clustering.
  // Content words are the lower-case words of five letters or more of its sentence that are
  // neither function words, names (capitalized) nor the trigger itself.
  std::vector<Summary> base;
  std::vector<int> global;  // the current document's string ids, interned
  std::vector<events::Token> toks;
  struct SentenceWord {
    std::size_t start, end;
    int id;
  };
  std::vector<SentenceWord> sentence_words;
  std::string word;
  auto summarize_mentions = [&](std::size_t d) {
    const DocWork& w = *work[d];
    const auto& mentions = w.mentions;
    global.assign(w.string_count(), -1);
    auto id_of = [&](StrId s) {
      if (global[s] < 0) global[s] = intern(w.str(s));
      return global[s];
    };
    const auto ref = w.reference_day();
    base.assign(mentions.size(), Summary{});
    std::size_t toks_of = static_cast<std::size_t>(-1);
    toks.clear();
    for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
      const MentionFacts& m = mentions[mi];
      Summary& s = base[mi];
      s.type = id_of(m.type);
      s.claim = m.kind == EventKind::claim;
      s.headline = m.headline;
      if (m.ordinal) add_id(s.ordinals, m.ordinal);
      if (m.name) add_id(s.names, intern(events::lower_ascii(w.str(m.name))));
      for (StrId p : w.list(m.places)) add_id(s.places, id_of(p));
      for (StrId a : w.list(m.actors)) add_id(s.actors, id_of(a));
      s.size = 1;
      s.referring = m.kind == EventKind::event && m.definite && !m.timex && !m.anchor_timex &&
                    !m.headline && !m.ordinal && !m.name && m.actors.count == 0;
      if (m.timex) {
        const DateFacts& t = w.dates[*m.timex];
        // "June 2" states its day (only the year comes from the page date): strong evidence.
        const bool stated = t.reference == temporal::Reference::absolute ||
                            t.reference == temporal::Reference::heading ||
                            (t.reference == temporal::Reference::dct && !t.dct_shift);
        if (stated) {
          const Interval iv = of_dates(t);
          s.add_strong(iv);
          if (ref && iv.hi && *iv.hi < day_number(*ref) - 60) s.historical = true;
        } else if (t.reference == temporal::Reference::dct) {
          s.add_weak(of_dates(t));
        }
      } else if (m.tense < 0 && ref && !m.headline) {
        s.add_weak(Interval{std::nullopt, day_number(*ref)});
      }
      if (m.kind != EventKind::event || m.headline) continue;
      // Mentions of one sentence share its content words: find and intern them once.
      if (toks_of != m.sentence_start || toks.empty()) {
        // The document's text is gone; the sentence is in the part it kept.
        const auto [region, at] = w.kept.region(m.sentence_start, m.sentence_end);
        toks.clear();
        events::tokenize(region, m.sentence_start - at, m.sentence_end - at, toks);
        toks_of = m.sentence_start;
        sentence_words.clear();
        for (const auto& t : toks) {
          if (!t.word || t.upper || t.digit || t.end - t.start < 5) continue;
          base::lower_ascii_into(region.substr(t.start, t.end - t.start), word);
          if (!stopword(word)) sentence_words.push_back({t.start + at, t.end + at, intern(word)});
        }
      }
      for (const auto& sw : sentence_words)
        if (sw.start < m.start || sw.end > m.end) add_id(s.words, sw.id);
    }
  };
  // A mention's summary: its fixed facts plus the cluster its date is anchored to, if any
  // (the within-document cluster; rounds map anchors to current roots). Only mentions of the
  // document being clustered have their facts in `base`.
  auto mention_summary = [&](const MentionRef& r) {
    const DocWork& w = *work[r.doc];
    const MentionFacts& m = w.mentions[r.index];
    Summary s = base[r.index];
    s.docs = {r.doc};
    if (m.anchor_timex && m.anchor_mention) {
      const auto& off = w.dates[*m.anchor_timex].anchor_offset;
      const long a = out.cluster_index[r.doc][*m.anchor_mention];
      if (a >= 0 && off && off->unit == temporal::Unit::day)
        s.anchors.push_back({static_cast<std::size_t>(a), off->amount});
    }
    return s;
  };

  // 1. Within each document.
  for (std::size_t d = 0; d < work.size(); ++d) {
    const DocWork& w = *work[d];
    const auto& mentions = w.mentions;
    summarize_mentions(d);
    const std::size_t first_cluster = clusters.size();
    out.cluster_index[d].assign(mentions.size(), -1);
    // An end of a cause or reaction link happened, generic wording or not ("heavy rain caused
    // flooding"): it joins an event of its type or founds one, as a named mention does.
    std::vector<char> linked(mentions.size(), 0);
    for (const auto& l : w.links)
      if (l.type != LinkType::claim_about) linked[l.from] = linked[l.to] = 1;
    struct Local {
      std::size_t cluster;
      Summary summary;
      std::size_t last_sentence;
      std::vector<std::size_t> sentences;
    };
    std::vector<Local> local;
    // Local clusters by type, in creation order: a long document has thousands of clusters
    // and a mention only ever looks at those of its type.
    std::unordered_map<int, std::vector<std::size_t>> of_type;
    auto same_type = [&](int type) -> const std::vector<std::size_t>& { return of_type[type]; };
    std::map<int, std::size_t> claim_groups;
    auto join = [&](Local& l, std::size_t mi, const Summary& s, std::size_t sent) {
      clusters[l.cluster].push_back({d, mi});
      l.summary.merge(s);
      l.last_sentence = std::max(l.last_sentence, sent);
      l.sentences.push_back(sent);
      out.cluster_index[d][mi] = static_cast<long>(l.cluster);
    };
    auto create = [&](std::size_t mi, const Summary& s, std::size_t sent) {
      clusters.push_back({{d, mi}});
      local.push_back({clusters.size() - 1, s, sent, {sent}});
      of_type[s.type].push_back(local.size() - 1);
      out.cluster_index[d][mi] = static_cast<long>(clusters.size() - 1);
    };
    // The cluster of this type mentioned in the last two sentences (not later ones: pending
    // mentions are placed after every featured one has made its cluster).
    auto recent = [&](const Summary& s, std::size_t sent) -> Local* {
      Local* best = nullptr;
      std::size_t best_at = 0;
      for (std::size_t li : same_type(s.type)) {
        Local& l = local[li];
        if (l.summary.headline || l.summary.claim) continue;
        std::size_t at = 0;
        bool near = false;
        for (std::size_t x : l.sentences)
          if (x <= sent && x + 2 >= sent) near = true, at = std::max(at, x);
        if (near && compatible(l.summary, s) && (!best || at >= best_at)) best = &l, best_at = at;
      }
      return best;
    };
    // The document's main event of a type: the compatible cluster with most mentions.
    auto salient = [&](const Summary& s) -> Local* {
      Local* best = nullptr;
      for (std::size_t li : same_type(s.type)) {
        Local& l = local[li];
        if (!l.summary.headline && !l.summary.claim && compatible(l.summary, s) &&
            (!best || l.summary.size > best->summary.size))
          best = &l;
      }
      return best;
    };
    // A mention with its own particulars: the recent cluster if it says "the ...", else the
    // best-supported compatible cluster, else the main one if definite, else a new cluster.
    auto place_featured = [&](std::size_t mi) {
      const MentionFacts& m = mentions[mi];
      const Summary s = mention_summary({d, mi});
      const std::size_t sent = m.sentence;
      Local* target = m.definite ? recent(s, sent) : nullptr;
      if (!target) {
        int best = 1;
        for (std::size_t li : same_type(s.type)) {
          Local& l = local[li];
          if (!compatible(l.summary, s)) continue;
          const int sc = score(l.summary, s);
          if (sc > best || (sc == best && target && l.last_sentence > target->last_sentence)) {
            best = sc;
            target = &l;
          }
        }
      }
      if (!target && m.definite) target = salient(s);
      if (target)
        join(*target, mi, s, sent);
      else
        create(mi, s, sent);
    };
    // Pass 1: claims, headlines, and mentions with their own date, number or place; mentions
    // dated from another event wait until that event has its cluster (pass 3).
    std::vector<std::size_t> pending, anchored;
    // What an anchored mention counts from is an event of its own, whatever else it has.
    std::vector<bool> is_anchor(mentions.size(), false);
    for (const MentionFacts& m : mentions)
      if (m.anchor_timex && m.anchor_mention) is_anchor[*m.anchor_mention] = true;
    for (std::size_t mi = 0; mi < mentions.size(); ++mi) {
      const MentionFacts& m = mentions[mi];
      if (m.kind == EventKind::claim) {
        const Summary s = mention_summary({d, mi});
        const std::size_t sent = m.sentence;
        auto it = claim_groups.find(m.claim_group);
        if (it != claim_groups.end()) {
          join(local[it->second], mi, s, sent);
        } else {
          claim_groups.emplace(m.claim_group, local.size());
          create(mi, s, sent);
        }
        continue;
      }
      if (m.headline) {
        create(mi, mention_summary({d, mi}), m.sentence);
        continue;
      }
      if (m.anchor_timex) {
        anchored.push_back(mi);
        continue;
      }
      const bool featured = m.timex || m.ordinal || m.places.count > 0;
      if (featured) {
        place_featured(mi);
        continue;
      }
      // Definite ("the talks"), named, or episodic (past tense with an actor: "Argentina
      // imposed new tariffs") mentions join an event of the document or found one.
      if (m.definite || m.name != 0 || (m.tense < 0 && m.actors.count > 0) || is_anchor[mi] ||
          linked[mi])
        pending.push_back(mi);
    }
    // Pass 2: references to an event already placed; pass 3: event-anchored mentions, now that
    // what they count from has a cluster; pass 4: the references still unplaced, which may
    // name an anchored event ("Ukraine's Spiderweb operation") or found their own.
    auto place_reference = [&](std::size_t mi, bool may_create) {
      const MentionFacts& m = mentions[mi];
      const Summary s = mention_summary({d, mi});
      const std::size_t sent = m.sentence;
      Local* target = recent(s, sent);
      // Only what refers ("the talks", a name, an actor's act) may be the page's main event of
      // its type; an end of a link or an anchor worded otherwise ("regulators approved the
      // deal") is an event of its own.
      const bool refers = m.definite || m.name != 0 || (m.tense < 0 && m.actors.count > 0);
      if (!target && refers) target = salient(s);
      if (target) {
        join(*target, mi, s, sent);
        return true;
      }
      if (may_create &&
          (m.name != 0 || (m.tense < 0 && m.actors.count > 0) || is_anchor[mi] || linked[mi])) {
        create(mi, s, sent);
        return true;
      }
      return false;
    };
    std::vector<std::size_t> unplaced;
    for (std::size_t mi : pending)
      if (!place_reference(mi, false)) {
        if (is_anchor[mi])
          place_reference(mi, true);  // before what counts from it
        else
          unplaced.push_back(mi);
      }
    for (std::size_t mi : anchored) place_featured(mi);
    for (std::size_t mi : unplaced) place_reference(mi, true);
    // This document's clusters are final: summarize them and drop the mention facts.
    IdSet doc_places;
    for (StrId p : w.list(w.places_mentioned)) add_id(doc_places, intern(w.str(p)));
    cluster_sum.resize(clusters.size());
    for (std::size_t c = first_cluster; c < clusters.size(); ++c) {
      for (const auto& r : clusters[c]) {
        if (cluster_sum[c].size == 0)
          cluster_sum[c] = mention_summary(r);
        else
          cluster_sum[c].merge(mention_summary(r));
      }
      Summary& s = cluster_sum[c];
      if (s.claim || s.headline)
        s.keep_dates_only();
      else
        s.doc_places = doc_places;
    }
  }
  std::vector<Summary>().swap(base);

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
      auto merged = std::make_unique<Summary>(root_sum(ra));
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
