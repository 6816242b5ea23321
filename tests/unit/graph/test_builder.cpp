// Tests of graph building that the corpora do not pin down: freeing records while building.
#include <doctest/doctest.h>

#include <algorithm>

#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/builder.hpp"
#include "chronograph/ingest/reader.hpp"

using namespace chronograph;
using namespace chronograph::graph;

// Regression: without pins the builder frees a document's record once the events citing it
// are made, and naming the rule of a date step used to read the record of the document the
// evidence came from, which could be freed by then (a crash on newswire).
TEST_CASE("graph: a date reasoned through an earlier, freed document is still explained") {
  std::vector<ingest::Document> docs;
  docs.push_back(ingest::make_document(
      "a.txt",
      "3 June 2025\n\nTalks in Istanbul\n\nRussia and Ukraine held talks in Istanbul on June 2, "
      "2025. The delegations met for an hour.\n"));
  docs.push_back(ingest::make_document(
      "b.txt",
      "Drone attack\n\nUkraine launched a drone strike on an airfield in Russia a day after the "
      "talks in Istanbul.\n"));
  const Timeline t = build_timeline(std::move(docs), events::default_lexicon(), BuildOptions{});
  const EventNode* strike = nullptr;
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
    if (t.graph[v].type == "strike") strike = &t.graph[v];
  REQUIRE(strike);
  CHECK(strike->date.value == "2025-06-03");
  // The chain runs through the talks' date stated in a.txt, whose record was freed first.
  std::vector<std::string> rules, docs_cited;
  for (const auto& s : strike->date_steps) {
    rules.push_back(s.rule);
    if (s.evidence) docs_cited.push_back(s.evidence->doc.str());
  }
  CHECK(rules == std::vector<std::string>{"event-anchor", "explicit"});
  CHECK(docs_cited == std::vector<std::string>{"b", "a"});
  CHECK(strike->date.basis == base::Basis::inferred);
  for (const auto& s : strike->date_steps) CHECK(s.evidence->text.view() != "");
}
