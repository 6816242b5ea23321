// Tests of the chronograph/graph@1 JSON writer and reader.
#include <doctest/doctest.h>

#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/graph/json_io.hpp"

using namespace chronograph;
using namespace chronograph::graph;

namespace {
Timeline sample() {
  Timeline t;
  DocumentInfo d;
  d.id = "doc";
  d.path = "data/doc.txt";
  d.title = "A \"quoted\" title";
  d.published = base::day_value(*base::parse_day("2025-06-03"), base::Basis::inferred);
  t.documents.push_back(d);
  EventNode a;
  a.id = "talks-istanbul-2025-06-02-0001";
  a.type = "talks";
  a.label = "Second round of talks in Istanbul";
  a.date = base::day_value(*base::parse_day("2025-06-02"), base::Basis::explicit_date);
  a.actors = {"Russia", "Ukraine"};
  a.places = {"Istanbul"};
  a.mentions.push_back(Mention{{"doc", 10, 15, "talks"}});
  EventNode c;
  c.id = "statement-undated-0002";
  c.kind = EventKind::claim;
  c.type = "statement";
  c.label = "Analyst: it was remarkable";
  c.speaker = "Analyst";
  const auto va = boost::add_vertex(a, t.graph);
  const auto vc = boost::add_vertex(c, t.graph);
  LinkEdge claim;
  claim.type = LinkType::claim_about;
  claim.evidence = {"doc", 0, 5, "Hello"};
  claim.rule = "inside the claim";
  boost::add_edge(vc, va, claim, t.graph);
  return t;
}
}  // namespace

TEST_CASE("graph: JSON round-trips and is byte-identical when written twice") {
  Timeline t = sample();
  canonicalize(t);
  const std::string json = to_json(t);
  CHECK(json.find("\"schema\": \"chronograph/graph@1\"") != std::string::npos);
  const Timeline back = from_json(json, "g.json");
  CHECK(to_json(back) == json);
  CHECK(boost::num_vertices(back.graph) == 2);
  CHECK(boost::num_edges(back.graph) == 1);
}

TEST_CASE("graph: canonical order is by date, undated last, then id") {
  Timeline t = sample();
  canonicalize(t);
  CHECK(t.graph[0].type == "talks");
  CHECK(t.graph[1].kind == EventKind::claim);
}

TEST_CASE("graph: malformed graph files give positioned errors") {
  CHECK_THROWS_WITH_AS(from_json("{\n  \"schema\": \"chronograph/graph@1\",\n  oops\n}", "g.json"),
                       doctest::Contains("g.json:3:3: error: invalid JSON"), base::InputError);
  CHECK_THROWS_WITH_AS(from_json(R"({"schema": "other@2"})", "g.json"),
                       doctest::Contains("unsupported schema 'other@2'"), base::InputError);
  CHECK_THROWS_WITH_AS(
      from_json(R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [
        {"from": "a", "to": "b", "type": "causes"}]})",
                "g.json"),
      doctest::Contains("unknown event id 'a'"), base::InputError);
  // Field errors point at the offending value, not at the top of the file.
  CHECK_THROWS_WITH_AS(
      from_json(
          "{\"schema\": \"chronograph/graph@1\", \"documents\": [], \"events\": [], \"links\": [\n"
          "        {\"from\": \"a\", \"to\": \"b\", \"type\": \"causes\"}]}",
          "g.json"),
      "g.json:2:18: error: $.links[0].from: unknown event id 'a'", base::InputError);
  CHECK_THROWS_WITH_AS(
      from_json("{\"schema\": \"chronograph/graph@1\",\n \"documents\": [{\"id\": \"d\", "
                "\"path\": \"p\",\n   \"published\": {\"value\": \"2025\", \"earliest\": "
                "\"2025-02-30\", \"latest\": null, \"basis\": \"explicit\"}}],\n \"events\": [], "
                "\"links\": []}",
                "g.json"),
      "g.json:3:47: error: $.documents[0].published.earliest: invalid date '2025-02-30'",
      base::InputError);
}

