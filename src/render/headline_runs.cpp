// Collapsing a day's run of headline-list items into one group node for the timeline picture.
#include "chronograph/render/headline_runs.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "chronograph/graph/filter.hpp"
#include "chronograph/render/label_text.hpp"
#include "chronograph/render/timeline_layout.hpp"

namespace chronograph::render {

namespace {

constexpr std::string_view kGroupType = "headlines";
constexpr std::string_view kGroupPrefix = "headlines-";
// Between the named headlines in a group's label (the label is also what a DOT reader sees).
constexpr std::string_view kSeparator = " \u2022 ";

std::string document_of(const graph::EventNode& n) {
  return n.mentions.empty() ? "" : n.mentions.front().doc.str();
}

}  // namespace

bool is_headline_item(const graph::EventNode& n) {
  if (n.kind != graph::EventKind::event || !n.date.exact()) return false;
  return std::any_of(n.date_steps.begin(), n.date_steps.end(),
                     [](const graph::DateStep& s) { return s.rule == "heading"; });
}

bool is_headline_group(const graph::EventNode& n) {
  return n.type == kGroupType && n.id.starts_with(kGroupPrefix);
}

graph::Timeline group_headline_runs(const graph::Timeline& t, Lanes lanes) {
  const auto& g = t.graph;
  const std::size_t n = boost::num_vertices(g);
  const auto keys = lane_keys(t, lanes);
  std::map<std::tuple<std::string, std::string, int>, std::vector<graph::Vertex>> runs;
  for (graph::Vertex v = 0; v < n; ++v)
    if (is_headline_item(g[v]))
      runs[{keys[v], document_of(g[v]),
            static_cast<int>(g[v].date.earliest->time_since_epoch().count())}]
          .push_back(v);
  std::erase_if(runs, [](const auto& r) { return r.second.size() < HeadlineRunLimits::min_run; });
  if (runs.empty()) return t;

  // Each vertex's stand-in: itself, or its run's group (made where the run's first member is).
  std::vector<std::size_t> run_of(n, runs.size());
  std::vector<const std::vector<graph::Vertex>*> members;
  for (const auto& [key, vs] : runs) {
    for (auto v : vs) run_of[v] = members.size();
    members.push_back(&vs);
  }
  graph::Timeline out;
  out.documents = t.documents;
  out.diagnostics = t.diagnostics;
  out.evidence_detail = t.evidence_detail;
  std::vector<graph::Vertex> to(n);
  std::vector<bool> made(members.size(), false);
  std::vector<graph::Vertex> group_vertex(members.size());
  for (graph::Vertex v = 0; v < n; ++v) {
    const std::size_t r = run_of[v];
    if (r == runs.size()) {
      to[v] = boost::add_vertex(g[v], out.graph);
      continue;
    }
    if (!made[r]) {
      std::vector<graph::Vertex> ranked = *members[r];
      std::sort(ranked.begin(), ranked.end(),
                [&](graph::Vertex a, graph::Vertex b) { return graph::more_salient(g[a], g[b]); });
      const graph::EventNode& top = g[ranked.front()];
      graph::EventNode group;
      group.id = std::string(kGroupPrefix) + std::to_string(r + 1) + "-" + top.id;
      group.type = std::string(kGroupType);
      group.date = top.date;
      group.salience = top.salience;
      group.mentions = {top.mentions.begin(),
                        top.mentions.begin() + std::min<std::size_t>(1, top.mentions.size())};
      if (lanes == Lanes::actor && !keys[v].empty()) group.actors = {keys[v]};
      group.label = std::to_string(ranked.size());
      for (std::size_t i = 0; i < std::min(ranked.size(), HeadlineRunLimits::named); ++i)
        group.label += std::string(kSeparator) + clean_text(g[ranked[i]].label);
      group_vertex[r] = graph::add_event(out.graph, std::move(group));
      made[r] = true;
    }
    to[v] = group_vertex[r];
  }
  std::set<std::tuple<graph::Vertex, graph::Vertex, graph::LinkType>> seen;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto a = to[boost::source(e, g)], b = to[boost::target(e, g)];
    if (a == b || !seen.insert({a, b, g[e].type}).second) continue;
    boost::add_edge(a, b, g[e], out.graph);
  }
  return out;
}

std::vector<std::string> headline_group_lines(const graph::EventNode& group, double width,
                                              double font_size) {
  std::vector<std::string> parts;
  std::string_view rest = group.label;
  for (auto at = rest.find(kSeparator); at != std::string_view::npos; at = rest.find(kSeparator)) {
    parts.emplace_back(rest.substr(0, at));
    rest.remove_prefix(at + kSeparator.size());
  }
  parts.emplace_back(rest);
  const std::size_t total = std::strtoul(parts.front().c_str(), nullptr, 10);
  std::vector<std::string> lines{parts.front() + " headlines, " + date_words(group.date)};
  for (std::size_t i = 1; i < parts.size(); ++i) {
    auto wrapped = wrap_text("\u2022 " + parts[i], width, font_size, 2);
    lines.insert(lines.end(), wrapped.begin(), wrapped.end());
  }
  if (total + 1 > parts.size())
    lines.push_back("and " + std::to_string(total + 1 - parts.size()) + " more");
  return lines;
}

}  // namespace chronograph::render
