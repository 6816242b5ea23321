// Drawing the timeline layout as a cgraph graph with fixed positions.
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include "chronograph/render/headline_runs.hpp"
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
  Drawer(GvGraph& gv, double height, bool text_as_clusters)
      : gv_(gv), height_(height), text_as_clusters_(text_as_clusters) {}

  std::string pos(double x, double y) const { return num(x) + "," + num(height_ - y); }

  Agnode_t* box(const std::string& name, double x, double y, double w, double h) {
    Agnode_t* n = gv_.node(name);
    GvGraph::set(n, "pos", pos(x, y));
    GvGraph::set(n, "width", inches(w));
    GvGraph::set(n, "height", inches(h));
    return n;
  }

  // An invisible node, used as the two ends of the stroke edges.
  Agnode_t* point(const std::string& name, double x, double y) {
    Agnode_t* n = box(name, x, y, 0, 0);
    GvGraph::set(n, "shape", "point");
    GvGraph::set(n, "style", "invis");
    return n;
  }

  // Plain text; (x, y) is the centre, or the left end's middle when flush_left. While links
  // are routed, text is the label of a borderless cluster placed by its bb: nodes are
  // obstacles the router must work around, clusters are not. Without routing, plain nodes
  // are cheaper (cgraph handles thousands of subgraphs slowly).
  void text(const std::string& name, double x, double y, const std::vector<std::string>& lines,
            double size, const char* color = nullptr, const char* font = nullptr,
            bool flush_left = false) {
    const bool bold = font && std::string_view(font).find("Bold") != std::string_view::npos;
    double w = 0;
    for (const auto& l : lines) w = std::max(w, text_width(l, size, bold));
    const double h = static_cast<double>(lines.size()) * size * 1.2;
    void* obj = nullptr;
    if (text_as_clusters_) {
      // Graphviz indents a flush-left cluster label by 8 points.
      const double x0 = flush_left ? x - 8 : x - w / 2 - 1;
      const double x1 = flush_left ? x + w + 1 : x + w / 2 + 1;
      Agraph_t* c = gv_.subgraph("cluster_text_" + name);
      GvGraph::set(c, "bb",
                   num(x0) + "," + num(height_ - y - h / 2) + "," + num(x1) + "," +
                       num(height_ - y + h / 2));
      GvGraph::set(c, "labelloc", "t");
      GvGraph::set(c, "labeljust", flush_left ? "l" : "c");
      GvGraph::set(c, "pencolor", "transparent");
      GvGraph::set(c, "bgcolor", "transparent");  // else it inherits the page's white
      GvGraph::set(c, "fontname", font ? font : "Helvetica");
      obj = c;
    } else {
      Agnode_t* n = box("text_" + name, flush_left ? x + w / 2 : x, y, std::ceil(w) + 2, h + 1);
      if (font) GvGraph::set(n, "fontname", font);
      obj = n;
    }
    GvGraph::set(obj, "label", label_value(lines, flush_left));
    GvGraph::set(obj, "fontsize", num(size));
    if (color) GvGraph::set(obj, "fontcolor", color);
  }

  // A straight segment as a Graphviz spline (one cubic piece).
  std::string edge_path(double x0, double y0, double x1, double y1) const {
    const double dx = (x1 - x0) / 3, dy = (y1 - y0) / 3;
    return pos(x0, y0) + " " + pos(x0 + dx, y0 + dy) + " " + pos(x0 + 2 * dx, y0 + 2 * dy) + " " +
           pos(x1, y1);
  }

  // A straight line drawn exactly where given. Lines are not nodes and edges of their own:
  // all lines of one look become one edge whose pos lists them all, between two invisible
  // anchors. Graphviz draws given splines as they are, and every extra node would be one
  // more obstacle for routing the links (whose cost grows with the cube of the corners).
  void line(double x0, double y0, double x1, double y1, const char* color, double width,
            const char* style = nullptr, const char* arrowhead = nullptr) {
    std::string key = std::string(color) + "|" + num(width) + "|" + (style ? style : "") + "|" +
                      (arrowhead ? arrowhead : "");
    auto [it, fresh] = group_index_.try_emplace(key, groups_.size());
    if (fresh) groups_.push_back({color, width, style, arrowhead, {}});
    std::string& splines = groups_[it->second].splines;
    if (!splines.empty()) splines += ";";
    if (arrowhead) {  // the spline stops short; its arrowhead reaches (x1, y1)
      const double len = std::hypot(x1 - x0, y1 - y0);
      const double k = len > 0 ? std::max(0.0, 1 - 6.0 / len) : 0.0;  // 6 pt: arrowsize 0.6
      splines +=
          "e," + pos(x1, y1) + " " + edge_path(x0, y0, x0 + (x1 - x0) * k, y0 + (y1 - y0) * k);
    } else {
      splines += edge_path(x0, y0, x1, y1);
    }
  }

  // Emits the collected lines, one edge per look, in the order the looks were first used.
  void flush_lines(Agnode_t* from, Agnode_t* to) {
    for (const auto& g : groups_) {
      Agedge_t* e = gv_.edge(from, to);
      GvGraph::set(e, "pos", g.splines);
      GvGraph::set(e, "color", g.color);
      if (g.width != 1) GvGraph::set(e, "penwidth", num(g.width));
      if (g.style) GvGraph::set(e, "style", g.style);
      if (g.arrowhead) {
        GvGraph::set(e, "arrowhead", g.arrowhead);
        GvGraph::set(e, "arrowsize", "0.6");
      } else {
        GvGraph::set(e, "dir", "none");
      }
    }
    groups_.clear();
    group_index_.clear();
  }

  GvGraph& gv() { return gv_; }

 private:
  GvGraph& gv_;
  double height_;
  bool text_as_clusters_;
  struct LineGroup {
    const char* color;
    double width;
    const char* style;
    const char* arrowhead;
    std::string splines;
  };
  std::vector<LineGroup> groups_;
  std::map<std::string, std::size_t> group_index_;
};

