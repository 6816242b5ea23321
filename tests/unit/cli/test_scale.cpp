// extract, merge and build --state through the real binary (issue 16).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
using test_support::write_file;

namespace fs = std::filesystem;

namespace {
const std::string& kTalks = test_support::kTalksPage;
const std::string kQuake =
    "Quake\nPublished March 2, 2024\n\nA strong earthquake struck Taiwan on 1 March 2024. "
    "Rescuers searched the rubble on Saturday.\n";

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }
}  // namespace

TEST_CASE("issue 16: extract is the same at -j1 and -j2, and extract + merge is build") {
  TempDir dir;
  const std::string corpus = "data/corpus";
  auto r = run_binary("extract " + corpus + " -q -j1 -o " + q(dir / "one.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("extract " + corpus + " -q -j2 -o " + q(dir / "two.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(slurp(dir / "one.shard") == slurp(dir / "two.shard"));

  // Two shards, a partial merge, the final merge: build's files, byte for byte.
  r = run_binary(
      "extract data/corpus/000_fcddff1057b4863f.txt data/corpus/001_042fe7f6d9811a1e.txt "
      "-q -o " +
      q(dir / "a.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary(
      "extract data/corpus/002_df9fc6c6dcb696bb.txt data/corpus/003_99214e3abbb71cf3.txt "
      "data/corpus/004_c721cbb01b32f9fd.txt -q -o " +
      q(dir / "b.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("merge --partial " + q(dir / "b.shard") + " " + q(dir / "a.shard") + " -q -o " +
                 q(dir / "ab.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(slurp(dir / "ab.shard") == slurp(dir / "one.shard"));
  r = run_binary("merge " + q(dir / "a.shard") + " " + q(dir / "b.shard") +
                 " -q --no-overrides --format json,dot -o " + q(dir / "merged"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("build data/corpus -q --no-overrides --format json,dot -o " + q(dir / "built"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(slurp(dir / "merged/timeline.json") == slurp(dir / "built/timeline.json"));
  CHECK(slurp(dir / "merged/timeline.dot") == slurp(dir / "built/timeline.dot"));
}

TEST_CASE("issue 16: a bad shard is one positioned line and exit 1, misuse exit 2") {
  TempDir dir;
  write_file(dir / "bad.shard", "chronograph-shard\n\x01");
  auto r = run_binary("merge " + q(dir / "bad.shard") + " -q -o " + q(dir / "out"));
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind((dir / "bad.shard").string() + ":1:", 0) == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  CHECK_FALSE(fs::exists(dir / "out"));
  r = run_binary("merge --partial " + q(dir / "bad.shard") + " --format json -o " +
                 q(dir / "x.shard"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format") != std::string::npos);
  // Shards of other event selections do not merge.
  write_file(dir / "talks.txt", kTalks);
  REQUIRE(
      run_binary("extract " + q(dir / "talks.txt") + " -q -o " + q(dir / "s.shard")).exit_code ==
      0);
  REQUIRE(
      run_binary("extract " + q(dir / "talks.txt") + " -q --events all -o " + q(dir / "a.shard"))
          .exit_code == 0);
  r = run_binary("merge --partial " + q(dir / "s.shard") + " " + q(dir / "a.shard") + " -o " +
                 q(dir / "x.shard"));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("events=all") != std::string::npos);
}

TEST_CASE("issue 16: build --state extracts only new or changed documents") {
  TempDir dir;
  fs::create_directories(dir / "in");
  write_file(dir / "in/talks.txt", kTalks);
  const std::string state = " --state " + q(dir / "state") + " -q --no-overrides --format json";
  auto r = run_binary("build " + q(dir / "in") + state + " -o " + q(dir / "g1"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const fs::path file = dir / "state/records.shard";
  REQUIRE(fs::exists(file));
  const auto stamp = fs::last_write_time(file);

  // The same document again: nothing extracted, the state untouched, the same graph.
  r = run_binary("build " + q(dir / "in") + state + " -o " + q(dir / "g2"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(fs::last_write_time(file) == stamp);
  CHECK(slurp(dir / "g1/timeline.json") == slurp(dir / "g2/timeline.json"));

  // A new document added; then the old one changed: replaced, not kept twice.
  write_file(dir / "quake.txt", kQuake);
  r = run_binary("build " + q(dir / "quake.txt") + state + " -o " + q(dir / "g3"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("build " + q(dir / "in") + " " + q(dir / "quake.txt") +
                 " -q --no-overrides --format json -o " + q(dir / "all"));
  CHECK(slurp(dir / "g3/timeline.json") == slurp(dir / "all/timeline.json"));
  write_file(dir / "in/talks.txt", "Talks end\n\nThe talks in Istanbul ended on 4 June 2025.\n");
  r = run_binary("build " + q(dir / "in") + state + " -o " + q(dir / "g4"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("build " + q(dir / "in") + " " + q(dir / "quake.txt") +
                 " -q --no-overrides --format json -o " + q(dir / "all2"));
  CHECK(slurp(dir / "g4/timeline.json") == slurp(dir / "all2/timeline.json"));
  CHECK(slurp(dir / "g4/timeline.json").find("ended on 4 June 2025") != std::string::npos);
  CHECK(slurp(dir / "g4/timeline.json").find("held talks") == std::string::npos);
}

TEST_CASE("issue 16: a/x.txt and b/x.txt in different shards get build's ids (x, x-2)") {
  TempDir dir;
  fs::create_directories(dir / "a");
  fs::create_directories(dir / "b");
  write_file(dir / "a/x.txt", kTalks);
  write_file(dir / "b/x.txt", kQuake);
  auto r = run_binary("extract " + q(dir / "b") + " -q -o " + q(dir / "b.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("extract " + q(dir / "a") + " -q -o " + q(dir / "a.shard"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("merge " + q(dir / "b.shard") + " " + q(dir / "a.shard") +
                 " -q --no-overrides --format json -o " + q(dir / "merged"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  r = run_binary("build " + q(dir / "a") + " " + q(dir / "b") +
                 " -q --no-overrides --format json -o " + q(dir / "built"));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const std::string merged = slurp(dir / "merged/timeline.json");
  CHECK(merged == slurp(dir / "built/timeline.json"));
  CHECK(merged.find("\"x-2\"") != std::string::npos);
}

TEST_CASE("issue 16: --evidence spans|none shrinks the graph JSON, other outputs unchanged") {
  TempDir dir;
  std::map<std::string, std::string> json;
  for (const std::string detail : {"text", "spans", "none"}) {
    const auto out = dir / detail;
    auto r = run_binary("build data/corpus -q --no-overrides --format json,dot --evidence " +
                        detail + " -o " + q(out));
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    json[detail] = slurp(out / "timeline.json");
    // The picture is made from the whole graph whatever the JSON keeps.
    CHECK(slurp(out / "timeline.dot") == slurp(dir / "text/timeline.dot"));
  }
  CHECK(json["none"].size() < json["spans"].size());
  CHECK(json["spans"].size() < json["text"].size());
  CHECK(json["spans"].find("\"evidence\": \"spans\"") != std::string::npos);

  // Queries read such a graph and say where the words are instead of quoting them.
  const std::string graph = q(dir / "spans/timeline.json");
  auto r = run_binary("query events --graph " + graph + " --type talks --format json");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto id_at = r.out.find("\"id\": \"");
  REQUIRE(id_at != std::string::npos);
  const std::string id = r.out.substr(id_at + 7, r.out.find('"', id_at + 7) - id_at - 7);
  r = run_binary("query explain " + id + " --graph " + graph);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("how the date was reached") != std::string::npos);
  CHECK(r.out.find("bytes ") != std::string::npos);
  r = run_binary("query explain " + id + " --graph " + graph + " --format json");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("\"text\":") == std::string::npos);
  r = run_binary("render --graph " + q(dir / "none/timeline.json") + " --format dot -o " +
                 q(dir / "none.dot"));
  CHECK_MESSAGE(r.exit_code == 0, r.err);

  r = run_binary("build data/corpus -q --evidence quotes -o " + q(dir / "x"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--evidence") != std::string::npos);
}

// Issue 16 "one machine, both cores": the merge runs on -j threads too (dating, vertices, ids,
// clustering of documents); whatever the count, the graph is the same, with the overrides file
// pinning dates (dates solved again) and without it, and with every detected event.
TEST_CASE("issue 16: build -j1 and -j4 write byte-identical JSON and DOT") {
  TempDir dir;
  const std::string corpus =
      "data/corpus tests/corpora/storm tests/corpora/merger tests/corpora/trade "
      "tests/corpora/quake tests/corpora/city";
  for (const std::string flags : {"", "--no-overrides --events all"}) {
    for (const char* j : {"1", "4"}) {
      const auto r = run_binary("build " + corpus + " -q --format json,dot " + flags + " -j" + j +
                                " -o " + q(dir / j));
      REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    }
    CAPTURE(flags);
    const std::string json = slurp(dir / "1" / "timeline.json");
    CHECK(json.find("\"links\"") != std::string::npos);
    CHECK(json == slurp(dir / "4" / "timeline.json"));
    CHECK(slurp(dir / "1" / "timeline.dot") == slurp(dir / "4" / "timeline.dot"));
  }
}
