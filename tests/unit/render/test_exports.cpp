// The export writers (GraphML, CSV, TimelineJS, JSON Lines) and the choice of format: contents,
// dates, hostile text, determinism.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "../test_support.hpp"
#include "chronograph/base/usage_error.hpp"
#include "chronograph/base/utf8.hpp"
#include "chronograph/render/csv_writer.hpp"
#include "chronograph/render/exports.hpp"
#include "chronograph/render/graphml_writer.hpp"
#include "chronograph/render/jsonl_writer.hpp"
#include "chronograph/render/timelinejs_writer.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;
using Json = nlohmann::json;

namespace {

constexpr const char* kScript = "</script><script>alert(1)</script>";
constexpr const char* kImg = "\"><img src=x onerror=alert(2)>";

// small_timeline() with an event whose every text field is hostile, and a two-week range.
graph::Timeline hostile_timeline() {
  auto t = test::small_timeline();
  auto v = test::add_event(t, "bad id_1", std::string(kScript) + kImg,
                           base::day_value(test::day(2025, 6, 4), base::Basis::explicit_date),
                           {"=cmd|' /C calc'!A0", "Quote \"Q\", comma"}, "strike\x01\xff");
  t.graph[v].mentions.front().text = "line one\r\nline two, \"quoted\" \xEF\xBF\xBF end";
  base::DateValue fortnight;
  fortnight.value = "2025-W23";
  fortnight.earliest = test::day(2025, 6, 2);
  fortnight.latest = test::day(2025, 6, 15);
  fortnight.basis = base::Basis::relative;
  auto w = test::add_event(t, "ev-fortnight", "Talks over two weeks", fortnight);
  test::link(t, v, w, graph::LinkType::causes);
  return t;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes, CR and LF.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      if (i + 1 < text.size()) rows.emplace_back(1);
    } else {
      REQUIRE_MESSAGE(c != '\n', "a bare LF outside quotes: rows must end in CRLF");
      rows.back().back() += c;
    }
  }
  return rows;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  const auto it = std::find(header.begin(), header.end(), name);
  REQUIRE(it != header.end());
  return static_cast<std::size_t>(it - header.begin());
}

bool valid_utf8(const std::string& s) { return !base::find_invalid_utf8(s); }

}  // namespace

TEST_CASE("graphml: keys for every attribute, directed, event ids as node ids") {
  const auto t = test::small_timeline();
  const auto xml = to_graphml(t);
  CHECK(xml == to_graphml(t));
  CHECK(xml.find("<graph id=\"timeline\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(xml.find("<key id=\"n_salience\" for=\"node\" attr.name=\"salience\" "
                 "attr.type=\"double\"/>") != std::string::npos);
  CHECK(
      xml.find("<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>") !=
      std::string::npos);
  CHECK(xml.find("<key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>") !=
        std::string::npos);
  CHECK(xml.find("<node id=\"ev-talks2\">") != std::string::npos);
  CHECK(xml.find("<edge id=\"e0\" source=\"ev-strike\" target=\"ev-talks2\">") !=
        std::string::npos);
  // Every key used is declared; an open date end has no <data>.
  std::istringstream lines(xml);
  std::string line, keys;
  while (std::getline(lines, line)) {
    if (line.find("<key id=\"") != std::string::npos) keys += line.substr(line.find('"')) + "\n";
    const auto at = line.find("<data key=\"");
    if (at == std::string::npos) continue;
    const auto id = line.substr(at + 10, line.find('"', at + 11) - at - 9);
    CHECK_MESSAGE(keys.find(id) != std::string::npos, id);
  }
  const auto undated = xml.find("<node id=\"ev-undated\">");
  REQUIRE(undated != std::string::npos);
  CHECK(xml.substr(undated, xml.find("</node>", undated) - undated).find("n_earliest") ==
        std::string::npos);
}

TEST_CASE("graphml: node ids stay NMTOKENs and distinct") {
  CHECK(graphml_node_id("talks-istanbul-2025-06-02-5aad") == "talks-istanbul-2025-06-02-5aad");
  CHECK(graphml_node_id("bad id_1") == "bad_x20id_x5F1");
  CHECK(graphml_node_id("bad_x20id") != graphml_node_id("bad id"));
  CHECK(graphml_node_id("") == "_x");
}

TEST_CASE("graphml: hostile text is escaped and validates against the GraphML schema") {
  const auto xml = to_graphml(hostile_timeline());
  CHECK(valid_utf8(xml));
  CHECK(xml.find("<script") == std::string::npos);
  CHECK(xml.find("<img") == std::string::npos);
  CHECK(xml.find("&lt;/script&gt;") != std::string::npos);
  CHECK(xml.find("line one&#13;&#10;line two") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find("<node id=\"bad_x20id_x5F1\">") != std::string::npos);
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) {
    MESSAGE("xmllint not found (Debian libxml2-utils): schema check skipped");
    return;
  }
  test_support::TempDir dir;
  test_support::write_file(dir / "hostile.graphml", xml);
  const std::string cmd =
      "xmllint --noout --schema '" +
      (test_support::source_dir() / "tests/fixtures/graphml/graphml.xsd").string() + "' '" +
      (dir / "hostile.graphml").string() + "' 2>'" + (dir / "err").string() + "'";
  CHECK_MESSAGE(std::system(cmd.c_str()) == 0, test_support::slurp(dir / "err"));
}

