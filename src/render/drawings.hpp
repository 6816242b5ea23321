// Private to src/render: turning a layout (or a chain view) into a cgraph graph.
#pragma once
#include "chronograph/graph/model.hpp"
#include "chronograph/render/overview.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "graphviz.hpp"

namespace chronograph::render::detail {

// How links are drawn. Graphviz routes splines around every box only for small pictures:
// its router builds a visibility graph of all box corners (cubic in their number), then
// searches it per link; 150 events with 60 links take 2.5 s, 100 with 200 take 17 s.
// ("curved" is no way out: in 2.42 it takes seconds for 200 links.) Larger pictures get
// straight links, clipped at the boxes.
enum class LinkRouting { around_boxes, straight };
LinkRouting link_routing(std::size_t events, std::size_t links);

// Every box, line and label of the timeline picture, at the layout's positions, for
// Graphviz's no-op layout (neato -n2): Graphviz only routes the links. An overview's counts
// are drawn as bars over the axis, and its picture is bounded to OverviewLimits::max_side.
void draw_timeline(GvGraph& gv, const graph::Timeline& timeline, const TimelineLayout& layout,
                   const Histogram* histogram);

// The causal view around one event for dot, left to right in time.
void draw_chain(GvGraph& gv, const graph::Timeline& chain, graph::Vertex focus);

}  // namespace chronograph::render::detail
