// Rendering end to end: golden DOT, determinism, hostile labels, SVG/PNG/PDF, filters, chain.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <set>

#include "chronograph/graph/json_io.hpp"
#include "chronograph/render/chain.hpp"
#include "chronograph/render/render.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;
namespace fs = std::filesystem;

namespace {

// Compares against tests/fixtures/render/<name>; CHRONOGRAPH_UPDATE_GOLDEN=1 rewrites it.
void check_golden(const std::string& name, const std::string& actual) {
  const fs::path path = test::source_path("tests/fixtures/render/" + name);
  const char* update = std::getenv("CHRONOGRAPH_UPDATE_GOLDEN");
  if ((update && std::string(update) == "1") || !fs::exists(path)) {
    test::write_text(path, actual);
    MESSAGE("wrote golden file " << path.string());
    return;
  }
  const std::string expected = test::read_text(path);
  CHECK_MESSAGE(expected == actual, path.string(),
                " differs; review, then rerun with CHRONOGRAPH_UPDATE_GOLDEN=1");
}

// Parses an SVG as XML with Python and prints, one per line, the text of each node whose
// title starts with 'e' (events and claims), its text elements joined by spaces.
std::string svg_node_texts(const fs::path& svg) {
  const fs::path script = svg.parent_path() / "texts.py";
  test::write_text(script, R"(import sys, xml.etree.ElementTree as ET
ns = {'s': 'http://www.w3.org/2000/svg'}
root = ET.parse(sys.argv[1]).getroot()
for g in root.iter('{http://www.w3.org/2000/svg}g'):
    if g.get('class') != 'node': continue
    title = g.find('s:title', ns).text
    if not title.startswith('e'): continue
    print(title + '\t' + ' '.join(t.text or '' for t in g.findall('s:text', ns)))
)");
  const fs::path out = svg.parent_path() / "texts.txt";
  const std::string cmd =
      "python3 '" + script.string() + "' '" + svg.string() + "' > '" + out.string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  const std::string text = test::read_text(out);
  REQUIRE_MESSAGE(rc == 0, "SVG is not well-formed XML: " << text);
  return text;
}

std::string squeeze(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

}  // namespace

TEST_CASE("render: DOT of a small timeline matches the golden file and is deterministic") {
  const auto t = test::small_timeline();
  const std::string dot = render::render(t, Format::dot, {});
  CHECK(render::render(t, Format::dot, {}) == dot);
  CHECK(render::render(test::small_timeline(), Format::dot, {}) == dot);
  check_golden("small_timeline.dot", dot);
  RenderOptions lanes;
  lanes.lanes = Lanes::actor;
  check_golden("small_timeline_actor.dot", render::render(t, Format::dot, lanes));
  RenderOptions chain;
  chain.layout = LayoutMode::chain;
  chain.focus = "ev-talks2";
  check_golden("small_chain.dot", render::render(t, Format::dot, chain));
}

TEST_CASE("render: the chain's DOT does not depend on a picture rendered before it") {
  // gvc leaves label="\\N" as the default of graphs made after a render; the chain's DOT
  // once gained that line, depending on what the process had drawn first.
  RenderOptions chain;
  chain.layout = LayoutMode::chain;
  chain.focus = "ev-talks2";
  const auto t = test::small_timeline();
  const std::string before = render::render(t, Format::dot, chain);
  (void)render::render(t, Format::svg, {});
  CHECK(render::render(t, Format::dot, chain) == before);
}

TEST_CASE("render: the SVG is well-formed XML and shows every event label") {
  const auto t = test::sample_fixture();
  const auto dir = test::scratch_dir("svg");
  const std::string svg = render::render(t, Format::svg, {});
  test::write_text(dir / "t.svg", svg);
  const std::string texts = svg_node_texts(dir / "t.svg");
  for (graph::Vertex v = 0; v < boost::num_vertices(t.graph); ++v) {
    // Labels may wrap and, when long, end in an ellipsis: look for their first words.
    const std::string& label = t.graph[v].label;
    const std::string start = label.substr(0, std::min<std::size_t>(label.size(), 12));
    CHECK_MESSAGE(texts.find(start) != std::string::npos, "label not in SVG: ", label);
  }
  fs::remove_all(dir);
}

TEST_CASE("render: hostile article text neither breaks DOT nor injects SVG markup") {
  const std::vector<std::string> hostile = {
      "He said \"stop\" \\ now",        "<script>alert('x')</script>",
      "AT&T &amp; &foo; &#x26; &nbsp;", "back\\slash \\N \\G \\n end\\",
      "}\"; node [label=x]; \"{",       "ctrl\x01\x02 chars \x7f and bad \xff utf8",
  };
  graph::Timeline t;
  for (std::size_t i = 0; i < hostile.size(); ++i)
    test::add_event(t, "h" + std::to_string(i), hostile[i],
                    base::day_value(test::day(2025, 6, 1 + static_cast<unsigned>(i)),
                                    base::Basis::explicit_date),
                    {hostile[i]}, hostile[i]);
  test::add_claim(t, "hc", "<b>bold</b> & \"quoted\"", base::DateValue{}, "<i>\"Speaker\"</i>");
  test::link(t, 6, 0, graph::LinkType::claim_about);
  const auto dir = test::scratch_dir("hostile");
  for (auto lanes : {Lanes::none, Lanes::actor, Lanes::type}) {
    RenderOptions opt;
    opt.lanes = lanes;
    opt.title = "Title with \"quotes\" & <tags> \\ back";
    // DOT: Graphviz itself must read it back and lay it out.
    test::write_text(dir / "t.dot", render::render(t, Format::dot, opt));
    const std::string cmd = "neato -n2 -Tsvg '" + (dir / "t.dot").string() + "' > '" +
                            (dir / "cli.svg").string() + "' 2>'" + (dir / "err.txt").string() + "'";
    CHECK_MESSAGE(std::system(cmd.c_str()) == 0, test::read_text(dir / "err.txt"));
    CHECK(test::read_text(dir / "err.txt").find("syntax error") == std::string::npos);
    // SVG: well-formed, no markup from the text, every label present as text.
    const std::string svg = render::render(t, Format::svg, opt);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<b>") == std::string::npos);
    CHECK(svg.find("<i>") == std::string::npos);
    test::write_text(dir / "t.svg", svg);
    // Labels wrap (a line break becomes a space here): compare without spaces.
    const std::string texts = squeeze(svg_node_texts(dir / "t.svg"));
    for (std::size_t i = 0; i + 1 < hostile.size(); ++i)
      CHECK_MESSAGE(texts.find(squeeze(hostile[i])) != std::string::npos, hostile[i]);
    CHECK(texts.find("ctrlchars") != std::string::npos);
    CHECK(texts.find("\"Speaker\"") != std::string::npos);
    CHECK(render::render(t, Format::svg, opt) == svg);  // deterministic too
    // The CLI's rendering of our DOT is well-formed as well.
    svg_node_texts(dir / "cli.svg");
  }
  fs::remove_all(dir);
}

TEST_CASE("render: PNG and PDF come out of the in-process renderer") {
  const auto t = test::small_timeline();
  const std::string png = render::render(t, Format::png, {});
  REQUIRE(png.size() > 1000);
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  const std::string pdf = render::render(t, Format::pdf, {});
  CHECK(pdf.substr(0, 5) == "%PDF-");
}

TEST_CASE("render: filters and the chain view pick the events shown") {
  const auto t = test::small_timeline();
  RenderOptions opt;
  opt.filter.types = {"strike"};
  const std::string dot = render::render(t, Format::dot, opt);
  CHECK(dot.find("Drone strikes on airfields") != std::string::npos);
  CHECK(dot.find("Second round of talks") == std::string::npos);

  auto view = chain_around(t, "ev-talks2", 1);
  CHECK(boost::num_vertices(view.timeline.graph) == 5);  // strike, talks1, memo, claim, itself
  CHECK(view.timeline.graph[view.focus].id == "ev-talks2");
  view = chain_around(t, "ev-strike", 1);
  CHECK(boost::num_vertices(view.timeline.graph) == 2);
  view = chain_around(t, "ev-strike", 0);
  CHECK(boost::num_vertices(view.timeline.graph) == 1);
  CHECK_THROWS_AS(chain_around(t, "no such thing at all", 2), std::invalid_argument);

  RenderOptions chain;
  chain.layout = LayoutMode::chain;
  chain.focus = "ev-talks2";
  const std::string svg = render::render(t, Format::svg, chain);
  CHECK(svg.find("Second round of talks") != std::string::npos);
  CHECK(svg.find("Pruth") == std::string::npos);
}

TEST_CASE("render: an empty timeline still renders") {
  graph::Timeline t;
  CHECK(render::render(t, Format::dot, {}).find("digraph") != std::string::npos);
  CHECK(render::render(t, Format::svg, {}).find("</svg>") != std::string::npos);
}

TEST_CASE("render: parallel and opposite links between two events draw as one routed edge") {
  auto t = test::small_timeline();
  // ev-strike (3) -> ev-talks2 (4) exists as 'causes'; add a second link and a reverse one.
  test::link(t, 3, 4, graph::LinkType::reaction_to);
  test::link(t, 4, 3, graph::LinkType::reaction_to);
  const std::string dot = render::render(t, Format::dot, {});
  std::size_t count = 0;
  for (auto p = dot.find("e3 -> e4"); p != std::string::npos; p = dot.find("e3 -> e4", p + 1))
    ++count;
  CHECK(count == 1);
  CHECK(dot.find("e4 -> e3") == std::string::npos);
  CHECK(dot.find("dir=both") != std::string::npos);
  // Graphviz would route real parallel edges with a triangulation that can abort; this
  // must simply render.
  CHECK(render::render(t, Format::svg, {}).find("</svg>") != std::string::npos);
}

TEST_CASE("render: links meeting at one box arrive at different points of it") {
  // Two reactions and two claims about the talks (issue 13: four links met at one arrowhead).
  graph::Timeline t;
  const auto talks = test::add_event(t, "talks", "Second round of talks",
                                     base::day_value(test::day(2025, 6, 2), base::Basis::header));
  for (int i = 0; i < 2; ++i) {
    const auto r = test::add_event(t, "r" + std::to_string(i), "Reaction " + std::to_string(i),
                                   base::day_value(test::day(2025, 6, 3 + i), base::Basis::header));
    test::link(t, r, talks, graph::LinkType::reaction_to);
    const auto c = test::add_claim(t, "c" + std::to_string(i), "It was a step",
                                   base::day_value(test::day(2025, 6, 3 + i), base::Basis::header),
                                   "Speaker " + std::to_string(i));
    test::link(t, c, talks, graph::LinkType::claim_about);
  }
  const std::string dot = render::render(t, Format::dot, {});
  std::set<std::string> ports;
  int into = 0;
  for (std::size_t at = dot.find(" -> e0"); at != std::string::npos;
       at = dot.find(" -> e0", at + 1)) {
    ++into;
    const std::size_t end = dot.find_first_of(" \t[", at + 6);
    if (dot[at + 6] == ':') ports.insert(dot.substr(at + 7, end - at - 7));
  }
  CHECK(into == 4);
  CHECK(ports.size() == 4);  // each link has its own compass point on the talks box
}

TEST_CASE("render: a cause told in someone's words is drawn dotted, with the speaker") {
  auto t = test::small_timeline();
  const std::string plain = render::render(t, Format::dot, {});
  CHECK(plain.find("cause, as claimed") == std::string::npos);
  CHECK(plain.find("says it") == std::string::npos);
  for (auto e : boost::make_iterator_range(boost::edges(t.graph)))
    if (t.graph[e].type == graph::LinkType::causes) t.graph[e].claimed_by = "Mayor Reed";
  const std::string dot = render::render(t, Format::dot, {});
  CHECK(dot.find("style=dotted,\n\t\ttooltip=\"as Mayor Reed says it\"") != std::string::npos);
  CHECK(dot.find("cause, as claimed") != std::string::npos);  // the legend names it
}
