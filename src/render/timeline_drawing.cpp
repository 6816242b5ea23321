// Drawing the timeline layout as a cgraph graph with fixed positions.
#include <cmath>
#include <cstdio>
#include <map>

#include "chronograph/render/label_text.hpp"
#include "drawings.hpp"
#include "style.hpp"

namespace chronograph::render::detail {

namespace {

using M = Metrics;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::abs(v) < 0.005 ? 0.0 : v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

std::string inches(double points) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", points / 72.0);
  return buf;
}

// Layout coordinates (y down) to Graphviz points (y up).
class Drawer {
 public:
  Drawer(GvGraph& gv, double height) : gv_(gv), height_(height) {}

  std::string pos(double x, double y) const { return num(x) + "," + num(height_ - y); }

  Agnode_t* box(const std::string& name, double x, double y, double w, double h) {
    Agnode_t* n = gv_.node(name);
    GvGraph::set(n, "pos", pos(x, y));
    GvGraph::set(n, "width", inches(w));
    GvGraph::set(n, "height", inches(h));
    return n;
  }

  // An invisible end point for lines; lines meeting at a place share it, since two nodes at
  // one place would 'touch' and make Graphviz give up routing the links.
  Agnode_t* point(double x, double y) {
    auto [it, fresh] = points_.try_emplace(pos(x, y), nullptr);
    if (!fresh) return it->second;
    Agnode_t* n = box("p" + std::to_string(points_.size() - 1), x, y, 0, 0);
    GvGraph::set(n, "shape", "point");
    GvGraph::set(n, "style", "invis");
    return it->second = n;
  }

  // Plain text; (x, y) is the centre, or the left end's middle when flush_left.
  Agnode_t* text(const std::string& name, double x, double y, const std::vector<std::string>& lines,
                 double size, const char* color = nullptr, const char* font = nullptr,
                 bool flush_left = false) {
    const bool bold = font && std::string_view(font).find("Bold") != std::string_view::npos;
    double w = 0;
    for (const auto& l : lines) w = std::max(w, text_width(l, size, bold));
    const double h = static_cast<double>(lines.size()) * size * 1.22;
    Agnode_t* n = box(name, flush_left ? x + w / 2 : x, y, std::ceil(w) + 2, h);
    GvGraph::set(n, "label", label_value(lines, flush_left));
    GvGraph::set(n, "fontsize", num(size));
    if (color) GvGraph::set(n, "fontcolor", color);
    if (font) GvGraph::set(n, "fontname", font);
    return n;
  }

  // A straight line drawn exactly where given (explicit pos: Graphviz does not route it).
  Agedge_t* line(double x0, double y0, double x1, double y1, const char* color, double width,
                 const char* style = nullptr) {
    Agnode_t* a = point(x0, y0);
    Agnode_t* b = point(x1, y1);
    Agedge_t* e = gv_.edge(a, b);
    const double dx = (x1 - x0) / 3, dy = (y1 - y0) / 3;
    GvGraph::set(e, "pos",
                 pos(x0, y0) + " " + pos(x0 + dx, y0 + dy) + " " + pos(x0 + 2 * dx, y0 + 2 * dy) +
                     " " + pos(x1, y1));
    GvGraph::set(e, "dir", "none");
    GvGraph::set(e, "color", color);
    if (width != 1) GvGraph::set(e, "penwidth", num(width));
    if (style) GvGraph::set(e, "style", style);
    return e;
  }

  GvGraph& gv() { return gv_; }

