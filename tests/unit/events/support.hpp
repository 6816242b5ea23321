// Test support for extraction: one text read as a document and extracted with the default lexicon.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/tagger.hpp"

namespace chronograph::testing {

struct Extracted {
  ingest::Document doc;
  events::Extraction ex;
  std::vector<temporal::Timex> timexes;  // what EventMention::timex indexes
  std::string text_of(const events::EventMention& m) const {
    return doc.text.substr(m.start, m.end - m.start);
  }
};

inline Extracted extract(const std::string& text, const char* dct = "2024-03-15",
                         events::EventSelection selection = events::EventSelection::salient) {
  Extracted r{ingest::make_document("t.txt", text), {}, {}};
  const auto layout = ingest::analyze_layout(r.doc.text);
  temporal::Tagger tagger;
  temporal::TagOptions opts;
  opts.dct = base::parse_day(dct);
  r.timexes = tagger.tag(r.doc.text, opts);
  events::Extractor extractor(events::default_lexicon());
  events::ExtractOptions options;
  options.dct = opts.dct;
  options.events = selection;
  r.ex = extractor.extract(r.doc, layout, r.timexes, options);
  return r;
}

inline const events::EventMention* find(const Extracted& r, events::EventKind kind,
                                        std::string_view type) {
  for (const auto& m : r.ex.mentions)
    if (m.kind == kind && m.type == type) return &m;
  return nullptr;
}

}  // namespace chronograph::testing
