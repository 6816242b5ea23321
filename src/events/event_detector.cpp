// Event detection: per-thread cache of word contributions, scoring and decoding of a sentence.
#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/event_word_lists.hpp"
#include "chronograph/events/phrase_matcher.hpp"

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

// A token's twelve scores as three 4-lane vectors (GCC and Clang vector extension): its sum of
// eight contributions is 24 vector additions, where the compiler kept 96 scalar ones.
using Lanes = std::int32_t __attribute__((vector_size(16)));
struct Sum {
  Lanes v[3];
};
static_assert(sizeof(Scores) == sizeof(Sum));

Sum load(const Scores& s) {
  Sum r;
  std::memcpy(&r, s.data(), sizeof r);
  return r;
}

void add(Sum& to, const Scores& from) {
  const Sum f = load(from);
  for (int k = 0; k < 3; ++k) to.v[k] += f.v[k];
}

std::size_t pair_index(Pair p, std::uint8_t a, std::uint8_t b) {
  return (static_cast<std::size_t>(p) * kCoarseCount + a) * kCoarseCount + b;
}

}  // namespace

struct EventDetector::Cache {
  // What scoring reads of a word, kept apart from its analysis and packed: a token's score
  // reads five of these, and a dense array keeps them in cache where 500-byte entries did not.
  struct Hot {
    std::array<Scores, 5> role{};  // what the word adds when seen at offset -2..2
    std::uint8_t coarse = 0;
    bool punct = false;
    // In the event_noun list: the one fact of its analysis that a token the model rejects
    // needs; read here, that token never touches its analysis.
    bool event_noun = false;
  };
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = 0;  // 1 + the word's index, 0 when free
    std::uint32_t size = 0;
  };
  std::uint64_t generation = 0;
  // Open addressing; a probe compares the hash and the bytes in `words`, not the entry.
  std::vector<Slot> slots;
  std::string words;                   // every word's bytes, one after another
  std::vector<std::uint32_t> word_at;  // where word i starts in `words`
  std::deque<WordInfo> infos_of;       // analyses never move: callers keep pointers
  std::vector<Hot> hot;
  std::uint32_t start = 0, end = 0;  // the sentence edges' words, 0 when not looked up yet
  std::vector<std::uint32_t> sentence;
  std::vector<const Hot*> sentence_hot;
  std::vector<const WordInfo*> infos;
  std::vector<std::uint64_t> features;

  std::size_t size() const { return word_at.size(); }
  void clear() {
    slots.assign(1u << 12, Slot{});
    words.clear();
    word_at.clear();
    infos_of.clear();
    hot.clear();
    start = end = 0;
  }
  static std::size_t home(std::uint64_t h, std::size_t mask) { return (h >> 32) & mask; }
  // 1 + the word's index, or 0 when it is not in the cache. Up to 8 bytes equal hashes and
  // lengths are equal words (WordTable::hash): most words are found with no compare.
  std::uint32_t find(std::string_view w, std::uint64_t h) const {
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = home(h, mask);; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (!s.index) return 0;
      if (s.hash == h && s.size == w.size() &&
          (w.size() <= 8 ||
           std::memcmp(words.data() + word_at[s.index - 1], w.data(), w.size()) == 0))
        return s.index;
    }
  }
  std::uint32_t insert(std::string_view w, std::uint64_t h) {
    if (2 * (size() + 1) > slots.size()) {  // at most half full
      std::vector<Slot> old(slots.size() * 2);
      old.swap(slots);
      const std::size_t mask = slots.size() - 1;
      for (const Slot& s : old)
        if (s.index) {
          std::size_t i = home(s.hash, mask);
          while (slots[i].index) i = (i + 1) & mask;
          slots[i] = s;
        }
    }
    word_at.push_back(static_cast<std::uint32_t>(words.size()));
    words.append(w);
    infos_of.emplace_back();
    hot.emplace_back();
    const auto index = static_cast<std::uint32_t>(size());
    const std::size_t mask = slots.size() - 1;
    std::size_t i = home(h, mask);
    while (slots[i].index) i = (i + 1) & mask;
    slots[i] = {h, index, static_cast<std::uint32_t>(w.size())};
    return index;
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
  if (c.generation != generation_ || c.slots.empty() || (may_reset && c.size() > kCacheLimit)) {
    c.clear();
    c.generation = generation_;
  }
  return c;
}

