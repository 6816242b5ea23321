// Tests of canonical ordering and graph moves, which rearrange Boost's containers in place.
#include <doctest/doctest.h>

#include <random>
#include <set>
#include <tuple>

#include "chronograph/graph/model.hpp"

using namespace chronograph;
using namespace chronograph::graph;

namespace {

// A graph of n events with scattered dates (some undated) and random links.
Timeline random_timeline(std::size_t n, std::size_t links, unsigned seed) {
  std::mt19937 rng(seed);
  Timeline t;
  for (std::size_t i = 0; i < n; ++i) {
    EventNode e;
    e.id = "e" + std::to_string(rng() % 1000) + "-" + std::to_string(i);
    e.label = "event " + std::to_string(i);
    if (rng() % 4 != 0) {
      const date::sys_days day = date::sys_days{date::days{20000 + static_cast<int>(rng() % 50)}};
      e.date = base::day_value(day, base::Basis::explicit_date);
    }
    add_event(t.graph, std::move(e));
  }
  for (std::size_t k = 0; k < links; ++k) {
    LinkEdge l;
    l.type = static_cast<LinkType>(rng() % 3);
    l.rule = "rule " + std::to_string(k);
    l.evidence = base::Evidence{"doc", k, k + 1, "x"};
    add_link(t.graph, rng() % n, rng() % n, std::move(l));
  }
  return t;
}

// Every link as (from id, to id, rule), and every event as (id, label): what must survive.
using LinkSet = std::multiset<std::tuple<std::string, std::string, std::string>>;
LinkSet links_of(const EventGraph& g) {
  LinkSet out;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    out.emplace(g[boost::source(e, g)].id, g[boost::target(e, g)].id, g[e].rule);
  return out;
}
std::set<std::pair<std::string, std::string>> events_of(const EventGraph& g) {
  std::set<std::pair<std::string, std::string>> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) out.emplace(g[v].id, g[v].label);
  return out;
}

}  // namespace

TEST_CASE("graph: canonicalize permutes events in place and keeps every link") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    Timeline t = random_timeline(60 + seed, 150, seed);
    const LinkSet links = links_of(t.graph);
    const auto events = events_of(t.graph);
    canonicalize(t);
    CHECK(links_of(t.graph) == links);
    CHECK(events_of(t.graph) == events);
    const EventGraph& g = t.graph;
    auto key = [&](Vertex v) {
      const auto& d = g[v].date;
      return std::make_tuple(d.earliest ? d.earliest->time_since_epoch().count() : 1L << 40,
                             g[v].id);
    };
    for (std::size_t v = 1; v < boost::num_vertices(g); ++v) CHECK(key(v - 1) <= key(v));
    // In- and out-lists agree with the edge list.
    std::size_t outs = 0, ins = 0;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
      outs += boost::out_degree(v, g);
      ins += boost::in_degree(v, g);
    }
    CHECK(outs == boost::num_edges(g));
    CHECK(ins == boost::num_edges(g));
  }
}

TEST_CASE("graph: move_graph hands the whole graph over, and both stay usable") {
  Timeline a = random_timeline(40, 90, 7);
  const LinkSet links = links_of(a.graph);
  const auto events = events_of(a.graph);
  EventGraph target;
  add_event(target, EventNode{});  // overwritten
  move_graph(target, a.graph);
  CHECK(boost::num_vertices(a.graph) == 0);
  CHECK(boost::num_edges(a.graph) == 0);
  CHECK(links_of(target) == links);
  CHECK(events_of(target) == events);
  // The moved edges still work: remove one, add one, clear a vertex.
  const auto first = *boost::edges(target).first;
  boost::remove_edge(first, target);
  CHECK(boost::num_edges(target) == links.size() - 1);
  add_link(target, 0, 1, LinkEdge{});
  boost::clear_vertex(3, target);
  CHECK(boost::out_degree(3, target) == 0);
  CHECK(boost::in_degree(3, target) == 0);
  // The emptied source takes a new graph.
  add_event(a.graph, EventNode{});
  add_event(a.graph, EventNode{});
  add_link(a.graph, 0, 1, LinkEdge{});
  CHECK(boost::num_edges(a.graph) == 1);
}
