// Table and JSON renderings of query results.
#include "chronograph/query/format.hpp"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "chronograph/base/terminal_text.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/query/table.hpp"

namespace chronograph::query {

using Json = nlohmann::ordered_json;

namespace {

// The event as in chronograph/graph@1 (without mentions and reasoning, which explain adds).
Json event_json(const graph::EventNode& n) {
  Json j;
  j["id"] = n.id;
  j["kind"] = std::string(graph::to_string(n.kind));
  j["type"] = n.type;
  j["label"] = n.label;
  j["date"] = graph::date_to_json(n.date);
  j["actors"] = n.actors;
  j["places"] = n.places;
  if (n.kind == graph::EventKind::claim) j["speaker"] = n.speaker;
  return j;
}

// Evidence as the graph file spells it: as much of it as the graph keeps (--evidence).
Json link_json(const graph::Timeline& t, graph::Edge e) {
  const graph::EventGraph& g = t.graph;
  const auto ev = [&t](const base::Evidence& x) {
    return graph::evidence_to_json(x, t.evidence_detail);
  };
  Json j{{"from", g[boost::source(e, g)].id},
         {"to", g[boost::target(e, g)].id},
         {"type", std::string(graph::to_string(g[e].type))}};
  if (!g[e].evidence.doc.empty() || !g[e].evidence.text.empty()) j["evidence"] = ev(g[e].evidence);
  if (!g[e].rule.empty()) j["rule"] = g[e].rule;
  if (g[e].cue) j["cue"] = ev(*g[e].cue);
  if (g[e].confidence > 0) j["confidence"] = g[e].confidence;
  if (!g[e].claimed_by.empty()) j["claimed_by"] = g[e].claimed_by;
  if (!g[e].sources.empty()) {
    Json sources = Json::array();
    for (const auto& src : g[e].sources) {
      Json sj{{"evidence", ev(src.evidence)}};
      if (!src.rule.empty()) sj["rule"] = src.rule;
      if (src.cue) sj["cue"] = ev(*src.cue);
      if (src.confidence > 0) sj["confidence"] = src.confidence;
      if (!src.claimed_by.empty()) sj["claimed_by"] = src.claimed_by;
      sources.push_back(std::move(sj));
    }
    j["sources"] = std::move(sources);
  }
  return j;
}

// A confidence as people read it: "0.95".
std::string confidence_text(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}

std::string dump(const Json& j) { return j.dump(2) + "\n"; }

constexpr std::size_t kMaxIndentLevels = 8;

std::string who(const graph::EventNode& n) {
  return n.kind == graph::EventKind::claim && !n.speaker.empty() ? n.speaker : std::string();
}

// How the link between a row and the previous one reads: "causes", "reaction_to".
std::string link_word(const graph::EventGraph& g, graph::Edge e) {
  return std::string(graph::to_string(g[e].type));
}

// Text output for a terminal: labels, ids and evidence come from documents and graphs, and
// may hold ESC or BEL. JSON output keeps them, escaped as JSON does.
std::string shown(const std::string& text) { return base::terminal_safe(text, true); }

std::string in_quotes(std::string_view s) {
  std::string out = "\"";
  for (char c : s) out += (c == '\n' || c == '\r') ? ' ' : c;
  return out + "\"";
}

// The quoted words, or where they are when the graph was written without them (--evidence).
std::string quoted_or_span(const base::Evidence& e) {
  if (!e.text.empty() || e.end <= e.start) return in_quotes(e.text);
  return "bytes " + std::to_string(e.start) + "-" + std::to_string(e.end);
}

}  // namespace

std::optional<Format> format_from_string(std::string_view word) {
  if (word == "table") return Format::table;
  if (word == "json") return Format::json;
  return std::nullopt;
}

std::string date_text(const base::DateValue& d) {
  if (!d.known()) return "undated";
  if (d.exact()) return base::format_day(*d.earliest);
  // A month or year value stands for itself only when the bounds are that whole unit.
  if (d.earliest && d.latest && d.value.find('X') == std::string::npos &&
      (d.value.size() == 7 || d.value.size() == 4)) {
    const base::DateValue unit =
        d.value.size() == 7 ? base::month_value(date::year_month_day{*d.earliest}.year() /
                                                    date::year_month_day{*d.earliest}.month(),
                                                d.basis)
                            : base::year_value(date::year_month_day{*d.earliest}.year(), d.basis);
    if (unit.value == d.value && unit.earliest == d.earliest && unit.latest == d.latest)
      return d.value;
  }
  return (d.earliest ? base::format_day(*d.earliest) : std::string()) + ".." +
         (d.latest ? base::format_day(*d.latest) : std::string());
}

std::string format_events(const graph::Timeline& t, const std::vector<graph::Vertex>& events,
                          Format format) {
  const auto& g = t.graph;
  if (format == Format::json) {
    Json arr = Json::array();
    for (auto v : events) arr.push_back(event_json(g[v]));
    return dump(Json{{"query", "events"}, {"count", events.size()}, {"events", std::move(arr)}});
  }
  Table table({"DATE", "TYPE", "ID", "LABEL"});
  for (auto v : events) table.add({date_text(g[v].date), g[v].type, g[v].id, g[v].label});
  return table.render() + "(" + std::to_string(events.size()) + " event" +
         (events.size() == 1 ? "" : "s") + ")\n";
}

std::string format_tree(const graph::Timeline& t, const std::vector<TreeEntry>& tree, Direction dir,
                        Format format) {
  const auto& g = t.graph;
  const char* name = dir == Direction::backward ? "causes" : "effects";
  const bool more =
      std::any_of(tree.begin(), tree.end(), [](const TreeEntry& e) { return e.more; });
  if (format == Format::json) {
    // A flat listing in depth-first order, each step once: nesting would indent a long chain
    // quadratically. An entry's parent is the nearest entry above it one level up.
    Json rows = Json::array();
    for (const auto& entry : tree) {
      Json node = event_json(g[entry.vertex]);
      if (entry.edge) node["link"] = link_json(t, *entry.edge);
      node["depth"] = entry.depth;
      if (entry.repeated) node["repeated"] = true;
      if (entry.more) node["more"] = true;
      rows.push_back(std::move(node));
    }
    return dump(Json{{"query", name}, {"truncated", more}, {"tree", std::move(rows)}});
  }
  Table table({"DEPTH", "LINK", "DATE", "ID", "EVENT"});
  for (const auto& e : tree) {
    const auto& n = g[e.vertex];
    // The DEPTH column gives the level; the indent only shows the first few, so a long chain
    // prints in linear size.
    std::string label(2 * std::min<std::size_t>(e.depth, kMaxIndentLevels), ' ');
    label += n.label;
    if (e.repeated) label += "  (see above)";
    table.add({std::to_string(e.depth), e.edge ? link_word(g, *e.edge) : std::string(),
               date_text(n.date), n.id, label});
  }
  std::string out = table.render();
  if (tree.size() <= 1 && !more)
    out += dir == Direction::backward ? "(nothing in the graph led to it)\n"
                                      : "(nothing in the graph followed from it)\n";
  if (more) out += "(more links not shown: raise --max-depth or --limit)\n";
  return out;
}

std::string format_chains(const graph::Timeline& t, graph::Vertex from, graph::Vertex to,
                          const ChainResult& r, Format format) {
  const auto& g = t.graph;
  if (format == Format::json) {
    Json paths = Json::array();
    for (const auto& p : r.paths) {
      Json steps = Json::array();
      for (std::size_t i = 0; i < p.vertices.size(); ++i) {
        Json s = event_json(g[p.vertices[i]]);
        if (i > 0) s["link"] = link_json(t, p.edges[i - 1]);
        steps.push_back(std::move(s));
      }
      paths.push_back(Json{{"length", p.edges.size()}, {"events", std::move(steps)}});
    }
    return dump(Json{{"query", "chain"},
                     {"from", g[from].id},
                     {"to", g[to].id},
                     {"reversed", r.reversed},
                     {"paths", std::move(paths)}});
  }
  if (r.paths.empty())
    return shown("no causal path between " + g[from].id + " and " + g[to].id + "\n");
  std::string out;
  if (r.reversed)
    out += "no causal path from " + g[from].id + " to " + g[to].id + "; it runs the other way:\n";
  for (std::size_t k = 0; k < r.paths.size(); ++k) {
    const auto& p = r.paths[k];
    out += (k ? "\n" : "") + std::string("path ") + std::to_string(k + 1) + " (" +
           std::to_string(p.edges.size()) + " link" + (p.edges.size() == 1 ? "" : "s") + ")\n";
    Table table({"STEP", "LINK", "DATE", "ID", "EVENT"});
    for (std::size_t i = 0; i < p.vertices.size(); ++i) {
      const auto& n = g[p.vertices[i]];
      table.add({std::to_string(i), i ? link_word(g, p.edges[i - 1]) : std::string(),
                 date_text(n.date), n.id, n.label});
    }
    out += table.render("  ");
  }
  return shown(out);
}

std::string format_explain(const graph::Timeline& t, graph::Vertex v, Format format) {
  const auto& g = t.graph;
  const auto& n = g[v];
  std::vector<graph::Edge> links;
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) links.push_back(e);
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) links.push_back(e);
  if (format == Format::json) {
    Json j = event_json(n);
    if (!n.speaker_role.empty()) j["speaker_role"] = n.speaker_role;
    Json mentions = Json::array();
    for (const auto& m : n.mentions)
      mentions.push_back(graph::evidence_to_json(m, t.evidence_detail));
    j["mentions"] = std::move(mentions);
    j["date_steps"] = graph::steps_to_json(n.date_steps, t.evidence_detail);
    j["overrides"] = n.overrides;
    Json lj = Json::array();
    for (auto e : links) lj.push_back(link_json(t, e));
    j["links"] = std::move(lj);
    return dump(Json{{"query", "explain"}, {"event", std::move(j)}});
  }
  std::string out = n.id + "  " + n.label + "\n";
  Table facts({"", ""});
  facts.add({"kind", std::string(graph::to_string(n.kind))});
  facts.add({"type", n.type});
  facts.add({"date", date_text(n.date) + " (" + std::string(base::to_string(n.date.basis)) + ")"});
  auto join = [](const std::vector<std::string>& xs) {
    std::string s;
    for (const auto& x : xs) s += (s.empty() ? "" : ", ") + x;
    return s.empty() ? std::string("-") : s;
  };
  facts.add({"actors", join(n.actors)});
  facts.add({"places", join(n.places)});
  if (!who(n).empty())
    facts.add({"speaker", n.speaker + (n.speaker_role.empty() ? "" : " (" + n.speaker_role + ")")});
  {
    const std::string rendered = facts.render("  ");
    out += rendered.substr(rendered.find('\n') + 1);  // no header row for the facts
  }
  out += "\nmentions (" + std::to_string(n.mentions.size()) + ")\n";
  if (!n.mentions.empty()) {
    Table m({"DOC", "BYTES", "TEXT"});
    for (const auto& e : n.mentions)
      m.add({e.doc.str(), std::to_string(e.start) + "-" + std::to_string(e.end),
             e.text.empty() ? std::string("-") : in_quotes(e.text)});
    out += m.render("  ");
  }
  out += "\nhow the date was reached\n";
  if (n.date_steps.empty()) out += "  (no recorded steps)\n";
  for (std::size_t i = 0; i < n.date_steps.size(); ++i) {
    const auto& s = n.date_steps[i];
    out += "  " + std::to_string(i + 1) + ". " + s.rule + ": " + s.detail;
    if (s.evidence) out += "  [" + s.evidence->doc.str() + " " + quoted_or_span(*s.evidence) + "]";
    out += "\n";
  }
  out += "\noverrides\n";
  if (n.overrides.empty()) out += "  (none)\n";
  for (const auto& o : n.overrides) out += "  " + o + "\n";
  out += "\nlinks (" + std::to_string(links.size()) + ")\n";
  if (!links.empty()) {
    Table lt({"FROM", "LINK", "TO", "EVIDENCE"});
    for (auto e : links)
      lt.add({g[boost::source(e, g)].id, link_word(g, e), g[boost::target(e, g)].id,
              g[e].evidence.text.empty() ? g[e].rule : in_quotes(g[e].evidence.text)});
    out += lt.render("  ");
  }
  return shown(out);
}

