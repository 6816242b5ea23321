// The build job: read documents, build the graph, apply overrides, write output files.
#include "chronograph/pipeline/build.hpp"

#include <algorithm>
#include <filesystem>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/overrides/spec.hpp"
#include "chronograph/query/graph_loader.hpp"
#include "chronograph/render/render.hpp"

namespace chronograph::pipeline {

namespace fs = std::filesystem;

graph::Timeline build(const BuildRequest& req, std::vector<std::string>* warnings) {
  std::optional<std::string> overrides_path = req.overrides_path;
  if (!overrides_path && !req.no_overrides && fs::exists("data/overrides.yaml"))
    overrides_path = "data/overrides.yaml";
  overrides::Overrides ov;
  if (overrides_path) ov = overrides::Overrides::load(*overrides_path);

  graph::BuildOptions opts;
  opts.threads = req.threads;
  opts.events = req.events;
  opts.min_salience = req.min_salience;
  if (req.dct) {
    opts.dct_for_all = base::parse_day(*req.dct);
    if (!opts.dct_for_all)
      throw std::invalid_argument("--dct: expected a date YYYY-MM-DD, got '" + *req.dct + "'");
  }
  opts.published_by_doc = ov.published_dates();
  // Only a file that dates events pins anything; without pins the builder frees its
  // working state earlier.
  const auto& rules = ov.spec().events;
  if (std::any_of(rules.begin(), rules.end(),
                  [](const auto& r) { return r.date && r.date->known(); }))
    opts.pin_dates = [&ov](const graph::Timeline& t) { return ov.pinned_dates(t); };

  std::vector<ingest::Document> docs = ingest::read_documents(req.inputs, req.read);
  std::vector<std::string> doc_ids;
  for (const auto& d : docs) doc_ids.push_back(d.id);
  std::vector<std::string> w = ov.check_documents(doc_ids);
  const auto excluded = ov.excluded_documents();
  docs.erase(std::remove_if(docs.begin(), docs.end(),
                            [&](const ingest::Document& d) { return excluded.count(d.id) > 0; }),
             docs.end());

  events::Lexicon lexicon =
      req.lexicon_path ? events::load_lexicon(*req.lexicon_path) : events::default_lexicon();
  graph::Timeline timeline = graph::build_timeline(std::move(docs), lexicon, opts);
  const auto applied = ov.apply(timeline);
  w.insert(w.end(), applied.begin(), applied.end());
  graph::canonicalize(timeline);
  if (warnings) warnings->insert(warnings->end(), w.begin(), w.end());
  return timeline;
}

void write_outputs(const graph::Timeline& timeline, const fs::path& dir,
                   const std::vector<std::string>& formats) {
  if (dir.empty()) throw std::invalid_argument("-o: the output directory is empty");
  if (formats.empty())
    throw std::invalid_argument("--format: no output format given (json, dot, svg, png, pdf)");
  for (const auto& f : formats)
    if (f != "json" && !render::format_from_string(f))
      throw std::invalid_argument("unknown output format '" + f + "' (json, dot, svg, png, pdf)");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw std::runtime_error(dir.string() + ": cannot create directory: " + ec.message());
  // Every output is complete in its temporary before the first rename, so a failure leaves
  // the old outputs untouched. The JSON streams to disk: it can be several times the input.
  std::vector<base::PendingFile> pending;
  for (const auto& f : formats) {
    pending.emplace_back(dir / ("timeline." + f));
    auto& file = pending.back();
    if (f == "json")
      graph::write_json(timeline, [&file](std::string_view chunk) { file.write(chunk); });
    else
      file.write(render::render(timeline, *render::format_from_string(f), {}));
    file.finish();
  }
  for (auto& file : pending) file.commit();
}

graph::Timeline load_or_build(const std::optional<std::string>& graph_file,
                              const BuildRequest& request, std::vector<std::string>* warnings) {
  // The fast graph@1 reader, which falls back to the reference one for its exact errors.
  if (graph_file) return query::load_graph(*graph_file);
  return build(request, warnings);
}

}  // namespace chronograph::pipeline