void style_item(Agnode_t* n, const graph::EventNode& node, bool undated) {
  const bool claim = node.kind == graph::EventKind::claim;
  const bool group = is_headline_group(node);  // a stack of boxes
  GvGraph::set(n, "shape", claim ? "note" : group ? "box3d" : "box");
  std::string style = claim || group ? "filled" : "rounded,filled";
  if (undated) style += ",dashed";
  GvGraph::set(n, "style", style);
  GvGraph::set(n, "fillcolor", claim ? Style::claim_fill : Style::event_fill);
  GvGraph::set(n, "color", claim ? Style::claim_line : Style::event_line);
  if (claim) GvGraph::set(n, "fontname", "Helvetica-Oblique");
}

// A compass port for each end of a link at a box where two or more links end, so that they
// meet the box at different points: each end, in link order, takes the free compass point
// nearest the direction of the link's other box (measured with the box scaled to a square,
// so that a wide box's corners are at 45 degrees). Empty where one link ends, or past eight.
std::vector<std::pair<std::string, std::string>> link_ports(
    const std::vector<std::pair<graph::Vertex, graph::Vertex>>& links, const TimelineLayout& L) {
  static constexpr std::array<const char*, 8> kCompass = {"e", "ne", "n", "nw",
                                                          "w", "sw", "s", "se"};
  std::map<graph::Vertex, std::vector<std::pair<std::size_t, bool>>> at;  // (link, is head)
  for (std::size_t i = 0; i < links.size(); ++i) {
    at[links[i].first].emplace_back(i, false);
    at[links[i].second].emplace_back(i, true);
  }
  std::vector<std::pair<std::string, std::string>> out(links.size());
  for (const auto& [v, list] : at) {
    if (list.size() < 2 || list.size() > kCompass.size()) continue;
    const PlacedItem& self = L.items[v];
    std::array<bool, 8> taken{};
    for (const auto& [i, head] : list) {
      const PlacedItem& other = L.items[head ? links[i].first : links[i].second];
      const double dx = (other.x - self.x) / std::max(self.width, 1.0);
      const double dy = (self.y - other.y) / std::max(self.height, 1.0);  // y grows upwards
      const double turns = std::atan2(dy, dx) / (2 * std::acos(-1.0));    // -0.5 .. 0.5
      const int want = static_cast<int>(std::lround(turns * 8 + 8)) % 8;
      int best = -1;
      for (int step = 0; step <= 4 && best < 0; ++step)
        for (int k : {want + step, want - step})
          if (best < 0 && !taken[static_cast<std::size_t>((k + 8) % 8)]) best = (k + 8) % 8;
      taken[static_cast<std::size_t>(best)] = true;
      (head ? out[i].second : out[i].first) = kCompass[static_cast<std::size_t>(best)];
    }
  }
  return out;
}