std::string format_explain_links(const graph::Timeline& t, graph::Vertex a, graph::Vertex b,
                                 Format format) {
  const auto& g = t.graph;
  std::vector<graph::Edge> links;
  for (auto e : boost::make_iterator_range(boost::out_edges(a, g)))
    if (boost::target(e, g) == b) links.push_back(e);
  for (auto e : boost::make_iterator_range(boost::out_edges(b, g)))
    if (boost::target(e, g) == a) links.push_back(e);
  if (format == Format::json) {
    Json lj = Json::array();
    for (auto e : links) lj.push_back(link_json(t, e));
    return dump(Json{{"query", "explain"}, {"links", std::move(lj)}});
  }
  if (links.empty()) return shown("no link between " + g[a].id + " and " + g[b].id + "\n");
  std::string out;
  for (auto e : links) {
    const auto& l = g[e];
    out += g[boost::source(e, g)].label + "  " + link_word(g, e) + "  " +
           g[boost::target(e, g)].label + "\n";
    out += "  " + g[boost::source(e, g)].id + " -> " + g[boost::target(e, g)].id + "\n";
    if (l.confidence > 0) out += "  confidence " + confidence_text(l.confidence) + "\n";
    if (!l.claimed_by.empty()) out += "  as " + l.claimed_by + " says it\n";
    // A link read from an older file or made by an override has its one evidence only.
    std::vector<graph::LinkSource> sources = l.sources;
    if (sources.empty()) sources.push_back({l.evidence, l.cue, l.rule, l.confidence, l.claimed_by});
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const auto& s = sources[i];
      Table facts({"", ""});
      facts.add({"document", s.evidence.doc.empty() ? std::string("-") : s.evidence.doc.str()});
      if (s.cue)
        facts.add({"cue", (s.cue->text.empty() ? std::string() : in_quotes(s.cue->text) + " ") +
                              "(bytes " + std::to_string(s.cue->start) + "-" +
                              std::to_string(s.cue->end) + ")"});
      facts.add({"rule", s.rule.empty() ? std::string("-") : s.rule});
      if (s.confidence > 0) facts.add({"confidence", confidence_text(s.confidence)});
      if (!s.claimed_by.empty()) facts.add({"claimed by", s.claimed_by});
      facts.add({"sentence", quoted_or_span(s.evidence)});
      out += "  source " + std::to_string(i + 1) + " of " + std::to_string(sources.size()) + "\n";
      const std::string rendered = facts.render("    ");
      out += rendered.substr(rendered.find('\n') + 1);
    }
  }
  return shown(out);
}

std::string format_candidates(const graph::Timeline& t,
                              const std::vector<graph::Vertex>& candidates) {
  const auto& g = t.graph;
  Table table({"DATE", "TYPE", "ID", "LABEL"});
  for (auto v : candidates) table.add({date_text(g[v].date), g[v].type, g[v].id, g[v].label});
  return table.render("  ");
}

}  // namespace chronograph::query
