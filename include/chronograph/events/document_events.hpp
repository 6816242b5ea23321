// The open-domain events of one document, each with the time its text gives it.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/event_detector.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// Where an event's date comes from.
enum class DateBasis : std::uint8_t {
  none,   // the text does not place it
  timex,  // a time expression of its clause ("struck on Tuesday", "the June 2 talks")
  dct,    // the publication day: a recent reported event ("said", "announced" in past tense)
  event,  // another event it is placed against ("two days after the vote")
};
std::string_view to_string(DateBasis basis);

struct DocumentEvent {
  std::size_t start = 0, end = 0;  // the trigger word, bytes into the text
  std::size_t sentence = 0;        // index into Layout::sentences
  std::size_t token = 0;           // index of the trigger among its sentence's tokens
  EventClass event_class = EventClass::occurrence;
  EventPos pos = EventPos::verb;
  Tense tense = Tense::none;
  Aspect aspect = Aspect::none;
  Factuality factuality = Factuality::asserted;
  bool negated = false;
  std::string modality;                    // the modal word as written ("would"), empty when none
  std::size_t cue_start = 0, cue_end = 0;  // the word that made it non-factual, if any
  std::int32_t margin = 0;
  bool listed = false;        // an event_noun the model missed: dated only by its own phrase's date
  std::string lemma;          // "approve", "earthquake"
  std::string event_concept;  // WordNet event noun ("approval", "earthquake")
  std::uint64_t lists = 0;    // the event rules' word lists its word is in

  // Its date, when the text gives one.
  DateBasis basis = DateBasis::none;
  std::optional<std::size_t> timex;         // index into the document's timexes
  std::optional<std::size_t> anchor_event;  // index into the document's events
  std::string_view date_rule;               // which dating rule placed it (a static string)
  std::int32_t date_score = 0;              // the dating model's score for that choice
  std::optional<date::sys_days> earliest, latest;
  std::string value;  // TIMEX3-style value of the date ("2025-06-02", "2025-05"), or ""
};

class DatingModel;

// Detects the events of every content sentence and dates them. `dct` is the publication day
// when known (relative expressions are already resolved against it in `timexes`).
std::vector<DocumentEvent> find_document_events(std::string_view text, const ingest::Layout& layout,
                                                const std::vector<temporal::Timex>& timexes,
                                                std::optional<date::sys_days> dct,
                                                const EventDetector& detector,
                                                const DatingModel& dating);

// The mode an event at `token` takes from the event `governor` before it in its sentence: what a
// verb of intention, doubt or denial governs ("demanded that the forces withdraw"), a noun
// object of a non-factual verb ("would sign an agreement", "to agree to a ceasefire"), a
// coordinated event of a non-factual one. None when nothing passes on.
struct GovernedFactuality {
  Factuality factuality;
  std::size_t cue_start, cue_end;
};
// The mode of the clause at `token`: that of a non-factual verb before it in the sentence
// ("would lead ... to agree"), unless a verb told as fact, ";", ":" or "but" comes between.
std::optional<GovernedFactuality> scope_factuality(std::string_view text,
                                                   std::span<const Token> tokens,
                                                   std::span<const DocumentEvent> events,
                                                   std::size_t token);
std::optional<GovernedFactuality> governed_factuality(std::string_view text,
                                                      std::span<const Token> tokens,
                                                      const EventDetector& detector,
                                                      const DocumentEvent& governor,
                                                      std::size_t token, EventPos pos);

// Detects the events of sentence `sentence` (its tokens given) and appends them, undated.
void detect_sentence_events(std::string_view text, std::span<const Token> tokens,
                            std::size_t sentence, const EventDetector& detector,
                            std::vector<DocumentEvent>& out);

}  // namespace chronograph::events
