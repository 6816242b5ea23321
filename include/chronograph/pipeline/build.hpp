// The whole job behind 'chronograph build': inputs -> graph (with overrides) -> output files.
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/progress.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/ingest/reader.hpp"

namespace chronograph::pipeline {

// The documented layout of a project folder: documents in data/corpus, overrides in
// data/overrides.yaml, outputs in graphs/.
inline constexpr const char* kDefaultCorpus = "data/corpus";
inline constexpr const char* kDefaultOutputDir = "graphs";

struct BuildRequest {
  // Files or directories ("-": one document from standard input); none: kDefaultCorpus when
  // the current folder has the documented layout, else a base::UsageError saying so.
  std::vector<std::string> inputs;
  std::optional<std::string> overrides_path;  // none: data/overrides.yaml when it exists
  bool no_overrides = false;
  std::optional<std::string> lexicon_path;  // none: the built-in lexicon
  std::optional<std::string> dct;           // YYYY-MM-DD applied to every document
  unsigned threads = 1;
  // Which detected events the graph keeps: `salient` (what a timeline reader needs, at least
  // min_salience) or `all` (every detected event, with its class and factuality).
  events::EventSelection events = events::EventSelection::salient;
  double min_salience = graph::kDefaultMinSalience;
  ingest::ReadOptions read;  // the document size limit
  // A progress line on stderr while documents are read (base/progress.hpp).
  base::ProgressMode progress = base::ProgressMode::never;
  // A folder holding the records of documents extracted by earlier builds (docs/scale.md):
  // the inputs are added to them (a changed document replaced), only they are extracted, and
  // the state is saved back before the graph of all of them is made.
  std::optional<std::string> state_dir;
  // How much of each piece of evidence the graph JSON quotes (graph::EvidenceDetail); the
  // other outputs are made from the whole graph either way.
  graph::EvidenceDetail evidence = graph::EvidenceDetail::text;
};

// Reads, extracts, builds and applies overrides. Throws base::InputError for bad input (an
// input with no documents too) and base::UsageError for a bad option value.
graph::Timeline build(const BuildRequest& request, std::vector<std::string>* warnings = nullptr);

// Throws base::UsageError naming --format for a format write_outputs cannot write.
void check_output_formats(const std::vector<std::string>& formats);

// Streams the timeline in one output format (json, dot, svg, png, pdf) to sink.
void write_output(const graph::Timeline& timeline, const std::string& format,
                  const std::function<void(std::string_view)>& sink);

// Writes timeline.{json,dot,svg,...} for the given formats into dir (created if needed),
// each file atomically. Formats: json, dot, svg, png, pdf. With json, remembers dir's graph as
// the last build's (pipeline/last_build.hpp).
void write_outputs(const graph::Timeline& timeline, const std::filesystem::path& dir,
                   const std::vector<std::string>& formats);

// Reads a graph@1 document from standard input (`--graph -`).
graph::Timeline read_graph_from_stdin();

// Loads a graph: from --graph FILE when given ("-": standard input), else by building from the
// inputs.
graph::Timeline load_or_build(const std::optional<std::string>& graph_file,
                              const BuildRequest& request,
                              std::vector<std::string>* warnings = nullptr);

}  // namespace chronograph::pipeline
