// Queries over the hand-made sample timeline: listing, trees, chains, explain, picking events.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "chronograph/graph/json_io.hpp"
#include "chronograph/graph/select.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/query/causal.hpp"
#include "chronograph/query/chain.hpp"
#include "chronograph/query/events.hpp"
#include "chronograph/query/format.hpp"
#include "chronograph/query/graph_index.hpp"
#include "chronograph/query/pick.hpp"
#include "support.hpp"

namespace graph = chronograph::graph;
namespace query = chronograph::query;
namespace ct = chronograph::testing;

namespace {

std::vector<std::string> ids(const graph::Timeline& t, const std::vector<graph::Vertex>& vs) {
  std::vector<std::string> out;
  for (auto v : vs) out.push_back(t.graph[v].id);
  return out;
}

graph::Vertex v_of(const graph::Timeline& t, const char* id) {
  auto v = graph::find_by_id(t.graph, id);
  REQUIRE(v);
  return *v;
}

std::string pick_error(const graph::Timeline& t, const char* words) {
  try {
    query::pick_event(t, query::GraphIndex(t.graph), words);
  } catch (const query::PickError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("query: events in timeline order, filtered") {
  const auto t = ct::sample_timeline();
  graph::EventFilter f;
  f.types = {"talks"};
  CHECK(ids(t, query::list_events(t, f)) ==
        std::vector<std::string>{"talks-istanbul-undated-1a2b", "talks-istanbul-2025-06-02-3fa1"});
  f = {};
  f.from = *chronograph::base::parse_day("2025-06-03");
  CHECK(ids(t, query::list_events(t, f)).size() == 5);
  f = {};
  f.actors = {"erdoğan"};
  CHECK(ids(t, query::list_events(t, f)) ==
        std::vector<std::string>{"statement-erdogan-2025-06-03-0e1f"});
  CHECK(query::list_events(t, {}).size() == 9);
}

TEST_CASE("query: the events table is aligned and the JSON is an array of graph@1 events") {
  const auto t = ct::sample_timeline();
  graph::EventFilter f;
  f.types = {"talks"};
  const auto events = query::list_events(t, f);
  CHECK(
      query::format_events(t, events, query::Format::table) ==
      "DATE          TYPE   ID                              LABEL\n"
      "..2025-05-20  talks  talks-istanbul-undated-1a2b     First round of Russia-Ukraine talks in "
      "Istanbul\n"
      "2025-06-02    talks  talks-istanbul-2025-06-02-3fa1  Second round of Russia-Ukraine talks "
      "in "
      "Istanbul\n"
      "(2 events)\n");
  const auto j = nlohmann::json::parse(query::format_events(t, events, query::Format::json));
  CHECK(j["count"] == 2);
  CHECK(j["events"][1]["date"]["value"] == "2025-06-02");
  CHECK(j["events"][0]["date"]["earliest"].is_null());
  CHECK(j["events"][0]["places"][0] == "Istanbul");
}

TEST_CASE("query: causes walk causes and reaction_to backwards, effects forwards") {
  const auto t = ct::sample_timeline();
  const auto round2 = v_of(t, "talks-istanbul-2025-06-02-3fa1");
  const auto back = query::causal_tree(t.graph, round2, query::Direction::backward);
  std::vector<std::string> got;
  for (const auto& e : back) got.push_back(std::to_string(e.depth) + " " + t.graph[e.vertex].id);
  CHECK(got == std::vector<std::string>{"0 talks-istanbul-2025-06-02-3fa1",
                                        "1 talks-istanbul-undated-1a2b",
                                        "1 strike-russia-2025-06-01-5c3d"});
  const auto fwd = query::causal_tree(t.graph, round2, query::Direction::forward);
  got.clear();
  for (const auto& e : fwd) got.push_back(std::to_string(e.depth) + " " + t.graph[e.vertex].id);
  CHECK(got == std::vector<std::string>{
                   "0 talks-istanbul-2025-06-02-3fa1", "1 statement-erdogan-2025-06-03-0e1f",
                   "1 statement-trump-2025-06-03-9d00", "1 sanctions-eu-2025-07-18-aa01"});
  // The claim_about link is not causal.
  const auto from_round1 = query::causal_tree(t.graph, v_of(t, "talks-istanbul-undated-1a2b"),
                                              query::Direction::forward);
  CHECK(from_round1.size() == 6);
  CHECK(from_round1.back().depth == 2);
  CHECK(query::causal_tree(t.graph, v_of(t, "talks-istanbul-undated-1a2b"),
                           query::Direction::forward, 1)
            .size() == 3);
}

TEST_CASE("query: the causes tree as a table and as a flat JSON listing") {
  const auto t = ct::sample_timeline();
  const auto tree = query::causal_tree(t.graph, v_of(t, "sanctions-eu-2025-07-18-aa01"),
                                       query::Direction::backward);
  CHECK(query::format_tree(t, tree, query::Direction::backward, query::Format::table) ==
        "DEPTH  LINK    DATE          ID                              EVENT\n"
        "0              2025-07-18    sanctions-eu-2025-07-18-aa01    18th EU sanctions package "
        "against Russia\n"
        "1      causes  2025-06-02    talks-istanbul-2025-06-02-3fa1    Second round of "
        "Russia-Ukraine talks in Istanbul\n"
        "2      causes  ..2025-05-20  talks-istanbul-undated-1a2b         First round of "
        "Russia-Ukraine talks in Istanbul\n"
        "2      causes  2025-06-01    strike-russia-2025-06-01-5c3d       Drone strikes on Russian "
        "strategic-aviation airfields\n");
  const auto j = nlohmann::json::parse(
      query::format_tree(t, tree, query::Direction::backward, query::Format::json));
  CHECK(j["query"] == "causes");
  CHECK(j["truncated"] == false);
  // Depth-first, each step once; a row's parent is the nearest row above it one level up.
  REQUIRE(j["tree"].size() == 4);
  CHECK(j["tree"][0]["id"] == "sanctions-eu-2025-07-18-aa01");
  CHECK(j["tree"][0]["depth"] == 0);
  CHECK(j["tree"][1]["id"] == "talks-istanbul-2025-06-02-3fa1");
  CHECK(j["tree"][1]["link"]["type"] == "causes");
  CHECK(j["tree"][2]["depth"] == 2);
  CHECK(j["tree"][3]["depth"] == 2);
  CHECK(j["tree"][3]["link"]["from"] == "strike-russia-2025-06-01-5c3d");
}

TEST_CASE("query: causes trees are bounded by depth and rows, and say so") {
  const auto t = ct::sample_timeline();
  const auto root = v_of(t, "sanctions-eu-2025-07-18-aa01");
  const auto shallow = query::causal_tree(t.graph, root, query::Direction::backward, 1);
  REQUIRE(shallow.size() == 2);
  CHECK(shallow[1].more);  // the talks have causes of their own, not listed
  const auto table =
      query::format_tree(t, shallow, query::Direction::backward, query::Format::table);
  CHECK(table.find("(more links not shown: raise --max-depth or --limit)") != std::string::npos);
  const auto few = query::causal_tree(t.graph, root, query::Direction::backward, 10, 3);
  CHECK(few.size() == 3);
  CHECK(few.back().more);
  const auto j = nlohmann::json::parse(
      query::format_tree(t, few, query::Direction::backward, query::Format::json));
  CHECK(j["truncated"] == true);
}

TEST_CASE("query: a diamond and a cycle show each event once") {
  graph::Timeline t;
  const auto a = ct::add_event(t, "a", "x", "A", ct::day("2025-01-01"), {}, {});
  const auto b = ct::add_event(t, "b", "x", "B", ct::day("2025-01-02"), {}, {});
  const auto c = ct::add_event(t, "c", "x", "C", ct::day("2025-01-03"), {}, {});
  const auto d = ct::add_event(t, "d", "x", "D", ct::day("2025-01-04"), {}, {});
  ct::link(t, a, b, graph::LinkType::causes);
  ct::link(t, a, c, graph::LinkType::causes);
  ct::link(t, b, d, graph::LinkType::causes);
  ct::link(t, c, d, graph::LinkType::causes);
  ct::link(t, d, a, graph::LinkType::causes);  // a cycle, as bad extraction may produce
  const auto tree = query::causal_tree(t.graph, d, query::Direction::backward);
  std::vector<std::string> got;
  for (const auto& e : tree)
    got.push_back(std::to_string(e.depth) + t.graph[e.vertex].id + (e.repeated ? "*" : ""));
  CHECK(got == std::vector<std::string>{"0d", "1b", "2a", "3d*", "1c", "2a*"});
}

TEST_CASE("query: chains are shortest first and honour --max") {
  graph::Timeline t;
  std::vector<graph::Vertex> v;
  for (const char* id : {"a", "b", "c", "d", "e", "f"})
    v.push_back(ct::add_event(t, id, "x", id, ct::day("2025-01-01"), {}, {}));
  auto L = [&](int x, int y) { ct::link(t, v[x], v[y], graph::LinkType::causes); };
  L(0, 1), L(1, 3), L(0, 2), L(2, 3), L(0, 4), L(4, 5), L(5, 3), L(0, 3);
  const auto r = query::causal_chains(t.graph, v[0], v[3], 10);
  REQUIRE(r.paths.size() == 4);
  CHECK(!r.reversed);
  CHECK(r.paths[0].edges.size() == 1);
  CHECK(r.paths[1].edges.size() == 2);
  CHECK(r.paths[2].edges.size() == 2);
  CHECK(r.paths[3].edges.size() == 3);
  CHECK(query::causal_chains(t.graph, v[0], v[3], 2).paths.size() == 2);
  const auto back = query::causal_chains(t.graph, v[3], v[0], 10);
  CHECK(back.reversed);
  CHECK(back.paths.size() == 4);
  CHECK(query::causal_chains(t.graph, v[1], v[2], 10).paths.empty());
  L(0, 3);  // the same link stated twice gives no second identical path
  CHECK(query::causal_chains(t.graph, v[0], v[3], 10).paths.size() == 4);
}

TEST_CASE("query: chain from the airfield strikes to the EU sanctions, table and JSON") {
  const auto t = ct::sample_timeline();
  const auto from = v_of(t, "strike-russia-2025-06-01-5c3d");
  const auto to = v_of(t, "sanctions-eu-2025-07-18-aa01");
  const auto r = query::causal_chains(t.graph, from, to, 5);
  REQUIRE(r.paths.size() == 1);
  CHECK(
      query::format_chains(t, from, to, r, query::Format::table) ==
      "path 1 (2 links)\n"
      "  STEP  LINK    DATE        ID                              EVENT\n"
      "  0             2025-06-01  strike-russia-2025-06-01-5c3d   Drone strikes on Russian "
      "strategic-aviation airfields\n"
      "  1     causes  2025-06-02  talks-istanbul-2025-06-02-3fa1  Second round of Russia-Ukraine "
      "talks in Istanbul\n"
      "  2     causes  2025-07-18  sanctions-eu-2025-07-18-aa01    18th EU sanctions package "
      "against Russia\n");
  const auto j = nlohmann::json::parse(query::format_chains(t, from, to, r, query::Format::json));
  CHECK(j["paths"][0]["length"] == 2);
  CHECK(j["paths"][0]["events"][2]["link"]["evidence"]["text"] == "after the talks failed");
  CHECK(j["reversed"] == false);
  // Reactions follow what they react to.
  const auto erdogan = v_of(t, "statement-erdogan-2025-06-03-0e1f");
  CHECK(query::causal_chains(t.graph, from, erdogan, 5).paths.size() == 1);
}

TEST_CASE("query: explain lists mentions, date steps and overrides") {
  auto t = ct::sample_timeline();
  const auto ov = chronograph::overrides::Overrides::parse(
      "events:\n  - match: {type: talks, before: 2025-05-21}\n    date: 2025-05-16\n",
      "data/overrides.yaml");
  REQUIRE(ov.apply(t).empty());
  const auto v = v_of(t, "talks-istanbul-undated-1a2b");
  const std::string table = query::format_explain(t, v, query::Format::table);
  CHECK(
      table ==
      "talks-istanbul-undated-1a2b  First round of Russia-Ukraine talks in Istanbul\n"
      "  kind    event\n"
      "  type    talks\n"
      "  date    2025-05-16 (override)\n"
      "  actors  Russia, Ukraine\n"
      "  places  Istanbul\n"
      "\n"
      "mentions (1)\n"
      "  DOC                   BYTES    TEXT\n"
      "  003_99214e3abbb71cf3  100-153  \"The first high-level talks between Russia and Ukraine\"\n"
      "\n"
      "how the date was reached\n"
      "  1. explicit: stated in the text\n"
      "  2. override: date set to 2025-05-16 by data/overrides.yaml:2\n"
      "\n"
      "overrides\n"
      "  data/overrides.yaml:2\n"
      "\n"
      "links (2)\n"
      "  FROM                         LINK    TO                              EVIDENCE\n"
      "  talks-istanbul-undated-1a2b  causes  exchange-undated-77aa           \"resulted in an "
      "agreement to exchange\"\n"
      "  talks-istanbul-undated-1a2b  causes  talks-istanbul-2025-06-02-3fa1  \"continue "
      "dialogue\"\n");
  const auto j = nlohmann::json::parse(query::format_explain(t, v, query::Format::json));
  CHECK(j["event"]["date"]["basis"] == "override");
  CHECK(j["event"]["overrides"][0] == "data/overrides.yaml:2");
  CHECK(j["event"]["mentions"].size() == 1);
  CHECK(j["event"]["date_steps"].size() == 2);
  CHECK(j["event"]["links"].size() == 2);
}

TEST_CASE("query: EVENT by id, id prefix, phrase and date, ambiguity and unknown ids") {
  const auto t = ct::sample_timeline();
  const query::GraphIndex index(t.graph);
  auto pick = [&](const char* w) { return t.graph[query::pick_event(t, index, w)].id; };
  CHECK(pick("talks-istanbul-2025-06-02-3fa1") == "talks-istanbul-2025-06-02-3fa1");
  CHECK(pick("talks-istanbul-2025-06-02") == "talks-istanbul-2025-06-02-3fa1");
  CHECK(pick("june 2 talks") == "talks-istanbul-2025-06-02-3fa1");
  CHECK(pick("the talks on the 2nd of June") == "talks-istanbul-2025-06-02-3fa1");
  CHECK(pick("what led to the June 2 talks?") == "talks-istanbul-2025-06-02-3fa1");
  CHECK(pick("2025-06-01 strikes") == "strike-russia-2025-06-01-5c3d");
  CHECK(pick("first round") == "talks-istanbul-undated-1a2b");
  CHECK(pick("Erdoğan") == "statement-erdogan-2025-06-03-0e1f");
  CHECK(pick("UK sanctions") == "sanctions-uk-2025-07-18-bb02");
  CHECK(pick_error(t, "talks") ==
        "'talks' matches 2 events; name one by its id or add words or a date");
  CHECK(pick_error(t, "ceasefire") == "no event matches 'ceasefire'");
  CHECK(pick_error(t, "talks-istanbul-2025-06-03-3fa1") ==
        "no event matches 'talks-istanbul-2025-06-03-3fa1'; did you mean "
        "'talks-istanbul-2025-06-02-3fa1'?");
  try {
    query::pick_event(t, index, "sanctions");
    FAIL("expected ambiguity");
  } catch (const query::PickError& e) {
    CHECK(
        query::format_candidates(t, e.candidates()) ==
        "  DATE        TYPE       ID                            LABEL\n"
        "  2025-07-18  sanctions  sanctions-eu-2025-07-18-aa01  18th EU sanctions package against "
        "Russia\n"
        "  2025-07-18  sanctions  sanctions-uk-2025-07-18-bb02  UK sanctions on GRU units\n");
  }
}

TEST_CASE("query: date text for every kind of bound") {
  using chronograph::base::Basis;
  CHECK(query::date_text(chronograph::base::DateValue{}) == "undated");
  CHECK(query::date_text(ct::day("2025-06-02")) == "2025-06-02");
  CHECK(query::date_text(chronograph::base::month_value(date::year{2025} / 5, Basis::relative)) ==
        "2025-05");
  CHECK(query::date_text(chronograph::base::year_value(date::year{2025}, Basis::relative)) ==
        "2025");
  CHECK(query::date_text(ct::until("2025-05-20")) == "..2025-05-20");
}

TEST_CASE("query: the fixture graph matches the hand-made sample") {
  auto t = ct::sample_timeline();
  graph::canonicalize(t);
  const auto fixture =
      ct::slurp(std::string(CHRONOGRAPH_SOURCE_DIR) + "/tests/fixtures/query/sample.json");
  if (fixture != graph::to_json(t)) {
    // Regenerate with: CHRONOGRAPH_UPDATE_FIXTURES=1 chronograph_tests -tc='*fixture*'
    if (std::getenv("CHRONOGRAPH_UPDATE_FIXTURES"))
      ct::write_text(std::string(CHRONOGRAPH_SOURCE_DIR) + "/tests/fixtures/query/sample.json",
                     graph::to_json(t));
    FAIL("tests/fixtures/query/sample.json is out of date");
  }
}

TEST_CASE("query: a long chain gives one path and a tree of one row per step") {
  // Regression: each step of the path search walked back to the start (quadratic), and the
  // table indented each row by its depth, so a long chain printed in quadratic size.
  graph::Timeline t;
  constexpr std::size_t kLinks = 20000;
  std::vector<graph::Vertex> v;
  for (std::size_t i = 0; i <= kLinks; ++i)
    v.push_back(ct::add_event(t, "e" + std::to_string(i), "x", "E", ct::day("2025-01-01"), {}, {}));
  for (std::size_t i = 0; i < kLinks; ++i) ct::link(t, v[i], v[i + 1], graph::LinkType::causes);
  const auto r = query::causal_chains(t.graph, v.front(), v.back(), 5);
  REQUIRE(r.paths.size() == 1);
  CHECK(r.paths[0].edges.size() == kLinks);
  const auto tree = query::causal_tree(t.graph, v.back(), query::Direction::backward, kLinks);
  CHECK(tree.size() == kLinks + 1);
  const auto table = query::format_tree(t, tree, query::Direction::backward, query::Format::table);
  CHECK(table.size() < 100 * (kLinks + 1));  // linear: no row wider than a bounded indent
  CHECK(query::causal_tree(t.graph, v.back(), query::Direction::backward).size() == kLinks + 1);
  CHECK(query::causal_tree(t.graph, v.back(), query::Direction::backward, query::kDefaultTreeDepth,
                           query::kDefaultTreeLimit)
            .size() == query::kDefaultTreeDepth + 1);
}

TEST_CASE("query: explain says whose account a cause told in someone's words is") {
  auto t = ct::sample_timeline();
  const auto a = v_of(t, "talks-istanbul-undated-1a2b");
  const auto b = v_of(t, "exchange-undated-77aa");
  const auto [e, found] = boost::edge(a, b, t.graph);
  REQUIRE(found);
  CHECK(query::format_explain_links(t, a, b, query::Format::table).find("says it") ==
        std::string::npos);
  t.graph[e].claimed_by = "Rustem Umerov";
  t.graph[e].sources = {{t.graph[e].evidence, std::nullopt, "test", 0, "Rustem Umerov"}};
  const std::string table = query::format_explain_links(t, a, b, query::Format::table);
  CHECK(table.find("  as Rustem Umerov says it\n") != std::string::npos);
  CHECK(table.find("claimed by  Rustem Umerov") != std::string::npos);
  const auto j = nlohmann::json::parse(query::format_explain_links(t, a, b, query::Format::json));
  CHECK(j["links"][0]["claimed_by"] == "Rustem Umerov");
  CHECK(j["links"][0]["sources"][0]["claimed_by"] == "Rustem Umerov");
}
