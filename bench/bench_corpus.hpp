// The benchmarks' corpus: the pages of a directory, repeated under new names up to a size.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "chronograph/ingest/reader.hpp"

namespace chronograph::bench {

// The seed pages, or exit 1 with a message naming the benchmark when there are none.
inline std::vector<ingest::Document> read_seeds(const std::string& dir, const char* bench) {
  auto seeds = ingest::read_documents({dir});
  if (seeds.empty()) {
    std::fprintf(stderr, "%s: no documents in %s\n", bench, dir.c_str());
    std::exit(1);
  }
  return seeds;
}

// Copies of the seeds in turn until target_mb megabytes; rename(copy, i) gives copy i its own
// document id and returns its size in bytes.
template <typename T, typename Rename>
std::vector<T> copies(const std::vector<T>& seeds, std::size_t target_mb, Rename rename) {
  std::vector<T> out;
  for (std::size_t i = 0, bytes = 0; bytes < target_mb * 1000000; ++i) {
    out.push_back(seeds[i % seeds.size()]);
    bytes += rename(out.back(), i);
  }
  return out;
}

// The usual case: whole documents, "-i" appended to their ids.
inline std::vector<ingest::Document> document_copies(const std::vector<ingest::Document>& seeds,
                                                     std::size_t target_mb) {
  return copies(seeds, target_mb, [](ingest::Document& d, std::size_t i) {
    d.id += "-" + std::to_string(i);
    return d.text.size();
  });
}

}  // namespace chronograph::bench
