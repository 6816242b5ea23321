// Building the timeline graph from documents: extraction results, merging, date reasoning.
#pragma once
#include <date/date.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/ingest/document.hpp"

namespace chronograph::graph {

struct BuildOptions {
  // Publication dates fixed from outside (--dct for every document, or an overrides file per
  // document id); they outrank anything found in the text.
  std::optional<date::sys_days> dct_for_all;
  std::map<std::string, base::DateValue> published_by_doc;
  unsigned threads = 1;  // extraction parallelism; the output does not depend on it
};

// Runs the temporal tagger and event extractor over every document and assembles the graph:
// one vertex per real event (mentions merged), links with evidence, and dates reasoned across
// documents. The result is canonicalized.
Timeline build_timeline(const std::vector<ingest::Document>& docs, const events::Lexicon& lexicon,
                        const BuildOptions& options);

}  // namespace chronograph::graph
