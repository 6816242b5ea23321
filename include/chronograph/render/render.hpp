// Rendering a timeline graph to DOT (through cgraph), to images (through gvc) and to HTML.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/graph/filter.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::render {

// html: the interactive page of render/html_writer.hpp (timeline layout only).
enum class Format { dot, svg, png, pdf, html };
std::optional<Format> format_from_string(std::string_view word);
std::string_view to_string(Format format);

enum class Lanes { none, actor, type, document };
std::optional<Lanes> lanes_from_string(std::string_view word);

enum class LayoutMode { timeline, chain };

// The timeline's level of detail. automatic: every event as a box while the picture stays
// within about 4,000 px, else the overview (render/overview.hpp); --top, --from or --to ask
// for detail. detailed / overview: that one, whatever the size.
enum class View { automatic, detailed, overview };
std::optional<View> view_from_string(std::string_view word);

struct RenderOptions {
  Lanes lanes = Lanes::none;
  LayoutMode layout = LayoutMode::timeline;
  std::string focus;            // chain layout: the event (id or words, see graph::select_event)
  int depth = 2;                // chain layout: how many links away from the focus
  std::string title;            // picture title; a default is derived from the graph when empty
  graph::EventFilter filter;    // --from/--to/--type/--actor, shared with queries
  View view = View::automatic;  // timeline layout only
  bool group_headlines = true;  // timeline pictures: a day's run of headlines as one group
};

// Renders the timeline; returns the bytes of the requested format (html: html_page()). All Graphviz
// calls are made under one process-wide lock (Graphviz is not thread-safe). Throws
// std::runtime_error on a Graphviz failure, std::invalid_argument on a bad focus or on html with
// the chain layout.
std::string render(const graph::Timeline& timeline, Format format, const RenderOptions& options);

}  // namespace chronograph::render
