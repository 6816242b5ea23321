// The real binary never prints control characters from documents, graphs or YAML files raw to a
// terminal: text output shows them as \xNN, JSON keeps them as JSON escapes (issue 15, item 9).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../test_support.hpp"

using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
using test_support::write_file;

namespace {

// The query fixture with ESC, BEL and a C1 CSI in one event's label and mention text.
std::string hostile_graph() {
  std::string g = slurp(test_support::source_dir() / "tests/fixtures/query/sample.json");
  const std::string plain = "prisoners of war",
                    hostile = "prisoners\\u001b[31m of\\u0007 war\\u009b";
  for (auto at = g.find(plain); at != std::string::npos; at = g.find(plain, at + hostile.size()))
    g.replace(at, plain.size(), hostile);
  return g;
}

bool has_control(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("terminal escapes: query tables and explain show control characters as hex escapes") {
  TempDir tmp;
  const auto graph = (tmp / "g.json").string();
  write_file(graph, hostile_graph());
  for (const std::string q :
       {"query events", "query explain exchange-undated-77aa", "query events --type exchange"}) {
    CAPTURE(q);
    const auto r = run_binary(q + " --graph '" + graph + "'");
    CHECK(r.exit_code == 0);
    CHECK_FALSE(has_control(r.out));
    CHECK(r.out.find("prisoners\\x1b[31m of\\x07 war\\xc2\\x9b") != std::string::npos);
  }
}

TEST_CASE("terminal escapes: JSON output keeps the characters, escaped as JSON does") {
  TempDir tmp;
  const auto graph = (tmp / "g.json").string();
  write_file(graph, hostile_graph());
  const auto r =
      run_binary("query explain exchange-undated-77aa --format json --graph '" + graph + "'");
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.find('\x07') == std::string::npos);
  CHECK(r.out.find("\\u001b[31m of\\u0007") != std::string::npos);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["event"]["label"].get<std::string>().find("prisoners\x1b[31m of\x07 war\xC2\x9B") !=
        std::string::npos);
}

TEST_CASE("terminal escapes: a YAML error quoting binary bytes shows them escaped") {
  TempDir tmp;
  const auto path = (tmp / "o.yaml").string();
  // Bytes that are not UTF-8 are refused before YAML reads them, at their position.
  write_file(path, "events:\n  - label: \"\\\xff\x1b]0;title\x07\"\n");
  auto r = run_binary("overrides check --syntax-only '" + path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind(path + ":2:", 0) == 0);
  CHECK(r.err.find("not UTF-8") != std::string::npos);
  CHECK_FALSE(has_control(r.err.substr(0, r.err.size() - 1)));
  CHECK(r.err.find('\xff') == std::string::npos);
  // Control bytes YAML quotes back in its error are shown escaped.
  write_file(path, "events:\n  - label: \"\\\x1b]0;title\x07\"\n");
  r = run_binary("overrides check --syntax-only '" + path + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind(path + ":2:", 0) == 0);
  CHECK_FALSE(has_control(r.err.substr(0, r.err.size() - 1)));
}
