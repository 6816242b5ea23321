// The real binary: query and overrides subcommands, their exit codes and messages.
#include <doctest/doctest.h>
#include <algorithm>

#include <nlohmann/json.hpp>

#include "support.hpp"

namespace ct = chronograph::testing;

namespace {
const std::string kGraph = "--graph tests/fixtures/query/sample.json";
}

TEST_CASE("query binary: events, causes, effects, chain and explain on a graph file") {
  auto r = ct::run_binary("query events --type talks " + kGraph);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("2025-06-02    talks  talks-istanbul-2025-06-02-3fa1") != std::string::npos);
  CHECK(r.out.find("(2 events)") != std::string::npos);

  r = ct::run_binary("query events --from 2025-07 --format json " + kGraph);
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["count"] == 2);

  r = ct::run_binary("query causes 'june 2 talks' " + kGraph);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1      causes  2025-06-01    strike-russia-2025-06-01-5c3d") !=
        std::string::npos);

  r = ct::run_binary("query effects 'june 2 talks' --format json " + kGraph);
  REQUIRE(r.exit_code == 0);
  {
    const auto tree = nlohmann::json::parse(r.out)["tree"];
    CHECK(std::count_if(tree.begin(), tree.end(), [](const auto& e) { return e["depth"] == 1; }) ==
          3);
  }

  r = ct::run_binary("query chain '2025-06-01 strikes' 'EU sanctions' --max 3 --format json " +
                     kGraph);
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["paths"][0]["length"] == 2);

  r = ct::run_binary("query explain talks-istanbul-undated-1a2b " + kGraph);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("mentions (1)") != std::string::npos);
}

TEST_CASE("query binary: an ambiguous EVENT lists the candidates and is a usage error") {
  const auto r = ct::run_binary("query causes talks " + kGraph);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(
      r.err ==
      "chronograph: error: 'talks' matches 2 events; name one by its id or add words or a date\n"
      "  DATE          TYPE   ID                              LABEL\n"
      "  ..2025-05-20  talks  talks-istanbul-undated-1a2b     First round of Russia-Ukraine talks "
      "in Istanbul\n"
      "  2025-06-02    talks  talks-istanbul-2025-06-02-3fa1  Second round of Russia-Ukraine talks "
      "in Istanbul\n");
}

TEST_CASE("query binary: an unknown id gets a suggestion, a bad --format is a usage error") {
  auto r = ct::run_binary("query explain talks-istanbul-2025-06-02-3fa0 " + kGraph);
  CHECK(r.exit_code == 2);  // as render --focus: an EVENT that names nothing is a usage error
  CHECK(r.err ==
        "chronograph: error: no event matches 'talks-istanbul-2025-06-02-3fa0'; did you mean "
        "'talks-istanbul-2025-06-02-3fa1'?\n");
  r = ct::run_binary("query events --format xml " + kGraph);
  CHECK(r.exit_code == 2);
}

TEST_CASE("overrides binary: check reports errors at FILE:line:column and exits 1") {
  const auto dir = ct::scratch_dir("overrides-check");
  ct::write_text(dir / "bad.yaml", "events:\n  - id: x\n    date: 2025-02-30\n");
  auto r = ct::run_binary("overrides check '" + (dir / "bad.yaml").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == (dir / "bad.yaml").string() +
                     ":3:11: error: impossible date '2025-02-30' (2025-02 has 28 days)\n");
  ct::write_text(dir / "syntax.yaml", "events:\n  - id: a: b\n");
  r = ct::run_binary("overrides check --syntax-only '" + (dir / "syntax.yaml").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == (dir / "syntax.yaml").string() + ":2:10: error: YAML syntax: illegal map value\n");
  // Building with a bad file fails the same way, before anything is written.
  r = ct::run_binary("build -o '" + (dir / "out").string() + "' --overrides '" +
                     (dir / "bad.yaml").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(!std::filesystem::exists(dir / "out"));
}

TEST_CASE("overrides binary: the shipped file is valid") {
  const auto r = ct::run_binary("overrides check --syntax-only data/overrides.yaml");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "data/overrides.yaml: ok, 1 rule\n");
}

TEST_CASE("overrides binary: init writes a valid skeleton and never overwrites") {
  const auto dir = ct::scratch_dir("overrides-init");
  const std::string file = (dir / "ov.yaml").string();
  auto r = ct::run_binary("overrides init -o '" + file + "' " + kGraph);
  REQUIRE(r.exit_code == 0);
  const std::string text = ct::slurp(file);
  CHECK(text.find(
            "  # - id: talks-istanbul-2025-06-02-3fa1      # 2025-06-02  talks  Second round") !=
        std::string::npos);
  r = ct::run_binary("overrides check --syntax-only '" + file + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out == file + ": ok, 0 rules\n");
  ct::write_text(file, "# mine\n");
  r = ct::run_binary("overrides init -o '" + file + "' " + kGraph);
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "chronograph: error: " + file +
            " already exists; 'overrides init' never overwrites a file (choose another -o)\n");
  CHECK(ct::slurp(file) == "# mine\n");
}

