// The 'overrides' subcommand: 'check' validates a file, 'init' writes a commented skeleton.
#include <filesystem>
#include <iostream>
#include <memory>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/overrides/skeleton.hpp"
#include "chronograph/pipeline/build.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {

void add_check(CLI::App* parent, Action& action) {
  struct Args {
    std::string file;
    std::vector<std::string> paths;
    bool syntax_only = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand(
      "check",
      "Validate an overrides file, then apply it to a build to find rules that match nothing");
  cmd->add_option("file", a->file, "The overrides YAML")->required();
  cmd->add_option("paths", a->paths, "Files or directories to build from (default: data/corpus)");
  cmd->add_flag("--syntax-only", a->syntax_only, "Only parse and validate; do not build");
  cmd->callback([a, &action] {
    action = [a] {
      const auto ov = overrides::Overrides::load(a->file);
      std::size_t warnings = 0;
      if (!a->syntax_only) {
        pipeline::BuildRequest req;
        if (!a->paths.empty()) req.inputs = a->paths;
        req.overrides_path = a->file;
        std::vector<std::string> w;
        pipeline::build(req, &w);
        for (const auto& line : w) std::cerr << line << "\n";
        warnings = w.size();
      }
      std::cout << a->file << ": ok, " << ov.spec().size() << " rule"
                << (ov.spec().size() == 1 ? "" : "s");
      if (!a->syntax_only)
        std::cout << ", " << warnings << " warning" << (warnings == 1 ? "" : "s");
      std::cout << "\n";
      return 0;
    };
  });
}

void add_init(CLI::App* parent, Action& action) {
  struct Args {
    std::string output = "data/overrides.yaml";
    std::vector<std::string> paths;
    std::string graph;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = parent->add_subcommand(
      "init", "Write a commented skeleton listing every current event (never overwrites)");
  cmd->add_option("-o,--output", a->output,
                  "Where to write it, '-' for stdout (default: data/overrides.yaml)");
  cmd->add_option("paths", a->paths, "Files or directories to build from (default: data/corpus)");
  cmd->add_option("--graph", a->graph, "List the events of a built graph instead of building");
  cmd->callback([a, &action] {
    action = [a] {
      if (a->output != "-" && std::filesystem::exists(a->output)) {
        std::cerr
            << "chronograph: error: " << a->output
            << " already exists; 'overrides init' never overwrites a file (choose another -o)\n";
        return 1;
      }
      pipeline::BuildRequest req;
      if (!a->paths.empty()) req.inputs = a->paths;
      req.no_overrides = true;  // the skeleton lists what extraction alone finds
      const auto t = pipeline::load_or_build(
          a->graph.empty() ? std::nullopt : std::optional<std::string>(a->graph), req);
      const std::string text = overrides::skeleton(t);
      if (a->output == "-") {
        std::cout << text;
      } else {
        base::write_file_atomically(a->output, text);
        std::cerr << "chronograph: wrote " << a->output << " (" << boost::num_vertices(t.graph)
                  << " events listed)\n";
      }
      return 0;
    };
  });
}

}  // namespace

void add_overrides_command(CLI::App& app, Action& action) {
  auto* cmd = app.add_subcommand("overrides", "Hand corrections: check a file, or init a skeleton");
  cmd->require_subcommand(1);
  add_check(cmd, action);
  add_init(cmd, action);
}

}  // namespace chronograph::cli
