// Private to src/pipeline: what build, extract and merge take alike from a request.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/shard.hpp"
#include "chronograph/ingest/document.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/pipeline/build.hpp"

namespace chronograph::pipeline::detail {

// The overrides, lexicon and builder options of one request. Not movable: the options' pin
// callback refers to the overrides held here.
class BuildSetup {
 public:
  explicit BuildSetup(const BuildRequest& req);
  BuildSetup(const BuildSetup&) = delete;
  BuildSetup& operator=(const BuildSetup&) = delete;

  // What a shard extracted with these settings says of itself.
  graph::ShardHeader shard_header() const;
  // Warnings for overrides naming documents not among `ids`, then the records of excluded
  // documents dropped (they still took part in making ids unique, as in a build).
  std::vector<std::string> exclude(graph::DocumentRecords& records) const;
  // Throws base::InputError when a record was extracted with another publication date than
  // these overrides and --dct give it: the graph would differ from a build's.
  void check_publication_dates(const graph::DocumentRecords& records,
                               const graph::ShardSet& shards) const;
  // The graph of the records, overrides applied, canonical.
  graph::Timeline solve(graph::DocumentRecords records, std::vector<std::string> w,
                        std::vector<std::string>* warnings) const;
  // The documents' text hashes, by path (a shard's ShardRecord::source_hash).
  static std::map<std::string, std::uint64_t> source_hashes(
      const std::vector<ingest::Document>& docs);

  graph::BuildOptions options;
  overrides::Overrides ov;
  events::Lexicon lexicon;
  std::string lexicon_fingerprint;  // "builtin", or a hash of the --lexicon file
  graph::EvidenceDetail evidence = graph::EvidenceDetail::text;
};

// Reads the request's inputs; none is a base::InputError.
std::vector<ingest::Document> read_inputs(const BuildRequest& req);

// Extracts documents into records with a progress line as the request asks.
graph::DocumentRecords extract_with_progress(std::vector<ingest::Document> docs,
                                             const BuildRequest& req, BuildSetup& setup);

// build with --state (state.cpp): the request's documents added to those of the state.
graph::Timeline build_with_state(const BuildRequest& req, std::vector<std::string>* warnings);

}  // namespace chronograph::pipeline::detail
