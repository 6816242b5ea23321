// Event, claim and link extraction from one document: detected events typed by the lexicon.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <date/date.h>

#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/kinds.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/ingest/document.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// One mention of an event (or one claim) in one document.
struct EventMention {
  EventKind kind = EventKind::event;
  std::string type;                // lexicon event type, "statement" for claims
  std::string label;               // short human label
  std::size_t start = 0, end = 0;  // the trigger (or, for claims, the quoted/paraphrased span)
  std::size_t sentence_start = 0, sentence_end = 0;
  std::vector<std::string> actors;  // canonical names
  std::vector<std::string> places;  // canonical names
  int ordinal = 0;                  // "the second round" -> 2
  std::string name;                 // a proper name of the event ("Operation Desert Storm")
  std::string speaker;              // claims and reactions
  std::string speaker_role;
  std::optional<std::size_t> timex;         // index into the document's timexes that dates it
  std::optional<std::size_t> anchor_timex;  // an event-anchored timex ("a day after the talks")
  bool headline = false;                    // from a headline list or the title
  bool specific = false;  // has a date, ordinal, name or place: it can start an event of its own
  bool definite = false;  // "the talks", "this meeting", "Ukraine's attacks": refers back
  // Dating evidence beyond the timex itself.
  std::optional<std::size_t> since_timex;  // "talks ... since early 2022": a lower bound
  std::optional<std::size_t>
      anchor_mention;  // for an event-anchored timex: the event it counts from
  int tense = 0;       // -1 past, +1 future, 0 unknown (sentence level)
  int claim_group =
      -1;  // claims: mentions of one statement run share a group (same speaker, adjacent)
  // What the event detector says of the trigger (events/event_detector.hpp).
  EventClass event_class = EventClass::occurrence;
  Factuality factuality = Factuality::asserted;
  std::size_t cue_start = 0, cue_end = 0;  // the word that makes it no fact ("if", "would")
  bool open_domain = false;     // found by the detector alone: typed by its lemma, not the lexicon
  bool dct_dated = false;       // dated as news of the publication day (no time expression)
  bool title = false;           // in the document's title
  std::int32_t confidence = 0;  // the detector's margin; 0 for lexicon-only triggers
};

// A link found in the text between two mentions of the same document.
struct MentionLink {
  std::size_t from = 0;  // index into Extraction::mentions
  std::size_t to = 0;
  LinkType type = LinkType::causes;
  std::size_t start = 0, end = 0;          // evidence span (the cue and its sentence)
  std::string rule;                        // the family or rule that found it ("causative_verb")
  std::size_t cue_start = 0, cue_end = 0;  // the words that state it ("led to"); equal: none
  double confidence = 0;  // the rule's measured precision, in [0, 1]; 0 when unmeasured
  std::string claimed_by =
      {};  // a cause told inside someone's words: whose; empty when the text says it
};

struct Extraction {
  std::vector<EventMention> mentions;
  std::vector<MentionLink> links;
  std::vector<std::string> places_mentioned;  // every lexicon place named in content, sorted
};

// Which detected events become mentions. `salient` keeps what a timeline may show: told as
// facts (or as scheduled), occurrences and actions rather than states or reporting verbs (claims
// cover those), not light verbs ("make", "take"). `all` keeps every detected event, with its
// factuality; non-facts are never dated or linked as facts downstream.
enum class EventSelection { salient, all };

struct ExtractOptions {
  std::optional<date::sys_days> dct;  // the publication day, when known
  EventSelection events = EventSelection::salient;
};

class DatingModel;

class Extractor {
 public:
  // The detector and dating model default to the shipped ones (data/models/).
  explicit Extractor(const Lexicon& lexicon);
  Extractor(const Lexicon& lexicon, const EventDetector& detector, const DatingModel& dating);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Extraction extract(const ingest::Document& doc, const ingest::Layout& layout,
                     const std::vector<temporal::Timex>& timexes,
                     const ExtractOptions& options = {}) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace chronograph::events
