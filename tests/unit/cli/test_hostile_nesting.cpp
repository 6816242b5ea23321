// The real binary on input nested far deeper than any real file: a positioned error or a
// skip, never a stack overflow (issue 15, item 1).
#include <doctest/doctest.h>

#include <string>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
using test_support::write_file;

namespace {

// The query fixture with an unknown field holding `depth` nested arrays, closed or not.
std::string graph_with_deep_field(std::size_t depth, bool closed) {
  std::string g = slurp(test_support::source_dir() / "tests/fixtures/query/sample.json");
  const std::string field =
      "\"x\": " + std::string(depth, '[') + (closed ? std::string(depth, ']') : "") + ",";
  return g.insert(g.find('{') + 1, field);
}

}  // namespace

TEST_CASE("hostile nesting: 300k opening brackets in an unknown graph field are skipped") {
  TempDir tmp;
  write_file(tmp / "deep.json", graph_with_deep_field(300000, true));
  auto r = run_binary("query events --type talks --graph '" + (tmp / "deep.json").string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("(2 events)") != std::string::npos);
  r = run_binary("render --format dot -o '" + (tmp / "out.dot").string() + "' --graph '" +
                 (tmp / "deep.json").string() + "'");
  CHECK(r.exit_code == 0);
  CHECK(slurp(tmp / "out.dot").find("digraph") != std::string::npos);
}

TEST_CASE("hostile nesting: 300k unclosed brackets in a graph give a positioned error") {
  TempDir tmp;
  const auto path = (tmp / "deep.json").string();
  write_file(path, graph_with_deep_field(300000, false));
  const auto r = run_binary("query events --graph '" + path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind(path + ":", 0) == 0);
  CHECK(r.err.find(": error: invalid JSON") != std::string::npos);
}

TEST_CASE("hostile nesting: 100k brackets in an overrides file stop at the 201st, positioned") {
  TempDir tmp;
  const auto path = (tmp / "deep.yaml").string();
  write_file(path, "events:\n  - " + std::string(100000, '['));
  const auto r = run_binary("overrides check --syntax-only '" + path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        path + ":2:205: error: YAML nested too deeply (more than 200 levels of brackets)\n");
}

TEST_CASE("hostile nesting: 3000 levels of indentation name yaml-cpp's limit, not 'bad file'") {
  TempDir tmp;
  const auto path = (tmp / "deep.yaml").string();
  std::string yaml = "events:\n";
  for (std::size_t i = 0; i < 3000; ++i) yaml += std::string(i, ' ') + "-\n";
  write_file(path, yaml);
  const auto r = run_binary("overrides check --syntax-only '" + path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind(path + ":", 0) == 0);
  CHECK(r.err.find("error: YAML nested too deeply (more than 500 levels") != std::string::npos);
  CHECK(r.err.find("bad file") == std::string::npos);
}

TEST_CASE("hostile nesting: a deep lexicon file is a positioned error too") {
  TempDir tmp;
  const auto path = (tmp / "lexicon.yaml").string();
  write_file(path, "actors:\n  x: {a: " + std::string(100000, '{'));
  const auto r = run_binary("build tests/corpora/city --no-overrides --lexicon '" + path +
                            "' -o '" + (tmp / "out").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        path + ":2:209: error: YAML nested too deeply (more than 200 levels of brackets)\n");
}