// A date known from one side: a stop mark at the known bound and a dashed arrow from it
// towards the unknown end (left for "before", right for "after").
void draw_open_bound(Drawer& d, double bound, double open_end, double y) {
  d.line(bound, y - 5, bound, y + 5, Style::event_line, 1.6);
  d.line(bound, y, open_end, y, Style::event_line, 1.2, "dashed", "normal");
}

void draw_legend(Drawer& d, const TimelineLayout& L, bool any_undated, bool any_group,
                 bool any_claimed) {
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

  if (any_group) {
    graph::EventNode group;
    group.id = "headlines-legend";
    group.type = "headlines";
    Agnode_t* gr = d.box("legend_group", x + 15, y, 30, 16);
    style_item(gr, group, false);
    x += 36;
    caption("legend_group_text", "a day's headlines");
  }

  if (any_undated) {
    Agnode_t* un = d.box("legend_undated", x + 15, y, 30, 16);
    style_item(un, graph::EventNode{}, true);
    x += 36;
    caption("legend_undated_text", "undated");
  }

  d.line(x + 1, y, x + 1 + M::range_bar, y, Style::event_line, M::range_bar);
  x += 14;
  caption("legend_day_text", "day");
  d.line(x, y, x + 30, y, Style::range_fill, M::range_bar);
  x += 36;
  caption("legend_range_text", "date range");
  draw_open_bound(d, x + 30, x, y);
  x += 36;
  caption("legend_before_text", "before a day");

  int k = 0;
  std::vector<LinkStyle> styles = {link_style(graph::LinkType::causes)};
  if (any_claimed) styles.push_back(claimed_cause_style());
  styles.push_back(link_style(graph::LinkType::reaction_to));
  styles.push_back(link_style(graph::LinkType::claim_about));
  for (const LinkStyle& s : styles) {
    const char* style = std::string_view(s.style) == "solid" ? nullptr : s.style;
    d.line(x, y, x + 34, y, s.color, std::stod(s.penwidth), style, s.arrowhead);
    x += 40;
    caption("legend_link" + std::to_string(k++), s.words);
  }
}

// Bars standing on y1, the highest count reaching y0; a tooltip says the bin and its count.
void draw_bars(Drawer& d, const std::string& name, const std::vector<HistogramBin>& bins,
               std::size_t max_count, double y0, double y1, const std::string& tip) {
  const double full = y1 - y0;
  for (std::size_t i = 0; i < bins.size(); ++i) {
    const HistogramBin& b = bins[i];
    const double height =
        std::max(2.0, full * static_cast<double>(b.count) / static_cast<double>(max_count));
    // A gap between neighbouring bars once they are wide enough to spare one.
    const double width = std::max(2.0, b.x1 - b.x0 > 3 ? b.x1 - b.x0 - 1 : b.x1 - b.x0);
    Agnode_t* bar =
        d.box(name + std::to_string(i), b.x0 + width / 2, y1 - height / 2, width, height);
    GvGraph::set(bar, "shape", "box");
    GvGraph::set(bar, "style", "filled");
    GvGraph::set(bar, "fillcolor", Style::range_fill);
    GvGraph::set(bar, "color", Style::range_fill);
    GvGraph::set(bar, "penwidth", "0");
    GvGraph::set(bar, "tooltip", tip + day_words(b.first) + ": " + thousands(b.count));
  }
}