TEST_CASE("csv: RFC 4180 rows, ISO days, hostile text quoted and defused") {
  const auto t = hostile_timeline();
  const auto tables = to_csv(t);
  CHECK(tables.events == to_csv(t).events);
  CHECK(valid_utf8(tables.events));
  CHECK(tables.events.rfind("id,kind,type,label,date,earliest,latest,basis,actors,places,", 0) ==
        0);
  CHECK(tables.links.rfind("from,to,type,rule,cue,confidence,claimed_by,doc,evidence,sources\r\n",
                           0) == 0);
  const auto rows = parse_csv(tables.events);
  REQUIRE(rows.size() == boost::num_vertices(t.graph) + 1);
  for (const auto& row : rows) CHECK(row.size() == rows.front().size());
  const auto& h = rows.front();
  const auto find_row = [&](const std::string& id) {
    for (const auto& r : rows)
      if (r[0] == id) return r;
    FAIL("no row " << id);
    return rows.front();
  };
  const auto memo = find_row("ev-memo");
  CHECK(memo[column(h, "date")] == "2025-05");
  CHECK(memo[column(h, "earliest")] == "2025-05-01");
  CHECK(memo[column(h, "latest")] == "2025-05-31");
  const auto undated = find_row("ev-undated");
  CHECK(undated[column(h, "earliest")].empty());
  CHECK(undated[column(h, "date")] == "XXXX-XX-XX");
  const auto bad = find_row("bad id_1");
  CHECK(bad[column(h, "label")] == std::string(kScript) + kImg);
  CHECK(bad[column(h, "actors")] == "'=cmd|' /C calc'!A0; Quote \"Q\", comma");
  CHECK(bad[column(h, "type")] == "strike\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(bad[column(h, "evidence")] == "line one\r\nline two, \"quoted\" \xEF\xBF\xBF end");
  const auto links = parse_csv(tables.links);
  REQUIRE(links.size() == boost::num_edges(t.graph) + 1);
  CHECK(links[1][0] == "ev-strike");
  CHECK(links[1][1] == "ev-talks2");
  CHECK(links[1][2] == "causes");
}

