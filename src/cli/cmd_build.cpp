// The 'build' subcommand: documents -> timeline.{json,dot,svg} in an output directory.
#include <iostream>

#include "chronograph/base/usage_error.hpp"
#include "chronograph/pipeline/build.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct BuildArgs {
  pipeline::BuildRequest request;
  std::vector<std::string> inputs;
  std::string out_dir = pipeline::kDefaultOutputDir;
  std::vector<std::string> formats{"json", "dot", "svg"};
  std::string overrides;
  std::string lexicon;
  std::string dct;
  std::string events = "salient";
  Verbosity verbosity;
};
}  // namespace

void add_build_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<BuildArgs>();
  auto* cmd = app.add_subcommand("build", "Build the timeline graph from documents and write it");
  cmd->add_option("paths", args->inputs,
                  "Files or directories, '-' for one document on standard input (default: "
                  "data/corpus, when the current folder has one)");
  cmd->add_option("-o,--output", args->out_dir,
                  "Output directory (default: graphs); '-' writes the one --format to stdout");
  cmd->add_option("--format", args->formats, "Comma-separated: json,dot,svg,png,pdf")
      ->delimiter(',')
      ->check(CLI::IsMember({"json", "dot", "svg", "png", "pdf"}));
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
  add_verbosity_options(cmd, args->verbosity);
  cmd->callback([args, &action] {
    pipeline::check_output_formats(args->formats);
    if (args->out_dir == "-" && args->formats.size() != 1)
      throw CLI::ValidationError("-o",
                                 "'-o -' writes one file to standard output; choose one "
                                 "--format");
    action = [args] {
      auto& req = args->request;
      req.inputs = args->inputs;
      if (!args->overrides.empty()) req.overrides_path = args->overrides;
      if (!args->lexicon.empty()) req.lexicon_path = args->lexicon;
      if (!args->dct.empty()) req.dct = args->dct;
      req.events =
          args->events == "all" ? events::EventSelection::all : events::EventSelection::salient;
      req.progress = args->verbosity.mode();
      std::vector<std::string> warnings;
      const auto timeline = pipeline::build(req, &warnings);
      for (const auto& w : warnings) std::cerr << w << "\n";
      if (args->out_dir == "-") {
        pipeline::write_output(timeline, args->formats.front(),
                               [](std::string_view chunk) { std::cout << chunk; });
        std::cout.flush();
      } else {
        pipeline::write_outputs(timeline, args->out_dir, args->formats);
      }
      if (!args->verbosity.quiet)
        std::cerr << "chronograph: " << timeline.documents.size() << " documents, "
                  << boost::num_vertices(timeline.graph) << " events, "
                  << boost::num_edges(timeline.graph) << " links -> "
                  << (args->out_dir == "-" ? "standard output" : args->out_dir) << "\n";
      return 0;
    };
  });
}

}  // namespace chronograph::cli
