// Finding a document's open-domain events sentence by sentence, and dating each one.
#include "chronograph/events/document_events.hpp"

#include <algorithm>
#include <array>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/event_dating.hpp"

namespace chronograph::events {

namespace {
constexpr std::array<std::string_view, 4> kBasisNames = {"none", "timex", "dct", "event"};
}  // namespace

std::string_view to_string(DateBasis basis) { return kBasisNames[static_cast<std::size_t>(basis)]; }

void detect_sentence_events(std::string_view text, std::span<const Token> tokens,
                            std::size_t sentence, const EventDetector& detector,
                            std::vector<DocumentEvent>& out) {
  thread_local std::vector<DetectedEvent> found;
  found.clear();
  detector.detect(text, tokens, found);
  for (const auto& e : found) {
    DocumentEvent d;
    const Token& t = tokens[e.token];
    d.start = t.start;
    d.end = t.end;
    d.sentence = sentence;
    d.token = e.token;
    d.event_class = e.event_class;
    d.pos = e.pos;
    d.tense = e.tense;
    d.aspect = e.aspect;
    d.factuality = e.factuality;
    d.negated = e.negated;
    if (e.modal_token >= 0) {
      const Token& m = tokens[static_cast<std::size_t>(e.modal_token)];
      d.modality = std::string(text.substr(m.start, m.end - m.start));
    }
    if (e.cue_token >= 0) {
      const Token& c = tokens[static_cast<std::size_t>(e.cue_token)];
      d.cue_start = c.start;
      d.cue_end = c.end;
    }
    d.margin = e.margin;
    d.lemma = e.word->lemma;
    d.event_concept = e.word->event_concept;
    out.push_back(std::move(d));
  }
}

std::vector<DocumentEvent> find_document_events(std::string_view text, const ingest::Layout& layout,
                                                const std::vector<temporal::Timex>& timexes,
                                                std::optional<date::sys_days> dct,
                                                const EventDetector& detector,
                                                const DatingModel& dating) {
  std::vector<DocumentEvent> out;
  std::vector<Token> tokens;
  SentenceDater dater(text, timexes, dct, dating);
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const auto& s = layout.sentences[si];
    tokens.clear();
    tokenize(text, s.start, s.end, tokens);
    const std::size_t first = out.size();
    detect_sentence_events(text, tokens, si, detector, out);
    dater.date_sentence(s, tokens, std::span<DocumentEvent>(out).subspan(first));
  }
  dater.date_by_anchors(out);
  return out;
}

}  // namespace chronograph::events
