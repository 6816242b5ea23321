// Event detection: per-thread cache of word contributions, scoring and decoding of a sentence.
#include "chronograph/events/event_detector.hpp"

#include "chronograph/embedded.hpp"

#include <atomic>
#include <cstring>
#include <deque>
#include <memory>

namespace chronograph::events {

namespace {

std::atomic<std::uint64_t> next_generation{1};

// Distinct words a thread keeps before it starts over: bounds memory on huge vocabularies.
constexpr std::size_t kCacheLimit = 1u << 16;

void add(Scores& to, const Scores& from) {
  for (std::size_t k = 0; k < kScoreCount; ++k) to[k] += from[k];
}

std::size_t pair_index(Pair p, std::uint8_t a, std::uint8_t b) {
  return (static_cast<std::size_t>(p) * kCoarseCount + a) * kCoarseCount + b;
}

}  // namespace

namespace {
// Words are short: a few 8-byte loads mixed by multiply-xorshift, no loop over single bytes.
std::uint64_t word_hash(std::string_view w) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = (w.size() + 1) * kMul;
  const char* p = w.data();
  std::size_t n = w.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = (h ^ tail) * kMul;
  return h ^ (h >> 32);
}
}  // namespace

struct EventDetector::Cache {
  struct Entry {
    std::string word;
    WordInfo info;
    std::array<Scores, 5> role{};  // what the word adds when seen at offset -2..2
  };
  struct Slot {
    std::uint64_t hash = 0;
    Entry* entry = nullptr;
  };
  std::uint64_t generation = 0;
  // Open addressing over entries that never move (a deque): one probe per word, mostly.
  std::vector<Slot> slots;
  std::deque<Entry> entries;
  const Entry* start = nullptr;  // the sentence edges' entries
  const Entry* end = nullptr;
  std::vector<const Entry*> sentence;
  std::vector<const WordInfo*> infos;
  std::vector<std::uint64_t> features;

  void clear() {
    slots.assign(1u << 12, Slot{});
    entries.clear();
    start = end = nullptr;
  }
  Entry* find(std::string_view w, std::uint64_t h) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (!s.entry) return nullptr;
      if (s.hash == h && s.entry->word == w) return s.entry;
    }
  }
  Entry& insert(std::string_view w, std::uint64_t h) {
    if (2 * (entries.size() + 1) > slots.size()) {  // at most half full
      std::vector<Slot> old(slots.size() * 2);
      old.swap(slots);
      const std::size_t mask = slots.size() - 1;
      for (const Slot& s : old)
        if (s.entry) {
          std::size_t i = s.hash & mask;
          while (slots[i].entry) i = (i + 1) & mask;
          slots[i] = s;
        }
    }
    Entry& e = entries.emplace_back();
    e.word = std::string(w);
    const std::size_t mask = slots.size() - 1;
    std::size_t i = h & mask;
    while (slots[i].entry) i = (i + 1) & mask;
    slots[i] = {h, &e};
    return e;
  }
};

namespace {
thread_local std::unique_ptr<EventDetector::Cache> tl_cache;
}  // namespace

EventDetector::EventDetector(const EventModel& model, const WordNet& wordnet)
    : model_(model),
      wordnet_(wordnet),
      lists_(EventWordLists::parse(embedded::factuality_words(), embedded::timeline_words(),
                                   model.classes())),
      generation_(next_generation++) {
  pairs_.assign(kPairCount * kCoarseCount * kCoarseCount, Scores{});
  for (std::size_t p = 0; p < kPairCount; ++p)
    for (std::size_t a = 0; a < kCoarseCount; ++a)
      for (std::size_t b = 0; b < kCoarseCount; ++b) {
        const auto pair = static_cast<Pair>(p);
        const auto ua = static_cast<std::uint8_t>(a), ub = static_cast<std::uint8_t>(b);
        if (const std::int16_t* w = model_.find(pair_feature(pair, ua, ub)))
          for (std::size_t k = 0; k < kScoreCount; ++k) pairs_[pair_index(pair, ua, ub)][k] = w[k];
      }
}

EventDetector::~EventDetector() = default;