namespace {

// 1 + the cache index of a word as written, analysed and scored the first time it is seen.
std::uint32_t entry_of(EventDetector::Cache& c, std::string_view raw, const EventModel& model,
                       const WordNet& wordnet, const EventWordLists& lists) {
  const std::uint64_t h = WordTable::hash(raw);
  if (const std::uint32_t found = c.find(raw, h)) return found;
  const std::uint32_t index = c.insert(raw, h);
  WordInfo& info = c.infos_of.back();
  info = analyze_word(raw, wordnet, model.classes());
  info.lists = lists.lists_of(info);
  EventDetector::Cache::Hot& hot = c.hot.back();
  hot.coarse = info.coarse;
  hot.punct = info.punct;
  hot.event_noun = in_list(info, EventWordLists::event_noun);
  for (int d = -2; d <= 2; ++d) {
    c.features.clear();
    word_features(info, d, c.features);
    Scores& s = hot.role[static_cast<std::size_t>(d + 2)];
    for (const auto f : c.features)
      if (const std::int16_t* w = model.find(f))
        for (std::size_t k = 0; k < kScoreCount; ++k) s[k] += w[k];
  }
  return index;
}

// A word of the event_noun list heading a noun phrase of its own: after a determiner or a
// possessive, with only modifiers between ("the California earthquake", "next week's
// election"); not a name ("DPC Acquisition", "Cold War") nor a modifier of another noun ("riot
// police", "murder charges", "takeover bid"); and no verb with an object ("attacks the base").
// Bare uses ("charged with murder", "at war") are mostly generic: TimeML does not mark them.
bool event_noun_in_use(std::span<const WordInfo* const> words, std::size_t i,
                       const EventWordLists& lists) {
  const WordInfo& w = *words[i];
  if (!in_list(w, EventWordLists::event_noun) || !(w.pos_bits & 1) || w.verb_form == 'd')
    return false;
  if (w.capitalized && i > 0) return false;
  const auto& k = lists.classes;
  const auto is = [](const WordInfo& x, std::uint8_t cls) { return cls && x.word_class == cls; };
  if (i + 1 < words.size()) {
    const WordInfo& next = *words[i + 1];
    if (is(next, k.det) || is(next, k.poss) || is(next, k.pron)) return false;
    // A noun that is no inflected verb ("riot police", "takeover speculation"); not "the storm
    // hit", "the quake killed", nor "the earthquake last month" (an adjective too).
    const bool noun_next = (next.pos_bits & 1) && !(next.pos_bits & 4) && !next.word_class &&
                           !next.punct && !next.capitalized &&
                           (next.verb_form == 0 || next.verb_form == 'b');
    if (noun_next) return false;
  }
  // Back over modifiers (adjectives, numbers, names, nouns) to the determiner.
  for (std::size_t j = i; j-- > 0 && i - j <= 4;) {
    const WordInfo& m = *words[j];
    // The possessive 's is a token of its own, of no closed class ("Monday's vote").
    if (is(m, k.det) || is(m, k.poss) || m.lower == "'s" || m.lower == "\u2019s") return true;
    const bool modifier = is(m, k.num) || m.capitalized || m.digit ||
                          (!m.word_class && !m.punct && (m.pos_bits & (1 | 4)) &&
                           m.verb_form != 'b' && m.verb_form != 's');
    if (!modifier) return false;
  }
  return false;
}

}  // namespace

std::span<const WordInfo* const> EventDetector::sentence_words() const {
  // Called for single tokens all through extraction: no cache set-up, only a check that the
  // last detect() on this thread was this detector's.
  const Cache* c = tl_cache.get();
  if (!c || c->generation != generation_) return {};
  return c->infos;
}

const WordInfo& EventDetector::word(std::string_view raw) const {
  Cache& c = cache(false);
  return c.infos_of[entry_of(c, raw, model_, wordnet_, lists_) - 1];
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
  for (std::size_t k = 0; k < n; ++k) {
    const std::string_view raw = text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
    c.sentence[k] = entry_of(c, raw, model_, wordnet_, lists_);
    // Rare words' scores are not in cache: fetch them while the next words are looked up.
    const char* hot = reinterpret_cast<const char*>(&c.hot[c.sentence[k] - 1]);
    for (std::size_t line = 0; line < sizeof(Cache::Hot); line += 64)
      __builtin_prefetch(hot + line);
  }
  if (!c.start) {
    c.start = entry_of(c, kSentenceStart, model_, wordnet_, lists_);
    c.end = entry_of(c, kSentenceEnd, model_, wordnet_, lists_);
  }
  // Pointers only now: the arrays may have grown while the sentence's words were looked up.
  c.infos.resize(n);
  c.sentence_hot.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    c.infos[k] = &c.infos_of[c.sentence[k] - 1];
    c.sentence_hot[k] = &c.hot[c.sentence[k] - 1];
  }
  const Cache::Hot* start = &c.hot[c.start - 1];
  const Cache::Hot* end = &c.hot[c.end - 1];
  const auto at = [&](std::ptrdiff_t j) {
    return j < 0                                 ? start
           : j >= static_cast<std::ptrdiff_t>(n) ? end
                                                 : c.sentence_hot[static_cast<std::size_t>(j)];
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto* self = c.sentence_hot[i];
    if (self->punct) continue;
    const auto si = static_cast<std::ptrdiff_t>(i);
    Sum sum = load(self->role[2]);
    add(sum, at(si - 2)->role[0]);
    add(sum, at(si - 1)->role[1]);
    add(sum, at(si + 1)->role[3]);
    add(sum, at(si + 2)->role[4]);
    const std::uint8_t c0 = self->coarse;
    add(sum, pairs_[pair_index(Pair::left_self, at(si - 1)->coarse, c0)]);
    add(sum, pairs_[pair_index(Pair::self_right, c0, at(si + 1)->coarse)]);
    add(sum, pairs_[pair_index(Pair::left2_self, at(si - 2)->coarse, c0)]);
    Scores s;
    std::memcpy(s.data(), &sum, sizeof s);
    std::size_t best = 1;
    for (std::size_t k = 2; k < kEventClassCount; ++k)
      if (s[k] > s[best]) best = k;
    std::size_t pos = kEventClassCount;
    for (std::size_t k = kEventClassCount + 1; k < kScoreCount; ++k)
      if (s[k] > s[pos]) pos = k;
    const bool listed = s[best] <= s[0];
    if (listed) {
      if (!self->event_noun || !event_noun_in_use(c.infos, i, lists_)) continue;
      best = static_cast<std::size_t>(EventClass::occurrence);
      pos = kEventClassCount + static_cast<std::size_t>(EventPos::noun);
    }
    DetectedEvent e;
    e.token = static_cast<std::uint32_t>(i);
    e.event_class = static_cast<EventClass>(best);
    e.pos = static_cast<EventPos>(pos - kEventClassCount);
    e.margin = std::max(0, s[best] - s[0]);
    e.listed = listed;
    e.word = c.infos[i];
    describe_event(c.infos, i, lists_, e);
    out.push_back(e);
  }
}

}  // namespace chronograph::events
