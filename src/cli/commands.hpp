// Registration of the CLI subcommands; each command lives in its own cmd_*.cpp file.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>

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

// --max-document-size SIZE ("256M", "1G", bytes without a unit) for commands that read documents.
void add_document_size_option(CLI::App* cmd, ingest::ReadOptions& read);

}  // namespace chronograph::cli
