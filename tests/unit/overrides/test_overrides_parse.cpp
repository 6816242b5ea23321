// Overrides file validation: every error case with its exact positioned message.
#include <doctest/doctest.h>

#include "chronograph/base/source_error.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/date_spec.hpp"
#include "chronograph/overrides/overrides.hpp"

using chronograph::overrides::Overrides;
namespace base = chronograph::base;

namespace {
std::string error_of(const std::string& yaml) {
  try {
    Overrides::parse(yaml, "ov.yaml");
  } catch (const base::InputError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("overrides: a full file parses into rules with their lines") {
  const auto ov = Overrides::parse(R"(# comment
documents:
  - id: 002_df9fc6c6dcb696bb
    published: 2025-06-03
  - id: 004_c721cbb01b32f9fd
    exclude: true
events:
  - match: {type: talks, place: Istanbul, before: 2025-05-20}
    date: 2025-05-16
  - id: strike-russia-2025-06-01-5c3d
    label: Operation Spiderweb
    actors: [Ukraine, SBU]
  - id: statement-trump-2025-06-03-9d00
    suppress: true
new_events:
  - id: memo-2025-06-02
    type: proposal
    label: Exchange of memoranda
    date: 2025-06-02
links:
  - from: memo-2025-06-02
    to: {type: talks, date: 2025-06-02}
    type: claim_about
)",
                                   "ov.yaml");
  const auto& s = ov.spec();
  REQUIRE(s.documents.size() == 2);
  CHECK(ov.published_dates().at("002_df9fc6c6dcb696bb").value == "2025-06-03");
  CHECK(ov.published_dates().at("002_df9fc6c6dcb696bb").basis == base::Basis::override_value);
  CHECK(ov.excluded_documents() == std::set<std::string>{"004_c721cbb01b32f9fd"});
  REQUIRE(s.events.size() == 3);
  CHECK(s.events[0].pos.line == 8);
  CHECK(s.events[0].selector.describe() == "type talks, place Istanbul, before 2025-05-20");
  CHECK(s.events[1].actors->size() == 2);
  CHECK(s.events[2].suppress);
  REQUIRE(s.added.size() == 1);
  CHECK(s.added[0].date.value == "2025-06-02");
  REQUIRE(s.links.size() == 1);
  CHECK(s.links[0].to.describe() == "type talks, date 2025-06-02");
}

TEST_CASE("overrides: an empty or all-commented file is valid and changes nothing") {
  CHECK(Overrides::parse("", "ov.yaml").spec().size() == 0);
  CHECK(Overrides::parse("# nothing\nevents:\n  # - id: x\n", "ov.yaml").spec().size() == 0);
}

TEST_CASE("overrides: unknown keys are errors with a suggestion") {
  CHECK(error_of("events:\n  - id: a\n    dat: 2025-05-16\n") ==
        "ov.yaml:3:5: error: unknown key 'dat' in events entry; did you mean 'date'?");
  CHECK(error_of("event:\n  - id: a\n") ==
        "ov.yaml:1:1: error: unknown key 'event' in the overrides file; did you mean 'events'?");
  CHECK(error_of("events:\n  - match: {tpye: talks}\n    suppress: true\n") ==
        "ov.yaml:2:13: error: unknown key 'tpye' in match; did you mean 'type'?");
  CHECK(
      error_of("events:\n  - id: a\n    colour: red\n") ==
      "ov.yaml:3:5: error: unknown key 'colour' in events entry (expected one of: id, match, all, "
      "date, label, type, actors, places, suppress, merge_into, note)");
  CHECK(error_of("events:\n  - id: a\n    label: x\n    label: y\n") ==
        "ov.yaml:4:5: error: duplicate key 'label' in events entry");
}

TEST_CASE("overrides: impossible and malformed dates") {
  CHECK(error_of("events:\n  - id: a\n    date: 2025-02-30\n") ==
        "ov.yaml:3:11: error: impossible date '2025-02-30' (2025-02 has 28 days)");
  CHECK(error_of("events:\n  - id: a\n    date: 2024-13-01\n") ==
        "ov.yaml:3:11: error: impossible date '2024-13-01' (there is no month 13)");
  CHECK(error_of("events:\n  - id: a\n    date: soon\n") ==
        "ov.yaml:3:11: error: invalid date 'soon' (expected YYYY-MM-DD, YYYY-MM, YYYY or FROM/TO)");
  CHECK(error_of("documents:\n  - id: d\n    published: 2025-06-31\n") ==
        "ov.yaml:3:16: error: impossible date '2025-06-31' (2025-06 has 30 days)");
  CHECK(error_of("events:\n  - match: {before: 2025-05}\n    suppress: true\n") ==
        "ov.yaml:2:21: error: invalid day '2025-05' (expected YYYY-MM-DD)");
  CHECK(error_of("events:\n  - id: a\n    date: 2025-06-02/2025-06-01\n") ==
        "ov.yaml:3:11: error: invalid date '2025-06-02/2025-06-01' (the interval ends before it "
        "starts)");
}

TEST_CASE("overrides: date forms") {
  using chronograph::base::parse_date_spec;
  auto d = [](const char* s) { return std::get<base::DateValue>(parse_date_spec(s)); };
  CHECK(d("2025").value == "2025");
  CHECK(base::format_day(*d("2025-05").latest) == "2025-05-31");
  CHECK(d("2025-05-10/2025-05-16").value == "2025-05");
  CHECK(d("2025-05-10/2025-06-16").value == "2025");
  CHECK(d("../2025-05-20").value == "XXXX-XX-XX");
  CHECK(!d("../2025-05-20").earliest);
  CHECK(base::format_day(*d("2025-05/..").earliest) == "2025-05-01");
  CHECK(d("2024-02-29").exact());
}

TEST_CASE("overrides: YAML syntax errors carry the parser's position") {
  CHECK(error_of("events:\n  - id: a\n    date: [2025\n") ==
        "ov.yaml:4:1: error: YAML syntax: end of sequence flow not found");
  CHECK(error_of("events:\n  - id: a\n   date: x\n") ==
        "ov.yaml:3:4: error: YAML syntax: end of sequence not found");
  CHECK(error_of("events:\n  - id: a: b\n") ==
        "ov.yaml:2:10: error: YAML syntax: illegal map value");
}

TEST_CASE("overrides: structural mistakes") {
  CHECK(error_of("events:\n  - date: 2025-05-16\n") ==
        "ov.yaml:2:5: error: an events entry needs 'id' or 'match' to say which event it corrects");
  CHECK(error_of("events:\n  - id: a\n") ==
        "ov.yaml:2:5: error: an events entry changes nothing (date, label, type, actors, places, "
        "suppress or merge_into)");
  CHECK(error_of("events:\n  - id: a\n    suppress: maybe\n") ==
        "ov.yaml:3:15: error: 'suppress' expects true or false");
  CHECK(error_of("events: {id: a}\n") ==
        "ov.yaml:1:9: error: 'events' expects a list of entries ('- ...')");
  CHECK(error_of("links:\n  - {from: a, to: b, type: caused}\n") ==
        "ov.yaml:2:28: error: unknown link type 'caused' (expected causes, reaction_to or "
        "claim_about)");
  CHECK(error_of("events:\n  - match: {label: 'talks('}\n    suppress: true\n") ==
        "ov.yaml:2:20: error: invalid pattern 'talks(' in 'label': missing ): talks(");
  CHECK(error_of("- a\n- b\n") ==
        "ov.yaml:1:1: error: the overrides file must be a mapping (key: value lines)");
}

TEST_CASE("overrides: suggestions by edit distance") {
  using chronograph::base::closest;
  using chronograph::base::edit_distance;
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(closest("talks-istanbul-2025-06-02-3fa2",
                {"strike-russia-2025-06-01-5c3d", "talks-istanbul-2025-06-02-3fa1"}) ==
        "talks-istanbul-2025-06-02-3fa1");
  CHECK(!closest("zzz", {"date", "label"}));
}
