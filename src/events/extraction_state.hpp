// Private to src/events: the extractor's tables and working state, and its per-sentence steps.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "causal_rules.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/events/document_events.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/events/phrase_matcher.hpp"
#include "chronograph/events/tokenizer.hpp"

namespace chronograph::events::detail {

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Closed word classes, and which matchers a word can start a phrase of, kept as flags on
// interned words: a token's classes cost no string compare, and a matcher skips the tokens (and
// sentences) that cannot start one of its phrases.
enum WordClass : std::uint32_t {
  kFutureWord = 1u << 0,
  kPastWord = 1u << 1,
  kVerbUseWord = 1u << 2,
  kDeterminerWord = 1u << 3,
  kRoleNounWord = 1u << 4,
  kNotPersonWord = 1u << 5,
  kStartsTrigger = 1u << 6,
  kStartsSpeech = 1u << 7,
  kStartsReaction = 1u << 8,
  kStartsCue = 1u << 9,
  // Classes of the token as written rather than lower-cased:
  kNotNameWord = 1u << 10,  // "The", not "the"
  kStartsActor = 1u << 11,
  kStartsPlace = 1u << 12,
  // Claims and reactions (data/events/claim_words.txt):
  kSpeakerNounWord = 1u << 13,    // "office", "police": heads of a speaker's noun phrase
  kAudienceWord = 1u << 14,       // "reporters": listeners, never speakers
  kMediumWord = 1u << 15,         // "statement", "twitter": where words are said
  kListenerVerbWord = 1u << 16,   // "told", "assured": the listener comes next
  kPostposedVerbWord = 1u << 17,  // "said": may come after what was said
  kClauseVerbWord = 1u << 18,     // "said": may take its words with no "that"
  kAnaphorWord = 1u << 19,        // "the move": refers back to an event
  kSubjectStopWord = 1u << 20,    // "and", "which": a speaker's noun phrase stops there
  kNameParticleWord = 1u << 21,   // "de", "von": lower case inside a person's name
  kHonorificWord = 1u << 22,      // "Dr", "Gen": an abbreviated title, its full stop no end
  kActAnaphorWord = 1u << 23,     // "the decision": refers back to somebody's act
  kNotAnActWord = 1u << 24,       // "drop", "storm": an event type that is nobody's act
};
constexpr std::uint32_t kAsWritten = kNotNameWord | kStartsActor | kStartsPlace;

// What the extractor looks words up in, built once per Extractor: the lexicon, every word of
// the matchers and word classes below, and one phrase matcher per kind of phrase.
struct ExtractorTables {
  Lexicon lex;
  WordTable words;
  PhraseMatcher triggers{words, false};
  PhraseMatcher actors{words, true};
  PhraseMatcher places{words, true};
  PhraseMatcher speech{words, false};
  PhraseMatcher reactions{words, false};
  PhraseMatcher reaction_tails{words, false};  // the part after "..." of a cue with a gap
  std::vector<bool> reaction_has_tail;         // by reaction cue
  PhraseMatcher cues{words, false};
  CueTable causal;  // the cues' families and flags, by the ids `cues` returns

  explicit ExtractorTables(const Lexicon& l);
  ExtractorTables(const ExtractorTables&) = delete;  // the matchers refer to `words`
  ExtractorTables& operator=(const ExtractorTables&) = delete;

  bool person(int actor) const {
    return actor >= 0 && lex.actors[static_cast<std::size_t>(actor)].kind == "person";
  }
};

struct Hit {
  std::size_t tb = 0, te = 0;  // token range within the sentence
  int id = -1;
};

// A name in a sentence: a lexicon actor or a person-like capitalized run.
struct Name {
  std::size_t tb, te;
  std::string name;
  bool person;
  bool actor;
};

// Per-document working state; lives only during one extract() call.
struct DocState {
  const ExtractorTables& tables;
  const ingest::Document& doc;
  const ingest::Layout& layout;
  const std::vector<temporal::Timex>& timexes;
  const EventDetector& detector;
  const ExtractOptions& options;
  SentenceDater dater;  // dates the detected events, sentence by sentence
  std::string lower;
  std::vector<Token> toks;             // tokens of the current sentence
  std::vector<int> raw_ids, low_ids;   // their word ids, as written and lower-cased
  std::vector<std::uint32_t> classes;  // their word classes
  std::uint32_t sentence_classes = 0;  // all classes present in the sentence
  Extraction out;
  // Who has spoken or been introduced with a role, for pronouns and role nouns.
  struct Speaker {
    std::string name, role;
    std::size_t pos;
  };
  std::vector<Speaker> speakers;  // people quoted or introduced with a role, in text order
  // Surname -> the full name last seen with it ("Pritchin" -> "Stanislav Pritchin"). A map,
  // not a list searched backwards: a long document names thousands of people.
  base::StringMap<std::string> full_name_of;
  std::size_t quote_covered_until = 0;              // end of the last claim's quote
  std::vector<std::size_t> sentence_first_mention;  // per sentence: first mention index
  int claim_groups = 0;
  std::string last_claim_speaker;
  std::size_t last_claim_end = 0;
  std::size_t last_claim_sentence = 0;  // a statement run is of adjacent sentences
  // What the last reaction reacted to, and in which sentence: "In contrast, Y condemned ..."
  // with no object of its own reacts to the same.
  std::optional<std::size_t> last_reaction_target;
  std::size_t last_reaction_sentence = 0;
  // Curly-quoted spans of the page: a sentence that starts inside one is someone's words, so
  // its own "X believes" is not an attribution (the speaker is named where the quote closes).
  std::vector<std::pair<std::size_t, std::size_t>> quotes;
  // Time expressions come in text order (checked: if not, lookups scan them all).
  bool timexes_in_order = false;
  std::size_t timex_cursor = 0;  // no time expression before it ends in a sentence to come
  std::optional<std::size_t> last_timex_sentence;  // the last sentence with a time expression

