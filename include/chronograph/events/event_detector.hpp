// Open-domain event detection: TimeML events of a sentence, classed, with tense and factuality.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chronograph/events/event_features.hpp"
#include "chronograph/events/event_model.hpp"
#include "chronograph/events/event_word_lists.hpp"
#include "chronograph/events/tokenizer.hpp"
#include "chronograph/events/wordnet.hpp"

namespace chronograph::events {

enum class Tense : std::uint8_t { none, past, present, future, infinitive, prespart, pastpart };
enum class Aspect : std::uint8_t { none, progressive, perfective, perfective_progressive };
std::string_view to_string(Tense t);   // TimeML names: "PAST", "INFINITIVE", "NONE", ...
std::string_view to_string(Aspect a);  // "PROGRESSIVE", "NONE", ...

// Whether the text presents the event as having happened (or as scheduled), or not.
enum class Factuality : std::uint8_t {
  asserted,      // "the quake struck", "the talks were held"
  future,        // "will meet", "is set to vote": scheduled, not yet a fact
  negated,       // "did not attend", "no deaths"
  modal,         // "could lead to", "might turn", "would sign"
  hypothetical,  // "if elections are held", "unless the talks resume"
  intended,      // "plans to hold", "aimed to derail", "in order to provoke"
};
std::string_view to_string(Factuality f);  // "asserted", "future", ...
std::optional<Factuality> factuality_from_string(std::string_view word);
// Only asserted events are drawn and linked as facts; future ones as what was planned.
inline bool is_fact(Factuality f) { return f == Factuality::asserted; }

struct DetectedEvent {
  std::uint32_t token = 0;  // index into the sentence's tokens
  EventClass event_class = EventClass::occurrence;
  EventPos pos = EventPos::verb;
  Tense tense = Tense::none;
  Aspect aspect = Aspect::none;
  Factuality factuality = Factuality::asserted;
  bool negated = false;            // polarity NEG (also set when factuality is another)
  std::int32_t modal_token = -1;   // the modal word ("would", "could") of the verb group
  std::int32_t cue_token = -1;     // the word that made it non-factual ("if", "not", "to")
  std::int32_t margin = 0;         // event score minus no-event score: the confidence
  bool listed = false;             // taken by the event_noun word list, not the model (margin 0)
  const WordInfo* word = nullptr;  // lemma, concept...; valid until the next detect() call
                                   // on the same thread
};

// Classifies every word of a sentence with the linear model: event or not, and which TimeML
// class and part of speech. What each distinct word contributes at each of the five positions
// it can be seen at is computed once and cached per thread, so a token costs one lookup and a
// few vector additions.
class EventDetector {
 public:
  EventDetector(const EventModel& model, const WordNet& wordnet);
  ~EventDetector();
  EventDetector(const EventDetector&) = delete;
  EventDetector& operator=(const EventDetector&) = delete;

  // The detector of the shipped model and word table.
  static const EventDetector& shipped();

  // Appends the events among `tokens` (one sentence of `text`) to `out`, in token order.
  void detect(std::string_view text, std::span<const Token> tokens,
              std::vector<DetectedEvent>& out) const;

  // The analysis of one word as written; valid until the next detect() on the same thread.
  const WordInfo& word(std::string_view raw) const;
  // The analyses of the tokens of the sentence last given to detect() on this thread, in
  // token order; valid until the next detect().
  std::span<const WordInfo* const> sentence_words() const;

  // Tense, aspect and factuality of token `i` of the sentence last given to detect() on this
  // thread, as if it were an event (for the lexicon's triggers that the model did not take),
  // part of speech from WordNet.
  DetectedEvent describe(std::size_t i) const;

  const EventModel& model() const { return model_; }
  const EventWordLists& word_lists() const { return lists_; }
  const WordNet& wordnet() const { return wordnet_; }

  struct Cache;  // per thread: each distinct word's analysis and contributions

 private:
  Cache& cache(bool may_reset) const;  // only detect() starts the cache over

  const EventModel& model_;
  const WordNet& wordnet_;
  EventWordLists lists_;
  std::uint64_t generation_;   // tells this detector's per-thread cache from others'
  std::vector<Scores> pairs_;  // 3 x kCoarseCount x kCoarseCount
};

// Tense, aspect, polarity, modality and factuality of the event at `i`, from the words before
// and around it (auxiliaries, "to", "not", "if", modals, intention verbs).
void describe_event(std::span<const WordInfo* const> words, std::size_t i,
                    const EventWordLists& lists, DetectedEvent& event);

}  // namespace chronograph::events
