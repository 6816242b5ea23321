// Applying overrides to a hand-made timeline: dates, fields, links, merges, suppression, warnings.
#include <doctest/doctest.h>

#include "../query/support.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/overrides/parse.hpp"

using chronograph::overrides::Overrides;
namespace base = chronograph::base;
namespace graph = chronograph::graph;
namespace ct = chronograph::testing;

namespace {

struct Applied {
  graph::Timeline timeline;
  std::vector<std::string> warnings;
};

Applied apply(const std::string& yaml) {
  Applied a{ct::sample_timeline(), {}};
  a.warnings = Overrides::parse(yaml, "ov.yaml").apply(a.timeline);
  return a;
}

std::string apply_error(const std::string& yaml) {
  try {
    apply(yaml);
  } catch (const base::InputError& e) {
    return e.what();
  }
  return "(no error)";
}

const graph::EventNode& node(const graph::Timeline& t, const char* id) {
  auto v = graph::find_by_id(t.graph, id);
  REQUIRE(v);
  return t.graph[*v];
}

std::size_t count_links(const graph::Timeline& t, const char* from, const char* to) {
  std::size_t n = 0;
  for (auto e : boost::make_iterator_range(boost::edges(t.graph)))
    if (t.graph[boost::source(e, t.graph)].id == from &&
        t.graph[boost::target(e, t.graph)].id == to)
      ++n;
  return n;
}

}  // namespace

TEST_CASE("overrides: a selector pins the first Istanbul round with basis override") {
  const auto a = apply(R"(events:
  - match: {type: talks, place: Istanbul, before: 2025-05-21}
    date: 2025-05-16
)");
  CHECK(a.warnings.empty());
  const auto& n = node(a.timeline, "talks-istanbul-undated-1a2b");
  CHECK(n.date.value == "2025-05-16");
  CHECK(n.date.exact());
  CHECK(n.date.basis == base::Basis::override_value);
  CHECK(n.overrides == std::vector<std::string>{"ov.yaml:2"});
  CHECK(n.date_steps.back().rule == "override");
  CHECK(n.date_steps.back().detail == "date set to 2025-05-16 by ov.yaml:2");
  // The second round is untouched.
  CHECK(node(a.timeline, "talks-istanbul-2025-06-02-3fa1").date.basis ==
        base::Basis::explicit_date);
  // And the JSON says so.
  const std::string json = graph::to_json(a.timeline);
  CHECK(json.find("\"basis\": \"override\"") != std::string::npos);
  CHECK(json.find("\"ov.yaml:2\"") != std::string::npos);
}

TEST_CASE("overrides: label and text patterns, actor, date-within selectors") {
  auto a = apply(R"(events:
  - match: {label: '^first round'}
    label: First round (Istanbul)
  - match: {text: 'drone strikes', date: 2025-06}
    actors: [Ukraine, SBU]
  - match: {actor: erdo, kind: claim}
    type: reaction
)");
  CHECK(a.warnings.empty());
  CHECK(node(a.timeline, "talks-istanbul-undated-1a2b").label == "First round (Istanbul)");
  CHECK(node(a.timeline, "strike-russia-2025-06-01-5c3d").actors ==
        std::vector<std::string>{"Ukraine", "SBU"});
  CHECK(node(a.timeline, "statement-erdogan-2025-06-03-0e1f").type == "reaction");
}

TEST_CASE("overrides: a rule that matches nothing is a warning naming its line") {
  const auto a = apply("events:\n  - match: {type: ceasefire}\n    date: 2025-05-16\n");
  CHECK(a.warnings == std::vector<std::string>{
                          "ov.yaml:2:5: warning: override matches no event (type ceasefire)"});
}