  DocState(const ExtractorTables& tables, const ingest::Document& doc, const ingest::Layout& layout,
           const std::vector<temporal::Timex>& timexes, const EventDetector& detector,
           const DatingModel& dating, const ExtractOptions& options);

  std::string_view word(std::size_t k) const {
    return std::string_view(lower).substr(toks[k].start, toks[k].end - toks[k].start);
  }
  std::string_view raw(std::size_t k) const {
    return std::string_view(doc.text).substr(toks[k].start, toks[k].end - toks[k].start);
  }
  std::string text(std::size_t a, std::size_t b) const { return doc.text.substr(a, b - a); }
  bool is(std::size_t k, std::uint32_t classes_wanted) const {
    return (classes[k] & classes_wanted) != 0;
  }
  // Whether some token of the sentence is in one of the classes: the loops over tokens that
  // look for a matcher's phrases skip sentences with no word that could start one.
  bool has(std::uint32_t classes_wanted) const { return (sentence_classes & classes_wanted) != 0; }

  bool inside_quotes(std::size_t at) const;
  void add_straight_quotes();
  // Lookups that would otherwise scan everything seen so far, which is quadratic in a long
  // document: the first time expression that may start at `at` or later, and the first
  // mention of the sentence holding `at` (event mentions of earlier sentences all start
  // before it).
  std::size_t first_timex_at(std::size_t at) const;
  std::size_t first_mention_from(std::size_t at) const;
};

// The sentence being read and what its steps found in it. One is kept for the whole document,
// so that its lists are reused and a sentence costs no new allocations.
struct SentenceState {
  const ingest::Sentence* sentence = nullptr;
  std::size_t index = 0;                      // of the sentence in Layout::sentences
  std::size_t first_event = 0;                // its first mention in DocState::out
  std::vector<std::size_t> timexes;           // the time expressions inside it
  std::optional<std::size_t> headline_timex;  // the date heading it, for a headline
  std::vector<Hit> actor_hits, place_hits, trig_hits;
  std::vector<Name> names;
  std::vector<std::pair<int, std::size_t>> by_type;  // a sentence has few event types
  std::vector<std::size_t> evs;                      // its event mentions, by position
  std::vector<DocumentEvent> detected;               // what the event detector found, dated
  std::vector<bool> wanted;                          // which of them are dated
  CueSentence cue;                                   // what the causal cues read
};

// Whether the detector found a verb event at token k of the sentence ("said", "closed").
inline bool detected_verb_at(const SentenceState& ss, std::size_t k) {
  return std::any_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& d) {
    return d.token == k && d.pos == EventPos::verb;
  });
}

// Tokens [tb, te) of the sentence; empty when nothing was found.
struct TokenRange {
  std::size_t tb = 0, te = 0;
  bool empty() const { return tb >= te; }
};

// A statement or reaction a sentence reports: who, and the span of what was said.
struct Claim {
  std::string speaker;  // empty when there is none
  std::size_t start = 0, end = 0;
  bool reaction = false;
  TokenRange verb;  // the speech verb or reaction cue
};

// The steps of one sentence, in the order extract() takes them.

// extractor.cpp: its tokens with their word ids and classes, then its time expressions and,
// for a headline, the date heading it.
void read_tokens(DocState& st, const ingest::Sentence& s);
void find_sentence_timexes(DocState& st, SentenceState& ss);

// event_mentions.cpp: lexicon hits, then one event mention per event type.
void find_lexicon_hits(DocState& st, SentenceState& ss);
void add_event_mentions(DocState& st, SentenceState& ss);
int ordinal_before(const DocState& st, std::size_t tb);    // "the second round": 2
bool definite_before(const DocState& st, std::size_t tb);  // "the talks", "its attacks"
// "the opposition won", "Opposition wins": a word of the group_noun list naming a group.
bool names_a_group(const DocState& st, std::size_t k);

