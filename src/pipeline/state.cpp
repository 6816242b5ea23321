// Incremental builds: a folder of records extracted earlier, new documents added to it.
#include <filesystem>

#include "build_setup.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/graph/shard.hpp"
#include "chronograph/ingest/reader.hpp"

namespace chronograph::pipeline::detail {

namespace fs = std::filesystem;

namespace {

// The state is one shard file: rewritten whole (atomically) on each build, it is read and
// written at disk speed, and a reader never sees half of it.
constexpr const char* kStateFile = "records.shard";

// Gives the documents the ids they will have among all documents (state and new), so that
// overrides naming a document by id fix the same publication date as a build of all of them.
void give_final_ids(std::vector<ingest::Document>& docs, const graph::ShardSet& state) {
  std::vector<ingest::Document> all;
  for (const auto& [path, r] : state.records())
    all.push_back({ingest::base_document_id(path), path, {}});
  for (const auto& d : docs)
    if (!state.records().count(d.path))
      all.push_back({ingest::base_document_id(d.path), d.path, {}});
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  ingest::make_ids_unique(all);
  for (auto& d : docs)
    d.id =
        std::lower_bound(all.begin(), all.end(), d.path, [](const auto& a, const std::string& p) {
          return a.path < p;
        })->id;
}

}  // namespace

graph::Timeline build_with_state(const BuildRequest& req, std::vector<std::string>* warnings) {
  const fs::path file = fs::path(*req.state_dir) / kStateFile;
  graph::ShardSet state;
  if (fs::exists(file)) state.add_file(file.generic_string());
  BuildSetup setup(req);
  if (!state.empty() && state.header() != setup.shard_header())
    throw base::UsageError("--state " + *req.state_dir + ": its documents were extracted with " +
                           state.header().settings + ", this build asks for " +
                           setup.shard_header().settings +
                           "; use the same --events and --lexicon, or another state folder");
  // With a state, no inputs means: the graph of the state's documents alone.
  std::vector<ingest::Document> docs;
  if (!req.inputs.empty() || state.empty()) docs = read_inputs(req);
  const auto hashes = BuildSetup::source_hashes(docs);
  // A document the state holds with the same text is not extracted again.
  docs.erase(std::remove_if(docs.begin(), docs.end(),
                            [&](const ingest::Document& d) {
                              const auto it = state.records().find(d.path);
                              return it != state.records().end() &&
                                     it->second.source_hash == hashes.at(d.path);
                            }),
             docs.end());
  if (!docs.empty()) {
    give_final_ids(docs, state);
    const graph::DocumentRecords fresh = extract_with_progress(std::move(docs), req, setup);
    state.add_records(setup.shard_header(), fresh, hashes);
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    if (ec) throw std::runtime_error(*req.state_dir + ": cannot create directory: " + ec.message());
    state.save(file.generic_string());
  }
  graph::DocumentRecords records = state.decode(setup.options.threads);
  setup.check_publication_dates(records, state);
  std::vector<std::string> w = setup.exclude(records);
  return setup.solve(std::move(records), std::move(w), warnings);
}

}  // namespace chronograph::pipeline::detail
