// Event, claim and link extraction from one document, driven by the lexicon.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/events/kinds.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/ingest/document.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/timex.hpp"

namespace chronograph::events {

// One mention of an event (or one claim) in one document.
struct EventMention {
  EventKind kind = EventKind::event;
  std::string type;                 // lexicon event type, "statement" for claims
  std::string label;                // short human label
  std::size_t start = 0, end = 0;   // the trigger (or, for claims, the quoted/paraphrased span)
  std::size_t sentence_start = 0, sentence_end = 0;
  std::vector<std::string> actors;  // canonical names
  std::vector<std::string> places;  // canonical names
  int ordinal = 0;                  // "the second round" -> 2
  std::string name;                 // a proper name of the event ("Spiderweb operation")
  std::string speaker;              // claims and reactions
  std::string speaker_role;
  std::optional<std::size_t> timex;  // index into the document's timexes that dates it
  bool headline = false;             // from a headline list or the title
  bool generic = false;              // a mention with no specific reference ("negotiations are hard")
};

// A link found in the text between two mentions of the same document.
struct MentionLink {
  std::size_t from = 0;  // index into Extraction::mentions
  std::size_t to = 0;
  LinkType type = LinkType::causes;
  std::size_t start = 0, end = 0;  // evidence span (the cue and its sentence)
  std::string rule;
};

struct Extraction {
  std::vector<EventMention> mentions;
  std::vector<MentionLink> links;
};

class Extractor {
 public:
  explicit Extractor(const Lexicon& lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Extraction extract(const ingest::Document& doc, const ingest::Layout& layout,
                     const std::vector<temporal::Timex>& timexes) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace chronograph::events
