// The 'export' command through the real binary: each format validated as its tools read it,
// filters, standard input and output, exit codes.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
namespace fs = std::filesystem;

namespace {

fs::path fixture_path() {
  return test_support::source_dir() / "tests/fixtures/render/sample_timeline.json";
}
std::string fixture() { return "'" + fixture_path().string() + "'"; }
std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

bool have(const std::string& command) {
  return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

std::size_t count_lines(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

// The fixture's 18 events and 12 links.
constexpr std::size_t kEvents = 18, kLinks = 12;

}  // namespace

TEST_CASE("export cli: graphml validates against the GraphML schema and loads in networkx") {
  TempDir dir;
  const auto out = dir / "t.graphml";
  const auto r = run_binary("export --graph " + fixture() + " -o " + quoted(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto xml = slurp(out);
  CHECK(xml.find("edgedefault=\"directed\"") != std::string::npos);
  if (!have("command -v xmllint")) {
    MESSAGE("xmllint not found (Debian libxml2-utils, scripts/setup.sh): schema check skipped");
  } else {
    const auto xsd = test_support::source_dir() / "tests/fixtures/graphml/graphml.xsd";
    const auto err = dir / "xmllint.err";
    CHECK_MESSAGE(std::system(("xmllint --noout --schema " + quoted(xsd) + " " + quoted(out) +
                               " 2>" + quoted(err))
                                  .c_str()) == 0,
                  slurp(err));
  }
  // networkx reads attr.type into Python types: the conventions are kept if these come back.
  std::string python;
  for (const std::string p : {"python3", "/usr/bin/python3"})
    if (have(p + " -c 'import networkx'")) {
      python = p;
      break;
    }
  if (python.empty()) {
    MESSAGE("python3 with networkx not found (Debian python3-networkx): networkx check skipped");
    return;
  }
  test_support::write_file(dir / "check.py", R"(import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.is_directed()
n = g.nodes["ev-talks-2"]
assert isinstance(n["salience"], float) and isinstance(n["mentions"], int), n
assert n["earliest"] == "2025-06-02" and n["label"].startswith("Second round"), n
print(g.number_of_nodes(), g.number_of_edges())
)");
  const auto check = dir / "check.out";
  REQUIRE(std::system((python + " " + quoted(dir / "check.py") + " " + quoted(out) + " >" +
                       quoted(check) + " 2>&1")
                          .c_str()) == 0);
  CHECK(slurp(check) == std::to_string(kEvents) + " " + std::to_string(kLinks) + "\n");
}

TEST_CASE("export cli: csv writes events.csv and links.csv into a folder") {
  TempDir dir;
  const auto out = dir / "tables";
  auto r = run_binary("export --graph " + fixture() + " --format csv -o " + quoted(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto events = slurp(out / "events.csv"), links = slurp(out / "links.csv");
  CHECK(events.rfind("id,kind,type,label,date,earliest,latest,basis,", 0) == 0);
  CHECK(events.find("\r\n") != std::string::npos);
  CHECK(count_lines(events) == kEvents + 1);
  CHECK(count_lines(links) == kLinks + 1);
  // Again into the same folder: replaced, and the same bytes.
  r = run_binary("export --graph " + fixture() + " --format csv -o " + quoted(out));
  CHECK(r.exit_code == 0);
  CHECK(slurp(out / "events.csv") == events);
  // A file where the folder should be is a usage error, and the file is left alone.
  test_support::write_file(dir / "taken", "keep");
  r = run_binary("export --graph " + fixture() + " --format csv -o " + quoted(dir / "taken"));
  CHECK(r.exit_code == 2);
  CHECK(slurp(dir / "taken") == "keep");
}

TEST_CASE("export cli: timelinejs says what it left out, jsonl streams to stdout") {
  TempDir dir;
  const auto out = dir / "timeline.json";
  auto r = run_binary("export --graph " + fixture() + " --format timelinejs -o " + quoted(out));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto doc = nlohmann::json::parse(slurp(out));
  const auto left_out = kEvents - doc.at("events").size();
  CHECK(left_out > 0);  // the fixture has undated events
  CHECK(r.err.find(std::to_string(left_out) + " of " + std::to_string(kEvents) +
                   " events left out") != std::string::npos);
  for (const auto& e : doc.at("events")) {
    CHECK(e.at("start_date").contains("year"));
    CHECK(e.at("text").contains("headline"));
  }
  CHECK(run_binary("export -q --graph " + fixture() + " --format timelinejs -o " + quoted(out))
            .err.empty());

  r = test_support::run_binary_in(test_support::source_dir(),
                                  "export --graph - --format jsonl -o -", slurp(fixture_path()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(count_lines(r.out) == kEvents + kLinks);
  std::istringstream lines(r.out);
  std::string line;
  std::size_t links = 0;
  while (std::getline(lines, line)) links += nlohmann::json::parse(line).at("kind") == "link";
  CHECK(links == kLinks);
  // The same bytes through a file named .jsonl.
  CHECK(run_binary("export --graph " + fixture() + " -o " + quoted(dir / "t.jsonl")).exit_code ==
        0);
  CHECK(slurp(dir / "t.jsonl") == r.out);
}

TEST_CASE("export cli: filters as in query events") {
  auto r = run_binary("export --graph " + fixture() + " --format jsonl -o - --type sanctions");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(count_lines(r.out) == 1);
  CHECK(r.out.find("18th sanctions") != std::string::npos);
  r = run_binary("export --graph " + fixture() +
                 " --format jsonl -o - --from 2025-06 --to 2025-06");
  REQUIRE(r.exit_code == 0);
  CHECK(count_lines(r.out) > 0);
  CHECK(r.out.find("Pruth") == std::string::npos);
  CHECK(run_binary("export --graph " + fixture() + " --format jsonl -o - --type sanctoins")
            .exit_code == 2);
}

TEST_CASE("export cli: usage errors exit 2, input errors 1, nothing written") {
  TempDir dir;
  const auto run = [&](const std::string& args) {
    return run_binary("export --graph " + fixture() + " " + args);
  };
  CHECK(run("--format jsonl").exit_code == 2);  // no -o
  auto r = run("--format jsonl -o " + quoted(dir / "t.graphml"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--format jsonl does not match") != std::string::npos);
  CHECK(run("-o " + quoted(dir / "t.json")).exit_code == 2);  // which JSON?
  CHECK(run("-o " + quoted(dir / "t.csv")).exit_code == 2);   // csv is a folder
  CHECK(run("--format csv -o -").exit_code == 2);
  r = run("--format grafml -o -");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("did you mean 'graphml'") != std::string::npos);
  CHECK(run("--format jsonl -o - --from 2025-13").exit_code == 2);
  r = run_binary("export --graph " + quoted(dir / "missing.json") + " -o " +
                 quoted(dir / "t.jsonl"));
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("missing.json:1:1: error:") != std::string::npos);
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("export cli: without --graph, the last build's graph, named on stderr") {
  TempDir dir;
  fs::create_directories(dir / "graphs");
  fs::copy_file(fixture_path(), dir / "graphs" / "timeline.json");
  const auto r = test_support::run_binary_in(dir.path(), "export --format jsonl -o -");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.err.find("reading graphs/timeline.json") != std::string::npos);
  CHECK(count_lines(r.out) == kEvents + kLinks);
}