TEST_CASE("csv: spreadsheet formulas are defused, other text is left alone") {
  CHECK(csv_text_field("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_text_field("+1") == "'+1");
  CHECK(csv_text_field("@x") == "'@x");
  CHECK(csv_text_field("a=b, \"c\"") == "a=b, \"c\"");
  CHECK(csv_text_field("tab\there") == "tab\there");
}

TEST_CASE("timelinejs: days, months, years and ranges as TimelineJS dates, open dates left out") {
  const auto t = hostile_timeline();
  const auto out = to_timelinejs(t);
  CHECK(out.json == to_timelinejs(t).json);
  CHECK(out.left_out == 1);  // ev-undated
  const auto doc = Json::parse(out.json);
  const auto& events = doc.at("events");
  CHECK(events.size() == boost::num_vertices(t.graph) - 1);
  std::map<std::string, Json> by_id;
  for (const auto& e : events) by_id[e.at("unique_id").get<std::string>()] = e;
  CHECK(by_id.at("ev-1711").at("start_date") == Json{{"year", 1711}});
  CHECK(!by_id.at("ev-1711").contains("end_date"));
  CHECK(by_id.at("ev-memo").at("start_date") == Json{{"year", 2025}, {"month", 5}});
  CHECK(by_id.at("ev-talks2").at("start_date") == Json{{"year", 2025}, {"month", 6}, {"day", 2}});
  CHECK(by_id.at("ev-fortnight").at("start_date") ==
        Json{{"year", 2025}, {"month", 6}, {"day", 2}});
  CHECK(by_id.at("ev-fortnight").at("end_date") == Json{{"year", 2025}, {"month", 6}, {"day", 15}});
  CHECK(by_id.at("ev-talks2").at("group") == "talks");
  CHECK(by_id.at("cl-1").at("text").at("headline") == "hardly a step toward peace");
}

TEST_CASE("timelinejs: all text is HTML-escaped, only the writer's own tags remain") {
  const auto out = to_timelinejs(hostile_timeline());
  CHECK(valid_utf8(out.json));
  const auto doc = Json::parse(out.json);
  for (const auto& e : doc.at("events")) {
    if (e.at("unique_id") != "bad id_1") continue;
    const auto headline = e.at("text").at("headline").get<std::string>();
    CHECK(headline ==
          "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x "
          "onerror=alert(2)&gt;");
    const auto text = e.at("text").at("text").get<std::string>();
    CHECK(text.find("<script") == std::string::npos);
    CHECK(text.find("<img") == std::string::npos);
    CHECK(text.find("Quote &quot;Q&quot;, comma") != std::string::npos);
    CHECK(text.find("<blockquote>line one&#13;&#10;line two") != std::string::npos);
    CHECK(e.at("group") == "strike\xEF\xBF\xBD\xEF\xBF\xBD");
    return;
  }
  FAIL("the hostile event is missing");
}

TEST_CASE("jsonl: one graph@1 object per line, events then links") {
  const auto t = hostile_timeline();
  const auto text = to_json_lines(t);
  CHECK(text == to_json_lines(t));
  CHECK(valid_utf8(text));
  std::istringstream in(text);
  std::string line;
  std::vector<Json> lines;
  while (std::getline(in, line)) lines.push_back(Json::parse(line));
  REQUIRE(lines.size() == boost::num_vertices(t.graph) + boost::num_edges(t.graph));
  CHECK(lines.front().at("kind") == "event");
  CHECK(lines.front().at("id") == "ev-1711");
  CHECK(lines.front().at("date").at("earliest") == "1711-01-01");
  CHECK(lines[5].at("kind") == "claim");
  CHECK(lines[5].at("speaker") == "Sergiu Ceban");
  const auto& link = lines[boost::num_vertices(t.graph)];
  CHECK(link.at("kind") == "link");
  CHECK(link.at("from") == "ev-strike");
  CHECK(link.at("type") == "causes");
  CHECK(text.rfind("{\"kind\":\"link\",\"from\":", text.find("\n{\"kind\":\"link\"") + 1) !=
        std::string::npos);
  for (const auto& l : lines)
    if (l.value("id", "") == "bad id_1") CHECK(l.at("label") == std::string(kScript) + kImg);
}

TEST_CASE("export format: from the flag or the extension, a mismatch is a usage error") {
  CHECK(choose_export_format("", "t.graphml") == ExportFormat::graphml);
  CHECK(choose_export_format("", "dir/T.GraphML") == ExportFormat::graphml);
  CHECK(choose_export_format("", "t.jsonl") == ExportFormat::jsonl);
  CHECK(choose_export_format("", "t.ndjson") == ExportFormat::jsonl);
  CHECK(choose_export_format("timelinejs", "t.json") == ExportFormat::timelinejs);
  CHECK(choose_export_format("graphml", "t.xml") == ExportFormat::graphml);
  CHECK(choose_export_format("csv", "out") == ExportFormat::csv);
  CHECK(choose_export_format("jsonl", "-") == ExportFormat::jsonl);
  CHECK(choose_export_format("graphml", "t.txt") == ExportFormat::graphml);
  CHECK_THROWS_AS(choose_export_format("", "t.json"), base::UsageError);  // which JSON?
  CHECK_THROWS_AS(choose_export_format("", "t"), base::UsageError);
  CHECK_THROWS_AS(choose_export_format("", "-"), base::UsageError);
  CHECK_THROWS_AS(choose_export_format("jsonl", "t.graphml"), base::UsageError);
  CHECK_THROWS_AS(choose_export_format("jsonl", "t.json"), base::UsageError);
  CHECK_THROWS_AS(choose_export_format("csv", "-"), base::UsageError);
  CHECK_THROWS_AS(choose_export_format("", "t.csv"), base::UsageError);
  CHECK_THROWS_WITH_AS(choose_export_format("grafml", "t"),
                       doctest::Contains("did you mean 'graphml'"), base::UsageError);
}

TEST_CASE("export output: one file, or a folder of files written together") {
  const auto t = test::small_timeline();
  test_support::TempDir dir;
  write_export(export_timeline(t, ExportFormat::csv), (dir / "out").string());
  CHECK(test_support::slurp(dir / "out" / "events.csv") == to_csv(t).events);
  CHECK(test_support::slurp(dir / "out" / "links.csv") == to_csv(t).links);
  write_export(export_timeline(t, ExportFormat::jsonl), (dir / "t.jsonl").string());
  CHECK(test_support::slurp(dir / "t.jsonl") == to_json_lines(t));
  CHECK_THROWS_AS(write_export(export_timeline(t, ExportFormat::csv), (dir / "t.jsonl").string()),
                  base::UsageError);
  CHECK(test_support::slurp(dir / "t.jsonl") == to_json_lines(t));
  const auto tl = export_timeline(t, ExportFormat::timelinejs);
  CHECK(tl.note.find("1 of 7 events left out") != std::string::npos);
  CHECK(export_timeline(t, ExportFormat::graphml).note.empty());
}
