// The extractor's tables: the closed word classes and the phrase matchers, over interned words.
#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "chronograph/base/source_error.hpp"
#include "chronograph/embedded.hpp"
#include "chronograph/events/event_features.hpp"
#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

constexpr std::array<std::string_view, 13> kDeterminers = {"the", "this",  "these", "that", "those",
                                                           "its", "their", "his",   "her",  "our",
                                                           "'s",  "’s",    "such"};

constexpr std::array<std::string_view, 16> kVerbUse = {
    "to",     "will",  "would", "can",    "could", "may",   "might",   "must",
    "should", "shall", "not",   "cannot", "won't", "don't", "doesn't", "didn't"};

constexpr std::array<std::string_view, 17> kPast = {
    "was",      "were",     "had",      "did",       "held",    "took",
    "agreed",   "launched", "rejected", "presented", "arrived", "sent",
    "proposed", "approved", "imposed",  "happened",  "occurred"};

constexpr std::array<std::string_view, 9> kFuture = {
    "will", "’ll", "'ll", "scheduled", "planned", "upcoming", "next", "expected", "set"};

constexpr std::array<std::string_view, 20> kNotNames = {
    "The", "A",    "An", "In", "On",   "At",   "For",   "But",   "And",     "Or",
    "If",  "When", "As", "It", "This", "That", "These", "Those", "However", "Meanwhile"};

// The lists of data/events/claim_words.txt, each a word class.
constexpr std::pair<std::string_view, WordClass> kClaimWordLists[] = {
    {"role_noun", kRoleNounWord},
    {"not_person", kNotPersonWord},
    {"speaker_noun", kSpeakerNounWord},
    {"audience", kAudienceWord},
    {"medium", kMediumWord},
    {"listener_verb", kListenerVerbWord},
    {"postposed_verb", kPostposedVerbWord},
    {"clause_verb", kClauseVerbWord},
    {"anaphor_noun", kAnaphorWord},
    {"act_anaphor_noun", kActAnaphorWord},
    {"not_an_act", kNotAnActWord},
    {"subject_stop", kSubjectStopWord},
    {"name_particle", kNameParticleWord},
    {"honorific", kHonorificWord}};

void mark_claim_words(WordTable& words) {
  const std::string file = "data/events/claim_words.txt";
  for (const auto& list : parse_word_lists(embedded::claim_words(), file)) {
    const auto it = std::find_if(std::begin(kClaimWordLists), std::end(kClaimWordLists),
                                 [&](const auto& named) { return named.first == list.name; });
    if (it == std::end(kClaimWordLists))
      throw base::InputError(file, list.line, 1, "unknown word list '" + list.name + "'");
    for (const auto& w : list.words) words.add_flags(words.intern(w), it->second);
  }
}

}  // namespace

ExtractorTables::ExtractorTables(const Lexicon& l) : lex(l) {
  const auto mark = [&](const auto& list, std::uint32_t cls) {
    for (std::string_view w : list) words.add_flags(words.intern(w), cls);
  };
  mark(kFuture, kFutureWord);
  mark(kPast, kPastWord);
  mark(kVerbUse, kVerbUseWord);
  mark(kDeterminers, kDeterminerWord);
  mark_claim_words(words);
  mark(kNotNames, kNotNameWord);
  for (std::size_t i = 0; i < lex.event_types.size(); ++i)
    for (const auto& t : lex.event_types[i].triggers) triggers.add(t, static_cast<int>(i));
  for (std::size_t i = 0; i < lex.actors.size(); ++i) {
    actors.add(lex.actors[i].name, static_cast<int>(i));
    for (const auto& a : lex.actors[i].aliases) actors.add(a, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < lex.places.size(); ++i) {
    places.add(lex.places[i].name, static_cast<int>(i));
    for (const auto& a : lex.places[i].aliases) places.add(a, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < lex.speech_verbs.size(); ++i)
    speech.add(lex.speech_verbs[i], static_cast<int>(i));
  // "losing ... patience": the words before the gap start the cue, those after end it.
  for (std::size_t i = 0; i < lex.reaction_cues.size(); ++i) {
    const std::string_view cue = lex.reaction_cues[i];
    const std::size_t gap = cue.find(" ... ");
    reactions.add(cue.substr(0, gap), static_cast<int>(i));
    reaction_has_tail.push_back(gap != std::string_view::npos);
    if (gap != std::string_view::npos) reaction_tails.add(cue.substr(gap + 5), static_cast<int>(i));
  }
  causal = CueTable::parse(embedded::causal_cues(), embedded::causal_words(), words, cues);
  for (int id = 0; id < static_cast<int>(words.size()); ++id) {
    const std::pair<const PhraseMatcher*, WordClass> starts[] = {
        {&triggers, kStartsTrigger}, {&actors, kStartsActor},       {&places, kStartsPlace},
        {&speech, kStartsSpeech},    {&reactions, kStartsReaction}, {&cues, kStartsCue}};
    for (const auto& [matcher, cls] : starts)
      if (matcher->starts(id)) words.add_flags(id, cls);
  }
}

}  // namespace chronograph::events::detail