TEST_CASE("graph: every broken event and link of a graph file is reported in one run") {
  const std::string date =
      R"("date": {"value": "2025", "earliest": "2025-01-01", "latest": "2025-12-31",)"
      R"( "basis": "explicit"}, "actors": [], "places": [])";
  const std::string text =
      "{\"schema\": \"chronograph/graph@1\", \"documents\": [], \"events\": [\n"
      R"({"id": "a", "kind": "event", "type": "t", "label": "A", )" +
      date + "},\n" + R"({"id": "b", "kind": "bogus", "type": "t", "label": "B"},)" + "\n" +
      R"({"id": "c", "kind": "event", "type": "t", "label": "C", "class": "X", )" + date + "}],\n" +
      R"("links": [{"from": "a", "to": "b", "type": "causes"},)" + "\n" +
      R"({"from": "a", "to": "zz", "type": "causes"}]})";
  try {
    from_json(text, "g.json");
    FAIL("no error");
  } catch (const base::InputErrors& e) {
    // The link to "b" is not reported: b's own error is.
    REQUIRE(e.errors().size() == 3);
    CHECK(std::string(e.errors()[0].what()).find("g.json:3:") == 0);
    CHECK(std::string(e.what()).find("$.events[1].kind: unknown kind 'bogus'") !=
          std::string::npos);
    CHECK(std::string(e.what()).find("$.events[2].class: unknown class 'X'") != std::string::npos);
    CHECK(std::string(e.what()).find("g.json:6:") != std::string::npos);
    CHECK(std::string(e.what()).find("unknown event id 'zz'") != std::string::npos);
  }
}

TEST_CASE("graph: the streaming writer spells JSON exactly as nlohmann's dump(2) would") {
  // Every escape class: quotes, backslashes, each short escape, other control bytes, DEL and
  // multi-byte UTF-8, plus empty arrays and optional keys on and off.
  Timeline t = sample();
  const std::string hostile = std::string("q\"b\\s/\b\f\n\r\t\x01\x1f\x7f") + "é–😀";
  t.documents[0].title = hostile;
  t.documents[0].date_steps.push_back({"header", hostile, base::Evidence{"doc", 1, 2, hostile}});
  t.graph[0].overrides = {"data/overrides.yaml:3"};
  t.graph[1].speaker_role = hostile;
  t.diagnostics.push_back({"warning", hostile, std::nullopt});
  t.diagnostics.push_back({"note", "x", base::Evidence{"doc", 0, 0, ""}});
  const std::string written = to_json(t);
  const std::string reference = nlohmann::ordered_json::parse(written).dump(2) + "\n";
  CHECK(written == reference);
  std::string chunks;
  std::size_t calls = 0;
  write_json(t, [&](std::string_view c) { chunks += c, ++calls; });
  CHECK(chunks == written);
  CHECK(calls >= 2);
}

TEST_CASE("graph: a mention's trigger is written, read back, and checked against its span") {
  Timeline t = sample();
  auto& m = t.graph[0].mentions[0];
  m = Mention{{"doc", 10, 19, "new talks"}};
  m.trigger_start = 14;
  m.trigger_end = 19;
  canonicalize(t);
  const std::string json = to_json(t);
  CHECK(json.find(R"("trigger": {
            "start": 14,
            "end": 19,
            "text": "talks"
          })") != std::string::npos);
  const Timeline back = from_json(json, "g.json");
  CHECK(to_json(back) == json);
  // A trigger outside its mention's span is an error, at the trigger.
  std::string bad = json;
  bad.replace(bad.find("\"start\": 14"), 11, "\"start\": 4");
  CHECK_THROWS_WITH_AS(from_json(bad, "g.json"),
                       doctest::Contains("mentions.trigger: the trigger must lie inside"),
                       base::InputError);
}

TEST_CASE("graph: a link's speaker (claimed_by) is written, and read back by both readers") {
  Timeline t = sample();
  LinkEdge cause;
  cause.type = LinkType::causes;
  cause.evidence = {"doc", 0, 5, "Hello"};
  cause.rule = "causative_verb";
  cause.claimed_by = "Analyst";
  LinkSource s{cause.evidence, std::nullopt, cause.rule, 0.5, "Analyst"};
  cause.sources = {s};
  boost::add_edge(1, 0, cause, t.graph);
  canonicalize(t);
  const std::string json = to_json(t);
  CHECK(json.find("\"claimed_by\": \"Analyst\"") != std::string::npos);
  const Timeline back = from_json(json, "g.json");
  CHECK(to_json(back) == json);
  const auto fast = read_graph_fast(json);
  REQUIRE(fast);
  CHECK(to_json(*fast) == json);
  bool found = false;
  for (auto e : boost::make_iterator_range(boost::edges(fast->graph)))
    if (fast->graph[e].type == LinkType::causes)
      found = fast->graph[e].claimed_by == "Analyst" &&
              fast->graph[e].sources.at(0).claimed_by == "Analyst";
  CHECK(found);
}
