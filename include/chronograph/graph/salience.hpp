// Salience: how much a timeline reader needs an event, as a documented score in [0, 1].
#pragma once
#include <cstddef>
#include <cstdint>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/event_detector.hpp"

namespace chronograph::graph {

// What an event's salience is made of (docs/graph-json.md, "salience").
struct SalienceFacts {
  bool title = false;        // some mention is in a document's title
  bool headline = false;     // some mention is a headline of a dated list
  std::uint32_t first_sentence = UINT32_MAX;  // earliest content sentence of a mention
  std::size_t documents = 0, mentions = 0;
  bool claim = false;
  bool lexicon_typed = false;  // its type comes from the lexicon (a domain the user named)
  events::EventClass event_class = events::EventClass::occurrence;
  bool fact = true;  // some mention tells it as a fact (or as scheduled)
  bool actors = false, places = false, linked = false;
};

// 0.25 position + 0.15 repetition + 0.20 class + 0.20 date + 0.10 actors and places
// + 0.10 links, times 0.3 for an event no mention tells as a fact; rounded to two decimals.
double salience(const SalienceFacts& facts, const base::DateValue& date);

}  // namespace chronograph::graph
