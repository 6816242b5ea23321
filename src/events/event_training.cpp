// Training the event detector (averaged perceptron over hashed features) and scoring it.
#include "chronograph/events/event_training.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "chronograph/base/source_error.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/ingest/reader.hpp"
#include "linear_svm.hpp"

namespace chronograph::events {

namespace fs = std::filesystem;

std::vector<NamedTimeml> read_timeml_corpora(const std::vector<std::string>& dirs) {
  std::vector<NamedTimeml> out;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
      throw base::InputError(dir, 1, 1, "not a folder of TimeML (.tml) files");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.is_regular_file() && e.path().extension() == ".tml") files.push_back(e.path());
    if (ec) throw base::InputError(dir, 1, 1, "cannot read folder: " + ec.message());
    if (files.empty()) throw base::InputError(dir, 1, 1, "no .tml files in this folder");
    std::sort(files.begin(), files.end());
    fs::path folder = fs::path(dir).lexically_normal();
    if (folder.filename().empty()) folder = folder.parent_path();  // "timebank/"
    const std::string corpus = folder.filename().string();
    for (const auto& f : files) {
      const ingest::Document d = ingest::read_document(f.string());
      out.push_back({f.stem().string(), corpus.empty() ? std::string("corpus") : corpus,
                     read_timeml(d.text, d.path)});
    }
  }
  return out;
}

namespace {

constexpr std::uint8_t kUnknownPos = 0xFF;

// One word token of a training sentence: its features and its gold labels.
struct Instance {
  std::uint32_t first = 0, count = 0;  // into Corpus::features
  std::uint8_t label = 0;              // EventClass
  std::uint8_t pos = 0;                // EventPos, read when label is an event
};

struct Corpus {
  std::vector<std::uint64_t> features;
  std::vector<Instance> instances;
};

// Walks the sentences the layout keeps and their word tokens, with each token's gold event (or
// null), calling visit(text, tokens, k, gold_event_or_null, gold_pos) per word token.
template <typename Visit>
void walk_tokens(const TimemlDocument& doc, Visit&& visit, std::size_t* outside = nullptr) {
  const ingest::Layout layout = ingest::analyze_layout(doc.text);
  // AQUAINT leaves many parts of speech "UNKNOWN": those events teach the part-of-speech head
  // nothing (kUnknownPos) rather than "OTHER".
  std::unordered_map<std::string, EventPos> pos_of;
  for (const auto& mi : doc.instances)
    if (mi.pos != "UNKNOWN" && !mi.pos.empty())
      pos_of.emplace(mi.event_id,
                     event_pos_from_string(mi.pos == "PREPOSITION" ? "OTHER" : mi.pos));
  std::vector<const TimemlEvent*> events;
  for (const auto& e : doc.events) events.push_back(&e);
  std::sort(events.begin(), events.end(),
            [](const TimemlEvent* a, const TimemlEvent* b) { return a->start < b->start; });
  std::vector<bool> used(events.size(), false);
  std::vector<Token> tokens;
  std::size_t next = 0;  // first event not yet behind the current sentence
  for (const auto& s : layout.sentences) {
    tokens.clear();
    tokenize(doc.text, s.start, s.end, tokens);
    while (next < events.size() && events[next]->end <= s.start) ++next;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const TimemlEvent* gold = nullptr;
      for (std::size_t e = next; e < events.size() && events[e]->start < tokens[k].end; ++e)
        if (!used[e] && events[e]->end > tokens[k].start) {
          gold = events[e];
          used[e] = true;
          break;
        }
      auto pos = static_cast<EventPos>(kUnknownPos);
      if (gold)
        if (const auto it = pos_of.find(gold->eid); it != pos_of.end()) pos = it->second;
      visit(std::string_view(doc.text), tokens, k, gold, pos);
    }
  }
  if (outside) *outside += static_cast<std::size_t>(std::count(used.begin(), used.end(), false));
}

