// Private to src/graph: the steps of build_timeline and what they share.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/shared_text.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/clustering.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/ingest/document.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "dating.hpp"

namespace chronograph::graph::detail {

// The start of a text for a label or a date step, on one line: at most max_bytes, cut at a
// character boundary and marked with an ellipsis.
std::string quote(std::string_view s, std::size_t max_bytes = 80);

// Returns the heap's free pages to the system. Clustering and solving leave tens of MB free in
// the middle of the heap; the vertices' storage comes from a fresh mapping and would not reuse
// them, so without this the peak counts them twice.
void give_back_free_memory();

// Adds the CPU time of the calling thread to the stages of BuildStats, when they are asked for:
// what a stage costs, whatever else runs on the machine.
class StageClock {
 public:
  explicit StageClock(BuildStats* stats);
  void lap(double BuildStats::*stage);  // the time since the last lap goes to `stage`

 private:
  BuildStats* stats_;
  double mark_;
};

// 1. Layout, dates, time expressions and extraction of every document, independently (in
//    parallel when asked; results land by index, so the output does not depend on the thread
//    count). Only a compact record of each outlives this: its text is freed. The records'
//    kept bytes go into `arenas`, one per worker, which the caller holds for the build.
DocWorks read_documents(const std::shared_ptr<std::vector<ingest::Document>>& owner,
                        const temporal::Tagger& tagger, const events::Extractor& extractor,
                        const BuildOptions& options, std::vector<base::TextArena>& arenas);

// What making the vertices leaves for later, freed with the records: each cluster's date and
// steps, spelled before the records they cite are freed (without pins to come), or else the
// values its mentions state, to date it again once pinned; and which documents the clusters
// still to make need.
struct ClusterDates {
  std::vector<std::vector<DateStep>> steps;
  std::vector<base::DateValue> dates;
  std::vector<std::vector<std::string>> values;
  std::vector<std::size_t> first_doc_left;  // smallest document of clusters c..
};

// 4. One vertex per cluster, in cluster order, dated. With release_early (no pins to come), a
//    document's record is freed as soon as the last vertex that cites it is made.
//    Under `--events salient` a cluster below the salience threshold (and not linked) makes no
//    vertex: its entry is the null vertex.
std::vector<Vertex> add_vertices(Timeline& t, DocWorks& work, Clustering& clusters, Dating& dating,
                                 const events::Lexicon& lexicon, const BuildOptions& options,
                                 bool release_early, ClusterDates& kept);
void add_links(EventGraph& g, const std::vector<ClusterLink>& links,
               const std::vector<Vertex>& vertex);

}  // namespace chronograph::graph::detail
