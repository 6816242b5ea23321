// The extractor's tables: the closed word classes and the phrase matchers, over interned words.
#include <array>
#include <string_view>
#include <utility>

#include "chronograph/embedded.hpp"
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

constexpr std::array<std::string_view, 24> kRoleNouns = {
    "analyst",     "expert",       "president", "minister",  "official",      "spokesman",
    "spokeswoman", "spokesperson", "diplomat",  "author",    "general",       "ambassador",
    "negotiator",  "chief",        "head",      "leader",    "correspondent", "adviser",
    "advisor",     "secretary",    "publicist", "commander", "professor",     "journalist"};

constexpr std::array<std::string_view, 20> kNotNames = {
    "The", "A",    "An", "In", "On",   "At",   "For",   "But",   "And",     "Or",
    "If",  "When", "As", "It", "This", "That", "These", "Those", "However", "Meanwhile"};

// Words that make a capitalized run an organization, a title or a thing rather than a person.
constexpr std::array<std::string_view, 44> kNotPersonWords = {
    "science",   "service", "council",    "ministry", "university", "institute",  "agency",
    "committee", "office",  "department", "party",    "union",      "federation", "republic",
    "state",     "states",  "news",       "media",    "press",      "global",     "asia",
    "africa",    "america", "europe",     "portal",   "center",     "centre",     "foundation",
    "bank",      "group",   "company",    "court",    "army",       "forces",     "operation",
    "war",       "accords", "campaign",   "peace",    "format",     "south",      "north",
    "sea",       "day"};

}  // namespace

ExtractorTables::ExtractorTables(const Lexicon& l) : lex(l) {
  const auto mark = [&](const auto& list, std::uint32_t cls) {
    for (std::string_view w : list) words.add_flags(words.intern(w), cls);
  };
  mark(kFuture, kFutureWord);
  mark(kPast, kPastWord);
  mark(kVerbUse, kVerbUseWord);
  mark(kDeterminers, kDeterminerWord);
  mark(kRoleNouns, kRoleNounWord);
  mark(kNotPersonWords, kNotPersonWord);
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
  for (std::size_t i = 0; i < lex.reaction_cues.size(); ++i)
    reactions.add(lex.reaction_cues[i], static_cast<int>(i));
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
