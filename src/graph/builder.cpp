// Graph assembly as a pipeline: read documents, cluster mentions, date, make vertices and links.
#include "chronograph/graph/builder.hpp"

#include <time.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <algorithm>
#include <cstdint>
#include <tuple>

#include "build_steps.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/ids.hpp"

namespace chronograph::graph {

namespace detail {

std::string quote(std::string_view s, std::size_t max_bytes) {
  std::string out(s.substr(0, std::min(max_bytes, s.size())));
  if (s.size() > max_bytes) {
    // do not cut inside a UTF-8 sequence
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
    out += "…";
  }
  for (auto& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

void give_back_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

namespace {

double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

StageClock::StageClock(BuildStats* stats) : stats_(stats), mark_(thread_seconds()) {}

void StageClock::lap(double BuildStats::*stage) {
  if (!stats_) return;
  const double now = thread_seconds();
  stats_->*stage += now - mark_;
  mark_ = now;
}

}  // namespace detail

DocumentRecords extract_records(std::vector<ingest::Document> documents,
                                const events::Lexicon& lexicon, const BuildOptions& options) {
  using namespace detail;
  // Ids are shared with the evidence; each text is freed once its document is processed, the
  // evidence quoting only the parts it kept (DocWork::kept).
  // The graph is a function of the set of documents: clustering and date reasoning visit them
  // in order (which evidence explains a date, which side of a conflict is set aside), so that
  // order is made canonical here, byte order of the path, whatever order the caller used.
  std::sort(documents.begin(), documents.end(), [](const auto& a, const auto& b) {
    return std::tie(a.path, a.id) < std::tie(b.path, b.id);
  });
  DocumentRecords r;
  r.documents = std::make_shared<std::vector<ingest::Document>>(std::move(documents));
  const temporal::Tagger tagger;
  const events::Extractor extractor(lexicon);
  // Kept offsets are 32-bit (DocWork), which halves what every mention costs.
  for (const auto& d : *r.documents)
    if (d.text.size() > UINT32_MAX)
      throw base::InputError(d.path, 1, 1,
                             "document larger than 4 GiB; split it into smaller files");
  r.work = read_documents(r.documents, tagger, extractor, options, r.arenas);
  return r;
}

Timeline build_timeline(std::vector<ingest::Document> documents, const events::Lexicon& lexicon,
                        const BuildOptions& options) {
  return solve_records(extract_records(std::move(documents), lexicon, options), lexicon, options);
}

Timeline solve_records(DocumentRecords records, const events::Lexicon& lexicon,
                       const BuildOptions& options) {
  using namespace detail;
  DocWorks& work = records.work;
  StageClock clock(options.stats);
  // 2. Mentions -> clusters (one per real event or statement).
  Clustering clusters = cluster_mentions(work, options.threads);
  give_back_free_memory();
  clock.lap(&BuildStats::clustering);

  // 3. Dates: one STN over documents and clusters.
  Dating dating(work, clusters);
  dating.add_evidence();
  // Which cluster a mention is in was only needed to link anchored mentions.
  std::vector<std::vector<long>>().swap(clusters.cluster_index);
  dating.solve(options.threads);
  if (dating.add_yearless_evidence()) dating.solve(options.threads);
  if (!options.pin_dates) dating.free_network();  // never solved again
  Timeline t;
  for (const auto& w : work) {
    DocumentInfo info;
    info.id = w->doc->id;
    info.path = w->doc->path;
    info.title = std::move(w->title);
    t.documents.push_back(std::move(info));
  }
  dating.date_documents(t);
  clock.lap(&BuildStats::dating);

  // 4. Vertices, then the links between them.
  ClusterDates kept;
  const std::vector<Vertex> vertex =
      add_vertices(t, work, clusters, dating, lexicon, options, !options.pin_dates, kept);
  add_links(t.graph, clusters.links, vertex);
  clock.lap(&BuildStats::vertices);
  // Once dates are spelled (and pinned), the per-document records, the clusters and the
  // network are not needed: free them before the ids and the reordering allocate.
  auto release = [&] {
    DocWorks().swap(work);
    clusters = Clustering{};
    dating.release();
    std::vector<std::vector<std::string>>().swap(kept.values);
    std::vector<std::vector<DateStep>>().swap(kept.steps);
    std::vector<base::DateValue>().swap(kept.dates);
    std::vector<std::size_t>().swap(kept.first_doc_left);
    give_back_free_memory();  // ids and the reordering allocate large blocks of their own
  };
  if (!options.pin_dates) release();
  assign_ids(t.graph, options.threads);
  // 5. Dates pinned by hand, now that events have the ids the pins name. Ids stay as they
  //    are, so the pins keep naming the same events.
  if (options.pin_dates) {
    apply_pins(t, dating, vertex, kept.values, options);
    release();
  }
  canonicalize(t);
  clock.lap(&BuildStats::ids);
  return t;
}

}  // namespace chronograph::graph
