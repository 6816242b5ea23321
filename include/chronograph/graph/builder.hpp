// Building the timeline graph from documents: extraction results, merging, date reasoning.
#pragma once
#include <date/date.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/shared_text.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/ingest/document.hpp"

namespace chronograph::graph {

// Where the time goes, in CPU seconds of the building thread (for benchmarks; per-document
// stages are only split when extraction runs on one thread).
struct BuildStats {
  double layout = 0, tagging = 0, extraction = 0;  // per document
  double clustering = 0, dating = 0, vertices = 0, ids = 0;
};

// A date fixed by hand for an event (an overrides file), and where it was fixed.
struct DatePin {
  base::DateValue date;
  std::string source;  // "data/overrides.yaml:3"
};

// The salience `build --events salient` keeps events from by default.
inline constexpr double kDefaultMinSalience = 0.35;

struct BuildOptions {
  // Publication dates fixed from outside (--dct for every document, or an overrides file per
  // document id); they outrank anything found in the text.
  std::optional<date::sys_days> dct_for_all;
  std::map<std::string, base::DateValue> published_by_doc;
  unsigned threads = 1;  // extraction and merge parallelism; the output does not depend on it
  // Which detected events become mentions (events/extractor.hpp), and, for `salient`, the
  // salience an event needs to be kept (docs/graph-json.md).
  events::EventSelection events = events::EventSelection::salient;
  double min_salience = kDefaultMinSalience;
  BuildStats* stats = nullptr;  // filled when given
  // Called (from any extraction thread) as each document is done, with its size in bytes:
  // what a progress line counts.
  std::function<void(std::size_t)> document_done;
  // Called once the events have ids: dates to pin, by event id. Pinned dates join the date
  // reasoning as the strongest evidence, so events dated from a pinned one follow it.
  std::function<std::map<std::string, DatePin>(const Timeline&)> pin_dates;
};

// Runs the temporal tagger and event extractor over every document and assembles the graph:
// one vertex per real event (mentions merged), links with evidence, and dates reasoned across
// documents. The result is canonicalized. Documents are taken by value (pass them with
// std::move to avoid a copy): each text is freed once its document is extracted, and the
// evidence shares the ids and the few spans it quotes.
Timeline build_timeline(std::vector<ingest::Document> docs, const events::Lexicon& lexicon,
                        const BuildOptions& options);

// The documents of a build read into their records (step 1 of build_timeline), in canonical
// order (path bytes, then id): what a shard stores and a merge reads back.
struct DocumentRecords {
  std::shared_ptr<std::vector<ingest::Document>> documents;  // ids and paths; texts freed
  std::vector<base::TextArena> arenas;                       // hold the records' kept bytes
  DocWorks work;                                             // work[i] is documents[i]'s
};

// Step 1 alone: sorts the documents canonically and reads each into its record (in parallel
// with options.threads). Only the per-document options matter here (dct_for_all,
// published_by_doc, events, threads, stats, document_done).
DocumentRecords extract_records(std::vector<ingest::Document> docs, const events::Lexicon& lexicon,
                                const BuildOptions& options);

// The rest: clustering, dating, vertices, links, ids, canonicalization, from records in
// canonical order. build_timeline is extract_records then solve_records.
Timeline solve_records(DocumentRecords records, const events::Lexicon& lexicon,
                       const BuildOptions& options);

}  // namespace chronograph::graph