// The overview's bars, standing on the axis, under a caption and a line at the highest count.
void draw_histogram(Drawer& d, const Histogram& h, const TimelineLayout& L) {
  d.text("bars_caption", L.plot_x0, h.caption_y, {h.caption}, 9.5, Style::muted, nullptr, true);
  d.line(L.plot_x0, h.y0, L.plot_x1, h.y0, Style::grid, 0.6, "dashed");
  d.text("bars_max", L.plot_x0 - 4, h.y0, {thousands(h.max_count)}, 8, Style::muted);
  draw_bars(d, "bar", h.bins, h.max_count, h.y0, h.y1, "");
  // Per-lane rows: the lane's title at the left, its bars to its own highest count (named at
  // the left of its top), on a thin baseline.
  for (std::size_t r = 0; r < h.rows.size(); ++r) {
    const HistogramRow& row = h.rows[r];
    const std::string id = std::to_string(r);
    d.line(L.plot_x0, row.y1, L.plot_x1, row.y1, Style::grid, 0.6);
    const auto title = wrap_text(row.title, M::lane_title_width, 9, 1, true);
    d.text("row" + id, L.lanes_x0 + 8, (row.y0 + row.y1) / 2, title, 9, nullptr, "Helvetica-Bold",
           true);
    d.text("row_max" + id, L.plot_x0 - 4, row.y0, {thousands(row.max_count)}, 7, Style::muted);
    draw_bars(d, "row" + id + "_bar", row.bins, row.max_count, row.y0, row.y1, row.title + ", ");
  }
}

}  // namespace

LinkRouting link_routing(std::size_t events, std::size_t links) {
  return events <= 120 && links <= 60 ? LinkRouting::around_boxes : LinkRouting::straight;
}

