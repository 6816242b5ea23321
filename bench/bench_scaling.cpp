// Benchmark: linearity. Hostile document shapes at sizes N, 2N, 4N through the whole build
// (date detection, tagging, layout, extraction, graph); each doubling should double the time.
// Usage: bench_scaling [KB] [shape]; shapes: one-line, many-lines, one-sentence, dates-sentence.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;

namespace {

struct Shape {
  const char* name;
  std::string_view unit;  // repeated up to the size
  std::string_view prefix;
};

// Each unit repeats without end of sentence or line where the shape says so.
constexpr Shape kShapes[] = {
    {"one-line", "On May 5, 2025 talks were held. ", ""},
    {"many-lines", "On May 5, 2025 talks were held.\n", ""},
    {"one-sentence", "officials said the talks were held and the strike hit the port and ", ""},
    {"dates-sentence", "May 5, 2025, ", "The talks were held on "},
};

std::string make_text(const Shape& s, std::size_t bytes) {
  std::string text(s.prefix);
  text.reserve(bytes + s.unit.size());
  while (text.size() < bytes) text += s.unit;
  return text;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Time of one build of one document of the shape; the date detection runs as `build` does.
double time_build(const Shape& s, std::size_t bytes) {
  std::vector<ingest::Document> docs;
  docs.push_back(ingest::make_document("scaling.txt", make_text(s, bytes)));
  const auto t0 = std::chrono::steady_clock::now();
  graph::BuildOptions opts;
  const auto t = graph::build_timeline(std::move(docs), events::default_lexicon(), opts);
  (void)t;
  return seconds_since(t0);
}

double time_tag(const Shape& s, std::size_t bytes) {
  const std::string text = make_text(s, bytes);
  temporal::Tagger tagger;
  const auto t0 = std::chrono::steady_clock::now();
  temporal::TagOptions options;
  if (auto g = temporal::detect_dct(text, tagger)) options.dct = g->day;
  const auto timexes = tagger.tag(text, options);
  (void)timexes;
  return seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t kb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 256;
  const std::string only = argc > 2 ? argv[2] : "";
  std::printf("%-15s %-6s %10s %10s %10s %8s %8s\n", "shape", "stage", "N s", "2N s", "4N s",
              "2N/N", "4N/2N");
  bool linear = true;
  for (const Shape& s : kShapes) {
    if (!only.empty() && only != s.name) continue;
    for (int stage = 0; stage < 2; ++stage) {
      double t[3];
      for (int i = 0; i < 3; ++i) {
        const std::size_t bytes = (kb << 10) << i;
        t[i] = stage == 0 ? time_tag(s, bytes) : time_build(s, bytes);
      }
      const double r1 = t[1] / t[0], r2 = t[2] / t[1];
      // Doubling the input should at most about double the time; 3x flags growth faster than
      // linear.
      if (r2 > 3.0 && t[2] > 0.05) linear = false;
      std::printf("%-15s %-6s %10.3f %10.3f %10.3f %8.2f %8.2f\n", s.name,
                  stage == 0 ? "tag" : "build", t[0], t[1], t[2], r1, r2);
    }
  }
  std::printf("%s\n", linear ? "linear: every doubling at most ~2x" : "NOT LINEAR: see ratios");
  return linear ? 0 : 1;
}
