// Benchmark: `chronograph tag` with events on one large file, as the command does it.
// Usage: bench_tag [MB] [DIR]; DIR's documents (default data/corpus) are joined into one text
// of about MB megabytes (default 5), then time expressions, layout, events with their dates and
// the tag@2 JSON are made from it, timed in CPU and wall seconds.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "bench_corpus.hpp"
#include "chronograph/events/tag_format.hpp"
#include "chronograph/events/tag_text.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 5;
  const std::string corpus = argc > 2 ? argv[2] : "data/corpus";
  const auto docs = bench::document_copies(bench::read_seeds(corpus, "bench_tag"), target_mb);
  std::string text;
  for (const auto& d : docs) {
    text += d.text;
    text += "\n\n";
  }
  // The shipped models load once per run of the command: loaded here before the clock starts,
  // as they are a fixed cost, not a cost per byte.
  const events::TagModels models;
  const std::clock_t c0 = std::clock();
  const auto t0 = std::chrono::steady_clock::now();
  const temporal::Tagger tagger;
  const auto tagged = events::tag_text(text, std::nullopt, tagger, models);
  // The JSON streams out as `chronograph tag` writes it (here to nowhere).
  std::size_t json_bytes = 0;
  events::write_tag_json(text, tagged.dct, tagged.timexes, tagged.events,
                         [&json_bytes](std::string_view chunk) { json_bytes += chunk.size(); });
  const auto t1 = std::chrono::steady_clock::now();
  const double cpu_s = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  const double wall_s = std::chrono::duration<double>(t1 - t0).count();
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("bench_tag: one text of %.1f MB -> %zu timexes, %zu events, JSON %.1f MB\n", mb,
              tagged.timexes.size(), tagged.events.size(), static_cast<double>(json_bytes) / 1e6);
  std::printf("bench_tag: %.2f s CPU = %.1f MB/s of CPU; wall %.2f s = %.1f MB/s (one thread)\n",
              cpu_s, mb / cpu_s, wall_s, mb / wall_s);
  std::printf("bench_tag: peak RSS %.0f MB\n", static_cast<double>(ru.ru_maxrss) * 1024.0 / 1e6);
  return 0;
}