// The features of every word token of the documents, as the detector will see them.
Corpus collect(const std::vector<NamedTimeml>& docs, const WordNet& wordnet,
               const WordClasses& classes) {
  Corpus c;
  std::map<std::string, WordInfo, std::less<>> words;
  auto info = [&](std::string_view raw) -> const WordInfo* {
    auto it = words.find(raw);
    if (it == words.end())
      it = words.emplace(std::string(raw), analyze_word(raw, wordnet, classes)).first;
    return &it->second;
  };
  const WordInfo* start = info(kSentenceStart);
  const WordInfo* end = info(kSentenceEnd);
  for (const auto& d : docs) {
    walk_tokens(d.doc, [&](std::string_view text, const std::vector<Token>& tokens, std::size_t k,
                           const TimemlEvent* gold, EventPos pos) {
      const auto word_at = [&](std::ptrdiff_t j) -> const WordInfo* {
        if (j < 0) return start;
        if (j >= static_cast<std::ptrdiff_t>(tokens.size())) return end;
        const Token& t = tokens[static_cast<std::size_t>(j)];
        return info(text.substr(t.start, t.end - t.start));
      };
      const auto sk = static_cast<std::ptrdiff_t>(k);
      const Context ctx = {word_at(sk - 2), word_at(sk - 1), word_at(sk), word_at(sk + 1),
                           word_at(sk + 2)};
      if (ctx[2]->punct) return;
      Instance inst;
      inst.first = static_cast<std::uint32_t>(c.features.size());
      token_features(ctx, c.features);
      inst.count = static_cast<std::uint32_t>(c.features.size() - inst.first);
      inst.label = static_cast<std::uint8_t>(gold ? event_class_from_string(gold->event_class)
                                                  : EventClass::none);
      inst.pos = static_cast<std::uint8_t>(pos);
      c.instances.push_back(inst);
    });
  }
  return c;
}

std::uint64_t splitmix(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Averaged perceptron: w is the running weight, u the sum of (time x update), so that the
// average over all times is w - u / time, computed once at the end.
struct Perceptron {
  std::vector<std::array<std::int32_t, kScoreCount>> w;
  std::vector<std::array<std::int64_t, kScoreCount>> u;
  std::int64_t time = 1;

  std::size_t predict(std::span<const std::uint32_t> ids, std::size_t first,
                      std::size_t count) const {
    std::array<std::int64_t, kScoreCount> s{};
    for (const auto id : ids)
      for (std::size_t k = first; k < first + count; ++k) s[k] += w[id][k];
    std::size_t best = first;
    for (std::size_t k = first + 1; k < first + count; ++k)
      if (s[k] > s[best]) best = k;
    return best;
  }
  void update(std::span<const std::uint32_t> ids, std::size_t good, std::size_t bad) {
    for (const auto id : ids) {
      w[id][good] += 1;
      w[id][bad] -= 1;
      u[id][good] += time;
      u[id][bad] -= time;
    }
  }
};

}  // namespace

namespace {

// Dense ids for the features seen at least min_count times, numbered in order of first sight.
void number_features(const Corpus& corpus, int min_count,
                     std::unordered_map<std::uint64_t, std::uint32_t>& id_of,
                     std::vector<std::uint64_t>& hash_of) {
  std::unordered_map<std::uint64_t, std::uint32_t> count;
  for (const auto f : corpus.features) ++count[f];
  for (const auto f : corpus.features)
    if (count[f] >= static_cast<std::uint32_t>(min_count) &&
        id_of.emplace(f, static_cast<std::uint32_t>(hash_of.size())).second)
      hash_of.push_back(f);
}

std::string svmlight(const Corpus& c,
                     const std::unordered_map<std::uint64_t, std::uint32_t>& id_of) {
  std::string out;
  std::vector<std::uint32_t> ids;
  for (const auto& inst : c.instances) {
    ids.clear();
    for (std::uint32_t k = 0; k < inst.count; ++k)
      if (const auto it = id_of.find(c.features[inst.first + k]); it != id_of.end())
        ids.push_back(it->second + 1);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    out += std::to_string(inst.label);
    for (const auto id : ids) out += " " + std::to_string(id) + ":1";
    out += '\n';
  }
  return out;
}

}  // namespace

