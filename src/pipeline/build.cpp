// The build job: read documents, build the graph, apply overrides, write output files.
#include "chronograph/pipeline/build.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "build_setup.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/progress.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/overrides/spec.hpp"
#include "chronograph/pipeline/last_build.hpp"
#include "chronograph/render/render.hpp"

namespace chronograph::pipeline {

namespace fs = std::filesystem;

namespace {
const std::vector<std::string> kOutputFormats = {"json", "dot", "svg", "png", "pdf"};

// Without inputs, the documented layout or an explanation: a default that silently depended on
// the current folder used to fail as "data/corpus:1:1: error: no such file or directory".
std::vector<std::string> inputs_or_default(const std::vector<std::string>& inputs) {
  if (!inputs.empty()) return inputs;
  if (fs::is_directory(kDefaultCorpus)) return {kDefaultCorpus};
  throw base::UsageError(std::string("no PATH given, and this folder has no ") + kDefaultCorpus +
                         "/ to build from; give the documents' files or folders (or '-' for "
                         "standard input), or run in a folder laid out as data/corpus/ "
                         "(documents), data/overrides.yaml (optional), graphs/ (outputs)");
}
}  // namespace

void check_output_formats(const std::vector<std::string>& formats) {
  if (formats.empty()) throw base::UsageError("--format: no output format given");
  for (const auto& f : formats)
    if (std::find(kOutputFormats.begin(), kOutputFormats.end(), f) == kOutputFormats.end())
      throw base::UsageError("--format: unknown output format '" + f + "'" +
                             base::did_you_mean(f, kOutputFormats) + " (json, dot, svg, png, pdf)");
}

void write_output(const graph::Timeline& timeline, const std::string& format,
                  const std::function<void(std::string_view)>& sink) {
  if (format == "json")
    graph::write_json(timeline, sink);
  else
    sink(render::render(timeline, *render::format_from_string(format), {}));
}

graph::Timeline read_graph_from_stdin() {
  std::ostringstream in;
  in << std::cin.rdbuf();
  const std::string text = std::move(in).str();
  return graph::read_graph(text, ingest::kStdinName);
}

namespace detail {

BuildSetup::BuildSetup(const BuildRequest& req) {
  std::optional<std::string> overrides_path = req.overrides_path;
  if (!overrides_path && !req.no_overrides && fs::exists("data/overrides.yaml"))
    overrides_path = "data/overrides.yaml";
  if (overrides_path) ov = overrides::Overrides::load(*overrides_path);

  options.threads = req.threads;
  evidence = req.evidence;
  options.events = req.events;
  options.min_salience = req.min_salience;
  if (req.dct) {
    options.dct_for_all = base::parse_day(*req.dct);
    if (!options.dct_for_all)
      throw base::UsageError("--dct: expected a date YYYY-MM-DD, got '" + *req.dct + "'");
  }
  options.published_by_doc = ov.published_dates();
  // Only a file that dates events pins anything; without pins the builder frees its
  // working state earlier.
  const auto& rules = ov.spec().events;
  if (std::any_of(rules.begin(), rules.end(),
                  [](const auto& r) { return r.date && r.date->known(); }))
    options.pin_dates = [this](const graph::Timeline& t) { return ov.pinned_dates(t); };
  lexicon = req.lexicon_path ? events::load_lexicon(*req.lexicon_path) : events::default_lexicon();
  lexicon_fingerprint = "builtin";
  if (req.lexicon_path) {
    std::ostringstream hex;
    hex << std::hex << base::stable_hash(base::read_file(*req.lexicon_path));
    lexicon_fingerprint = hex.str();
  }
}

graph::ShardHeader BuildSetup::shard_header() const {
  return {CHRONOGRAPH_VERSION, graph::shard_settings(options.events, lexicon_fingerprint)};
}

std::vector<std::string> BuildSetup::exclude(graph::DocumentRecords& records) const {
  std::vector<std::string> doc_ids;
  for (const auto& d : *records.documents) doc_ids.push_back(d.id);
  std::vector<std::string> w = ov.check_documents(doc_ids);
  const auto excluded = ov.excluded_documents();
  auto& work = records.work;
  work.erase(std::remove_if(work.begin(), work.end(),
                            [&](const auto& r) { return excluded.count(r->doc->id) > 0; }),
             work.end());
  return w;
}

void BuildSetup::check_publication_dates(const graph::DocumentRecords& records,
                                         const graph::ShardSet& shards) const {
  for (const auto& w : records.work) {
    // What a build with these options would have fixed before extracting this document.
    std::optional<base::DateValue> want;
    std::string rule;
    if (auto it = options.published_by_doc.find(w->doc->id); it != options.published_by_doc.end()) {
      want = it->second;
      rule = "override";
    } else if (options.dct_for_all) {
      want = base::day_value(*options.dct_for_all, base::Basis::override_value);
      rule = "--dct";
    } else if (w->fixed_rule == "--dct") {
      continue;  // given to extract alone: the shard is what it was extracted with
    }
    if (want == w->fixed && rule == w->fixed_rule) continue;
    const graph::ShardRecord& r = shards.records().at(w->doc->path);
    auto spell = [](const std::optional<base::DateValue>& d, const std::string& why) {
      return d ? d->value + " (" + why + ")" : std::string("none");
    };
    throw base::InputError(shards.file_name(r.file), 1, r.body_offset + 1,
                           "document '" + w->doc->id + "' was extracted with publication date " +
                               spell(w->fixed, w->fixed_rule) + ", but this merge gives it " +
                               spell(want, rule) +
                               "; give extract and merge the same --overrides and --dct");
  }
}

std::map<std::string, std::uint64_t> BuildSetup::source_hashes(
    const std::vector<ingest::Document>& docs) {
  std::map<std::string, std::uint64_t> out;
  for (const auto& d : docs) out[d.path] = base::stable_hash(d.text);
  return out;
}

graph::Timeline BuildSetup::solve(graph::DocumentRecords records, std::vector<std::string> w,
                                  std::vector<std::string>* warnings) const {
  graph::Timeline timeline = graph::solve_records(std::move(records), lexicon, options);
  const auto applied = ov.apply(timeline);
  w.insert(w.end(), applied.begin(), applied.end());
  graph::canonicalize(timeline);
  timeline.evidence_detail = evidence;
  if (warnings) warnings->insert(warnings->end(), w.begin(), w.end());
  return timeline;
}

std::vector<ingest::Document> read_inputs(const BuildRequest& req) {
  std::vector<ingest::Document> docs =
      ingest::read_documents(inputs_or_default(req.inputs), req.read);
  // Nothing to build from is a mistake (a wrong folder), not an empty timeline to write.
  if (docs.empty())
    throw base::InputError(req.inputs.empty() ? kDefaultCorpus : req.inputs.front(), 1, 1,
                           "no documents found (looked for .txt, .text, .md and extensionless "
                           "files)");
  return docs;
}

graph::DocumentRecords extract_with_progress(std::vector<ingest::Document> docs,
                                             const BuildRequest& req, BuildSetup& setup) {
  std::size_t total_bytes = 0;
  for (const auto& d : docs) total_bytes += d.text.size();
  base::Progress progress(std::cerr, req.progress, docs.size(), total_bytes);
  setup.options.document_done = [&progress](std::size_t bytes) { progress.document_done(bytes); };
  graph::DocumentRecords records =
      graph::extract_records(std::move(docs), setup.lexicon, setup.options);
  setup.options.document_done = nullptr;
  progress.finish();
  return records;
}

}  // namespace detail

graph::Timeline build(const BuildRequest& req, std::vector<std::string>* warnings) {
  if (req.state_dir) return detail::build_with_state(req, warnings);
  detail::BuildSetup setup(req);
  graph::DocumentRecords records =
      detail::extract_with_progress(detail::read_inputs(req), req, setup);
  std::vector<std::string> w = setup.exclude(records);
  return setup.solve(std::move(records), std::move(w), warnings);
}

void write_outputs(const graph::Timeline& timeline, const fs::path& dir,
                   const std::vector<std::string>& formats) {
  if (dir.empty()) throw base::UsageError("-o: the output directory is empty");
  check_output_formats(formats);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error(dir.string() + ": cannot create directory: " + ec.message());
  // Every output is complete in its temporary before the first rename, so a failure leaves
  // the old outputs untouched. The JSON streams to disk: it can be several times the input.
  std::vector<base::PendingFile> pending;
  for (const auto& f : formats) {
    pending.emplace_back(dir / ("timeline." + f));
    auto& file = pending.back();
    write_output(timeline, f, [&file](std::string_view chunk) { file.write(chunk); });
    file.finish();
  }
  for (auto& file : pending) file.commit();
  if (std::find(formats.begin(), formats.end(), "json") != formats.end())
    remember_last_build(dir / "timeline.json");
}

graph::Timeline load_or_build(const std::optional<std::string>& graph_file,
                              const BuildRequest& request, std::vector<std::string>* warnings) {
  // The fast graph@1 reader, which falls back to the reference one for its exact errors.
  if (graph_file && *graph_file == ingest::kStdinPath) return read_graph_from_stdin();
  if (graph_file) return graph::load_graph(*graph_file);
  return build(request, warnings);
}

}  // namespace chronograph::pipeline
