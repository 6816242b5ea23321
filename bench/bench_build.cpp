// Benchmark: end-to-end graph building (tag, extract, merge, date) on ~100 MB of news-like text.
// Usage: bench_build [MB] [DIR] [one]; DIR's documents (default data/corpus) are copied under new
// names up to MB, or with `one` joined into a single document of that size (a huge file, where
// work that grows with what a document has seen so far shows). bench/newswire_corpus.py makes
// a DIR of real newswire from the TempEval-3 corpora.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/ingest/reader.hpp"

using namespace chronograph;

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  const std::string corpus = argc > 2 ? argv[2] : "data/corpus";
  // Documents: the sample pages copied under new names until the target size is reached.
  std::vector<ingest::Document> docs =
      bench::document_copies(bench::read_seeds(corpus, "bench_build"), target_mb);
  if (argc > 3 && std::string(argv[3]) == "one") {
    ingest::Document one = std::move(docs.front());
    one.id = "one";
    for (std::size_t i = 1; i < docs.size(); ++i) {
      one.text += "\n\n";
      one.text += docs[i].text;
    }
    docs.assign(1, std::move(one));
  }
  const std::size_t documents = docs.size();
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  const auto& lexicon = events::default_lexicon();
  graph::BuildOptions opts;
  graph::BuildStats stats;
  opts.stats = &stats;
  const std::clock_t c0 = std::clock();
  const auto t0 = std::chrono::steady_clock::now();
  const graph::Timeline t = graph::build_timeline(std::move(docs), lexicon, opts);
  const auto t1 = std::chrono::steady_clock::now();
  const double cpu_s = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  struct rusage after_build {};
  getrusage(RUSAGE_SELF, &after_build);
  // The JSON streams out as `chronograph build` writes it (here to nowhere): holding it whole
  // would be a copy several times the input that no user of the tool pays for.
  std::size_t json_bytes = 0;
  graph::write_json(t, [&json_bytes](std::string_view chunk) { json_bytes += chunk.size(); });
  const auto t2 = std::chrono::steady_clock::now();
  const double build_s = std::chrono::duration<double>(t1 - t0).count();
  const double json_s = std::chrono::duration<double>(t2 - t1).count();
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  const double mb = static_cast<double>(bytes) / 1e6;
  // ru_maxrss is in KiB; everything is printed in MB (10^6 bytes), like the input.
  const double rss_mb = static_cast<double>(ru.ru_maxrss) * 1024.0 / 1e6;
  std::printf("bench_build: %zu documents, %.1f MB -> %zu events, %zu links, %zu diagnostics\n",
              documents, mb, boost::num_vertices(t.graph), boost::num_edges(t.graph),
              t.diagnostics.size());
  std::printf("bench_build: build %.2f s = %.1f MB/s (one thread); JSON %.2f s (%.1f MB)\n",
              build_s, mb / build_s, json_s, static_cast<double>(json_bytes) / 1e6);
  std::printf(
      "bench_build: build CPU %.2f s = %.1f MB/s of CPU; stages (CPU s): layout %.2f, "
      "tagging %.2f, extraction %.2f, clustering %.2f, dating %.2f, vertices %.2f, "
      "ids+order %.2f\n",
      cpu_s, mb / cpu_s, stats.layout, stats.tagging, stats.extraction, stats.clustering,
      stats.dating, stats.vertices, stats.ids);
  const double build_rss_mb = static_cast<double>(after_build.ru_maxrss) * 1024.0 / 1e6;
  std::printf(
      "bench_build: peak RSS %.0f MB = %.2fx the input, documents included (%.0f MB = %.2fx "
      "up to the end of building, before the JSON)\n",
      rss_mb, rss_mb / mb, build_rss_mb, build_rss_mb / mb);
  return 0;
}