void export_svmlight(const std::vector<NamedTimeml>& train, const std::vector<NamedTimeml>& eval,
                     const WordNet& wordnet, const WordClasses& classes, int min_count,
                     std::string& train_out, std::string& eval_out) {
  const Corpus t = collect(train, wordnet, classes);
  std::unordered_map<std::uint64_t, std::uint32_t> id_of;
  std::vector<std::uint64_t> hash_of;
  number_features(t, min_count, id_of, hash_of);
  train_out = svmlight(t, id_of);
  eval_out = svmlight(collect(eval, wordnet, classes), id_of);
}

namespace {

using Rows = std::vector<std::span<const std::uint32_t>>;
using LabelWeights = std::vector<std::array<double, kScoreCount>>;

LabelWeights perceptron_weights(const Corpus& corpus, const Rows& rows, std::size_t features,
                                const TrainOptions& options) {
  Perceptron p;
  p.w.assign(features, {});
  p.u.assign(features, {});
  std::vector<std::uint32_t> order(corpus.instances.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::uint64_t state = options.seed;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i)  // Fisher-Yates with our own generator
      std::swap(order[i - 1], order[splitmix(state) % i]);
    for (const auto which : order) {
      const Instance& inst = corpus.instances[which];
      const auto ids = rows[which];
      const std::size_t got = p.predict(ids, 0, kEventClassCount);
      if (got != inst.label) p.update(ids, inst.label, got);
      if (inst.label != 0 && inst.pos != kUnknownPos) {
        const std::size_t want = kEventClassCount + inst.pos;
        const std::size_t pos = p.predict(ids, kEventClassCount, kEventPosCount);
        if (pos != want) p.update(ids, want, pos);
      }
      ++p.time;
    }
  }
  LabelWeights avg(features);  // the average over all times: w - u / time
  for (std::size_t i = 0; i < features; ++i)
    for (std::size_t k = 0; k < kScoreCount; ++k)
      avg[i][k] = double(p.w[i][k]) - double(p.u[i][k]) / double(p.time);
  return avg;
}

LabelWeights svm_weights(const Corpus& corpus, const Rows& rows, std::size_t features,
                         const TrainOptions& options) {
  LabelWeights out(features);
  std::vector<int> labels;
  for (const auto& inst : corpus.instances) labels.push_back(inst.label);
  const auto classes = train_linear_svm(rows, labels, features, kEventClassCount, options.c);
  // The part-of-speech head learns from the events whose part of speech is known.
  Rows event_rows;
  labels.clear();
  for (std::size_t i = 0; i < corpus.instances.size(); ++i)
    if (corpus.instances[i].label != 0 && corpus.instances[i].pos != kUnknownPos) {
      event_rows.push_back(rows[i]);
      labels.push_back(corpus.instances[i].pos);
    }
  const auto parts = train_linear_svm(event_rows, labels, features, kEventPosCount, options.c);
  for (std::size_t f = 0; f < features; ++f) {
    for (std::size_t k = 0; k < kEventClassCount; ++k)
      out[f][k] = classes[f * kEventClassCount + k];
    for (std::size_t k = 0; k < kEventPosCount; ++k)
      out[f][kEventClassCount + k] = parts[f * kEventPosCount + k];
  }
  return out;
}

}  // namespace