EventDetector::Cache& EventDetector::cache(bool may_reset) const {
  if (!tl_cache) tl_cache = std::make_unique<Cache>();
  Cache& c = *tl_cache;
  if (c.generation != generation_ || c.slots.empty() ||
      (may_reset && c.entries.size() > kCacheLimit)) {
    c.clear();
    c.generation = generation_;
  }
  return c;
}

namespace {

const EventDetector::Cache::Entry& entry_of(EventDetector::Cache& c, std::string_view raw,
                                            const EventModel& model, const WordNet& wordnet,
                                            const EventWordLists& lists) {
  const std::uint64_t h = word_hash(raw);
  if (const auto* found = c.find(raw, h)) return *found;
  EventDetector::Cache::Entry* e = &c.insert(raw, h);
  e->info = analyze_word(raw, wordnet, model.classes());
  e->info.lists = lists.lists_of(e->info);
  for (int d = -2; d <= 2; ++d) {
    c.features.clear();
    word_features(e->info, d, c.features);
    Scores& s = e->role[static_cast<std::size_t>(d + 2)];
    for (const auto f : c.features)
      if (const std::int16_t* w = model.find(f))
        for (std::size_t k = 0; k < kScoreCount; ++k) s[k] += w[k];
  }
  return *e;
}

}  // namespace

std::span<const WordInfo* const> EventDetector::sentence_words() const {
  const Cache& c = cache(false);
  return c.infos;
}

const WordInfo& EventDetector::word(std::string_view raw) const {
  return entry_of(cache(false), raw, model_, wordnet_, lists_).info;
}

DetectedEvent EventDetector::describe(std::size_t i) const {
  Cache& c = cache(false);
  DetectedEvent e;
  e.token = static_cast<std::uint32_t>(i);
  e.word = c.infos[i];
  e.pos = (e.word->pos_bits & 1) ? EventPos::noun
          : e.word->verb_form    ? EventPos::verb
                                 : EventPos::other;
  describe_event(c.infos, i, lists_, e);
  return e;
}

void EventDetector::detect(std::string_view text, std::span<const Token> tokens,
                           std::vector<DetectedEvent>& out) const {
  Cache& c = cache(true);
  const std::size_t n = tokens.size();
  c.sentence.resize(n);
  c.infos.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view raw = text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
    c.sentence[k] = &entry_of(c, raw, model_, wordnet_, lists_);
    c.infos[k] = &c.sentence[k]->info;
  }
  if (!c.start) {
    c.start = &entry_of(c, kSentenceStart, model_, wordnet_, lists_);
    c.end = &entry_of(c, kSentenceEnd, model_, wordnet_, lists_);
  }
  const auto* start = c.start;
  const auto* end = c.end;
  const auto at = [&](std::ptrdiff_t j) {
    return j < 0                                 ? start
           : j >= static_cast<std::ptrdiff_t>(n) ? end
                                                 : c.sentence[static_cast<std::size_t>(j)];
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto* self = c.sentence[i];
    if (self->info.punct) continue;
    const auto si = static_cast<std::ptrdiff_t>(i);
    Scores s = self->role[2];
    add(s, at(si - 2)->role[0]);
    add(s, at(si - 1)->role[1]);
    add(s, at(si + 1)->role[3]);
    add(s, at(si + 2)->role[4]);
    const std::uint8_t c0 = self->info.coarse;
    add(s, pairs_[pair_index(Pair::left_self, at(si - 1)->info.coarse, c0)]);
    add(s, pairs_[pair_index(Pair::self_right, c0, at(si + 1)->info.coarse)]);
    add(s, pairs_[pair_index(Pair::left2_self, at(si - 2)->info.coarse, c0)]);
    std::size_t best = 1;
    for (std::size_t k = 2; k < kEventClassCount; ++k)
      if (s[k] > s[best]) best = k;
    if (s[best] <= s[0]) continue;
    std::size_t pos = kEventClassCount;
    for (std::size_t k = kEventClassCount + 1; k < kScoreCount; ++k)
      if (s[k] > s[pos]) pos = k;
    DetectedEvent e;
    e.token = static_cast<std::uint32_t>(i);
    e.event_class = static_cast<EventClass>(best);
    e.pos = static_cast<EventPos>(pos - kEventClassCount);
    e.margin = s[best] - s[0];
    e.word = &self->info;
    describe_event(c.infos, i, lists_, e);
    out.push_back(e);
  }
}

}  // namespace chronograph::events
