// Acceptance of the events/graph stages on the sample corpus (issue: events, claims, links).
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "../test_support.hpp"
#include "chronograph/pipeline/build.hpp"
#include "corpora.hpp"

using namespace chronograph;
using namespace chronograph::graph;
using chronograph::testing::find_all;

namespace {

const Timeline& sample() {
  static const Timeline t = [] {
    pipeline::BuildRequest req;
    req.inputs = {(test_support::source_dir() / "data/corpus").string()};
    req.no_overrides = true;
    return pipeline::build(req);
  }();
  return t;
}

bool cites(const EventNode& n, std::string_view doc_prefix) {
  return std::any_of(n.mentions.begin(), n.mentions.end(),
                     [&](const base::Evidence& e) { return e.doc.view().starts_with(doc_prefix); });
}

bool has(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string day(const std::optional<date::sys_days>& d) {
  return d ? base::format_day(*d) : "null";
}

bool linked(const Timeline& t, Vertex from, Vertex to, LinkType type) {
  for (auto e : boost::make_iterator_range(boost::out_edges(from, t.graph)))
    if (boost::target(e, t.graph) == to && t.graph[e].type == type) return true;
  return false;
}

}  // namespace

TEST_CASE(
    "graph: sample corpus - the airfield strikes are one vertex on 2025-06-01 citing three pages") {
  const Timeline& t = sample();
  const auto strikes = find_all(t, [](const EventNode& n) {
    return n.type == "strike" && n.date.exact() && day(n.date.earliest) == "2025-06-01";
  });
  REQUIRE(strikes.size() == 1);
  const EventNode& n = t.graph[strikes[0]];
  CHECK(cites(n, "000_"));
  CHECK(cites(n, "001_"));
  CHECK(cites(n, "002_"));
  CHECK(n.date.basis == base::Basis::inferred);
  CHECK_FALSE(n.date_steps.empty());
}

TEST_CASE(
    "graph: sample corpus - the second Istanbul round is one vertex on 2025-06-02 citing every "
    "page") {
  const Timeline& t = sample();
  const auto rounds = find_all(t, [](const EventNode& n) {
    return n.type == "talks" && n.date.exact() && day(n.date.earliest) == "2025-06-02";
  });
  REQUIRE(rounds.size() == 1);
  const EventNode& n = t.graph[rounds[0]];
  for (const char* doc : {"000_", "001_", "002_", "004_"}) CHECK_MESSAGE(cites(n, doc), doc);
  CHECK(has(n.places, "Istanbul"));
}

TEST_CASE(
    "graph: sample corpus - the first round stays apart, bounded by the page dated 2025-05-20") {
  const Timeline& t = sample();
  const auto first = find_all(t, [](const EventNode& n) {
    return n.type == "talks" && cites(n, "003_") && n.label.starts_with("First");
  });
  REQUIRE(first.size() == 1);
  const EventNode& n = t.graph[first[0]];
  CHECK(day(n.date.latest) == "2025-05-20");
  CHECK_FALSE(n.date.exact());
  CHECK_FALSE(cites(n, "001_"));
}

TEST_CASE("graph: sample corpus - the sidebar sanctions are dated 2025-07-18") {
  const Timeline& t = sample();
  const auto eu = find_all(t, [](const EventNode& n) {
    return n.label.find("18th sanctions package") != std::string::npos;
  });
  REQUIRE(eu.size() == 1);
  CHECK(day(t.graph[eu[0]].date.earliest) == "2025-07-18");
  CHECK(t.graph[eu[0]].date.exact());
  const auto uk = find_all(t, [](const EventNode& n) {
    return n.label.find("sanctions on GRU units") != std::string::npos;
  });
  REQUIRE(uk.size() == 1);
  CHECK(day(t.graph[uk[0]].date.earliest) == "2025-07-18");
}

TEST_CASE("graph: sample corpus - the undated second-round page is inferred to be 2025-06-03") {
  const Timeline& t = sample();
  const auto it = std::find_if(t.documents.begin(), t.documents.end(),
                               [](const DocumentInfo& d) { return d.id.starts_with("002_"); });
  REQUIRE(it != t.documents.end());
  CHECK(it->published.value == "2025-06-03");
  CHECK(it->published.basis == base::Basis::inferred);
  for (const auto& d : t.documents)
    if (d.id.starts_with("000_") || d.id.starts_with("001_") || d.id.starts_with("003_"))
      CHECK_MESSAGE(d.published.basis == base::Basis::header, d.id);
}

TEST_CASE("graph: sample corpus - reactions and claim speakers") {
  const Timeline& t = sample();
  const auto round = find_all(t, [](const EventNode& n) {
    return n.type == "talks" && n.date.exact() && day(n.date.earliest) == "2025-06-02";
  });
  REQUIRE(round.size() == 1);
  for (const char* who : {"Recep Tayyip Erdoğan", "Donald Trump"}) {
    const auto reactions = find_all(
        t, [&](const EventNode& n) { return n.kind == EventKind::claim && n.speaker == who; });
    bool ok = false;
    for (auto v : reactions) ok = ok || linked(t, v, round[0], LinkType::reaction_to);
    CHECK_MESSAGE(ok, who);
  }
  for (const char* speaker : {"Stanislav Pritchin", "Petro Oleschuk", "Valeriy Dymov"}) {
    const auto claims = find_all(
        t, [&](const EventNode& n) { return n.kind == EventKind::claim && n.speaker == speaker; });
    CHECK_MESSAGE(!claims.empty(), speaker);
  }
  const auto pritchin =
      find_all(t, [](const EventNode& n) { return n.speaker == "Stanislav Pritchin"; });
  REQUIRE_FALSE(pritchin.empty());
  CHECK(t.graph[pritchin[0]].speaker_role.find("political analyst") != std::string::npos);
}

TEST_CASE("graph: sample corpus - page furniture yields no events") {
  const Timeline& t = sample();
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
    for (const auto& m : t.graph[v].mentions)
      for (const char* junk :
           {"Views:", "share-line", "night_theme", "Caliber.az ©", "client/title"})
        CHECK_MESSAGE(m.text.view().find(junk) == std::string::npos, m.text);
}

TEST_CASE(
    "graph: sample corpus - conflicting 'today'/'yesterday' evidence is reported, not silent") {
  const Timeline& t = sample();
  CHECK_FALSE(t.diagnostics.empty());
}