 private:
  GvGraph& gv_;
  double height_;
  std::map<std::string, Agnode_t*> points_;
};

void style_item(Agnode_t* n, const graph::EventNode& node, bool undated) {
  const bool claim = node.kind == graph::EventKind::claim;
  GvGraph::set(n, "shape", claim ? "note" : "box");
  std::string style = claim ? "filled" : "rounded,filled";
  if (undated) style += ",dashed";
  GvGraph::set(n, "style", style);
  GvGraph::set(n, "fillcolor", claim ? Style::claim_fill : Style::event_fill);
  GvGraph::set(n, "color", claim ? Style::claim_line : Style::event_line);
  if (claim) GvGraph::set(n, "fontname", "Helvetica-Oblique");
}

void draw_legend(Drawer& d, const TimelineLayout& L, bool any_undated) {
  double x = L.legend_x0;
  const double y = L.legend_y;
  const double size = 9.5;
  auto caption = [&](const std::string& name, const std::string& words) {
    d.text(name, x, y, {words}, size, Style::muted, nullptr, true);
    x += text_width(words, size) + 18;
  };
  d.text("legend_title", x, y, {"Legend"}, size, nullptr, "Helvetica-Bold", true);
  x += text_width("Legend", size, true) + 14;

  Agnode_t* ev = d.box("legend_event", x + 15, y, 30, 16);
  style_item(ev, graph::EventNode{}, false);
  x += 36;
  caption("legend_event_text", "event");

  graph::EventNode claim;
  claim.kind = graph::EventKind::claim;
  Agnode_t* cl = d.box("legend_claim", x + 15, y, 30, 16);
  style_item(cl, claim, false);
  x += 36;
  caption("legend_claim_text", "claim");

  Agnode_t* bar = d.box("legend_range", x + 15, y, 30, M::range_bar);
  GvGraph::set(bar, "shape", "box");
  GvGraph::set(bar, "style", "filled");
  GvGraph::set(bar, "fillcolor", Style::range_fill);
  GvGraph::set(bar, "color", Style::range_fill);
  x += 36;
  caption("legend_range_text", "date range");

  if (any_undated) {
    Agnode_t* un = d.box("legend_undated", x + 15, y, 30, 16);
    style_item(un, graph::EventNode{}, true);
    x += 36;
    caption("legend_undated_text", "undated");
  }

  int k = 0;
  for (auto t :
       {graph::LinkType::causes, graph::LinkType::reaction_to, graph::LinkType::claim_about}) {
    const LinkStyle s = link_style(t);
    const std::string id = "legend_link" + std::to_string(k++);
    Agnode_t* a = d.box(id + "a", x, y, 0, 0);
    Agnode_t* b = d.box(id + "b", x + 34, y, 0, 0);
    for (Agnode_t* p : {a, b}) {
      GvGraph::set(p, "shape", "point");
      GvGraph::set(p, "style", "invis");
    }
    Agedge_t* e = d.gv().edge(a, b);
    GvGraph::set(e, "color", s.color);
    GvGraph::set(e, "style", s.style);
    GvGraph::set(e, "arrowhead", s.arrowhead);
    GvGraph::set(e, "penwidth", s.penwidth);
    x += 40;
    caption(id + "_text", s.words);
  }
}

}  // namespace

