// Features of the event detector: what one word type says about itself and its neighbours.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/text.hpp"
#include "chronograph/events/wordnet.hpp"

namespace chronograph::events {

// The detector's labels: no event, or an event of one TimeML class.
enum class EventClass : std::uint8_t {
  none,
  occurrence,
  reporting,
  state,
  i_action,
  i_state,
  aspectual,
  perception
};
inline constexpr std::size_t kEventClassCount = 8;  // with `none`
std::string_view to_string(EventClass c);           // "OCCURRENCE", ... ("NONE" for none)
EventClass event_class_from_string(std::string_view timeml_class);  // none when unknown

// The part of speech of an event (TimeML MAKEINSTANCE pos), predicted by a second head.
enum class EventPos : std::uint8_t { verb, noun, adjective, other };
inline constexpr std::size_t kEventPosCount = 4;
std::string_view to_string(EventPos p);  // "VERB", "NOUN", "ADJECTIVE", "OTHER"
EventPos event_pos_from_string(std::string_view timeml_pos);

// Scores the model gives one token: the classes, then the parts of speech.
inline constexpr std::size_t kScoreCount = kEventClassCount + kEventPosCount;
using Scores = std::array<std::int32_t, kScoreCount>;

// Coarse classes of a word type, for the features that pair a token with a neighbour.
inline constexpr std::size_t kCoarseCount = 50;

// Named word lists in the data files' form: "name: word word ..." lines, '#' comments; an
// indented line goes on with the list above.
struct WordList {
  std::string name;
  std::vector<std::string> words;
  std::size_t line = 0;
};
// Throws base::InputError "file:line:column: error: ..." on a line without "name:".
std::vector<WordList> parse_word_lists(std::string_view text, const std::string& file);

// Closed word classes (determiners, auxiliaries, modals, ...), kept as data in the model.
class WordClasses {
 public:
  // Parses "class: word word ..." lines ('#' comments); throws base::InputError on bad lines.
  static WordClasses parse(std::string_view text, const std::string& file);
  std::string serialize() const;  // the same text form, normalized

  // The class of a lower-cased word, 0 when it has none; names are 1-based.
  std::uint8_t of(std::string_view lower_word) const {
    const auto it = by_word_.find(lower_word);
    return it == by_word_.end() ? 0 : it->second;
  }
  std::uint8_t id(std::string_view class_name) const;  // 0 when unknown
  std::string_view name(std::uint8_t id) const;
  std::size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
  std::vector<std::vector<std::string>> words_;
  base::StringMap<std::uint8_t> by_word_;
};

// Everything the features read of one word type, as written: computed once per distinct word.
struct WordInfo {
  std::string lower;
  std::string lemma;  // the verb lemma, else the noun's, else the adjective's, else lower
  std::string verb_lemma, noun_lemma;
  std::string event_concept;    // WordNet event concept of the lemma ("eruption" for "erupted")
  std::uint8_t pos_bits = 0;    // 1 noun, 2 verb, 4 adjective, 8 adverb (WordNet, after morphy)
  std::uint8_t word_class = 0;  // closed class, 0 when none
  std::uint8_t coarse = 0;      // < kCoarseCount
  std::array<std::uint8_t, kWnPosCount> first_lexname{};  // 0xFF when not that part of speech
  std::array<std::uint8_t, kWnPosCount> senses{};
  std::uint64_t lexnames = 0;          // every sense's lexicographer file
  std::uint8_t proper_lexname = 0xFF;  // capitalized word with a proper-noun sense
  // The lexicographer files the name rules read.
  static constexpr std::uint8_t kLocation = 15, kPerson = 18;  // noun.location, noun.person
  std::uint16_t first_ancestors = 0, any_ancestors = 0;        // noun classes (wordnet.hpp)
  bool deverbal = false;     // a noun derived from a verb: "sale", "attack", "election"
  std::uint64_t frames = 0;  // WordNet verb frames (wordnet.hpp)
  char verb_form = 0;        // as a verb: 'b' base, 's' -s, 'g' -ing, 'd' -ed, 'i' irregular
                             // ("rose", "held"), 0 when no verb
  bool capitalized = false, all_caps = false, digit = false, punct = false, hyphen = false;
  std::string shape;        // "Xx", "x", "X.X.", "d", "x-x" ...
  std::uint64_t lists = 0;  // the event rules' word lists it is in (event_word_lists.hpp)
};

// Word types that stand for the sentence's edges in the neighbour features.
inline constexpr std::string_view kSentenceStart = "<s>";
inline constexpr std::string_view kSentenceEnd = "</s>";

WordInfo analyze_word(std::string_view raw, const WordNet& wordnet, const WordClasses& classes);

// Appends the hashed features of word type `w` seen at `position` (-2..2) relative to the
// token being classified. Training and detection both call this, so they cannot disagree.
void word_features(const WordInfo& w, int position, std::vector<std::uint64_t>& out);

// The hashed feature pairing two neighbours' coarse classes: (-1, 0), (0, +1) or (-2, 0).
enum class Pair : std::uint8_t { left_self, self_right, left2_self };
inline constexpr std::size_t kPairCount = 3;
std::uint64_t pair_feature(Pair pair, std::uint8_t a, std::uint8_t b);

// The five word types a token is classified by: context[2 + d] is the word at offset d, with
// kSentenceStart / kSentenceEnd standing in beyond the sentence's edges.
using Context = std::array<const WordInfo*, 5>;

// Every feature of a token in its context: each word's at its position, and the pairs.
void token_features(const Context& context, std::vector<std::uint64_t>& out);

}  // namespace chronograph::events
