// Entry point: parses the command line, dispatches to a subcommand, maps errors to exit codes.
#include <iostream>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/terminal_text.hpp"
#include "chronograph/base/usage_error.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  namespace cli = chronograph::cli;
  chronograph::base::remove_temporaries_on_signals();
  CLI::App app{"chronograph: dated events from news texts, linked into a timeline graph"};
  app.name("chronograph");
  app.set_version_flag("--version", std::string("chronograph ") + CHRONOGRAPH_VERSION);
  app.require_subcommand(1);
  cli::Action action;
  cli::add_build_command(app, action);
  cli::add_tag_command(app, action);
  cli::add_render_command(app, action);
  cli::add_query_command(app, action);
  cli::add_export_command(app, action);
  cli::add_extract_command(app, action);
  cli::add_merge_command(app, action);
  cli::add_overrides_command(app, action);
  cli::add_train_command(app, action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "chronograph: error: " << e.what() << cli::parse_error_hint(app, e)
              << " (see 'chronograph --help')\n";
    return 2;
  } catch (const chronograph::base::UsageError& e) {
    std::cerr << "chronograph: error: " << e.what() << "\n";
    return 2;
  }
  try {
    return action ? action() : 2;
  } catch (const chronograph::base::UsageError& e) {
    // Raised by the library for a bad option value: the same exit code as the CLI's own.
    std::cerr << "chronograph: error: " << e.what() << "\n";
    return 2;
  } catch (const chronograph::base::InputError& e) {
    std::cerr << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "chronograph: error: " << chronograph::base::terminal_safe(e.what()) << "\n";
    return 1;
  }
}