void draw_timeline(GvGraph& gv, const graph::Timeline& t, const TimelineLayout& L,
                   const Histogram* histogram) {
  const auto& g = t.graph;
  const std::size_t n = boost::num_vertices(g);
  gv.graph_attr("outputorder", "edgesfirst");
  const LinkRouting routing = link_routing(n, boost::num_edges(g));
  gv.graph_attr("splines", routing == LinkRouting::around_boxes ? "true" : "line");
  gv.graph_attr("notranslate", "true");
  // Edges are routed around every box with this margin; markers sit 2 points under their
  // boxes, so a larger margin would make boxes 'touch' and disable routing altogether.
  gv.graph_attr("esep", "+0.8");
  gv.graph_attr("bgcolor", "white");
  gv.graph_attr("pad", "0");
  gv.graph_attr("bb", "0,0," + num(L.width) + "," + num(L.height));
  if (histogram) {  // a safety net: the overview is laid out within this already
    const std::string side = inches(OverviewLimits::max_side + 2 * M::margin);
    gv.graph_attr("size", side + "," + side);
  }
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
  Drawer d(gv, L.height, routing == LinkRouting::around_boxes);
  // Invisible corners pin the drawing's bounding box to the layout's, margins included.
  Agnode_t* corner0 = d.point("corner0", 0, 0);
  Agnode_t* corner1 = d.point("corner1", L.width, L.height);

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

  if (histogram) draw_histogram(d, *histogram, L);

  // Events and claims, with their date-range bars.
  std::vector<Agnode_t*> nodes(n);
  bool any_undated = false, any_group = false;
  for (graph::Vertex v = 0; v < n; ++v) {
    const PlacedItem& it = L.items[v];
    any_undated = any_undated || it.undated;
    any_group = any_group || is_headline_group(g[v]);
    nodes[v] = d.box("e" + std::to_string(v), it.x, it.y, it.width, it.height);
    // A group's headlines read as a list, flush left; other boxes are centred.
    GvGraph::set(nodes[v], "label", label_value(it.lines, is_headline_group(g[v])));
    GvGraph::set(nodes[v], "fontsize", num(M::font_size));
    style_item(nodes[v], g[v], it.undated);
    const std::string id = std::to_string(v);
    const double mid = (it.marker_x0 + it.marker_x1) / 2;
    if (it.bracket_x1 > it.bracket_x0) {  // between the block and its marker
      const double y = it.marker_y - M::range_bar / 2 - M::range_gap / 2;
      d.line(it.bracket_x0, y, it.bracket_x1, y, Style::event_line, 0.8);
    }
    switch (it.marker) {
      case Marker::none:
        break;
      case Marker::day:  // a square: a line as long as it is thick
        d.line(mid - M::range_bar / 2, it.marker_y, mid + M::range_bar / 2, it.marker_y,
               Style::event_line, M::range_bar);
        break;
      case Marker::range:  // a bar: a line as thick as a marker, with square ends
        d.line(it.marker_x0, it.marker_y, it.marker_x1, it.marker_y, Style::range_fill,
               M::range_bar);
        break;
      case Marker::before:  // the bound, then an arrow into the past
        draw_open_bound(d, it.marker_x1, it.marker_x0, it.marker_y);
        break;
      case Marker::after:
        draw_open_bound(d, it.marker_x0, it.marker_x1, it.marker_y);
        break;
    }
  }

  // Links, routed by Graphviz. When routing around boxes, two links between the same two
  // events become one edge: Graphviz routes parallel edges with a triangulation (GTS) that
  // is slow and can abort the whole process on some inputs. The edge takes the look of the
  // strongest link (causes, then reaction, then claim) and arrows for both directions.
  struct Link {
    graph::Vertex from, to;
    graph::LinkType type;
    std::string claimed_by;  // whose account the drawn link is, if someone's
    bool both_ways = false;
  };
  std::vector<Link> links;
  std::map<std::pair<graph::Vertex, graph::Vertex>, std::size_t> pair_index;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto a = boost::source(*e, g), b = boost::target(*e, g);
    const auto type = g[*e].type;
    const std::string& claimed_by = g[*e].claimed_by;
    if (routing != LinkRouting::around_boxes) {
      links.push_back({a, b, type, claimed_by});
      continue;
    }
    auto [it, fresh] = pair_index.try_emplace(std::minmax(a, b), links.size());
    if (fresh) {
      links.push_back({a, b, type, claimed_by});
      continue;
    }
    Link& link = links[it->second];
    link.both_ways = link.both_ways || link.from != a;
    if (type < link.type) {  // enum order: causes, reaction_to, claim_about
      link.type = type;
      link.claimed_by = claimed_by;
    } else if (type == link.type && claimed_by.empty()) {
      link.claimed_by.clear();  // someone's account, and the text's own: the text's
    }
  }
  bool any_claimed = false;
  for (const Link& link : links)
    any_claimed = any_claimed || (link.type == graph::LinkType::causes && !link.claimed_by.empty());
  std::vector<std::pair<graph::Vertex, graph::Vertex>> ends;
  for (const Link& link : links) ends.emplace_back(link.from, link.to);
  const auto ports = link_ports(ends, L);
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    const LinkStyle s = link_style(link.type, link.claimed_by);
    Agedge_t* edge = gv.edge(nodes[link.from], nodes[link.to]);
    if (!ports[i].first.empty()) GvGraph::set(edge, "tailport", ports[i].first);
    if (!ports[i].second.empty()) GvGraph::set(edge, "headport", ports[i].second);
    GvGraph::set(edge, "color", s.color);
    if (std::string_view(s.style) != "solid") GvGraph::set(edge, "style", s.style);
    GvGraph::set(edge, "arrowhead", s.arrowhead);
    GvGraph::set(edge, "penwidth", s.penwidth);
    if (!link.claimed_by.empty())
      GvGraph::set(edge, "tooltip", "as " + link.claimed_by + " says it");
    if (link.both_ways) {
      GvGraph::set(edge, "dir", "both");
      GvGraph::set(edge, "arrowtail", s.arrowhead);
    }
  }

  draw_legend(d, L, any_undated, any_group, any_claimed);
  d.flush_lines(corner0, corner1);
}

}  // namespace chronograph::render::detail
