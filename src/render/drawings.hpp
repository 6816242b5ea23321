// Private to src/render: turning a layout (or a chain view) into a cgraph graph.
#pragma once
#include "chronograph/graph/model.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "graphviz.hpp"

namespace chronograph::render::detail {

// Above this many events, edges are drawn straight: routing splines around every box
// grows much faster than the graph.
inline constexpr std::size_t kMaxRoutedEvents = 400;

// Every box, line and label of the timeline picture, at the layout's positions, for
// Graphviz's no-op layout (neato -n2): Graphviz only routes the links.
void draw_timeline(GvGraph& gv, const graph::Timeline& timeline, const TimelineLayout& layout);

// The causal view around one event for dot, left to right in time.
void draw_chain(GvGraph& gv, const graph::Timeline& chain, graph::Vertex focus);

}  // namespace chronograph::render::detail
