// Tests that run the real chronograph binary: help, exit codes, errors, outputs, determinism.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
using test_support::write_file;

TEST_CASE("cli: --help, COMMAND --help and --version exit 0") {
  const auto help = run_binary("--help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("build") != std::string::npos);
  CHECK(help.out.find("tag") != std::string::npos);
  const auto build_help = run_binary("build --help");
  CHECK(build_help.exit_code == 0);
  CHECK(build_help.out.find("--format") != std::string::npos);
  const auto version = run_binary("--version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("chronograph ") == 0);
}

TEST_CASE("cli: usage errors exit 2 with one line") {
  const auto none = run_binary("");
  CHECK(none.exit_code == 2);
  const auto bad = run_binary("frobnicate");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("error:") != std::string::npos);
  const auto opt = run_binary("build --no-such-option");
  CHECK(opt.exit_code == 2);
}

TEST_CASE("cli: input errors exit 1 in compiler format and write nothing") {
  TempDir dir;
  write_file(dir / "bad.txt", "fine line\nbroken \xc3\x28 here\n");
  const auto out = dir / "out";
  const auto r = run_binary("build '" + (dir / "bad.txt").string() + "' -o '" + out.string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == (dir / "bad.txt").string() + ":2:8: error: invalid UTF-8 at byte offset 17\n");
  CHECK_FALSE(std::filesystem::exists(out / "timeline.json"));
  const auto missing = run_binary("build /no/such/file.txt -o '" + out.string() + "'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "/no/such/file.txt:1:1: error: no such file or directory\n");
  const auto fmt = run_binary("build data/corpus --format json,gif -o '" + out.string() + "'");
  CHECK(fmt.exit_code == 2);  // a usage error (issue 14)
  CHECK(fmt.err.find("--format") != std::string::npos);
}

TEST_CASE("cli: build writes the requested outputs, byte-identical across runs and thread counts") {
  TempDir dir;
  const auto a = dir / "a", b = dir / "b";
  const auto r1 =
      run_binary("build data/corpus --no-overrides --format json,dot -o '" + a.string() + "'");
  REQUIRE_MESSAGE(r1.exit_code == 0, r1.err);
  const auto r2 =
      run_binary("build data/corpus --no-overrides --format json,dot -j 2 -o '" + b.string() + "'");
  REQUIRE_MESSAGE(r2.exit_code == 0, r2.err);
  CHECK(slurp(a / "timeline.json") == slurp(b / "timeline.json"));
  CHECK(slurp(a / "timeline.dot") == slurp(b / "timeline.dot"));
  CHECK_FALSE(std::filesystem::exists(a / "timeline.svg"));
}

TEST_CASE("cli: empty and CRLF documents build") {
  TempDir dir;
  write_file(dir / "empty.txt", "");
  write_file(dir / "crlf.txt",
             "Talks resume in Geneva\r\nPublished March 22, 2013\r\n\r\nDiplomats met in Geneva on "
             "Monday for talks on the ceasefire.\r\n");
  const auto r = run_binary("build '" + dir.path().string() +
                            "' --no-overrides --format json -o '" + (dir / "out").string() + "'");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto j = nlohmann::json::parse(slurp(dir / "out/timeline.json"));
  CHECK(j["documents"].size() == 2);
}

// Regression: a bad date given as --since was reported as "--from", a flag the user never typed.
TEST_CASE("cli: a bad render date names both spellings of its flag") {
  const auto r = run_binary("render --graph " + std::string(CHRONOGRAPH_SOURCE_DIR) +
                            "/graphs/timeline.json --since 2025-13-01 -o -");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--from/--since") != std::string::npos);
}
