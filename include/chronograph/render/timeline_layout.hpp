// Where everything goes in the timeline picture: lanes, rows, boxes, axis, legend.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/render/render.hpp"
#include "chronograph/render/time_axis.hpp"

namespace chronograph::render {

// Measures shared by the layout and the drawing, in points (1/72 inch).
struct Metrics {
  static constexpr double font_size = 10;  // event and claim labels
  static constexpr double line_height = 12.5;
  static constexpr double box_pad_x = 6;
  static constexpr double box_pad_y = 5;
  static constexpr double label_width = 136;     // text width before a label wraps
  static constexpr std::size_t label_lines = 4;  // wrapped label lines, date line excluded
  static constexpr double group_width = 190;     // text width in a headline group's box
  static constexpr double range_bar = 5;         // height of a date-range bar or day dot
  static constexpr double block_gap = 6;         // between boxes inside a block
  static constexpr int long_range_days = 400;    // longer ranges do not join axis segments
  static constexpr double range_gap = 4;         // between a box and its range bar
  static constexpr double row_gap = 8;           // vertical room between rows
  static constexpr double item_gap = 10;         // horizontal room between boxes in a row
  static constexpr double lane_pad = 10;         // above the first and below the last row
  static constexpr std::size_t max_lanes = 12;   // actors/types beyond share "Other ..."
  static constexpr double lane_title_size = 11;
  static constexpr double lane_title_width = 110;
  static constexpr double margin = 24;
  static constexpr double title_size = 18;
  static constexpr double subtitle_size = 11;
  static constexpr double tick_size = 9;
  static constexpr double undated_gap = 36;  // between the dated plot and the side area
};

// How a date is marked under its box: a dot for a day, a bar from earliest to latest for a
// range, an arrow for a date known only from one side ("before 20 May 2025").
enum class Marker { none, day, range, before, after };

// One event or claim as drawn. Coordinates grow rightwards and downwards.
//
// Events of one lane with the same date form a block: their boxes side by side in a few
// columns above one shared marker (on the block's first item), joined by a bracket line
// under the block. A block, like a lone box, is centred on its date, kept inside its axis
// segment (clear of breaks) and always reaches over its marker.
struct PlacedItem {
  graph::Vertex vertex = 0;
  std::size_t lane = 0;
  std::size_t row = 0;
  bool undated = false;
  double x = 0, y = 0;             // centre of the box
  double width = 0, height = 0;    // box size
  std::vector<std::string> lines;  // label lines as shown (clean text, not escaped)
  Marker marker = Marker::none;    // none for undated items and for later block members
  double marker_x0 = 0, marker_x1 = 0, marker_y = 0;
  double bracket_x0 = 0, bracket_x1 = 0;  // the block's bracket, when it has one
};

struct Lane {
  std::string key;                 // actor / type / document id; empty for lanes=none
  std::vector<std::string> title;  // wrapped title lines; empty when there is one lane
  double y0 = 0, y1 = 0;           // top and bottom of the lane band
  std::size_t rows = 0;
};

struct TimelineLayout {
  std::string title;
  std::string subtitle;  // the date span and counts
  double width = 0, height = 0;
  double title_y = 0, subtitle_y = 0;  // baselines' centres
  double plot_x0 = 0, plot_x1 = 0;     // the dated plot (lanes' horizontal extent is wider)
  double lanes_x0 = 0, lanes_x1 = 0;   // lane bands, lane titles included
  std::vector<Lane> lanes;
  std::vector<PlacedItem> items;  // one per vertex, in vertex order
  TimeAxis axis;
  std::vector<AxisTick> ticks;
  double band_y0 = 0;        // top of the band above the axis (the overview's counts)
  double axis_y = 0;         // the axis line
  double tick_label_y = 0;   // centre of the tick labels
  double break_label_y = 0;  // centre of the "311 years" labels under breaks
  bool has_undated = false;
  double undated_x0 = 0, undated_x1 = 0;
  double legend_y = 0;  // centre of the legend row
  double legend_x0 = 0;
};

// The lines of an event's or claim's box: its date in words, then the wrapped label
// (claims: 'Speaker: “what was said”').
std::vector<std::string> item_label_lines(const graph::EventNode& node);

// Computes the picture for a (filtered) timeline; pure geometry, no Graphviz.
TimelineLayout layout_timeline(const graph::Timeline& timeline, const RenderOptions& options);
// The same on an axis fitted beforehand (when given), with band_height points kept free
// between the lanes and the axis (render/overview.hpp).
TimelineLayout layout_timeline(const graph::Timeline& timeline, const RenderOptions& options,
                               const TimeAxis* axis, double band_height);

// "1 Jan 1711 – 31 Dec 2027  ·  63 events, 9 claims, 13 links from 5 documents".
std::string subtitle_words(const graph::Timeline& timeline, const TimeAxis& axis);
// The picture's width and height from its parts (plot, lanes, legend, title and subtitle).
void size_picture(TimelineLayout& layout);

// The event's actors, its agent first: the one its label names first, by full name, last
// name or initials ("Zelenskyy appoints Umerov", "EU ambassadors approve ..."), then the
// others in their order. A by-actor lane is the agent's.
std::vector<std::string> actors_agent_first(const graph::EventNode& node);

// A lane's title: the actor, the type or the document's title; for the empty key, "Other
// actors"/"Other types" when smaller lanes were merged into it, else "No actor"/"Untyped".
std::string lane_title(const graph::Timeline& timeline, Lanes lanes, const std::string& key,
                       bool merged);

// The lanes of the given keys (one per event) in drawing order: documents in their order;
// actors and types by how many keys name them, then by name; the empty key last. One empty
// lane when there are no keys.
std::vector<std::string> order_lanes(const graph::Timeline& timeline, Lanes lanes,
                                     const std::vector<std::string>& keys);

// The lane an event belongs to under the lane mode ("" for Lanes::none); claims go to the
// lane of the event they are about, so that they sit next to it.
std::vector<std::string> lane_keys(const graph::Timeline& timeline, Lanes lanes);

}  // namespace chronograph::render
