// The fast graph reader gives exactly what graph::from_json gives, and defers to it otherwise.
#include <doctest/doctest.h>

#include <map>
#include <random>

#include "../query/support.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/graph/json_io.hpp"

namespace graph = chronograph::graph;
namespace ct = chronograph::testing;

namespace {

// Equal graphs in every way a query can see: the JSON (vertices, edges in edge-list order,
// documents, diagnostics) and each vertex's out- and in-edge order, which decides path order.
void check_same(const graph::Timeline& a, const graph::Timeline& b) {
  CHECK(graph::to_json(a) == graph::to_json(b));
  const auto& ga = a.graph;
  const auto& gb = b.graph;
  REQUIRE(boost::num_vertices(ga) == boost::num_vertices(gb));
  bool same = true;
  for (std::size_t v = 0; v < boost::num_vertices(ga) && same; ++v) {
    std::vector<std::pair<std::size_t, std::string>> oa, ob, ia, ib;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, ga)))
      oa.emplace_back(boost::target(e, ga), ga[e].evidence.text);
    for (auto e : boost::make_iterator_range(boost::out_edges(v, gb)))
      ob.emplace_back(boost::target(e, gb), gb[e].evidence.text);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, ga)))
      ia.emplace_back(boost::source(e, ga), ga[e].evidence.text);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, gb)))
      ib.emplace_back(boost::source(e, gb), gb[e].evidence.text);
    same = oa == ob && ia == ib;
  }
  CHECK(same);
}

// A minimal graph@1 document with one event labelled by the given JSON string literal body.
std::string with_label(const std::string& body) {
  return R"({"schema": "chronograph/graph@1", "documents": [], "events": [{"id": "e", "kind": "event", "type": "t", "label": ")" +
         body +
         R"(", "date": {"value": "XXXX-XX-XX", "earliest": null, "latest": null, "basis": "unknown"}}], "links": []})";
}

// Whether the reference reader accepts the text.
bool reference_accepts(const std::string& text) {
  try {
    graph::from_json(text, "x.json");
    return true;
  } catch (const chronograph::base::InputError&) {
    return false;
  }
}

}  // namespace

TEST_CASE("graph reader: the fast reader round-trips like the reference reader") {
  const std::string text =
      ct::slurp(std::string(CHRONOGRAPH_SOURCE_DIR) + "/tests/fixtures/query/sample.json");
  const auto fast = graph::read_graph_fast(text);
  REQUIRE(fast);
  CHECK(graph::to_json(*fast) == graph::to_json(graph::from_json(text, "sample.json")));
  CHECK(graph::to_json(*fast) == text);
}

TEST_CASE("graph reader: escapes, surrogates and unknown fields") {
  const std::string text =
      R"({"schema": "chronograph/graph@1", "extra": [1, 2.5e3, true, null, {"a": "b"}],
    "documents": [{"id": "d", "path": "d.txt", "title": "T\u00e9\"x\"", "published":
      {"value": "2025-06-03", "earliest": "2025-06-03", "latest": "2025-06-03", "basis": "header"}}],
    "events": [{"id": "e1", "kind": "event", "type": "talks", "label": "Talks \ud83d\ude00 in Istanbul\n",
      "date": {"value": "XXXX-XX-XX", "earliest": null, "latest": "2025-05-20", "basis": "inferred"},
      "actors": ["Erdoğan"], "places": [], "mentions": [{"doc": "d", "start": 0, "end": 5, "text": "Talks", "trigger": {"start": 0, "end": 5, "text": "Talks"}}]},
      {"id": "e2", "kind": "claim", "type": "statement", "label": "S", "speaker": "X",
      "date": {"value": "2025", "earliest": "2025-01-01", "latest": "2025-12-31", "basis": "relative"}}],
    "links": [{"from": "e2", "to": "e1", "type": "claim_about", "rule": "r"}]})";
  const auto fast = graph::read_graph_fast(text);
  REQUIRE(fast);
  CHECK(graph::to_json(*fast) == graph::to_json(graph::from_json(text, "x.json")));
  CHECK(fast->documents[0].title == "Té\"x\"");
  CHECK(fast->graph[0].label == "Talks \xF0\x9F\x98\x80 in Istanbul\n");
}

