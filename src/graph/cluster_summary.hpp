// Private to src/graph: what clustering knows of a cluster, and when two may be one event.
#pragma once
#include <date/date.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

namespace chronograph::graph::detail {

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

inline bool overlaps(const Interval& a, const Interval& b, long tolerance) {
  if (a.lo && b.hi && *a.lo > *b.hi + tolerance) return false;
  if (b.lo && a.hi && *b.lo > *a.hi + tolerance) return false;
  return true;
}

inline std::int32_t day_number(date::sys_days d) { return d.time_since_epoch().count(); }

// Small sorted sets of interned ids: cheap to merge and compare (strings are interned once).
using IdSet = std::vector<int>;

inline void add_id(IdSet& set, int id) {
  auto it = std::lower_bound(set.begin(), set.end(), id);
  if (it == set.end() || *it != id) set.insert(it, id);
}

template <typename T>
inline void unite_into(std::vector<T>& into, const std::vector<T>& from) {
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
inline std::size_t shared(const std::vector<T>& a, const std::vector<T>& b) {
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
inline bool disjoint(const std::vector<T>& a, const std::vector<T>& b) {
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

inline bool compatible(const Summary& a, const Summary& b) {
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

inline bool bounded(const Summary& s) {
  return (s.has_strong && s.strong.lo && s.strong.hi) || (s.has_weak && s.weak.lo && s.weak.hi);
}

// Evidence that two clusters are one event. Cross-document merges need at least one specific
// signal (ordinal, name, anchor event, day, place, shared actors); a shared document context
// or both being dated only add to it.
inline int score(const Summary& a, const Summary& b) {
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

}  // namespace chronograph::graph::detail