TEST_CASE("query binary: the sample corpus with its overrides, every query in both formats") {
  const auto dir = ct::scratch_dir("sample-corpus");
  auto r = ct::run_binary("build --format json -o '" + dir.string() + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("warning") == std::string::npos);
  const auto j = nlohmann::json::parse(ct::slurp(dir / "timeline.json"));
  int pinned = 0;
  for (const auto& e : j["events"])
    if (e["type"] == "talks" && e["date"]["value"] == "2025-05-16") {
      ++pinned;
      CHECK(e["date"]["basis"] == "override");
      CHECK(e["date"]["earliest"] == "2025-05-16");
      REQUIRE(e.contains("overrides"));
      CHECK(e["overrides"][0].get<std::string>().rfind("data/overrides.yaml:", 0) == 0);
    }
  CHECK(pinned == 1);

  const std::string graph = " --graph '" + (dir / "timeline.json").string() + "'";
  r = ct::run_binary("query events --type talks --place istanbul --from 2025-05 --to 2025-06" +
                     graph);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("2025-05-16  talks") != std::string::npos);
  CHECK(r.out.find("2025-06-02  talks") != std::string::npos);
  r = ct::run_binary("query events --type talks --format json" + graph);
  REQUIRE(r.exit_code == 0);
  CHECK(nlohmann::json::parse(r.out)["count"] >= 2);

  for (const std::string format : {"table", "json"}) {
    CAPTURE(format);
    r = ct::run_binary("query causes 'june 2 talks' --format " + format + graph);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("talks-istanbul-5aad") != std::string::npos);
    r = ct::run_binary("query effects 'june 2 talks' --format " + format + graph);
    CHECK(r.exit_code == 0);
    r = ct::run_binary("query chain '2025-06-01 strikes' 'june 2 talks' --format " + format +
                       graph);
    CHECK(r.exit_code == 0);
    r = ct::run_binary("query explain 'may 16 talks' --format " + format + graph);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("data/overrides.yaml:") != std::string::npos);
  }
  // The airfield strikes of June 1 were meant to derail the June 2 talks, which took place
  // anyway: an intent, not a cause, so no chain leads from them to the talks (issue 12).
  r = ct::run_binary("query chain '2025-06-01 strikes' 'june 2 talks' --format json" + graph);
  REQUIRE(r.exit_code == 0);
  const auto chain = nlohmann::json::parse(r.out);
  CHECK(chain["paths"].empty());
}

TEST_CASE("overrides binary: unknown ids and merge cycles stop a build with exit 1") {
  const auto dir = ct::scratch_dir("overrides-refs");
  const std::string added =
      "new_events:\n  - {id: memo-a, type: proposal, label: Memo A}\n"
      "  - {id: memo-b, type: proposal, label: Memo B}\n";
  ct::write_text(dir / "unknown.yaml",
                 added + "links:\n  - {from: memo-a, to: memo-c, type: causes}\n");
  auto r = ct::run_binary("build -o '" + (dir / "out").string() + "' --overrides '" +
                          (dir / "unknown.yaml").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == (dir / "unknown.yaml").string() +
                     ":5:24: error: unknown event id 'memo-c'; did you mean 'memo-a'?\n");
  ct::write_text(dir / "cycle.yaml", added +
                                         "events:\n  - {id: memo-a, merge_into: memo-b}\n"
                                         "  - {id: memo-b, merge_into: memo-a}\n");
  r = ct::run_binary("query events data/corpus --overrides '" + (dir / "cycle.yaml").string() +
                     "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        (dir / "cycle.yaml").string() + ":5:30: error: merge cycle: memo-a -> memo-b -> memo-a\n");
  CHECK(!std::filesystem::exists(dir / "out"));
}

TEST_CASE("overrides binary: a rule that matches nothing is a warning naming its line") {
  const auto dir = ct::scratch_dir("overrides-warn");
  ct::write_text(dir / "ov.yaml",
                 "# a comment\nevents:\n  - match: {type: coronation}\n    date: 2025\n");
  const auto r = ct::run_binary("overrides check '" + (dir / "ov.yaml").string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err == (dir / "ov.yaml").string() +
                     ":3:5: warning: override matches no event (type coronation)\n");
  CHECK(r.out == (dir / "ov.yaml").string() + ": ok, 1 rule, 1 warning\n");
}

TEST_CASE("overrides binary: a document's published date and its exclusion reach the graph") {
  const auto dir = ct::scratch_dir("overrides-docs");
  ct::write_text(dir / "ov.yaml",
                 "documents:\n  - id: 002_df9fc6c6dcb696bb\n    published: 2025-06-05\n"
                 "  - id: 004_c721cbb01b32f9fd\n    exclude: true\n");
  const auto r = ct::run_binary("build --format json -o '" + dir.string() + "' --overrides '" +
                                (dir / "ov.yaml").string() + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto j = nlohmann::json::parse(ct::slurp(dir / "timeline.json"));
  REQUIRE(j["documents"].size() == 4);
  bool found = false;
  for (const auto& d : j["documents"]) {
    CHECK(d["id"] != "004_c721cbb01b32f9fd");
    if (d["id"] == "002_df9fc6c6dcb696bb") {
      found = true;
      CHECK(d["published"]["value"] == "2025-06-05");
      CHECK(d["published"]["basis"] == "override");
    }
  }
  CHECK(found);
}