TEST_CASE("graph reader: anything unusual goes to the reference reader and its errors") {
  CHECK(!graph::read_graph_fast("{"));
  CHECK(!graph::read_graph_fast(
      R"({"schema": "chronograph/graph@2", "documents": [], "events": [], "links": []})"));
  CHECK(!graph::read_graph_fast(
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [{"from": "a", "to": "b", "type": "causes"}]})"));
  const auto dir = ct::scratch_dir("loader");
  ct::write_text(
      dir / "bad.json",
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [{"from": "a", "to": "b", "type": "causes"}]})");
  try {
    graph::load_graph((dir / "bad.json").string());
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

TEST_CASE("graph reader: the project's graph loads exactly as the reference reads it") {
  const std::string path = std::string(CHRONOGRAPH_SOURCE_DIR) + "/graphs/timeline.json";
  const std::string text = ct::slurp(path);
  const auto reference = graph::from_json(text, path);
  const auto fast = graph::read_graph_fast(text);
  REQUIRE(fast);
  check_same(*fast, reference);
  check_same(graph::load_graph(path), reference);
}

TEST_CASE("graph reader: a bigger random graph keeps every edge order (chunks, reservations)") {
  // More links than one chunk of pending links, with parallel edges and self-loops.
  std::mt19937 rng(7);
  graph::Timeline t;
  for (int i = 0; i < 300; ++i) {
    graph::EventNode n;
    n.id = "ev-" + std::to_string(i) + (i % 7 == 0 ? "-é" : "");
    n.type = "talks";
    n.label = "Event \"" + std::to_string(i) + "\"\n";
    n.date = ct::day("2025-06-02");
    boost::add_vertex(n, t.graph);
  }
  for (int k = 0; k < 20000; ++k) {
    graph::LinkEdge e;
    e.type = static_cast<graph::LinkType>(rng() % 3);
    e.evidence = {"d", 1, 2, "link " + std::to_string(k)};
    e.rule = k % 2 ? "after X, Y" : "";
    const auto a = rng() % 300;
    boost::add_edge(a, rng() % 300, e, t.graph);
  }
  const std::string text = graph::to_json(t);
  const auto fast = graph::read_graph_fast(text);
  REQUIRE(fast);
  check_same(*fast, graph::from_json(text, "big.json"));
}

TEST_CASE("graph reader: any key order, escaped keys and ids, odd whitespace") {
  const std::string text =
      "{\"links\"  :[],\"diagnostics\":[{\"message\":\"m\",\"severity\":\"note\"}],\r\n"
      "\t\"schema\":\"chronograph/graph@1\",\"documents\":[],\"events\":[\n"
      "{\"label\":\"L\",\"\\u0069d\":\"caf\\u00e9-1\",\"date\":{\"basis\":\"unknown\",\"latest\":"
      "null,\"earliest\":null,\"value\":\"XXXX-XX-XX\"},\"type\":\"t\",\"kind\":\"event\"},\n"
      "{\"id\":\"café-2\",\"kind\":\"claim\",\"type\":\"t\",\"label\":\"a\\/b\\\\c\\td\","
      "\"date\":{\"value\":\"2025\",\"earliest\":\"2025-01-01\",\"latest\":\"2025-12-31\","
      "\"basis\":\"relative\"}}]}";
  // links before events: the fast path declines, the reference reader does it.
  CHECK(!graph::read_graph_fast(text));
  const std::string reordered =
      "{\"schema\":\"chronograph/graph@1\",\"documents\":[],\"events\":[\n"
      "{\"label\":\"L\",\"\\u0069d\":\"caf\\u00e9-1\",\"date\":{\"basis\":\"unknown\",\"latest\":"
      "null,\"earliest\":null,\"value\":\"XXXX-XX-XX\"},\"type\":\"t\",\"kind\":\"event\"},\n"
      "{\"id\":\"café-2\",\"kind\":\"claim\",\"type\":\"t\",\"label\":\"a\\/b\\\\c\\td\","
      "\"date\":{\"value\":\"2025\",\"earliest\":\"2025-01-01\",\"latest\":\"2025-12-31\","
      "\"basis\":\"relative\"}}],\r\n\t\"links\" : [ {\"rule\":\"r\",\"type\":\"claim_about\","
      "\"to\":\"café-1\",\"from\":\"caf\\u00e9-2\",\"evidence\":{\"text\":\"x\",\"end\":1,"
      "\"start\":0,\"doc\":\"d\"}} ] ,\"diagnostics\":[{\"message\":\"m\",\"severity\":\"note\"}]}";
  const auto fast = graph::read_graph_fast(reordered);
  REQUIRE(fast);
  check_same(*fast, graph::from_json(reordered, "x.json"));
  CHECK(fast->graph[0].id == "café-1");
  CHECK(fast->graph[1].label == "a/b\\c\td");
  CHECK(boost::num_edges(fast->graph) == 1);
}

TEST_CASE("graph reader: strings agree with the reference reader byte for byte") {
  // Random labels around the 8-byte steps of the scanner: plain bytes, escapes, UTF-8 (valid
  // and not), raw control characters. The fast reader must accept exactly what the reference
  // accepts, with the same result.
  const char* pieces[] = {"a",
                          "bcdefgh",
                          "\\\"",
                          "\\\\",
                          "\\n",
                          "\\u00e9",
                          "é",
                          "\xF0\x9F\x98\x80",
                          "\\ud83d\\ude00",
                          "\x80",
                          "\xC0\x80",
                          "\xED\xA0\x80",
                          "\xF4\x90\x80\x80",
                          "\xE2\x82",
                          "\x01",
                          "\t",
                          "\\x",
                          "\\ud83d",
                          "\x7F",
                          " ",
                          "\\/"};
  std::mt19937 rng(11);
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string body;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      // Mostly harmless pieces, so that many labels are valid.
      const auto r = rng() % 100;
      body += r < 60 ? pieces[rng() % 2] : pieces[rng() % std::size(pieces)];
    }
    const std::string text = with_label(body);
    const auto fast = graph::read_graph_fast(text);
    const bool ref_ok = reference_accepts(text);
    CHECK_MESSAGE(fast.has_value() == ref_ok, body);
    if (fast && ref_ok) {
      CHECK(graph::to_json(*fast) == graph::to_json(graph::from_json(text, "x.json")));
      ++accepted;
    }
  }
  CHECK(accepted > 500);
}

