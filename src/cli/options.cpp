// Options shared by several subcommands: verbosity, where a graph comes from, misspelt flags.
#include <iostream>

#include "chronograph/base/date_spec.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/pipeline/last_build.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void add_document_size_option(CLI::App* cmd, ingest::ReadOptions& read) {
  cmd->add_option("--max-document-size", read.max_document_bytes,
                  "Refuse documents larger than this (default 256M; units K, M, G)")
      ->transform(CLI::AsSizeValue(false));
}

base::ProgressMode Verbosity::mode() const {
  if (quiet) return base::ProgressMode::never;
  return *base::progress_mode_from_string(progress);
}

void add_verbosity_options(CLI::App* cmd, Verbosity& v) {
  cmd->add_flag("-q,--quiet", v.quiet, "No progress line and no summary on stderr");
  cmd->add_option("--progress", v.progress,
                  "never, auto (default: on a terminal, for runs over 2 s) or always")
      ->check(CLI::IsMember({"never", "auto", "always"}));
}

void add_graph_source_options(CLI::App* cmd, GraphSource& s) {
  cmd->add_option("paths", s.paths,
                  "Documents to build from (default: read the graph the last build here wrote)");
  cmd->add_option("--graph", s.graph, "A built graph (timeline.json, '-' for standard input)")
      ->excludes(cmd->get_option("paths"));
  cmd->add_option("--overrides", s.overrides,
                  "Overrides YAML when building from PATHs (default: data/overrides.yaml when it "
                  "exists)");
  cmd->add_flag("--no-overrides", s.no_overrides, "Ignore data/overrides.yaml when building");
  add_verbosity_options(cmd, s.verbosity);
}

// One named return per path: Boost 1.74's adjacency_list has no move constructor, and moving a
// Timeline copies its whole graph.
graph::Timeline load_graph_source(const GraphSource& s) {
  if (s.paths.empty() && (!s.overrides.empty() || s.no_overrides))
    throw base::UsageError(std::string(s.overrides.empty() ? "--no-overrides" : "--overrides") +
                           ": applies when building; give the documents to build from (e.g. " +
                           pipeline::kDefaultCorpus + ")");
  std::optional<std::string> file;
  if (!s.graph.empty()) file = s.graph;
  if (!file && s.paths.empty()) {
    // Never a silent rebuild: the last build's graph, and say which file it is.
    file = pipeline::last_build_graph();
    if (!s.verbosity.quiet) std::cerr << "chronograph: reading " << *file << "\n";
  }
  pipeline::BuildRequest req;
  req.inputs = s.paths;
  if (!s.overrides.empty()) req.overrides_path = s.overrides;
  req.no_overrides = s.no_overrides;
  req.progress = s.verbosity.mode();
  std::vector<std::string> warnings;
  graph::Timeline t = pipeline::load_or_build(file, req, &warnings);
  for (const auto& w : warnings) std::cerr << w << "\n";
  return t;
}

namespace {

std::optional<date::sys_days> date_bound(const std::string& text, const char* option, bool first) {
  if (text.empty()) return std::nullopt;
  auto r = base::parse_date_spec(text);
  if (auto* e = std::get_if<std::string>(&r)) throw CLI::ValidationError(option, *e);
  const auto& d = std::get<base::DateValue>(r);
  return first ? d.earliest : d.latest;
}

}  // namespace

void add_event_filter_options(CLI::App* cmd, graph::EventFilter& filter, std::string& from,
                              std::string& to) {
  cmd->add_option("--from", from, "Events that may have happened on or after DATE");
  cmd->add_option("--to", to, "Events that may have happened on or before DATE");
  cmd->add_option("--type", filter.types, "Event types (comma-separated or repeated)")
      ->delimiter(',');
  cmd->add_option("--actor", filter.actors,
                  "Actors or speakers (comma-separated or repeated, substring)")
      ->delimiter(',');
  cmd->add_option("--place", filter.places, "Places (comma-separated or repeated, substring)")
      ->delimiter(',');
  cmd->add_option("--min-salience", filter.min_salience,
                  "Only events at least this salient (0 to 1; docs/graph-json.md)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--top", filter.top, "Only the N most salient events")
      ->check(CLI::PositiveNumber);
}

void set_date_bounds(graph::EventFilter& filter, const std::string& from, const std::string& to) {
  filter.from = date_bound(from, "--from", true);
  filter.to = date_bound(to, "--to", false);
}

namespace {

// The subcommand the parse reached: the last parsed one, at each level.
const CLI::App* deepest(const CLI::App& app) {
  const CLI::App* at = &app;
  for (;;) {
    const auto subs = at->get_subcommands();
    if (subs.empty()) return at;
    at = subs.back();
  }
}

}  // namespace

std::string parse_error_hint(const CLI::App& app, const CLI::Error& e) {
  const CLI::App* at = deepest(app);
  std::string word;
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    // "The following argument was not expected: --formt" -> "--formt"
    const std::string what = e.what();
    const auto colon = what.rfind(": ");
    if (colon == std::string::npos) return "";
    word = what.substr(colon + 2);
  } else if (dynamic_cast<const CLI::RequiredError*>(&e) && !at->remaining().empty()) {
    word = at->remaining().front();  // "qeury": a misspelt subcommand left unparsed
  } else {
    return "";
  }
  if (const auto space = word.find(' '); space != std::string::npos) word.resize(space);
  if (const auto eq = word.find('='); eq != std::string::npos) word.resize(eq);
  std::vector<std::string> known;
  for (const CLI::Option* opt : at->get_options())
    for (const auto& name : opt->get_lnames()) known.push_back("--" + name);
  for (const CLI::App* sub : at->get_subcommands(std::function<bool(const CLI::App*)>{}))
    known.push_back(sub->get_name());
  return base::did_you_mean(word, known);
}

}  // namespace chronograph::cli
