// The extract (map) and merge (reduce) jobs over shard files.
#include "chronograph/pipeline/shards.hpp"

#include "build_setup.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/graph/shard.hpp"

namespace chronograph::pipeline {

namespace {

void write_shard(const graph::ShardSet& set, const std::string& out_file) {
  if (out_file.empty()) throw base::UsageError("-o: the output file is empty");
  set.save(out_file);
}

graph::ShardSet read_shards(const std::vector<std::string>& shards) {
  if (shards.empty()) throw base::UsageError("no shard given (files written by 'extract')");
  graph::ShardSet set;
  for (const auto& s : shards) set.add_file(s);
  return set;
}

}  // namespace

void extract(const BuildRequest& req, const std::string& out_file) {
  detail::BuildSetup setup(req);
  std::vector<ingest::Document> docs = detail::read_inputs(req);
  const auto hashes = detail::BuildSetup::source_hashes(docs);
  const graph::DocumentRecords records = detail::extract_with_progress(std::move(docs), req, setup);
  graph::ShardSet set;
  set.add_records(setup.shard_header(), records, hashes);
  write_shard(set, out_file);
}

void merge_partial(const std::vector<std::string>& shards, const std::string& out_file) {
  write_shard(read_shards(shards), out_file);
}

graph::Timeline merge(const std::vector<std::string>& shards, const BuildRequest& request,
                      std::optional<events::EventSelection> events,
                      std::vector<std::string>* warnings) {
  const graph::ShardSet set = read_shards(shards);
  BuildRequest req = request;
  // The event selection is the shards' unless said: it was fixed when they were extracted.
  const bool all = set.header().settings.starts_with("events=all;");
  req.events = events.value_or(all ? events::EventSelection::all : events::EventSelection::salient);
  detail::BuildSetup setup(req);
  const graph::ShardHeader expected = setup.shard_header();
  if (set.header().settings != expected.settings)
    throw base::UsageError("the shards were extracted with " + set.header().settings +
                           ", but this merge asks for " + expected.settings +
                           "; give merge the same --events and --lexicon as extract");
  graph::DocumentRecords records = set.decode(setup.options.threads);
  setup.check_publication_dates(records, set);
  std::vector<std::string> w = setup.exclude(records);
  return setup.solve(std::move(records), std::move(w), warnings);
}

}  // namespace chronograph::pipeline
