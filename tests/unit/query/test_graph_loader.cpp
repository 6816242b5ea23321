// The fast graph reader gives exactly what graph::from_json gives, and defers to it otherwise.
#include <doctest/doctest.h>

#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/query/graph_loader.hpp"
#include "support.hpp"

namespace graph = chronograph::graph;
namespace query = chronograph::query;
namespace ct = chronograph::testing;

TEST_CASE("query loader: the fast reader round-trips like the reference reader") {
  const std::string text =
      ct::slurp(std::string(CHRONOGRAPH_SOURCE_DIR) + "/tests/fixtures/query/sample.json");
  const auto fast = query::read_graph_fast(text);
  REQUIRE(fast);
  CHECK(graph::to_json(*fast) == graph::to_json(graph::from_json(text, "sample.json")));
  CHECK(graph::to_json(*fast) == text);
}

TEST_CASE("query loader: escapes, surrogates and unknown fields") {
  const std::string text =
      R"({"schema": "chronograph/graph@1", "extra": [1, 2.5e3, true, null, {"a": "b"}],
    "documents": [{"id": "d", "path": "d.txt", "title": "T\u00e9\"x\"", "published":
      {"value": "2025-06-03", "earliest": "2025-06-03", "latest": "2025-06-03", "basis": "header"}}],
    "events": [{"id": "e1", "kind": "event", "type": "talks", "label": "Talks \ud83d\ude00 in Istanbul\n",
      "date": {"value": "XXXX-XX-XX", "earliest": null, "latest": "2025-05-20", "basis": "inferred"},
      "actors": ["Erdoğan"], "places": [], "mentions": [{"doc": "d", "start": 0, "end": 5, "text": "Talks"}]},
      {"id": "e2", "kind": "claim", "type": "statement", "label": "S", "speaker": "X",
      "date": {"value": "2025", "earliest": "2025-01-01", "latest": "2025-12-31", "basis": "relative"}}],
    "links": [{"from": "e2", "to": "e1", "type": "claim_about", "rule": "r"}]})";
  const auto fast = query::read_graph_fast(text);
  REQUIRE(fast);
  CHECK(graph::to_json(*fast) == graph::to_json(graph::from_json(text, "x.json")));
  CHECK(fast->documents[0].title == "Té\"x\"");
  CHECK(fast->graph[0].label == "Talks \xF0\x9F\x98\x80 in Istanbul\n");
}

TEST_CASE("query loader: anything unusual goes to the reference reader and its errors") {
  CHECK(!query::read_graph_fast("{"));
  CHECK(!query::read_graph_fast(
      R"({"schema": "chronograph/graph@2", "documents": [], "events": [], "links": []})"));
  CHECK(!query::read_graph_fast(
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [{"from": "a", "to": "b", "type": "causes"}]})"));
  const auto dir = ct::scratch_dir("loader");
  ct::write_text(
      dir / "bad.json",
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [{"from": "a", "to": "b", "type": "causes"}]})");
  try {
    query::load_graph((dir / "bad.json").string());
    FAIL("expected an error");
  } catch (const chronograph::base::InputError& e) {
    CHECK(std::string(e.what()) ==
          (dir / "bad.json").string() + ":1:85: error: $.links[0].from: unknown event id 'a'");
  }
  const auto r = ct::run_binary("query events --graph '" + (dir / "bad.json").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        (dir / "bad.json").string() + ":1:85: error: $.links[0].from: unknown event id 'a'\n");
}
