// Event detection: per-thread cache of word contributions, scoring and decoding of a sentence.
#include "chronograph/events/event_detector.hpp"

#include <atomic>
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

struct EventDetector::Cache {
  struct Entry {
    WordInfo info;
    std::array<Scores, 5> role{};  // what the word adds when seen at offset -2..2
  };
  std::uint64_t generation = 0;
  base::StringMap<std::unique_ptr<Entry>> map;
  std::vector<const Entry*> sentence;
  std::vector<const WordInfo*> infos;
  std::vector<std::uint64_t> features;
};

namespace {
thread_local std::unique_ptr<EventDetector::Cache> tl_cache;
}  // namespace

EventDetector::EventDetector(const EventModel& model, const WordNet& wordnet)
    : model_(model),
      wordnet_(wordnet),
      factuality_(FactualityWords::parse(FactualityWords::shipped_text(),
                                         "data/events/factuality_words.txt", model.classes())),
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
  if (c.generation != generation_ || (may_reset && c.map.size() > kCacheLimit)) {
    c.map.clear();
    c.generation = generation_;
  }
  return c;
}

namespace {

const EventDetector::Cache::Entry& entry_of(EventDetector::Cache& c, std::string_view raw,
                                            const EventModel& model, const WordNet& wordnet) {
  if (const auto it = c.map.find(raw); it != c.map.end()) return *it->second;
  auto e = std::make_unique<EventDetector::Cache::Entry>();
  e->info = analyze_word(raw, wordnet, model.classes());
  for (int d = -2; d <= 2; ++d) {
    c.features.clear();
    word_features(e->info, d, c.features);
    Scores& s = e->role[static_cast<std::size_t>(d + 2)];
    for (const auto f : c.features)
      if (const std::int16_t* w = model.find(f))
        for (std::size_t k = 0; k < kScoreCount; ++k) s[k] += w[k];
  }
  return *c.map.emplace(std::string(raw), std::move(e)).first->second;
}

}  // namespace

const WordInfo& EventDetector::word(std::string_view raw) const {
  return entry_of(cache(false), raw, model_, wordnet_).info;
}

DetectedEvent EventDetector::describe(std::string_view text, std::span<const Token> tokens,
                                      std::size_t i) const {
  Cache& c = cache(false);
  c.infos.resize(tokens.size());
  for (std::size_t k = 0; k < tokens.size(); ++k)
    c.infos[k] = &entry_of(c, text.substr(tokens[k].start, tokens[k].end - tokens[k].start), model_,
                           wordnet_)
                      .info;
  DetectedEvent e;
  e.token = static_cast<std::uint32_t>(i);
  e.word = c.infos[i];
  e.pos = (e.word->pos_bits & 1) ? EventPos::noun
          : e.word->verb_form    ? EventPos::verb
                                 : EventPos::other;
  describe_event(c.infos, i, factuality_, e);
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
    c.sentence[k] = &entry_of(c, raw, model_, wordnet_);
    c.infos[k] = &c.sentence[k]->info;
  }
  const auto* start = &entry_of(c, kSentenceStart, model_, wordnet_);
  const auto* end = &entry_of(c, kSentenceEnd, model_, wordnet_);
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
    describe_event(c.infos, i, factuality_, e);
    out.push_back(e);
  }
}

}  // namespace chronograph::events
