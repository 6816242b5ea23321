// The real binary as a new user meets it (issue 14): defaults that do not depend on the folder
// by surprise, pipes, every usage error exit 2 with the flag named, all errors of a file at once.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::run_binary_in;
using test_support::slurp;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace fs = std::filesystem;

namespace {
const std::string& kSentence = test_support::kTalksPage;

std::string sample_graph() { return (source_dir() / "tests/fixtures/query/sample.json").string(); }

std::size_t lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }
}  // namespace

TEST_CASE("issue 14.1: scripts/run.sh builds only the chronograph target") {
  const std::string script = slurp(source_dir() / "scripts/run.sh");
  std::size_t builds = 0;
  for (std::size_t at = script.find("cmake --build"); at != std::string::npos;
       at = script.find("cmake --build", at + 1)) {
    ++builds;
    const std::string line = script.substr(at, script.find('\n', at) - at);
    CHECK_MESSAGE(line.find("--target chronograph") != std::string::npos, line);
  }
  CHECK(builds == 1);
}

TEST_CASE("issue 14.4: build without PATH explains the layout, or uses it") {
  TempDir dir;
  auto r = run_binary_in(dir.path(), "build");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no PATH given") != std::string::npos);
  CHECK(r.err.find("data/corpus") != std::string::npos);
  CHECK(r.err.find("data/corpus:1:1") == std::string::npos);
  CHECK(lines(r.err) == 1);
  CHECK_FALSE(fs::exists(dir / "graphs"));

  fs::create_directories(dir / "data/corpus");
  write_file(dir / "data/corpus/talks.txt", kSentence);
  r = run_binary_in(dir.path(), "build --format json");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(fs::exists(dir / "graphs/timeline.json"));
}

TEST_CASE("issue 14.5: query and render read the last build's graph, and say so") {
  TempDir dir;
  auto r = run_binary_in(dir.path(), "query events");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("graphs/timeline.json") != std::string::npos);
  CHECK(r.err.find("chronograph build") != std::string::npos);
  CHECK(r.out.empty());
  r = run_binary_in(dir.path(), "render -o x.svg");
  CHECK(r.exit_code == 2);
  CHECK_FALSE(fs::exists(dir / "x.svg"));
  CHECK_FALSE(fs::exists(dir / "graphs"));  // never a silent rebuild

  fs::create_directories(dir / "graphs");
  fs::copy_file(sample_graph(), dir / "graphs/timeline.json");
  r = run_binary_in(dir.path(), "query events --type talks");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err == "chronograph: reading graphs/timeline.json\n");
  CHECK(r.out.find("talks") != std::string::npos);
  r = run_binary_in(dir.path(), "query events --quiet");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  r = run_binary_in(dir.path(), "render -o x.dot");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(slurp(dir / "x.dot").find("digraph timeline {") != std::string::npos);
  // Build options only make sense when building.
  r = run_binary_in(dir.path(), "query events --overrides x.yaml");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--overrides") != std::string::npos);
}

TEST_CASE("issue 14.5: a build with -o elsewhere is the graph query and render read next") {
  TempDir dir, state;
  const std::string env = "XDG_STATE_HOME='" + state.path().string() + "' ";
  fs::create_directories(dir / "graphs");
  fs::copy_file(sample_graph(), dir / "graphs/timeline.json");  // an older default build
  write_file(dir / "doc.txt", std::string(kSentence));
  const auto sh = [&](const std::string& args) {
    return test_support::run_shell_in(dir.path(),
                                      env + "'" + std::string(CHRONOGRAPH_BINARY) + "' " + args);
  };
  auto r = sh("build doc.txt --no-overrides --format json -o out/run1");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = sh("query events");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err == "chronograph: reading out/run1/timeline.json\n");
  // A build that writes no JSON leaves the memo as it was; a later JSON build replaces it.
  r = sh("build doc.txt --no-overrides --format dot -o out/run2");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(sh("render -o x.dot").err == "chronograph: reading out/run1/timeline.json\n");
  r = sh("build doc.txt --no-overrides --format json");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(sh("query events").err == "chronograph: reading graphs/timeline.json\n");
  // A remembered graph that was deleted falls back to the default folder's.
  fs::remove_all(dir / "graphs");
  r = sh("query events");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no --graph given") != std::string::npos);
  // Another folder has its own memo: nothing read from here.
  TempDir other;
  r = test_support::run_shell_in(other.path(),
                                 env + "'" + std::string(CHRONOGRAPH_BINARY) + "' query events");
  CHECK(r.exit_code == 2);
}

TEST_CASE("issue 14.6: '-' reads standard input, '-o -' writes standard output") {
  auto r = run_binary_in(source_dir(), "tag -", kSentence);
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("2025-06-02") != std::string::npos);
  CHECK(r.err.empty());

  r = run_binary_in(source_dir(), "build - --no-overrides --format json -o -", kSentence);
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  const auto graph = nlohmann::json::parse(r.out);
  CHECK(graph["documents"].size() == 1);
  CHECK(graph["documents"][0]["id"] == "stdin");
  CHECK(r.err.find("standard output") != std::string::npos);  // the summary stays on stderr

  r = run_binary_in(source_dir(), "build - --format json,dot -o -", kSentence);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("-o") != std::string::npos);

  r = run_binary_in(source_dir(), "query events --format json --graph -", slurp(sample_graph()));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(nlohmann::json::parse(r.out)["count"] == 9);
  r = run_binary_in(source_dir(), "render --graph - --format dot -o -", slurp(sample_graph()));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("digraph timeline {") != std::string::npos);
  r = run_binary_in(source_dir(), "query events --graph -", "{\"schema\": 3");
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind("<stdin>:1:", 0) == 0);
  r = run_binary_in(source_dir(), "tag -", "broken \xc3\x28\n");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "<stdin>:1:8: error: invalid UTF-8 at byte offset 7\n");
}

