// Dating detected events from their sentence: its time expressions, the DCT, other events.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chronograph/events/document_events.hpp"
#include "chronograph/events/tokenizer.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// Walks a document's sentences in order (time expressions are sorted by offset, so each
// sentence's are found by a cursor, not a search).
class SentenceDater {
 public:
  SentenceDater(std::string_view text, const std::vector<temporal::Timex>& timexes,
                std::optional<date::sys_days> dct)
      : text_(text), timexes_(timexes), dct_(dct) {}

  // Dates the events of one sentence (`tokens` are its tokens): by the time expression that
  // governs each, else by the publication day for recent reported events.
  void date_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                     std::span<DocumentEvent> events);

  // Events placed against another event by an anchored expression ("two days after the
  // vote"): dated from that event once it has a date.
  void date_by_anchors(std::vector<DocumentEvent>& events) const;

 private:
  std::string_view text_;
  const std::vector<temporal::Timex>& timexes_;
  std::optional<date::sys_days> dct_;
  std::size_t cursor_ = 0;
  std::vector<std::size_t> in_sentence_;
};

}  // namespace chronograph::events
