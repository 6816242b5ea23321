// The HTML view's writer: script-safe JSON, hostile labels, the embedded page, the CLI.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../test_support.hpp"
#include "chronograph/base/utf8.hpp"
#include "chronograph/graph/json_io.hpp"
#include "chronograph/render/html_writer.hpp"

using namespace chronograph;
using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;

namespace {

std::size_t count(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The text of <script type="application/json" id="ID"> in a page.
std::string script_json(const std::string& page, const std::string& id) {
  const std::string open = "<script type=\"application/json\" id=\"" + id + "\">";
  const auto a = page.find(open);
  REQUIRE(a != std::string::npos);
  const auto b = page.find("</script>", a);
  REQUIRE(b != std::string::npos);
  return page.substr(a + open.size(), b - a - open.size());
}

graph::Timeline hostile() {
  const auto path = test_support::source_dir() / "tests/fixtures/render/hostile_labels.json";
  return graph::from_json(slurp(path), path.string());
}

}  // namespace

TEST_CASE("html: script-safe JSON escapes what could end the script, and reads back the same") {
  const std::string text =
      "{\n  \"a\": \"</script><!-- & \\\"q\\\" > \xE2\x80\xA8 \xE2\x80\xA9 \xE2\x80\x94\",\n"
      "  \"b\": [1, 2.5, null, true]\n}\n";
  const std::string safe = render::script_safe_json(text);
  CHECK(safe ==
        "{\"a\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\\"q\\\" \\u003e \\u2028 \\u2029 "
        "\xE2\x80\x94\",\"b\":[1,2.5,null,true]}");
  CHECK(nlohmann::json::parse(safe) == nlohmann::json::parse(text));
  // A space inside a string is kept; an escaped backslash before a quote ends the string.
  CHECK(render::script_safe_json("{ \"a b\" : \"x\\\\\" , \"c\" : 1 }") ==
        "{\"a b\":\"x\\\\\",\"c\":1}");
}

TEST_CASE("html: hostile labels stay data, and the graph reads back whole") {
  const auto t = hostile();
  render::RenderOptions opt;
  opt.title = "<b>\"title\"</b> & co";
  const std::string page = render::html_page(t, opt);
  // Four scripts (graph, view, D3, the page's own), four closing tags, nothing else.
  CHECK(count(lower(page), "<script") == 4);
  CHECK(count(lower(page), "</script") == 4);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(count(page, "<!--") == 1);  // the page's own comment
  CHECK(page.find("<title>&lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; co</title>") !=
        std::string::npos);
  CHECK_FALSE(base::find_invalid_utf8(page).has_value());

  const auto back = graph::from_json(script_json(page, "graph"), "page");
  REQUIRE(boost::num_vertices(back.graph) == boost::num_vertices(t.graph));
  CHECK(back.graph[0].label == t.graph[0].label);
  CHECK(back.graph[0].label == "</script><script>alert(1)</script>");
  CHECK(graph::to_json(back) == graph::to_json(t));

  const auto view = nlohmann::json::parse(script_json(page, "view"));
  CHECK(view["title"] == "<b>\"title\"</b> & co");
  CHECK(view["lanes"] == "none");
  for (const char* mode : {"actor", "type", "document"})
    CHECK(view["lane_keys"][mode].size() == boost::num_vertices(t.graph));
}

TEST_CASE("html page embeds D3") {
  // Inside <script>, "</script" would end the element and "<!--" changes how it is parsed.
  const std::string d3 = lower(slurp(test_support::source_dir() / "third_party/d3/d3.min.js"));
  CHECK(d3.size() > 100000);
  CHECK(d3.find("</script") == std::string::npos);
  CHECK(d3.find("<!--") == std::string::npos);
}

TEST_CASE("html: the page holds D3 with its licence and the script, deterministically") {
  const auto t = hostile();
  render::RenderOptions opt;
  opt.lanes = render::Lanes::actor;
  const std::string page = render::html_page(t, opt);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("https://d3js.org v7.") != std::string::npos);
  CHECK(page.find("Copyright 2010-2026 Mike Bostock") != std::string::npos);
  CHECK(page.find("Permission to use, copy, modify") != std::string::npos);
  CHECK(page.find("function selftest(") != std::string::npos);
  for (const char* hole :
       {"{{title}}", "{{style}}", "{{graph}}", "{{view}}", "{{d3}}", "{{script}}"})
    CHECK(page.find(hole) == std::string::npos);
  CHECK(nlohmann::json::parse(script_json(page, "view"))["lanes"] == "actor");
  CHECK(render::html_page(t, opt) == page);
  CHECK(render::render(t, render::Format::html, opt) == page);
  opt.layout = render::LayoutMode::chain;
  CHECK_THROWS_AS(render::render(t, render::Format::html, opt), std::invalid_argument);
}

TEST_CASE("html: the filters apply to the page's graph") {
  const auto t = hostile();
  render::RenderOptions opt;
  opt.filter.types = {"war"};
  const auto back = graph::from_json(script_json(render::html_page(t, opt), "graph"), "page");
  REQUIRE(boost::num_vertices(back.graph) == 1);
  CHECK(back.graph[0].id == "ev-undated");
}

TEST_CASE("render cli: html from --format or from the .html extension, chain refused") {
  TempDir dir;
  const std::string graph =
      "'" + (test_support::source_dir() / "tests/fixtures/render/sample_timeline.json").string() +
      "'";
  const auto page = dir / "t.html";
  CHECK(run_binary("render --graph " + graph + " -o '" + page.string() + "'").exit_code == 0);
  const std::string bytes = slurp(page);
  CHECK(bytes.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(bytes.find("Pruth Campaign") != std::string::npos);

  const auto out = run_binary("render --graph " + graph + " --format html -o -");
  CHECK(out.exit_code == 0);
  CHECK(out.out == bytes);

  const auto chain = dir / "c.html";
  const auto r = run_binary("render --graph " + graph + " --layout chain --focus ev-talks-2 -o '" +
                            chain.string() + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("timeline layout only") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(chain));
}
