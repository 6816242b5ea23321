// The 'export' subcommand: a built graph -> GraphML, CSV, TimelineJS or JSON Lines.
#include <iostream>

#include "chronograph/graph/filter.hpp"
#include "chronograph/render/exports.hpp"
#include "commands.hpp"

namespace chronograph::cli {

void add_export_command(CLI::App& app, Action& action) {
  struct Args {
    GraphSource source;
    std::string format, output, from, to;
    graph::EventFilter filter;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "export", "Write the graph for other tools: GraphML, CSV, TimelineJS or JSON Lines");
  add_graph_source_options(cmd, a->source);
  cmd->add_option("--format", a->format,
                  "graphml, csv, timelinejs or jsonl (default: from the -o extension, "
                  ".graphml or .jsonl)");
  cmd->add_option("-o,--output", a->output,
                  "Output file, '-' for standard output; for csv a folder (events.csv, "
                  "links.csv)")
      ->required();
  add_event_filter_options(cmd, a->filter, a->from, a->to);
  cmd->callback([a, &action] {
    const auto format = render::choose_export_format(a->format, a->output);
    set_date_bounds(a->filter, a->from, a->to);
    action = [a, format] {
      const auto all = load_graph_source(a->source);
      graph::check_filter_values(all, a->filter);
      // Copied only when filtered: a Timeline's graph does not move (Boost 1.74).
      const auto filtered =
          a->filter.empty() ? graph::Timeline{} : graph::apply_filter(all, a->filter);
      const auto out = render::export_timeline(a->filter.empty() ? all : filtered, format);
      if (a->output == "-")
        std::cout << out.files.front().second << std::flush;
      else
        render::write_export(out, a->output);
      if (!out.note.empty() && !a->source.verbosity.quiet)
        std::cerr << "chronograph: " << out.note << "\n";
      return 0;
    };
  });
}

}  // namespace chronograph::cli