// open_events.cpp: the detector's events of the sentence, dated; the mentions they make that
// the lexicon has no trigger for, typed by their lemma and labelled from their clause; and the
// class and factuality of the lexicon's mentions.
void detect_events(DocState& st, SentenceState& ss);
void add_open_event_mentions(DocState& st, SentenceState& ss);
// The mention of event `e` of the sentence (detected, or an event noun a cue names), added for
// a causal link it is an end of (or the sentence's mention of the same concept). `realized`: a
// control verb made it happen ("forced officials to close"), so it is told as a fact whatever
// its own words say. None for a name.
std::optional<std::size_t> add_linked_mention(DocState& st, const SentenceState& ss,
                                              DocumentEvent e, bool realized);

// event_labels.cpp: labels of open-domain events.
// Headlines and titles capitalize every word: there a capital says nothing of a name.
bool title_case(const DocState& st);
std::string capitalized(std::string s);
// "Shareholders approve merger", "Levee breached": a verb event's label from its clause.
std::string clause_label(const DocState& st, const SentenceState& ss, const DocumentEvent& e);
// "the earthquake that struck", "the toll from the quake that struck on Monday rose": the
// pronoun of a relative clause without commas ending at token g, or whose own verb comes
// before it.
std::optional<std::size_t> relative_pronoun_before(const DocState& st, const SentenceState& ss,
                                                   std::size_t g);

// mention_dating.cpp: the date of a trigger, and event-anchored time expressions ("a day
// before", "a day after the talks") with the event they count from.
// The event at token k as if the detector had taken it, as a verb or a noun: a light verb with
// an event object, an end a causal cue names.
DocumentEvent undetected_event(const DocState& st, const SentenceState& ss, std::size_t k,
                               EventPos pos);

// Whether the token is in a phrase opening the sentence ("Because of the evacuation, ...",
// "After the vote, ...") that a comma closes before the time expression.
bool in_fronted_phrase(const DocState& st, std::size_t token, const temporal::Timex& t);

// "June's championships", "Sunday's first round": a time that dates only the noun it possesses.
bool possessive_time(const DocState& st, const temporal::Timex& t);
std::optional<std::size_t> date_for_trigger(const DocState& st, std::size_t tb, std::size_t te,
                                            const std::vector<std::size_t>& sentence_timexes,
                                            const std::vector<Hit>& trig_hits,
                                            std::optional<std::size_t>& since);
void attach_event_anchors(DocState& st, const SentenceState& ss);
void resolve_event_anchors(DocState& st, const SentenceState& ss);

// open_events.cpp: the lexicon trigger or event noun heading the phrase right after a verb,
// and whether a word is a one-word causative verb ("forced", "triggered").
std::optional<std::size_t> lexicon_object(const DocState& st, const SentenceState& ss,
                                          std::size_t verb);
bool causative_verb(const DocState& st, std::size_t k);

// mention_undating.cpp: dates that are another event's, taken from the mentions that hold
// them: objects and causes of a verb (`instantiating`: the verbs that bring their object
// about), and people, offences and reasons named by an event.
void undate_objects(DocState& st, const SentenceState& ss, std::uint32_t instantiating);
void undate_mentions_of_others(DocState& st, const SentenceState& ss);

// speakers.cpp: names in the sentence, people introduced with a role, and who a pronoun or
// role noun stands for.
void find_names(DocState& st, SentenceState& ss);
void note_speakers_with_roles(DocState& st, const SentenceState& ss);
void note_named_people(DocState& st, const SentenceState& ss, const Claim& claim);
std::string speaker_for(const DocState& st, std::string_view w, std::size_t at);
std::string role_of(const DocState& st, const std::string& name);
// The subject of a verb at token v (the noun phrase before it, across asides and appositions),
// the noun phrase from token b on, and who such a phrase names as speaking (empty: no one).
TokenRange subject_before(const DocState& st, const SentenceState& ss, std::size_t v);
TokenRange phrase_after(const DocState& st, const SentenceState& ss, std::size_t b);
std::string speaker_in(const DocState& st, const SentenceState& ss, TokenRange np);

// claims.cpp: a statement, and the claim mention with its links.
Claim find_statement(const DocState& st, const SentenceState& ss);
void add_claim(DocState& st, const SentenceState& ss, const Claim& claim);

// reactions.cpp: a reaction ("X condemned the attack"), and the event it reacts to.
void find_reaction(const DocState& st, const SentenceState& ss, Claim& claim);
void link_reaction(DocState& st, const SentenceState& ss, std::size_t ci, const Claim& claim);

// extractor.cpp: under `--events salient`, detected events with nothing to place them on a
// timeline go once the document is read.
void drop_unplaceable(Extraction& out);

// causal_cues.cpp: links between the sentence's events that a cue states ("X led to Y"), by
// the families of data/events/causal_cues.txt (causal_families.cpp).
void link_causal_cues(DocState& st, SentenceState& ss);

}  // namespace chronograph::events::detail
