// The 'render' subcommand: a graph (or documents) -> one picture, timeline or chain view.
#include <iostream>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/graph/filter.hpp"
#include "chronograph/render/render.hpp"
#include "commands.hpp"

namespace chronograph::cli {

namespace {
struct RenderArgs {
  GraphSource source;
  std::string format;  // empty: from the output file's extension, else svg
  std::string output;
  std::string lanes = "none";
  std::string layout = "timeline";
  std::string focus;
  int depth = 2;
  std::string title;
  std::string from, to;
  std::vector<std::string> types, actors;
  std::optional<double> min_salience;
  std::optional<std::size_t> top;
  std::string view = "auto";
  bool all_headlines = false;
};

date::sys_days day_option(const std::string& flag, const std::string& text) {
  auto d = base::parse_day(text);
  if (!d) throw CLI::ValidationError(flag, "expected a date YYYY-MM-DD, got '" + text + "'");
  return *d;
}
}  // namespace

void add_render_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<RenderArgs>();
  auto* cmd =
      app.add_subcommand("render", "Draw the timeline (or a causal chain) as DOT/SVG/PNG/PDF/HTML");
  add_graph_source_options(cmd, args->source);
  cmd->add_option("--format", args->format,
                  "dot, svg, png, pdf or html (default: from the -o extension, else svg); "
                  "html is one interactive page that works offline: zoom, lanes, filters, "
                  "search, each event's date reasoning and evidence")
      ->check(CLI::IsMember({"dot", "svg", "png", "pdf", "html"}));
  cmd->add_option("-o,--output", args->output, "Output file, '-' for standard output")->required();
  cmd->add_option("--lanes", args->lanes, "Lanes: actor, type, document or none (default: none)")
      ->check(CLI::IsMember({"none", "actor", "type", "document"}));
  auto* layout = cmd->add_option("--layout", args->layout,
                                 "timeline (default; chain when --focus is given) or chain")
                     ->check(CLI::IsMember({"timeline", "chain"}));
  cmd->add_option("--focus", args->focus,
                  "Chain layout: the event (id, or words like 'june 2 talks'); implies "
                  "--layout chain");
  cmd->add_option("--depth", args->depth,
                  "Chain layout: links followed from the focus (default: 2)")
      ->check(CLI::Range(0, 50));
  cmd->add_option("--title", args->title, "Picture title");
  cmd->add_option("--from,--since", args->from,
                  "Only events that may have happened on or after YYYY-MM-DD");
  cmd->add_option("--to,--until", args->to,
                  "Only events that may have happened on or before YYYY-MM-DD");
  cmd->add_option("--view", args->view,
                  "Timeline detail: auto (default: every event while the picture stays within "
                  "about 4,000 px, else counts per day/week/month with the most salient "
                  "labelled; --top, --from and --to ask for detail), detailed or overview")
      ->check(CLI::IsMember({"auto", "detailed", "overview"}));
  cmd->add_flag("--all-headlines", args->all_headlines,
                "Draw every headline of a page's dated headline list as its own box (default: "
                "a day's run of them is one group naming the most salient)");
  cmd->add_option("--type", args->types, "Only events of these types (comma-separated or repeated)")
      ->delimiter(',');
  cmd->add_option("--actor", args->actors,
                  "Only events involving these actors (comma-separated or repeated)")
      ->delimiter(',');
  cmd->add_option("--min-salience", args->min_salience,
                  "Only events at least this salient (0 to 1; docs/graph-json.md)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--top", args->top, "Only the N most salient events")->check(CLI::PositiveNumber);
  cmd->callback([args, layout, &action] {
    // A focus only means something to the chain layout: it chooses it, unless the timeline
    // was asked for by name, where a silently ignored --focus would mislead.
    if (!args->focus.empty() && layout->count() == 0) args->layout = "chain";
    if (args->layout == "timeline" && !args->focus.empty())
      throw CLI::ValidationError("--focus", "--layout timeline has no focus; use --layout chain");
    if (args->layout == "chain" && args->focus.empty())
      throw CLI::ValidationError("--focus", "--layout chain needs --focus EVENT");
    render::RenderOptions opt;
    opt.lanes = *render::lanes_from_string(args->lanes);
    opt.layout = args->layout == "chain" ? render::LayoutMode::chain : render::LayoutMode::timeline;
    opt.focus = args->focus;
    opt.depth = args->depth;
    opt.title = args->title;
    opt.view = *render::view_from_string(args->view);
    opt.group_headlines = !args->all_headlines;
    if (!args->from.empty()) opt.filter.from = day_option("--from/--since", args->from);
    if (!args->to.empty()) opt.filter.to = day_option("--to/--until", args->to);
    opt.filter.types = args->types;
    opt.filter.actors = args->actors;
    opt.filter.min_salience = args->min_salience;
    opt.filter.top = args->top;
    if (args->format.empty()) {
      const auto dot = args->output.rfind('.');
      const std::string ext = dot == std::string::npos ? "" : args->output.substr(dot + 1);
      args->format = render::format_from_string(ext) ? ext : "svg";
    }
    if (args->format == "html" && args->layout == "chain")
      throw CLI::ValidationError("--layout", "the HTML view has the timeline layout only");
    action = [args, opt] {
      const auto timeline = load_graph_source(args->source);
      graph::check_filter_values(timeline, opt.filter);
      const auto bytes = render::render(timeline, *render::format_from_string(args->format), opt);
      if (args->output == "-")
        std::cout << bytes << std::flush;
      else
        base::write_file_atomically(args->output, bytes);
      return 0;
    };
  });
}

}  // namespace chronograph::cli
