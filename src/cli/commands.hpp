// Registration of the CLI subcommands; each command lives in its own cmd_*.cpp file.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/base/progress.hpp"
#include "chronograph/graph/filter.hpp"
#include "chronograph/graph/model.hpp"
#include "chronograph/pipeline/build.hpp"

#include "chronograph/ingest/reader.hpp"

namespace chronograph::cli {

// A subcommand sets the action that main() runs after parsing; the action returns the exit code.
using Action = std::function<int()>;

void add_build_command(CLI::App& app, Action& action);
void add_tag_command(CLI::App& app, Action& action);
void add_render_command(CLI::App& app, Action& action);
void add_query_command(CLI::App& app, Action& action);
void add_overrides_command(CLI::App& app, Action& action);
void add_train_command(CLI::App& app, Action& action);
void add_export_command(CLI::App& app, Action& action);
void add_extract_command(CLI::App& app, Action& action);
void add_merge_command(CLI::App& app, Action& action);

// --max-document-size SIZE ("256M", "1G", bytes without a unit) for commands that read documents.
void add_document_size_option(CLI::App* cmd, ingest::ReadOptions& read);
// --quiet and --progress, for commands that may build (options.cpp).
struct Verbosity {
  bool quiet = false;
  std::string progress = "auto";
  base::ProgressMode mode() const;
};
void add_verbosity_options(CLI::App* cmd, Verbosity& v);

// The options 'build', 'extract' and 'merge' share (build_flags.cpp): overrides, lexicon,
// --dct, -j, --events, verbosity; --max-document-size for those that extract, --min-salience
// for those that make a graph.
struct BuildFlags {
  pipeline::BuildRequest request;
  std::string overrides, lexicon, dct;
  std::string events = "salient";
  std::string evidence = "text";
  Verbosity verbosity;
  pipeline::BuildRequest resolve(const std::vector<std::string>& inputs) const;
};
void add_build_flags(CLI::App* cmd, BuildFlags& flags, bool reads_documents, bool makes_graph);
// A usage error for formats the graph cannot be written in, or several of them to '-o -'.
void check_graph_output(const std::string& out_dir, const std::vector<std::string>& formats);
// Prints the warnings, writes the graph (into out_dir, or the one format to stdout for '-')
// and, unless quiet, the summary line; returns the exit code.
int emit_graph(const graph::Timeline& timeline, const std::vector<std::string>& warnings,
               const std::string& out_dir, const std::vector<std::string>& formats, bool quiet);

// Where 'query' and 'render' take their graph from: --graph FILE ('-': standard input), else
// documents given as PATHs (built, with --overrides), else the last build's graph.
struct GraphSource {
  std::vector<std::string> paths;
  std::string graph;
  std::string overrides;
  bool no_overrides = false;
  Verbosity verbosity;
};
void add_graph_source_options(CLI::App* cmd, GraphSource& s);
graph::Timeline load_graph_source(const GraphSource& s);

// --from, --to (a day, month or year), --type, --actor, --place, --min-salience and --top, as
// 'query events' and 'export' take them; set_date_bounds reads the two dates into the filter
// once parsing is done (a malformed one is a usage error naming the flag).
void add_event_filter_options(CLI::App* cmd, graph::EventFilter& filter, std::string& from,
                              std::string& to);
void set_date_bounds(graph::EventFilter& filter, const std::string& from, const std::string& to);

// The hint for a parse error: "; did you mean '--format'?" for a misspelt flag or subcommand
// of the subcommand being parsed, else "".
std::string parse_error_hint(const CLI::App& app, const CLI::Error& e);

}  // namespace chronograph::cli