TEST_CASE("overrides: a selector that matches several events needs all: true") {
  auto a = apply("events:\n  - match: {type: talks}\n    date: 2025-05-16\n");
  CHECK(a.warnings ==
        std::vector<std::string>{
            "ov.yaml:2:5: warning: override matches 2 events (talks-istanbul-undated-1a2b, "
            "talks-istanbul-2025-06-02-3fa1); narrow the match or add 'all: true'"});
  CHECK(node(a.timeline, "talks-istanbul-2025-06-02-3fa1").date.value == "2025-06-02");
  a = apply("events:\n  - match: {type: sanctions}\n    all: true\n    places: [Brussels]\n");
  CHECK(a.warnings.empty());
  CHECK(node(a.timeline, "sanctions-uk-2025-07-18-bb02").places ==
        std::vector<std::string>{"Brussels"});
  CHECK(node(a.timeline, "sanctions-eu-2025-07-18-aa01").places ==
        std::vector<std::string>{"Brussels"});
}

TEST_CASE("overrides: unknown ids are errors with a did-you-mean") {
  CHECK(apply_error("events:\n  - id: talks-istanbul-2025-06-02-3fa2\n    suppress: true\n") ==
        "ov.yaml:2:9: error: unknown event id 'talks-istanbul-2025-06-02-3fa2'; did you mean "
        "'talks-istanbul-2025-06-02-3fa1'?");
  CHECK(
      apply_error("events:\n  - id: strike-russia-2025-06-01-5c3d\n    merge_into: talks-2025\n") ==
      "ov.yaml:3:17: error: unknown event id 'talks-2025'");
  CHECK(
      apply_error("links:\n  - from: strike-russia-2025-06-01-5c3\n    to: exchange-undated-77aa\n"
                  "    type: causes\n") ==
      "ov.yaml:2:11: error: unknown event id 'strike-russia-2025-06-01-5c3'; did you mean "
      "'strike-russia-2025-06-01-5c3d'?");
}

TEST_CASE("overrides: merge cycles are errors") {
  CHECK(apply_error(R"(events:
  - id: statement-trump-2025-06-03-9d00
    merge_into: statement-erdogan-2025-06-03-0e1f
  - id: statement-erdogan-2025-06-03-0e1f
    merge_into: statement-trump-2025-06-03-9d00
)") == "ov.yaml:3:17: error: merge cycle: statement-trump-2025-06-03-9d00 -> "
       "statement-erdogan-2025-06-03-0e1f -> statement-trump-2025-06-03-9d00");
  CHECK(apply_error("events:\n  - id: sanctions-uk-2025-07-18-bb02\n    merge_into: "
                    "sanctions-uk-2025-07-18-bb02\n") ==
        "ov.yaml:3:17: error: merge cycle: sanctions-uk-2025-07-18-bb02 -> "
        "sanctions-uk-2025-07-18-bb02");
}

TEST_CASE("overrides: merge folds mentions and links into the target") {
  const auto a = apply(R"(events:
  - id: statement-trump-2025-06-03-9d00
    merge_into: statement-erdogan-2025-06-03-0e1f
)");
  CHECK(a.warnings.empty());
  CHECK(!graph::find_by_id(a.timeline.graph, "statement-trump-2025-06-03-9d00"));
  const auto& e = node(a.timeline, "statement-erdogan-2025-06-03-0e1f");
  CHECK(e.overrides == std::vector<std::string>{"ov.yaml:2"});
  CHECK(e.date_steps.back().detail ==
        "merged 'statement-trump-2025-06-03-9d00' into this event by ov.yaml:2");
  // Both reaction_to links now come from the target; they differ in evidence so both stay.
  CHECK(count_links(a.timeline, "statement-erdogan-2025-06-03-0e1f",
                    "talks-istanbul-2025-06-02-3fa1") == 2);
  CHECK(boost::num_vertices(a.timeline.graph) == 8);
}

TEST_CASE("overrides: merge chains resolve to the last target") {
  const auto a = apply(R"(events:
  - id: sanctions-uk-2025-07-18-bb02
    merge_into: sanctions-eu-2025-07-18-aa01
  - id: statement-trump-2025-06-03-9d00
    merge_into: sanctions-uk-2025-07-18-bb02
)");
  CHECK(boost::num_vertices(a.timeline.graph) == 7);
  CHECK(count_links(a.timeline, "sanctions-eu-2025-07-18-aa01", "talks-istanbul-2025-06-02-3fa1") ==
        1);
}

