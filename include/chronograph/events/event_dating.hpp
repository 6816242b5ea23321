// Dating detected events: which time expression of their text (or the DCT) places each one.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/document_events.hpp"
#include "chronograph/events/event_word_lists.hpp"
#include "chronograph/events/linear_model.hpp"
#include "chronograph/events/tokenizer.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// A learned scorer of (event, candidate date) pairs: data/models/dating.bin, made by
// `chronograph train dating` from the TLINKs of TimeML corpora.
class DatingModel {
 public:
  DatingModel() = default;
  DatingModel(LinearModel weights, std::string provenance)
      : weights_(std::move(weights)), provenance_(std::move(provenance)) {}
  static DatingModel from_bytes(std::string_view bytes, const std::string& file);
  static const DatingModel& shipped();
  std::string serialize() const;

  std::int32_t score(const std::vector<std::uint64_t>& features) const;
  bool empty() const { return weights_.size() == 0; }
  const std::string& provenance() const { return provenance_; }

 private:
  LinearModel weights_;  // one label: "this candidate dates the event"
  std::string provenance_;
};

// A verb event told in a tense (past, present, future): the head of a clause of its own.
bool finite_verb(const DocumentEvent& event);

// Whether a time expression starting at byte `time_start` of `text` is a report's, not
// `event`'s: past the finite verb of the clause a reporting `event` reports ("said the payments
// began in 2019"), past a finite reporting verb after `event` ("14 were injured, the ministry
// said on Wednesday"), right after a finite reporting verb before a past perfect `event` ("said
// on Wednesday that the outbreak had killed 23"), past a reporting `event`'s "that"; or, for a
// reporting `event`, inside the words before it ("flooded the town on January 24, the ministry
// said"). `sentence` holds the sentence's detected events.
bool timed_by_a_report(std::string_view text, std::span<const DocumentEvent> sentence,
                       const DocumentEvent& event, std::size_t time_start);

// Whether a time expression starting at byte `time_start`, after `event`, belongs to another
// event of the sentence between them: a noun or a clause's verb ("signalled that it may raise
// rates again in December", "The decision followed a jump in prices in August"). Verbs that
// only carry or frame another event ("held", "began", "took") do not stand between. (A rule for
// the nearest-time choice; the dating model weighs such times itself, and the corpora score
// it worse as a hard filter there: TimeBank dating F1 -1.1, AQUAINT -2.7.)
bool nearer_event_between(std::span<const DocumentEvent> sentence, const DocumentEvent& event,
                          std::size_t time_start);

// Whether `e` is told as going on now ("is still rebuilding after floods in November 2020")
// and `t` ended more than a week before the publication day: that time is another event's.
bool ongoing_before(const DocumentEvent& e, const temporal::Timex& t,
                    std::optional<date::sys_days> dct);
// A time the event's tense rules out: wholly after the publication day for what "was" or "has
// been" done, wholly before it for what "will" happen, weeks before it for what "is" going on.
bool against_tense(const DocumentEvent& e, const temporal::Timex& t,
                   std::optional<date::sys_days> dct);

// A time an event may be placed at.
enum class CandidateKind : std::uint8_t {
  sentence,  // a time expression of the event's sentence
  previous,  // the last time expression of the sentences just before (the narrative's time)
  dct,       // the publication day
};

struct DatingCandidate {
  CandidateKind kind = CandidateKind::dct;
  std::size_t timex = 0;           // index into the document's time expressions
  std::size_t sentences_back = 0;  // previous: how many sentences back
};

// Walks a document's sentences in order (time expressions are sorted by offset, so each
// sentence's are found by a cursor, not a search), and dates each sentence's events with the
// candidate the model scores best, when that score is positive.
class SentenceDater {
 public:
  SentenceDater(std::string_view text, const std::vector<temporal::Timex>& timexes,
                std::optional<date::sys_days> dct, const DatingModel& model,
                const EventWordLists& lists)
      : text_(text), timexes_(timexes), dct_(dct), model_(model), lists_(lists) {}

