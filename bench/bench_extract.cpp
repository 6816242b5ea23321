// Benchmark: event extraction alone (layout and timexes precomputed) on ~100 MB of news text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "chronograph/events/extractor.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;

namespace {

// One document with the inputs extraction needs, computed as graph::build_timeline does.
struct Prepared {
  ingest::Document doc;
  ingest::Layout layout;
  std::vector<temporal::Timex> timexes;
};

}  // namespace

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  const std::string corpus = argc > 2 ? argv[2] : "data/corpus";
  const int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  // Documents: the sample pages copied under new names until the target size is reached.
  const auto seeds = bench::read_seeds(corpus, "bench_extract");
  // Seeds are prepared once and copied: every copy of a page has the same layout and timexes.
  const temporal::Tagger tagger;
  std::vector<Prepared> prepared;
  for (const auto& d : seeds) {
    Prepared p{d, ingest::analyze_layout(d.text), {}};
    temporal::TagOptions topt;
    if (const auto dct = temporal::detect_dct(d.text, tagger)) topt.dct = dct->day;
    p.timexes = tagger.tag(d.text, topt);
    prepared.push_back(std::move(p));
  }
  std::size_t bytes = 0;
  const std::vector<Prepared> docs =
      bench::copies(prepared, target_mb, [&bytes](Prepared& p, std::size_t i) {
        p.doc.id += "-" + std::to_string(i);
        bytes += p.doc.text.size();
        return p.doc.text.size();
      });
  const events::Extractor extractor(events::default_lexicon());
  const double mb = static_cast<double>(bytes) / 1e6;
  double best = 0;
  for (int r = 0; r < rounds; ++r) {
    std::size_t mentions = 0, links = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& p : docs) {
      const events::Extraction x = extractor.extract(p.doc, p.layout, p.timexes);
      mentions += x.mentions.size();
      links += x.links.size();
    }
    const auto t1 = std::chrono::steady_clock::now();
    const double s = std::chrono::duration<double>(t1 - t0).count();
    best = std::max(best, mb / s);
    std::printf(
        "bench_extract: %zu documents, %.1f MB -> %zu mentions, %zu links in %.3f s = %.1f MB/s\n",
        docs.size(), mb, mentions, links, s, mb / s);
  }
  std::printf("bench_extract: best %.1f MB/s (one thread)\n", best);
  return 0;
}
