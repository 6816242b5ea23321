// Throughput of the temporal tagger on one core: the sample articles repeated to ~100 MB.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/temporal/tagger.hpp"

#ifndef CHRONOGRAPH_SOURCE_DIR
#define CHRONOGRAPH_SOURCE_DIR "."
#endif

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path corpus =
      argc > 1 ? fs::path(argv[1]) : fs::path(CHRONOGRAPH_SOURCE_DIR) / "data" / "corpus";
  const std::size_t target = argc > 2 ? std::stoull(argv[2]) << 20 : std::size_t{100} << 20;
  std::vector<std::string> articles;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) articles.push_back(chronograph::base::read_file(f));
  if (articles.empty()) {
    std::fprintf(stderr, "bench_tagger: no articles in %s\n", corpus.string().c_str());
    return 1;
  }
  // Documents as the pipeline sees them: one article at a time, cycling until the target.
  std::vector<const std::string*> docs;
  std::size_t bytes = 0;
  for (std::size_t i = 0; bytes < target; ++i) {
    docs.push_back(&articles[i % articles.size()]);
    bytes += docs.back()->size();
  }
  chronograph::temporal::Tagger tagger;
  chronograph::temporal::TagOptions options;
  options.dct = date::sys_days{date::year{2025} / 6 / 3};
  std::size_t found = 0;
  for (int i = 0; i < 50; ++i) found += tagger.tag(*docs[i % docs.size()], options).size();  // warm
  found = 0;
  const auto t0 = std::chrono::steady_clock::now();
  for (const auto* d : docs) found += tagger.tag(*d, options).size();
  const auto t1 = std::chrono::steady_clock::now();
  const double secs = std::chrono::duration<double>(t1 - t0).count();
  const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
  std::printf("bench_tagger: %zu documents, %.1f MB, %zu timexes, %.3f s, %.1f MB/s (one core)\n",
              docs.size(), mb, found, secs, mb / secs);
  return 0;
}
