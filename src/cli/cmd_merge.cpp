// The 'merge' subcommand: shard files -> one shard (--partial) or the graph, as 'build' writes it.
#include <iostream>

#include "chronograph/pipeline/shards.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct MergeArgs {
  BuildFlags flags;
  std::vector<std::string> shards;
  std::string out;
  std::vector<std::string> formats{"json", "dot", "svg"};
  bool partial = false;
};
}  // namespace

void add_merge_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<MergeArgs>();
  auto* cmd = app.add_subcommand(
      "merge", "Merge shard files into one shard (--partial) or into the graph (docs/scale.md)");
  cmd->add_option("shards", args->shards, "Shard files written by 'extract' or 'merge --partial'")
      ->required();
  cmd->add_option("-o,--output", args->out,
                  "With --partial the shard file to write, else the output directory ('-': the "
                  "one --format to stdout)")
      ->required();
  cmd->add_flag("--partial", args->partial,
                "Write the union of the shards as one shard (a step of a tree reduce)");
  cmd->add_option("--format", args->formats, "Comma-separated: json,dot,svg,png,pdf")
      ->delimiter(',')
      ->check(CLI::IsMember({"json", "dot", "svg", "png", "pdf"}));
  add_build_flags(cmd, args->flags, false, true);
  cmd->callback([args, cmd, &action] {
    if (args->partial) {
      // A partial merge only unites records: options of the graph would silently do nothing.
      for (const char* name : {"--format", "--overrides", "--no-overrides", "--lexicon", "--dct",
                               "--threads", "--events", "--min-salience"})
        if (cmd->get_option(name)->count() > 0)
          throw CLI::ValidationError(name, "does not apply to 'merge --partial'");
      action = [args] {
        pipeline::merge_partial(args->shards, args->out);
        if (!args->flags.verbosity.quiet)
          std::cerr << "chronograph: merged " << args->shards.size() << " shards -> " << args->out
                    << "\n";
        return 0;
      };
      return;
    }
    check_graph_output(args->out, args->formats);
    action = [args, cmd] {
      pipeline::BuildRequest req = args->flags.resolve({});
      std::optional<events::EventSelection> events;
      if (cmd->get_option("--events")->count() > 0) events = req.events;
      std::vector<std::string> warnings;
      const auto timeline = pipeline::merge(args->shards, req, events, &warnings);
      return emit_graph(timeline, warnings, args->out, args->formats, args->flags.verbosity.quiet);
    };
  });
}

}  // namespace chronograph::cli