EventModel train_event_model(const std::vector<NamedTimeml>& docs, const WordNet& wordnet,
                             const WordClasses& classes, const TrainOptions& options) {
  const Corpus corpus = collect(docs, wordnet, classes);
  std::unordered_map<std::uint64_t, std::uint32_t> id_of;
  std::vector<std::uint64_t> hash_of;
  number_features(corpus, options.min_count, id_of, hash_of);
  // Each instance's distinct known feature ids, sorted.
  std::vector<std::uint32_t> flat;
  std::vector<std::size_t> start;
  for (const auto& inst : corpus.instances) {
    start.push_back(flat.size());
    const std::size_t from = flat.size();
    for (std::uint32_t k = 0; k < inst.count; ++k)
      if (const auto it = id_of.find(corpus.features[inst.first + k]); it != id_of.end())
        flat.push_back(it->second);
    std::sort(flat.begin() + static_cast<std::ptrdiff_t>(from), flat.end());
    flat.erase(std::unique(flat.begin() + static_cast<std::ptrdiff_t>(from), flat.end()),
               flat.end());
  }
  start.push_back(flat.size());
  std::vector<std::span<const std::uint32_t>> rows;
  for (std::size_t i = 0; i + 1 < start.size(); ++i)
    rows.emplace_back(flat.data() + start[i], start[i + 1] - start[i]);

  const std::vector<std::array<double, kScoreCount>> weights =
      options.learner == Learner::svm ? svm_weights(corpus, rows, hash_of.size(), options)
                                      : perceptron_weights(corpus, rows, hash_of.size(), options);
  std::vector<double> flat_weights;
  flat_weights.reserve(weights.size() * kScoreCount);
  for (const auto& w : weights) flat_weights.insert(flat_weights.end(), w.begin(), w.end());
  LinearModel kept = LinearModel::quantize(kScoreCount, hash_of, flat_weights);

  std::map<std::string, std::size_t> per_corpus;
  for (const auto& d : docs) ++per_corpus[d.corpus];
  char c_text[32];
  std::snprintf(c_text, sizeof c_text, "%g", options.c);
  std::string provenance =
      "chronograph train events: " +
      (options.learner == Learner::svm ? "LIBLINEAR L2-loss SVM (dual), C " + std::string(c_text)
                                       : "averaged perceptron, " + std::to_string(options.epochs) +
                                             " epochs, seed " + std::to_string(options.seed)) +
      ", min count " + std::to_string(options.min_count) + "; " +
      std::to_string(corpus.instances.size()) + " word tokens of";
  for (const auto& [name, n] : per_corpus)
    provenance += " " + name + " (" + std::to_string(n) + " documents)";
  provenance += "; " + std::to_string(kept.size()) + " features";
  return EventModel(std::move(kept), classes, std::move(provenance));
}

EventScores evaluate_event_detector(const EventDetector& detector,
                                    const std::vector<NamedTimeml>& docs) {
  EventScores sc;
  std::vector<DetectedEvent> found;
  for (const auto& d : docs) {
    sc.gold += d.doc.events.size();
    walk_tokens(
        d.doc,
        [&](std::string_view text, const std::vector<Token>& tokens, std::size_t k,
            const TimemlEvent* gold, EventPos pos) {
          // Detect once per sentence, at its first token; then read off this token's result.
          if (k == 0) {
            found.clear();
            detector.detect(text, tokens, found);
          }
          const auto it = std::find_if(found.begin(), found.end(),
                                       [&](const DetectedEvent& e) { return e.token == k; });
          const auto gold_class =
              gold ? event_class_from_string(gold->event_class) : EventClass::none;
          const auto found_class = it == found.end() ? EventClass::none : it->event_class;
          ++sc.confusion[static_cast<std::size_t>(gold_class)]
                        [static_cast<std::size_t>(found_class)];
          if (it == found.end()) return;
          ++sc.system;
          if (!gold) return;
          ++sc.matched;
          sc.same_class += it->event_class == gold_class;
          if (static_cast<std::uint8_t>(pos) != kUnknownPos) {
            ++sc.pos_known;
            sc.same_pos += it->pos == pos;
          }
        },
        &sc.missed_text);
  }
  return sc;
}

}  // namespace chronograph::events
