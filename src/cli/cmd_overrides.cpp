// The 'overrides' subcommand (first version: registered, not yet implemented).
#include <iostream>

#include "commands.hpp"

namespace chronograph::cli {

void add_overrides_command(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("overrides", "(not yet implemented)");
  cmd->allow_extras();
  cmd->callback([&action] {
    action = [] {
      std::cerr << "chronograph: error: 'overrides' is not implemented yet\n";
      return 2;
    };
  });
}

}  // namespace chronograph::cli