TEST_CASE("graph reader: what the fast path declines, the reference reader answers") {
  // Overlong, surrogate, beyond U+10FFFF, truncated: rejected by both.
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    CHECK(!graph::read_graph_fast(with_label(bad)));
    CHECK(!reference_accepts(with_label(bad)));
  }
  // A key given twice: the reference reader decides what it means.
  const std::string twice =
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [], "links": [], "links": []})";
  CHECK(!graph::read_graph_fast(twice));
  // A valid graph the fast path does not take (links first) still loads, through the
  // reference reader, from a file.
  const std::string links_first =
      R"({"links": [], "schema": "chronograph/graph@1", "documents": [], "events": []})";
  CHECK(!graph::read_graph_fast(links_first));
  const auto dir = ct::scratch_dir("loader-fallback");
  ct::write_text(dir / "links-first.json", links_first);
  CHECK(graph::to_json(graph::load_graph((dir / "links-first.json").string())) ==
        graph::to_json(graph::from_json(links_first, "x.json")));
  // An error deep in a file: load_graph reports exactly the reference's message.
  const std::string bad_type =
      R"({"schema": "chronograph/graph@1", "documents": [], "events": [{"id": "e", "kind": "event", "type": "t", "label": "L",
  "date": {"value": "XXXX-XX-XX", "earliest": null, "latest": null, "basis": "unknown"}}],
  "links": [{"from": "e", "to": "e", "type": "causes"}, {"from": "e", "to": "e", "type": "caused"}]})";
  ct::write_text(dir / "bad-type.json", bad_type);
  std::string reference_error, loader_error;
  try {
    graph::from_json(bad_type, (dir / "bad-type.json").string());
  } catch (const chronograph::base::InputError& e) {
    reference_error = e.what();
  }
  try {
    graph::load_graph((dir / "bad-type.json").string());
  } catch (const chronograph::base::InputError& e) {
    loader_error = e.what();
  }
  CHECK(!reference_error.empty());
  CHECK(loader_error == reference_error);
  // Missing and empty files.
  CHECK_THROWS_AS(graph::load_graph((dir / "missing.json").string()),
                  chronograph::base::InputError);
  ct::write_text(dir / "empty.json", "");
  CHECK_THROWS_AS(graph::load_graph((dir / "empty.json").string()), chronograph::base::InputError);
}

