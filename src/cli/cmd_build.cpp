// The 'build' subcommand: documents -> timeline.{json,dot,svg} in an output directory.
#include "chronograph/base/usage_error.hpp"
#include "chronograph/pipeline/build.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct BuildArgs {
  BuildFlags flags;
  std::vector<std::string> inputs;
  std::string out_dir = pipeline::kDefaultOutputDir;
  std::vector<std::string> formats{"json", "dot", "svg"};
  std::string state;
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
  cmd->add_option("--state", args->state,
                  "Folder of documents extracted by earlier builds: PATHs are added to them "
                  "(docs/scale.md)");
  add_build_flags(cmd, args->flags, true, true);
  cmd->callback([args, &action] {
    check_graph_output(args->out_dir, args->formats);
    action = [args] {
      pipeline::BuildRequest req = args->flags.resolve(args->inputs);
      if (!args->state.empty()) req.state_dir = args->state;
      std::vector<std::string> warnings;
      const auto timeline = pipeline::build(req, &warnings);
      return emit_graph(timeline, warnings, args->out_dir, args->formats,
                        args->flags.verbosity.quiet);
    };
  });
}

}  // namespace chronograph::cli