TEST_CASE("overrides: suppress removes the event and its links") {
  const auto a = apply("events:\n  - id: strike-russia-2025-06-01-5c3d\n    suppress: true\n");
  CHECK(!graph::find_by_id(a.timeline.graph, "strike-russia-2025-06-01-5c3d"));
  CHECK(boost::num_vertices(a.timeline.graph) == 8);
  CHECK(boost::num_edges(a.timeline.graph) == 6);
}

TEST_CASE("overrides: new events and links") {
  const auto a = apply(R"(new_events:
  - id: memo-2025-06-02
    type: proposal
    label: Exchange of peace memoranda
    date: 2025-06-02
    actors: [Russia, Ukraine]
  - type: ceasefire
    label: Energy ceasefire
    date: 2025-03
links:
  - from: memo-2025-06-02
    to: {type: talks, date: 2025-06-02}
    type: claim_about
  - from: talks-istanbul-2025-06-02-3fa1
    to: sanctions-eu-2025-07-18-aa01
    type: causes
    remove: true
  - from: strike-russia-2025-06-01-5c3d
    to: sanctions-uk-2025-07-18-bb02
    type: causes
)");
  CHECK(a.warnings.empty());
  const auto& memo = node(a.timeline, "memo-2025-06-02");
  CHECK(memo.date.basis == base::Basis::override_value);
  CHECK(memo.overrides == std::vector<std::string>{"ov.yaml:2", "ov.yaml:11"});
  CHECK(count_links(a.timeline, "memo-2025-06-02", "talks-istanbul-2025-06-02-3fa1") == 1);
  CHECK(count_links(a.timeline, "talks-istanbul-2025-06-02-3fa1", "sanctions-eu-2025-07-18-aa01") ==
        0);
  CHECK(count_links(a.timeline, "strike-russia-2025-06-01-5c3d", "sanctions-uk-2025-07-18-bb02") ==
        1);
  // The id-less new event got a content-derived id.
  // The id-less new event got a content-derived id, without a date, and a former id with it.
  bool found = false;
  for (auto v : boost::make_iterator_range(boost::vertices(a.timeline.graph))) {
    const auto& n = a.timeline.graph[v];
    if (n.type != "ceasefire") continue;
    found = true;
    CHECK(n.id.size() == std::string("ceasefire-").size() + 4);
    REQUIRE(n.former_ids.size() == 1);
    CHECK(n.former_ids[0] == "ceasefire-2025-03-" + n.id.substr(10));
  }
  CHECK(found);
}

TEST_CASE("overrides: link rules that cannot be honoured") {
  auto a = apply(
      "links:\n  - from: strike-russia-2025-06-01-5c3d\n    to: exchange-undated-77aa\n"
      "    type: causes\n    remove: true\n");
  CHECK(a.warnings ==
        std::vector<std::string>{
            "ov.yaml:2:5: warning: no causes link from 'strike-russia-2025-06-01-5c3d' to "
            "'exchange-undated-77aa' to remove"});
  a = apply(
      "links:\n  - from: {type: election}\n    to: exchange-undated-77aa\n    type: causes\n");
  CHECK(a.warnings ==
        std::vector<std::string>{
            "ov.yaml:2:11: warning: link end 'from' matches no event (type election)"});
  CHECK(apply_error("new_events:\n  - id: exchange-undated-77aa\n    type: x\n    label: y\n") ==
        "ov.yaml:2:9: error: event id 'exchange-undated-77aa' already exists");
}

TEST_CASE("overrides: per-document published dates and exclusions") {
  const auto ov = Overrides::parse(
      "documents:\n  - id: 002_df9fc6c6dcb696bb\n    published: 2025-06-03\n  - id: "
      "004_c721cbb01b32f9fx\n"
      "    exclude: true\n",
      "ov.yaml");
  CHECK(ov.check_documents({"002_df9fc6c6dcb696bb", "004_c721cbb01b32f9fd"}) ==
        std::vector<std::string>{
            "ov.yaml:4:5: warning: document '004_c721cbb01b32f9fx' is not among the "
            "inputs; did you mean '004_c721cbb01b32f9fd'?"});
}
