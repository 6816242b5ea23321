// The 'extract' subcommand: documents -> one shard file of their records (the map of a build).
#include <iostream>

#include "chronograph/pipeline/shards.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct ExtractArgs {
  BuildFlags flags;
  std::vector<std::string> inputs;
  std::string out_file;
};
}  // namespace

void add_extract_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract",
                                 "Extract documents into a shard file for 'merge' (docs/scale.md)");
  cmd->add_option("paths", args->inputs, "Files or directories, as for 'build'")->required();
  cmd->add_option("-o,--output", args->out_file, "The shard file to write")->required();
  add_build_flags(cmd, args->flags, true, false);
  cmd->callback([args, &action] {
    action = [args] {
      pipeline::extract(args->flags.resolve(args->inputs), args->out_file);
      if (!args->flags.verbosity.quiet)
        std::cerr << "chronograph: extracted -> " << args->out_file << "\n";
      return 0;
    };
  });
}

}  // namespace chronograph::cli
