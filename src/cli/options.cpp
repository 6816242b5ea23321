// Options shared by several subcommands.
#include "commands.hpp"

namespace chronograph::cli {

void add_document_size_option(CLI::App* cmd, ingest::ReadOptions& read) {
  cmd->add_option("--max-document-size", read.max_document_bytes,
                  "Refuse documents larger than this (default 256M; units K, M, G)")
      ->transform(CLI::AsSizeValue(false));
}

}  // namespace chronograph::cli
