// Event dating rules: the governing time expression of the clause, the DCT, anchors.
#include "chronograph/events/event_dating.hpp"

#include <algorithm>

#include "chronograph/base/date_value.hpp"

namespace chronograph::events {

namespace {

// A time expression that can date an event: a resolved DATE or TIME, not "recently" (a _REF
// value), not a duration or a set, not counted from another event.
bool dates_events(const temporal::Timex& t) {
  if (t.type != temporal::TimexType::date && t.type != temporal::TimexType::time) return false;
  if (!t.earliest || !t.latest || t.reference == temporal::Reference::event) return false;
  return t.value.size() < 4 || t.value.compare(t.value.size() - 4, 4, "_REF") != 0;
}

std::size_t token_at(std::span<const Token> tokens, std::size_t offset) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                   [](const Token& t, std::size_t at) { return t.end <= at; });
  return static_cast<std::size_t>(it - tokens.begin());
}

void set_date(DocumentEvent& e, const temporal::Timex& t, std::size_t index, const char* rule) {
  e.basis = DateBasis::timex;
  e.timex = index;
  e.earliest = t.earliest;
  e.latest = t.latest;
  e.value = t.value;
  e.date_rule = rule;
}

}  // namespace

void SentenceDater::date_sentence(const ingest::Sentence& sentence, std::span<const Token> tokens,
                                  std::span<DocumentEvent> events) {
  while (cursor_ < timexes_.size() && timexes_[cursor_].end <= sentence.start) ++cursor_;
  in_sentence_.clear();
  for (std::size_t k = cursor_; k < timexes_.size() && timexes_[k].start < sentence.end; ++k)
    if (timexes_[k].start >= sentence.start && dates_events(timexes_[k])) in_sentence_.push_back(k);
  for (auto& e : events) {
    std::optional<std::size_t> best;
    std::size_t best_distance = 0;
    for (const std::size_t k : in_sentence_) {
      const std::size_t tb = token_at(tokens, timexes_[k].start);
      const std::size_t te = token_at(tokens, timexes_[k].end);
      const std::size_t d = te <= e.token ? e.token - te + 1 : tb > e.token ? tb - e.token : 0;
      if (!best || d < best_distance) best = k, best_distance = d;
    }
    if (best) {
      set_date(e, timexes_[*best], *best, "nearest time expression in the sentence");
    } else if (dct_ && e.event_class == EventClass::reporting &&
               (e.tense == Tense::past || e.tense == Tense::present)) {
      e.basis = DateBasis::dct;
      e.earliest = e.latest = *dct_;
      e.value = base::format_day(*dct_);
      e.date_rule = "reported in the news of the day";
    }
  }
}

void SentenceDater::date_by_anchors(std::vector<DocumentEvent>&) const {}

}  // namespace chronograph::events
