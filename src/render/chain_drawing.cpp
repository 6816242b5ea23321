// Drawing the chain view for dot: causes to the left, consequences and reactions to the right.
#include "chronograph/render/label_text.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "drawings.hpp"
#include "style.hpp"

namespace chronograph::render::detail {

namespace {

// Whether the link points back in time (a reaction or claim naming an earlier event): drawn
// reversed for ranking, with the arrow kept at the 'to' end, so time runs left to right.
bool points_back(const graph::EventNode& from, const graph::EventNode& to, graph::LinkType t) {
  if (t != graph::LinkType::causes) return true;
  return from.date.earliest && to.date.latest && *to.date.latest < *from.date.earliest;
}

}  // namespace

void draw_chain(GvGraph& gv, const graph::Timeline& t, graph::Vertex focus) {
  const auto& g = t.graph;
  gv.graph_attr("rankdir", "LR");
  gv.graph_attr("nodesep", "0.25");
  gv.graph_attr("ranksep", "0.45");
  gv.graph_attr("bgcolor", "white");
  gv.graph_attr("fontname", "Helvetica");
  gv.graph_attr("labelloc", "t");
  gv.graph_attr("labeljust", "l");
  gv.graph_attr("fontsize", "15");
  gv.graph_attr("pad", "0.25");
  gv.node_default("fontname", "Helvetica");
  gv.node_default("fontsize", "10");
  gv.node_default("margin", "0.1,0.06");
  // Every node sets its label. Declared here, so that the DOT does not depend on whether the
  // process rendered a picture before (gvc then leaves label="\N" as every graph's default).
  gv.node_default("label", "");
  gv.edge_default("arrowsize", "0.7");

  bool any_claimed = false;
  for (auto [e, end] = boost::edges(g); e != end; ++e)
    any_claimed =
        any_claimed || (g[*e].type == graph::LinkType::causes && !g[*e].claimed_by.empty());
  const std::vector<std::string> title{
      "Around: " + clean_text(g[focus].label) + " (" + date_words(g[focus].date) + ")",
      std::string("red: causes   ") + (any_claimed ? "dotted red: cause, as claimed   " : "") +
          "blue: reaction to   dashed: claim about"};
  agsafeset(gv.get(), const_cast<char*>("label"),
            const_cast<char*>(label_value(title, true).c_str()), const_cast<char*>(""));

  const std::size_t n = boost::num_vertices(g);
  std::vector<Agnode_t*> nodes(n);
  for (graph::Vertex v = 0; v < n; ++v) {
    const bool claim = g[v].kind == graph::EventKind::claim;
    nodes[v] = gv.node("e" + std::to_string(v));
    GvGraph::set(nodes[v], "label", label_value(item_label_lines(g[v])));
    GvGraph::set(nodes[v], "shape", claim ? "note" : "box");
    GvGraph::set(nodes[v], "style", claim ? "filled" : "rounded,filled");
    GvGraph::set(nodes[v], "fillcolor",
                 v == focus ? Style::focus_fill
                 : claim    ? Style::claim_fill
                            : Style::event_fill);
    GvGraph::set(nodes[v], "color", claim ? Style::claim_line : Style::event_line);
    if (claim) GvGraph::set(nodes[v], "fontname", "Helvetica-Oblique");
    if (v == focus) GvGraph::set(nodes[v], "penwidth", "2.4");
  }
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    const auto a = boost::source(*e, g), b = boost::target(*e, g);
    const auto type = g[*e].type;
    const LinkStyle s = link_style(type, g[*e].claimed_by);
    const bool back = points_back(g[a], g[b], type);
    Agedge_t* edge = back ? gv.edge(nodes[b], nodes[a]) : gv.edge(nodes[a], nodes[b]);
    if (back) {
      GvGraph::set(edge, "dir", "back");
      GvGraph::set(edge, "arrowtail", s.arrowhead);
    } else {
      GvGraph::set(edge, "arrowhead", s.arrowhead);
    }
    GvGraph::set(edge, "color", s.color);
    if (std::string_view(s.style) != "solid") GvGraph::set(edge, "style", s.style);
    GvGraph::set(edge, "penwidth", s.penwidth);
    if (!g[*e].claimed_by.empty())
      GvGraph::set(edge, "tooltip", "as " + g[*e].claimed_by + " says it");
  }
}

}  // namespace chronograph::render::detail