TEST_CASE("graph reader: evidence shares its document ids and outlives the reader's buffers") {
  // Mentions and links quoting a few documents, in no particular order, with texts that fill
  // more than one of the readers' chunks (and one escaped text, decoded before it is kept).
  std::mt19937 rng(3);
  graph::Timeline t;
  for (int i = 0; i < 200; ++i) {
    graph::EventNode n;
    n.id = "ev-" + std::to_string(i);
    n.type = "talks";
    n.label = "Event " + std::to_string(i);
    n.date = ct::day("2025-06-02");
    n.mentions.push_back({{"doc-" + std::to_string(rng() % 5), 0, 40,
                           "mention " + std::to_string(i) + std::string(40, 'm')}});
    boost::add_vertex(n, t.graph);
  }
  for (int k = 0; k < 2000; ++k) {
    graph::LinkEdge e;
    e.type = graph::LinkType::causes;
    e.evidence = {"doc-" + std::to_string(rng() % 5), 1, 2,
                  k == 7 ? std::string("a \"quoted\"\nline") : "link " + std::to_string(k)};
    boost::add_edge(rng() % 200, rng() % 200, e, t.graph);
  }
  const std::string text = graph::to_json(t);
  const auto check_shared = [](const graph::Timeline& loaded) {
    std::map<std::string, const char*> storage;
    bool shared = true;
    const auto see = [&](const chronograph::base::Evidence& e) {
      const auto [it, fresh] = storage.emplace(e.doc.str(), e.doc.data());
      shared = shared && it->second == e.doc.data();
    };
    const auto& g = loaded.graph;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      for (const auto& m : g[v].mentions) see(m);
    for (auto e : boost::make_iterator_range(boost::edges(g))) see(g[e].evidence);
    CHECK(storage.size() == 5);
    CHECK(shared);
  };
  const auto fast = graph::read_graph_fast(text);  // the reader and its buffers are gone
  REQUIRE(fast);
  check_shared(*fast);
  const auto reference = graph::from_json(text, "shared.json");
  check_shared(reference);
  CHECK(graph::to_json(*fast) == text);
  CHECK(graph::to_json(reference) == text);
}

TEST_CASE(
    "graph reader: graphs written with less evidence (spans, none) read back in both readers") {
  const std::string text =
      ct::slurp(std::string(CHRONOGRAPH_SOURCE_DIR) + "/tests/fixtures/query/sample.json");
  graph::Timeline full = graph::from_json(text, "sample.json");
  REQUIRE(full.evidence_detail == graph::EvidenceDetail::text);
  CHECK(text.find("\"evidence\": \"text\"") == std::string::npos);  // the default is unspelled
  for (const auto detail : {graph::EvidenceDetail::spans, graph::EvidenceDetail::none}) {
    CAPTURE(graph::to_string(detail));
    full.evidence_detail = detail;
    const std::string less = graph::to_json(full);
    CHECK(less.size() < text.size());
    CHECK(less.find("\"evidence\": \"" + std::string(graph::to_string(detail)) + "\"") <
          less.find("\"documents\""));
    CHECK(less.find("\"text\":") == std::string::npos);
    CHECK((less.find("\"start\":") == std::string::npos) ==
          (detail == graph::EvidenceDetail::none));
    const auto fast = graph::read_graph_fast(less);
    REQUIRE(fast);  // not handed to the slow reader
    const graph::Timeline ref = graph::from_json(less, "less.json");
    check_same(*fast, ref);
    CHECK(graph::to_json(*fast) == less);
    CHECK(fast->evidence_detail == detail);
    // The mentions still name their documents, and spans keep their offsets.
    const auto& m = fast->graph[0].mentions.front();
    CHECK(m.text.empty());
    CHECK(!m.doc.empty());
    CHECK((m.end > m.start) == (detail == graph::EvidenceDetail::spans));
  }
  // What a graph says it keeps, it must keep; and only known words are accepted.
  full.evidence_detail = graph::EvidenceDetail::spans;
  std::string broken = graph::to_json(full);
  broken.replace(broken.find("\"start\": "), 9, "\"begin\": ");
  CHECK_THROWS_WITH_AS(graph::from_json(broken, "g.json"),
                       doctest::Contains("missing field 'start'"), chronograph::base::InputError);
  std::string unknown = graph::to_json(full);
  unknown.replace(unknown.find("\"spans\""), 7, "\"quotes\"");
  CHECK_THROWS_WITH_AS(graph::from_json(unknown, "g.json"),
                       doctest::Contains("g.json:3:15: error: $.evidence: unknown evidence detail"),
                       chronograph::base::InputError);
}
