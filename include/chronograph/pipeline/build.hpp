// The whole job behind 'chronograph build': inputs -> graph (with overrides) -> output files.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/ingest/reader.hpp"

namespace chronograph::pipeline {

struct BuildRequest {
  std::vector<std::string> inputs{"data/corpus"};  // files or directories
  std::optional<std::string> overrides_path;       // none: data/overrides.yaml when it exists
  bool no_overrides = false;
  std::optional<std::string> lexicon_path;  // none: the built-in lexicon
  std::optional<std::string> dct;           // YYYY-MM-DD applied to every document
  unsigned threads = 1;
  // Which detected events the graph keeps: `salient` (what a timeline reader needs, at least
  // min_salience) or `all` (every detected event, with its class and factuality).
  events::EventSelection events = events::EventSelection::salient;
  double min_salience = graph::kDefaultMinSalience;
  ingest::ReadOptions read;  // the document size limit
};

// Reads, extracts, builds and applies overrides. Throws base::InputError for bad input.
graph::Timeline build(const BuildRequest& request, std::vector<std::string>* warnings = nullptr);

// Writes timeline.{json,dot,svg,...} for the given formats into dir (created if needed),
// each file atomically. Formats: json, dot, svg, png, pdf.
void write_outputs(const graph::Timeline& timeline, const std::filesystem::path& dir,
                   const std::vector<std::string>& formats);

// Loads a graph: from --graph FILE when given, else by building from the inputs.
graph::Timeline load_or_build(const std::optional<std::string>& graph_file,
                              const BuildRequest& request,
                              std::vector<std::string>* warnings = nullptr);

}  // namespace chronograph::pipeline
