// The 'build' subcommand: documents -> timeline.{json,dot,svg} in an output directory.
#include <iostream>
#include <sstream>

#include "chronograph/pipeline/build.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct BuildArgs {
  pipeline::BuildRequest request;
  std::vector<std::string> inputs;
  std::string out_dir = "graphs";
  std::string formats = "json,dot,svg";
  std::string overrides;
  std::string lexicon;
  std::string dct;
  std::string events = "salient";
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}
}  // namespace

void add_build_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "Build the timeline graph from documents and write it");
  cmd->add_option("paths", args->inputs, "Files or directories (default: data/corpus)");
  cmd->add_option("-o,--output", args->out_dir, "Output directory (default: graphs)");
  cmd->add_option("--format", args->formats, "Comma-separated: json,dot,svg,png,pdf");
  cmd->add_option("--overrides", args->overrides,
                  "Overrides YAML (default: data/overrides.yaml when it exists)");
  cmd->add_flag("--no-overrides", args->request.no_overrides, "Ignore data/overrides.yaml");
  cmd->add_option("--lexicon", args->lexicon, "Extra lexicon YAML merged into the built-in one");
  cmd->add_option("--dct", args->dct, "Publication date YYYY-MM-DD for every document");
  cmd->add_option("-j,--threads", args->request.threads, "Extraction threads (output is the same)");
  cmd->add_option("--events", args->events,
                  "salient (default): the events a timeline reader needs; all: every detected "
                  "event, with its class and factuality")
      ->check(CLI::IsMember({"salient", "all"}));
  add_document_size_option(cmd, args->request.read);
  cmd->add_option("--min-salience", args->request.min_salience,
                  "With --events salient, the salience an event needs to be kept (default 0.4)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([args, &action] {
    action = [args] {
      auto& req = args->request;
      if (!args->inputs.empty()) req.inputs = args->inputs;
      if (!args->overrides.empty()) req.overrides_path = args->overrides;
      if (!args->lexicon.empty()) req.lexicon_path = args->lexicon;
      if (!args->dct.empty()) req.dct = args->dct;
      req.events =
          args->events == "all" ? events::EventSelection::all : events::EventSelection::salient;
      std::vector<std::string> warnings;
      const auto timeline = pipeline::build(req, &warnings);
      for (const auto& w : warnings) std::cerr << w << "\n";
      pipeline::write_outputs(timeline, args->out_dir, split_list(args->formats));
      std::cerr << "chronograph: " << timeline.documents.size() << " documents, "
                << boost::num_vertices(timeline.graph) << " events, "
                << boost::num_edges(timeline.graph) << " links -> " << args->out_dir << "\n";
      return 0;
    };
  });
}

}  // namespace chronograph::cli