TEST_CASE("issue 14.7: overrides check reports every error at once") {
  TempDir dir;
  write_file(dir / "ov.yaml",
             "events:\n"
             "  - id: a\n    dte: 2025-05-16\n"              // 3: misspelt key
             "  - id: b\n    date: 2025-13-40\n"             // 5: impossible date
             "  - match: {type: talks}\n    label: x\n"      // fine
             "  - id: c\n    suppress: maybe\n"              // 9: not a boolean
             "links:\n  - {from: a, to: b, type: kiss}\n");  // 11: unknown link type
  const auto r = run_binary("overrides check --syntax-only '" + (dir / "ov.yaml").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(lines(r.err) == 4);
  const std::string file = (dir / "ov.yaml").string();
  CHECK(r.err.find(file + ":3:5: error: unknown key 'dte'") != std::string::npos);
  CHECK(r.err.find(file + ":5:") != std::string::npos);
  CHECK(r.err.find(file + ":9:") != std::string::npos);
  CHECK(r.err.find(file + ":11:") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("issue 14.8: filter values are checked and comma lists work") {
  const std::string graph = " --graph '" + sample_graph() + "'";
  auto r = run_binary("query events --format json --type talks,strike" + graph);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto both = nlohmann::json::parse(r.out)["count"].get<int>();
  r = run_binary("query events --format json --type talks" + graph);
  const auto talks = nlohmann::json::parse(r.out)["count"].get<int>();
  r = run_binary("query events --format json --type strike" + graph);
  const auto strikes = nlohmann::json::parse(r.out)["count"].get<int>();
  CHECK(talks > 0);
  CHECK(strikes > 0);
  CHECK(both == talks + strikes);

  r = run_binary("query events --type tlaks" + graph);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--type") != std::string::npos);
  CHECK(r.err.find("did you mean 'talks'?") != std::string::npos);
  r = run_binary("query events --actor Rusia,EU" + graph);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("did you mean 'russia'?") != std::string::npos);
  TempDir dir;
  r = run_binary("render --type foo -o '" + (dir / "x.svg").string() + "'" + graph);
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--type") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "x.svg"));
}

TEST_CASE("issue 14.9: usage errors exit 2, an input with no documents exits 1") {
  TempDir dir;
  auto r = run_binary("build data/corpus --format html -o '" + (dir / "out").string() + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format") != std::string::npos);
  r = run_binary("build --formt json");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("did you mean '--format'?") != std::string::npos);
  r = run_binary("qeury events");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("did you mean 'query'?") != std::string::npos);
  r = run_binary("build data/corpus --dct 2025-13-01 -o '" + (dir / "out").string() + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--dct") != std::string::npos);

  fs::create_directories(dir / "empty");
  fs::create_directories(dir / "out");
  write_file(dir / "out/timeline.json", "old");
  r = run_binary("build '" + (dir / "empty").string() + "' --format json -o '" +
                 (dir / "out").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("error: no documents found") != std::string::npos);
  CHECK(slurp(dir / "out/timeline.json") == "old");
}

TEST_CASE("progress: one line on stderr when asked, nothing with --quiet") {
  TempDir dir;
  auto r = run_binary("build data/corpus --no-overrides --format json --progress=always -o '" +
                      (dir / "a").string() + "'");
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("documents, ") != std::string::npos);
  CHECK(r.err.find("MB/s") != std::string::npos);
  CHECK(r.out.empty());
  r = run_binary("build data/corpus --no-overrides --format json --quiet -o '" +
                 (dir / "b").string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  // Not a terminal: auto stays quiet but for the summary.
  r = run_binary("build data/corpus --no-overrides --format json -o '" + (dir / "c").string() +
                 "'");
  CHECK(r.err.find("MB/s") == std::string::npos);
  CHECK(slurp(dir / "a/timeline.json") == slurp(dir / "b/timeline.json"));
}

// Regression: with --dct, "raised its main rate on Thursday" counted from the user's
// publication day was "inferred", not "relative", and the default (salient) build left it out;
// the same text with the date in its header kept it.
TEST_CASE("build --dct: a date counted from the given publication day is stated, and kept") {
  TempDir dir;
  fs::create_directories(dir / "in");
  write_file(dir / "in/a.txt",
             "Bank raises rates\n\nThe central bank raised its main rate on Thursday, citing "
             "inflation.\n");
  const auto r = run_binary("build '" + (dir / "in").string() +
                            "' --dct 2025-09-18 --no-overrides --format json -o '" +
                            (dir / "out").string() + "'");
  REQUIRE(r.exit_code == 0);
  const auto g = nlohmann::json::parse(slurp(dir / "out/timeline.json"));
  bool raised = false;
  for (const auto& v : g.at("events"))
    if (v.at("type") == "raise") {
      raised = true;
      CHECK(v.at("date").at("value") == "2025-09-18");
      CHECK(v.at("date").at("basis") == "relative");
    }
  CHECK(raised);
}