void draw_timeline(GvGraph& gv, const graph::Timeline& t, const TimelineLayout& L) {
  const auto& g = t.graph;
  const std::size_t n = boost::num_vertices(g);
  gv.graph_attr("outputorder", "edgesfirst");
  gv.graph_attr("splines", n <= kMaxRoutedEvents ? "true" : "line");
  gv.graph_attr("notranslate", "true");
  // Edges are routed around every box with this margin; markers sit 2 points under their
  // boxes, so a larger margin would make boxes 'touch' and disable routing altogether.
  gv.graph_attr("esep", "+0.8");
  gv.graph_attr("bgcolor", "white");
  gv.graph_attr("pad", "0");
  gv.graph_attr("bb", "0,0," + num(L.width) + "," + num(L.height));
  gv.node_default("shape", "plaintext");
  gv.node_default("style", "");
  gv.node_default("label", "");
  gv.node_default("fixedsize", "true");
  gv.node_default("margin", "0");
  gv.node_default("fontname", "Helvetica");
  // Nodes without text: even an empty label claims one line of the font size, which would
  // not fit a 5-point bar; text nodes set their size.
  gv.node_default("fontsize", "1");
  gv.edge_default("arrowsize", "0.7");
  Drawer d(gv, L.height);
  // Invisible corners pin the drawing's bounding box to the layout's, margins included.
  d.point(0, 0);
  d.point(L.width, L.height);

  // Lane bands first, so that everything else is drawn over them.
  const double plot_top = L.lanes.empty() ? L.axis_y : L.lanes.front().y0;
  for (std::size_t i = 0; i < L.lanes.size(); ++i) {
    const Lane& lane = L.lanes[i];
    Agraph_t* band = gv.subgraph("cluster_lane" + std::to_string(i));
    GvGraph::set(band, "bb",
                 num(L.lanes_x0) + "," + num(L.height - lane.y1) + "," + num(L.lanes_x1) + "," +
                     num(L.height - lane.y0));
    GvGraph::set(band, "style", "filled");
    GvGraph::set(band, "fillcolor", i % 2 ? Style::lane_fill_b : Style::lane_fill_a);
    GvGraph::set(band, "color", Style::lane_line);
    GvGraph::set(band, "penwidth", "0.6");
  }

  // Title, subtitle, lane titles.
  d.text("title", M::margin, L.title_y, {L.title}, M::title_size, nullptr, "Helvetica-Bold", true);
  d.text("subtitle", M::margin, L.subtitle_y, {L.subtitle}, M::subtitle_size, Style::muted, nullptr,
         true);
  for (std::size_t i = 0; i < L.lanes.size(); ++i) {
    const Lane& lane = L.lanes[i];
    if (lane.title.empty()) continue;
    const double h = static_cast<double>(lane.title.size()) * M::lane_title_size * 1.22;
    d.text("lane" + std::to_string(i), L.lanes_x0 + 8, lane.y0 + M::lane_pad + h / 2, lane.title,
           M::lane_title_size, nullptr, "Helvetica-Bold", true);
  }

  // Axis: grid lines, segments, ticks, breaks.
  for (std::size_t i = 0; i < L.ticks.size(); ++i) {
    const AxisTick& tick = L.ticks[i];
    d.line(tick.x, plot_top, tick.x, L.axis_y, Style::grid, 0.6);
    d.line(tick.x, L.axis_y, tick.x, L.axis_y + 5, "#333333", 1);
    d.text("tick" + std::to_string(i), tick.x, L.tick_label_y, {tick.label}, M::tick_size,
           "#333333");
  }
  const auto& segs = L.axis.segments();
  for (std::size_t i = 0; i < segs.size(); ++i) {
    d.line(segs[i].x0, L.axis_y, segs[i].x1, L.axis_y, "#333333", 1.2);
    if (i + 1 < segs.size()) {
      const AxisBreak& br = L.axis.breaks()[i];
      d.line(segs[i].x1, L.axis_y, segs[i + 1].x0, L.axis_y, "#9aa1aa", 1, "dotted");
      d.line(br.x, plot_top, br.x, L.axis_y, "#9aa1aa", 0.8, "dashed");
      for (double dx : {-3.0, 3.0})  // the break mark: two slanted strokes across the axis
        d.line(br.x + dx - 3, L.axis_y + 6, br.x + dx + 3, L.axis_y - 6, "#333333", 1.3);
      d.text("gap" + std::to_string(i), br.x, L.break_label_y, {br.gap}, 8, Style::muted,
             "Helvetica-Oblique");
    }
  }
  if (L.has_undated) {
    const double sep = L.undated_x0 - M::undated_gap / 2;
    d.line(sep, plot_top, sep, L.axis_y + 14, "#9aa1aa", 0.8, "dashed");
    d.text("undated", (L.undated_x0 + L.undated_x1) / 2, L.tick_label_y, {"undated"}, M::tick_size,
           Style::muted, "Helvetica-Oblique");
  }

  // Events and claims, with their date-range bars.
  std::vector<Agnode_t*> nodes(n);
  bool any_undated = false;
  for (graph::Vertex v = 0; v < n; ++v) {
    const PlacedItem& it = L.items[v];
    any_undated = any_undated || it.undated;
    nodes[v] = d.box("e" + std::to_string(v), it.x, it.y, it.width, it.height);
    GvGraph::set(nodes[v], "label", label_value(it.lines));
    GvGraph::set(nodes[v], "fontsize", num(M::font_size));
    style_item(nodes[v], g[v], it.undated);
    if (it.is_range()) {
      Agnode_t* bar = d.box("r" + std::to_string(v), (it.range_x0 + it.range_x1) / 2, it.marker_y,
                            it.range_x1 - it.range_x0, M::range_bar);
      GvGraph::set(bar, "shape", "box");
      GvGraph::set(bar, "style", "filled");
      GvGraph::set(bar, "fillcolor", Style::range_fill);
      GvGraph::set(bar, "color", Style::range_fill);
    } else if (it.has_marker) {
      Agnode_t* dot =
          d.box("r" + std::to_string(v), it.range_x0, it.marker_y, M::range_bar, M::range_bar);
      GvGraph::set(dot, "shape", "circle");
      GvGraph::set(dot, "style", "filled");
      GvGraph::set(dot, "fillcolor", Style::event_line);
      GvGraph::set(dot, "color", Style::event_line);
    }
  }

  // Links, routed by Graphviz.
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const LinkStyle s = link_style(g[*e].type);
    Agedge_t* edge = gv.edge(nodes[boost::source(*e, g)], nodes[boost::target(*e, g)]);
    GvGraph::set(edge, "color", s.color);
    if (std::string_view(s.style) != "solid") GvGraph::set(edge, "style", s.style);
    GvGraph::set(edge, "arrowhead", s.arrowhead);
    GvGraph::set(edge, "penwidth", s.penwidth);
  }

  draw_legend(d, L, any_undated);
}

}  // namespace chronograph::render::detail
