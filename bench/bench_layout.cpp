// Benchmark: page layout analysis (line roles, title, sentences) on ~100 MB of news-like text.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/ingest/reader.hpp"

using namespace chronograph;

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100;
  const std::string corpus = argc > 2 ? argv[2] : "data/corpus";
  const int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  // Documents: the sample pages repeated until the target size is reached, as in bench_build.
  std::vector<std::string> texts;
  std::size_t bytes = 0;
  for (const auto& d :
       bench::document_copies(bench::read_seeds(corpus, "bench_layout"), target_mb)) {
    texts.push_back(d.text);
    bytes += d.text.size();
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  // Best of a few rounds: the figure is the stage's own speed, not the machine's noise.
  double best_s = 1e300;
  std::size_t lines = 0, sentences = 0;
  for (int r = 0; r < std::max(rounds, 1); ++r) {
    lines = sentences = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& t : texts) {
      const ingest::Layout l = ingest::analyze_layout(t);
      lines += l.lines.size();
      sentences += l.sentences.size();
    }
    const auto t1 = std::chrono::steady_clock::now();
    best_s = std::min(best_s, std::chrono::duration<double>(t1 - t0).count());
  }
  std::printf("bench_layout: %zu documents, %.1f MB -> %zu lines, %zu sentences\n", texts.size(),
              mb, lines, sentences);
  std::printf("bench_layout: layout %.3f s = %.1f MB/s (one thread, best of %d)\n", best_s,
              mb / best_s, std::max(rounds, 1));
  return 0;
}
