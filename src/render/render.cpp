// Rendering entry point: filter, lay out, draw through cgraph, write DOT or render with gvc;
// or hand over to the HTML page writer.
#include "chronograph/render/render.hpp"

#include <stdexcept>

#include "chronograph/render/chain.hpp"
#include "chronograph/render/headline_runs.hpp"
#include "chronograph/render/html_writer.hpp"
#include "chronograph/render/overview.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "drawings.hpp"

namespace chronograph::render {

std::optional<Format> format_from_string(std::string_view w) {
  if (w == "dot") return Format::dot;
  if (w == "svg") return Format::svg;
  if (w == "png") return Format::png;
  if (w == "pdf") return Format::pdf;
  if (w == "html") return Format::html;
  return std::nullopt;
}

std::string_view to_string(Format f) {
  switch (f) {
    case Format::dot:
      return "dot";
    case Format::svg:
      return "svg";
    case Format::png:
      return "png";
    case Format::pdf:
      return "pdf";
    case Format::html:
      return "html";
  }
  return "dot";
}

std::optional<Lanes> lanes_from_string(std::string_view w) {
  if (w == "none") return Lanes::none;
  if (w == "actor") return Lanes::actor;
  if (w == "type") return Lanes::type;
  if (w == "document") return Lanes::document;
  return std::nullopt;
}

std::optional<View> view_from_string(std::string_view w) {
  if (w == "auto") return View::automatic;
  if (w == "detailed") return View::detailed;
  if (w == "overview") return View::overview;
  return std::nullopt;
}

std::string render(const graph::Timeline& timeline, Format format, const RenderOptions& options) {
  if (format == Format::html) {
    if (options.layout == LayoutMode::chain)
      throw std::invalid_argument("the HTML view has the timeline layout only");
    return html_page(timeline, options);
  }
  const graph::Timeline filtered =
      options.filter.empty() ? graph::Timeline{} : graph::apply_filter(timeline, options.filter);
  const graph::Timeline& shown = options.filter.empty() ? timeline : filtered;

  if (options.layout == LayoutMode::chain) {
    const ChainView view = chain_around(shown, options.focus, options.depth);
    auto lock = detail::graphviz_lock();
    detail::GvGraph gv("chain", true);
    detail::draw_chain(gv, view.timeline, view.focus);
    if (format == Format::dot)
      return "// chronograph chain view; render with: dot -Tsvg\n" + gv.write_dot();
    return gv.render("dot", format);
  }

  // Geometry is computed outside the lock; only the Graphviz part is serialised.
  std::optional<graph::Timeline> grouped;
  std::optional<TimelineLayout> detailed;
  if (!overview_by_count(shown, options)) {
    if (options.group_headlines) grouped = group_headline_runs(shown, options.lanes);
    detailed = layout_timeline(grouped ? *grouped : shown, options);
    detailed->subtitle = subtitle_words(shown, detailed->axis);  // groups count as their events
  }
  std::optional<Overview> overview;
  if (!detailed || overview_by_size(*detailed, options)) overview = layout_overview(shown, options);
  auto lock = detail::graphviz_lock();
  detail::GvGraph gv("timeline", true);
  if (overview)
    detail::draw_timeline(gv, overview->labelled, overview->layout, &overview->histogram);
  else
    detail::draw_timeline(gv, grouped ? *grouped : shown, *detailed, nullptr);
  if (format == Format::dot)
    return "// chronograph timeline; positions are fixed, render with: neato -n2 -Tsvg\n" +
           gv.write_dot();
  return gv.render("nop2", format);
}

}  // namespace chronograph::render
