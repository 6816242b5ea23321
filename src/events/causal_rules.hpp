// Private to src/events: the causal cue table and the token-level rules that pick a cue's ends.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/kinds.hpp"
#include "chronograph/events/phrase_matcher.hpp"

namespace chronograph::events::detail {

struct DocState;
struct SentenceState;

// How a family finds the cause and the effect around its cue (docs/causal-links.md).
enum class CueFamily : std::uint8_t {
  connective_prefix,  // Y because of X
  reaction,           // Y in response to X
  connective_clause,  // Y because X happened
  causative_verb,     // X caused Y
  reverse_verb,       // Y stemmed from X
  passive_agent,      // Y was hurt by X
  result_noun_from,   // losses from X
  conclusive,         // X, so Y
  sentence_initial,   // As a result, Y (X in the sentence before): no link
  purpose,            // X in order to Y: no link, ever
  hedge,              // likely to: blocks the cue after it
};
inline constexpr std::size_t kCueFamilyCount = 11;
std::string_view to_string(CueFamily family);

// Closed word classes of data/events/causal_words.txt, as bits per word id.
enum CausalWord : std::uint32_t {
  kAdverb = 1u << 0,
  kAux = 1u << 1,
  kBe = 1u << 2,
  kSubordinator = 1u << 3,
  kWh = 1u << 4,
  kGovernor = 1u << 5,
  kPreposition = 1u << 6,
  kDeterminer = 1u << 7,
  kRelative = 1u << 8,
  kParenOpener = 1u << 9,
  kPronoun = 1u << 10,
  kModal = 1u << 11,
  kNegation = 1u << 12,
  kConditional = 1u << 13,
  kNounHedge = 1u << 14,
  kReporting = 1u << 15,
  kHard = 1u << 16,
  kCausativeSkip = 1u << 17,
  kSubjectBoundary = 1u << 18,
  kClauseOpener = 1u << 19,
  kBareGovernor = 1u << 20,
  kPerfectAux = 1u << 21,
  kCoordinationStop = 1u << 22,
  kSinceNotAfter = 1u << 23,
  kSinceNotBefore = 1u << 24,
  kIrregularPassive = 1u << 25,
  kContest = 1u << 26,
};

struct Cue {
  std::string name;  // its first form: "because of", "cause"
  CueFamily family = CueFamily::connective_prefix;
  bool control = false, control_only = false, pred_object = false, since = false;
  std::vector<int> not_before, after;  // word ids
  int prep = -1;                       // word id; passive_agent's "by" when -1
  std::size_t line = 0;                // in the data file
};

struct FamilyInfo {
  LinkType type = LinkType::causes;
  bool links = false;  // false: the family's cues block instead ("none"), or it is off
  bool off = false;    // read but not used: its cues match nothing
  double confidence = 0;
};

// The cues of data/events/causal_cues.txt and the word classes of causal_words.txt. Built once
// per Extractor; the forms go into `matcher`, each with its cue's index as id.
struct CueTable {
  std::vector<Cue> cues;
  std::array<FamilyInfo, kCueFamilyCount> families{};
  std::vector<std::uint32_t> classes;  // by word id; ids past the end have none
  int to = -1, and_ = -1, or_ = -1, but = -1, comma = -1, by = -1, from = -1, that = -1, in = -1,
      case_ = -1, will = -1, not_ = -1;  // word ids the rules name

  // Throws base::InputError "file:line:column: error: ..." for a malformed line.
  static CueTable parse(std::string_view cues_text, std::string_view words_text, WordTable& words,
                        PhraseMatcher& matcher);
  std::uint32_t of(int word) const {
    return word < 0 || static_cast<std::size_t>(word) >= classes.size()
               ? 0
               : classes[static_cast<std::size_t>(word)];
  }
};

// An event a rule may take as an end: a mention of the sentence, or a detected event that has
// none yet (the link gives it one).
struct CueEnd {
  std::size_t token = 0;
  long mention = -1;   // index into Extraction::mentions
  long detected = -1;  // index into SentenceState::detected
  bool pred = false;   // verb or adjective, not a noun
  bool verb = false;
  bool fact = true;     // told as a fact or as scheduled
  bool future = false;  // told as to come: never the cause of a fact told as past
  // An event noun the detector missed ("heavy rain caused flooding"): an end only where a cue
  // names it, never one the rules find by looking for the nearest event.
  bool licensed_only = false;
};

// A link a rule found, before the blockers and before it is written.
struct CueLink {
  std::size_t cause = 0, effect = 0;  // tokens, each an end
  bool realized = false;              // the effect is a control verb's infinitive
};

// What the rules read of the sentence, rebuilt for each sentence with a cue; kept in the
// SentenceState so that its vectors are reused.
struct CueSentence {
  std::vector<std::uint32_t> cls;  // causal word classes per token
  std::vector<long> end_at;        // per token: index into ends, or -1
  std::vector<CueEnd> ends;
  std::vector<char> used;               // tokens a cue took
  std::vector<std::size_t> hedge_ends;  // after "likely to", "expected to"
  std::vector<CueLink> found;
};

// Fills ss.cue (the ends and the classes of the sentence's tokens).
void read_cue_sentence(const DocState& st, SentenceState& ss);

// The links the cue of family `cue.family` at tokens [i0, i1) states, appended to
// ss.cue.found. False when the cue does not apply here (a shorter one may).
bool apply_cue(const DocState& st, SentenceState& ss, const Cue& cue, std::size_t i0,
               std::size_t i1);

// Why a link is not a fact: "" when nothing blocks it.
std::string_view blocked(const DocState& st, const SentenceState& ss, const Cue& cue,
                         std::size_t i0, const CueLink& link);

}  // namespace chronograph::events::detail