  // Dates the events of one sentence; `tokens` are the sentence's tokens. With `wanted`, only
  // the events it marks are dated (the others still count as context).
  void date_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                     std::span<DocumentEvent> events, const std::vector<bool>* wanted = nullptr);

  // The same steps one at a time, for training: the sentence, each event's candidates, and a
  // candidate's features. end_sentence() moves the narrative time on.
  void begin_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                      std::span<const DocumentEvent> events);
  const std::vector<DatingCandidate>& candidates(const DocumentEvent& event);
  void features(const DocumentEvent& event, const DatingCandidate& candidate,
                std::vector<std::uint64_t>& out) const;
  void end_sentence();
  // Moves past a sentence whose events need no date (its time expressions still set the
  // narrative's time for the sentences after it).
  void skip_sentence(const ingest::Sentence& sentence);

  // Events placed against another event by an anchored expression ("two days after the
  // vote"): dated from that event once it has a date.
  void date_by_anchors(std::vector<DocumentEvent>& events) const;

 private:
  struct SentenceTimex {
    std::size_t index;        // into timexes_
    std::size_t first, last;  // its tokens in the sentence [first, last)
  };
  std::string_view text_;
  const std::vector<temporal::Timex>& timexes_;
  std::optional<date::sys_days> dct_;
  const DatingModel& model_;
  const EventWordLists& lists_;
  std::size_t cursor_ = 0;
  std::size_t sentence_ = 0;               // sentences begun so far
  std::optional<std::size_t> last_timex_;  // the narrative's time: last dating expression seen
  std::size_t last_timex_sentence_ = 0;
  std::span<const Token> tokens_;
  std::span<const DocumentEvent> events_;
  std::vector<SentenceTimex> in_sentence_;
  std::optional<std::size_t> last_day_distance_;  // start of the sentence's last "the day before"
  std::vector<DatingCandidate> candidates_;
  std::vector<std::uint64_t> scratch_;
  // Per-sentence tables, so each candidate's features cost the same in a sentence of 20
  // tokens or 200,000: counts of each cue word up to each token, the events' tokens in order,
  // and the phrases event-anchored expressions count from.
  std::vector<std::uint32_t> counts_;  // (tokens + 1) rows of kCountColumns
  std::vector<std::size_t> event_tokens_;
  std::vector<std::pair<std::size_t, std::size_t>> anchor_phrases_;  // by start, end = max so far
  // ", who led the city from 2009 to 2017,": relative clauses set off by commas, as byte spans.
  struct Aside {
    std::size_t start, end;  // bytes, the commas included
    bool times_antecedent;   // ", which ...": its times may be the noun's before it
    // A clause without commas ("the quake that struck on Monday"): its times may be only the
    // noun's right before it, which ends at this byte (0: not such a clause).
    std::size_t antecedent_end = 0;
  };
  std::vector<Aside> asides_;
  void find_asides(std::span<const Token> tokens);
  void find_relative_clauses(std::span<const Token> tokens);
  bool across_an_aside(const DocumentEvent& e, const DatingCandidate& c) const;
  bool scheduled_for_another(const DocumentEvent& e, const DatingCandidate& c) const;
  std::vector<SentenceTimex>::const_iterator sentence_timex(std::size_t index) const;
  std::size_t count_between(std::size_t column, std::size_t from, std::size_t to) const;
  bool in_anchor_phrase(const DocumentEvent& event) const;
  bool counted_from_an_event(const DocumentEvent& e, const DatingCandidate& c) const;
  bool against_tense(const DocumentEvent& e, const DatingCandidate& c) const;
  bool own_phrase_date(const DocumentEvent& event, const DatingCandidate& candidate) const;
  void count_tokens(const ingest::Sentence& sentence);
};

// A time expression that can date an event: a resolved DATE or TIME, not "recently" (a _REF
// value), not a duration or a set, not counted from another event.
bool dates_events(const temporal::Timex& t);

}  // namespace chronograph::events
