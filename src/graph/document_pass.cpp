// The per-document pass of a build: layout, dates and extraction, kept as compact records.
#include <string>

#include "build_steps.hpp"
#include "chronograph/base/parallel.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"

namespace chronograph::graph::detail {

namespace {

// What reading one document needs, the same for every document.
struct DocumentPass {
  const std::shared_ptr<std::vector<ingest::Document>>& owner;
  const temporal::Tagger& tagger;
  const events::Extractor& extractor;
  const BuildOptions& options;
  DocWorks& work;
};

// The publication date: fixed from outside (an overrides file, then --dct), or else the one
// the header states, if any.
void date_publication(DocWork& w, const ingest::Document& d, const DocumentPass& pass) {
  const BuildOptions& options = pass.options;
  if (auto it = options.published_by_doc.find(d.id); it != options.published_by_doc.end()) {
    w.fixed = it->second;
    w.fixed_rule = "override";
  } else if (options.dct_for_all) {
    w.fixed = base::day_value(*options.dct_for_all, base::Basis::override_value);
    w.fixed_rule = "--dct";
  } else {
    w.dct = temporal::detect_dct(d.text, pass.tagger);
  }
}

// The headline line, or the opening sentence when there is none; empty when neither.
std::string title_of(const ingest::Document& d, const ingest::Layout& layout) {
  if (layout.title_line >= 0) {
    const auto& l = layout.lines[static_cast<std::size_t>(layout.title_line)];
    return d.text.substr(l.start, l.end - l.start);
  }
  if (!layout.sentences.empty()) {
    const auto& s = layout.sentences.front();
    return quote(std::string_view(d.text).substr(s.start, s.end - s.start), 120);
  }
  return {};
}

// Reads document i into its record and frees its text.
void read_document(const DocumentPass& pass, std::size_t i, base::TextArena& arena,
                   StageClock& clock) {
  std::vector<ingest::Document>& docs = *pass.owner;
  pass.work[i] = std::make_unique<DocWork>();
  DocWork& w = *pass.work[i];
  const ingest::Document& d = docs[i];
  w.doc = &d;
  w.id = base::SharedText(pass.owner, d.id);
  const ingest::Layout layout = ingest::analyze_layout(d.text);
  clock.lap(&BuildStats::layout);
  date_publication(w, d, pass);
  temporal::TagOptions topt;
  if (w.fixed && w.fixed->exact())
    topt.dct = w.fixed->earliest;
  else if (w.dct)
    topt.dct = w.dct->day;
  const std::vector<temporal::Timex> timexes = pass.tagger.tag(d.text, topt);
  clock.lap(&BuildStats::tagging);
  events::ExtractOptions eopt;
  eopt.dct = topt.dct;
  eopt.events = pass.options.events;
  const events::Extraction extraction = pass.extractor.extract(d, layout, timexes, eopt);
  // Only a compact copy outlives this document: holding every document's layout, time
  // expressions and mentions at once used to cost five times the input.
  w.title = title_of(d, layout);
  w.keep(d.text, layout, timexes, extraction, &arena);
  const std::size_t bytes = d.text.size();
  std::string().swap(docs[i].text);
  clock.lap(&BuildStats::extraction);
  if (pass.options.document_done) pass.options.document_done(bytes);
}

}  // namespace

DocWorks read_documents(const std::shared_ptr<std::vector<ingest::Document>>& owner,
                        const temporal::Tagger& tagger, const events::Extractor& extractor,
                        const BuildOptions& options, std::vector<base::TextArena>& arenas) {
  const std::size_t count = owner->size();
  DocWorks work(count);
  const DocumentPass pass{owner, tagger, extractor, options, work};
  // Per-document stages are only timed on one thread.
  StageClock clock(options.threads <= 1 ? options.stats : nullptr);
  const unsigned threads = base::workers_for(count, options.threads);
  // Kept bytes go into one arena per worker (the bytes, not the output, depend on which).
  arenas = std::vector<base::TextArena>(threads);
  std::vector<unsigned char> by_helper(count, 0);  // read on a thread other than this one
  base::parallel_for(count, threads, 1, [&](std::size_t i, std::size_t, unsigned worker) {
    read_document(pass, i, arenas[worker], clock);
    by_helper[i] = worker != 0;
  });
  if (threads <= 1) return work;
  // The records outlive the helper threads' heaps' other contents: moved to this thread's
  // heap, the space they leave is returned, and the graph made later reuses what they free.
  // (Worker 0 is this thread: its records are where a one-thread build leaves them.)
  for (std::size_t i = 0; i < count; ++i) {
    if (!by_helper[i]) continue;
    work[i] = std::make_unique<DocWork>(std::move(*work[i]));
    work[i]->rehome();
  }
  give_back_free_memory();
  return work;
}

}  // namespace chronograph::graph::detail
