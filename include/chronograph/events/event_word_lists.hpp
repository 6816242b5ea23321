// The word lists of the event rules: what makes an event no fact (data/events/
// factuality_words.txt) and what a timeline leaves out (data/events/timeline_words.txt).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "chronograph/base/text.hpp"
#include "chronograph/events/event_features.hpp"

namespace chronograph::events {

struct EventWordLists {
  enum List : std::uint8_t {
    // factuality_words.txt
    realizing,
    failing,
    conditional,
    irrealis_modifier,
    future_modifier,
    scheduling,
    scheduled_for,
    plan_topic,
    purpose,
    intention,
    doubt,
    denial,
    denial_with_out,
    cancelling,
    cancelling_with_off,
    resulting,
    hedge,
    habit,
    likelihood,
    // timeline_words.txt
    light_verb,
    generic_noun,
    support_verb,
    phase_verb,
    relation_verb,
    performative_verb,
    naming_verb,
    group_noun,
    sequel_noun,
    event_noun,
    subject_place_prep,
    scale_word,
    position_verb,
    charge_verb,
    kListCount
  };
  static_assert(kListCount <= 64, "lists are bits of a 64-bit mask");
  // The model's closed classes the rules read (0 when the model lacks one).
  struct ClassIds {
    std::uint8_t be = 0, have = 0, do_ = 0, modal = 0, negaux = 0, to = 0, neg = 0, adv = 0,
                 det = 0, poss = 0, prep = 0, comp = 0, pron = 0, num = 0;
  } classes;

  // Reads the lists of both files ("list: words..." lines) and takes the class ids from the
  // model's classes. Throws base::InputError for a malformed line or an unknown list name.
  static EventWordLists parse(std::string_view factuality_text, std::string_view timeline_text,
                              const WordClasses& model_classes);
  // The lists that hold a word as written lower-case or any of its lemmas, as bits (1 << List):
  // computed once per distinct word (WordInfo::lists), so rules test bits, not strings.
  std::uint64_t lists_of(const WordInfo& w) const;
  // Whether the list holds the word as written, compared lower-case (for rules that read the
  // raw text, not WordInfo).
  bool holds(List list, std::string_view word) const;

 private:
  void add(std::string_view text, const std::string& file);
  using Set = std::unordered_set<std::string, base::StringHash, std::equal_to<>>;
  std::array<Set, kListCount> lists_;
};

// Whether the word is in the list (by its precomputed WordInfo::lists).
inline bool in_list(const WordInfo& w, EventWordLists::List list) { return (w.lists >> list) & 1u; }

}  // namespace chronograph::events
