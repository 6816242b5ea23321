// The TimeML writer (`tag --format timeml`): complete, well-formed documents that read back
// with read_timeml to the same text, events, instances, time expressions and links.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/base/markup_text.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/document_events.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/tag_format.hpp"
#include "chronograph/events/timeml.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/tagger.hpp"

using namespace chronograph;
using namespace chronograph::events;
using test_support::run_binary;
using test_support::slurp;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

struct Tagged {
  std::string text;
  std::optional<date::sys_days> dct;
  std::vector<temporal::Timex> timexes;
  std::vector<DocumentEvent> events;
  std::string xml;
};

Tagged tag_doc(const std::string& text, const char* dct = "2024-11-20", const char* id = "doc") {
  Tagged t;
  t.text = text;
  if (dct) t.dct = base::parse_day(dct);
  temporal::TagOptions opts;
  opts.dct = t.dct;
  const temporal::Tagger tagger;
  t.timexes = tagger.tag(t.text, opts);
  t.events = find_document_events(t.text, ingest::analyze_layout(t.text), t.timexes, t.dct,
                                  EventDetector::shipped(), DatingModel::shipped());
  t.xml = to_timeml_document(id, t.text, t.dct, t.timexes, t.events);
  return t;
}

// The visible text the writer promises: the input with the bytes XML cannot carry (controls
// other than tab, LF and CR) as spaces.
std::string visible(const std::string& text) {
  std::string out = text;
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
  return out;
}

bool inside_a_timex(const Tagged& t, const DocumentEvent& e) {
  for (const auto& x : t.timexes)
    if (x.start < x.end && x.start < e.end && e.start < x.end) return true;
  return false;
}

// Reads the writer's output back and checks it is complete and consistent with the input.
void check_round_trip(const Tagged& t) {
  TimemlDocument doc;
  REQUIRE_NOTHROW(doc = read_timeml(t.xml, "out.tml"));
  CHECK(doc.text == visible(t.text));
  CHECK(doc.dct == (t.dct ? base::format_day(*t.dct) : std::string()));

  // Events: every detected event not inside a time expression is there, at its offsets, with
  // its class; and one MAKEINSTANCE each, with its attributes.
  std::map<std::string, const TimemlEvent*> by_eid;
  for (const auto& e : doc.events) {
    CHECK(by_eid.emplace(e.eid, &e).second);  // ids unique
    CHECK(e.end <= doc.text.size());
  }
  std::size_t expected_events = 0;
  for (const auto& e : t.events) {
    if (inside_a_timex(t, e)) continue;
    ++expected_events;
    const auto it = std::find_if(doc.events.begin(), doc.events.end(), [&](const TimemlEvent& r) {
      return r.start == e.start && r.end == e.end;
    });
    REQUIRE_MESSAGE(it != doc.events.end(), t.text.substr(e.start, e.end - e.start));
    CHECK(it->event_class == to_string(e.event_class));
  }
  CHECK(doc.events.size() == expected_events);
  std::map<std::string, const TimemlInstance*> by_eiid;
  std::set<std::string> instanced;
  for (const auto& mi : doc.instances) {
    CHECK(by_eiid.emplace(mi.eiid, &mi).second);
    CHECK(by_eid.count(mi.event_id) == 1);
    CHECK(instanced.insert(mi.event_id).second);  // one instance per event
    const TimemlEvent& re = *by_eid.at(mi.event_id);
    const auto it = std::find_if(t.events.begin(), t.events.end(), [&](const DocumentEvent& e) {
      return e.start == re.start && e.end == re.end;
    });
    REQUIRE(it != t.events.end());
    CHECK(mi.tense == to_string(it->tense));
    CHECK(mi.aspect == to_string(it->aspect));
    CHECK(mi.pos == to_string(it->pos));
    CHECK(mi.polarity == (it->negated ? "NEG" : "POS"));
    CHECK(mi.modality == it->modality);
  }
  CHECK(instanced.size() == doc.events.size());

  // Time expressions: the creation time, and each tagged one with its type and value.
  std::map<std::string, const TimemlTimex*> by_tid;
  for (const auto& x : doc.timexes) CHECK(by_tid.emplace(x.tid, &x).second);
  CHECK(by_tid.count("t0") == (t.dct ? 1u : 0u));
  for (const auto& x : t.timexes) {
    if (x.start >= x.end) continue;
    const auto it = std::find_if(doc.timexes.begin(), doc.timexes.end(), [&](const TimemlTimex& r) {
      return !r.creation_time && r.start == x.start && r.end == x.end;
    });
    REQUIRE_MESSAGE(it != doc.timexes.end(), t.text.substr(x.start, x.end - x.start));
    CHECK(it->type == temporal::to_string(x.type));
    CHECK(it->value == x.value);
  }

  // Links: every TLINK ties an existing instance to an existing time, and every written event
  // the text dates has one.
  std::size_t dated = 0;
  for (const auto& e : t.events)
    if (!inside_a_timex(t, e) &&
        ((e.basis == DateBasis::timex && e.timex) || (e.basis == DateBasis::dct && t.dct)))
      ++dated;
  std::size_t links = 0;
  for (const auto& l : doc.links) {
    CHECK(l.kind == "TLINK");
    CHECK_FALSE(l.from_time);
    CHECK(l.to_time);
    CHECK(by_eiid.count(l.from) == 1);
    CHECK_MESSAGE(by_tid.count(l.to) == 1, "TLINK to a missing time " << l.to);
    CHECK(l.rel_type == "IS_INCLUDED");
    ++links;
  }
  CHECK(links == dated);
}

bool have_python3() { return std::system("command -v python3 >/dev/null 2>&1") == 0; }

// Whether python3's XML parser (expat) accepts the file: an independent well-formedness check.
bool python_parses(const std::filesystem::path& file) {
  const std::string cmd =
      "python3 -c 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])' '" +
      file.string() + "' >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

const char* const kAwkward =
    "AT&T said on Monday that <profits> rose \"sharply\" and 'quickly' at Procter & Gamble.\r\n"
    "The company\x01 reported a loss\x0b of \xe2\x82\xac"
    "5 million on Tuesday; caf\xc3\xa9 owners in S\xc3\xa3o Paulo protested.\r\n"
    "Tabs\tstay, and a line with ]]> and &amp; in it was written on Nov. 3.\r\n";

}  // namespace

TEST_CASE("timeml: the writer's document reads back complete, with the same visible text") {
  SUBCASE("a plain news paragraph") {
    const auto t = tag_doc(
        "The quake struck on Tuesday, officials said. Rescuers pulled three people from the "
        "rubble, and the government declared a state of emergency on Wednesday. The bridge did "
        "not collapse. If the river rises, the town could be cut off.\n");
    REQUIRE(t.events.size() >= 5);
    check_round_trip(t);
  }
  SUBCASE("markup characters, quotes, control characters, CRLF and UTF-8") {
    const auto t = tag_doc(kAwkward);
    REQUIRE(t.events.size() >= 3);
    REQUIRE(t.timexes.size() >= 2);
    check_round_trip(t);
    CHECK(t.xml.find("AT&amp;T") != std::string::npos);
    CHECK(t.xml.find("&lt;profits&gt;") != std::string::npos);
    CHECK(t.xml.find("&quot;sharply&quot;") != std::string::npos);
    CHECK(t.xml.find("]]&gt;") != std::string::npos);
    CHECK(t.xml.find("&amp;amp;") != std::string::npos);
    CHECK(t.xml.find('\x01') == std::string::npos);
    CHECK(t.xml.find('\x0b') == std::string::npos);
    CHECK(t.xml.find('\r') == std::string::npos);  // written as &#13;, kept by every reader
    CHECK(t.xml.find("S\xc3\xa3o Paulo") != std::string::npos);
  }
  SUBCASE("no creation time: no DCT element and no link to it") {
    const auto t = tag_doc("Officials said the talks collapsed on June 3.\n", nullptr);
    CHECK(t.xml.find("<DCT>") == std::string::npos);
    check_round_trip(t);
  }
  SUBCASE("an empty document") {
    const auto t = tag_doc("");
    CHECK(t.events.empty());
    check_round_trip(t);
  }
  SUBCASE("a whole article of the storm corpus") {
    const auto t =
        tag_doc(slurp(source_dir() / "tests/corpora/storm/b_landfall.txt"), "2024-09-11");
    REQUIRE(t.events.size() > 30);
    check_round_trip(t);
  }
  SUBCASE("event-anchored expressions, a date inside a name, several dates in a sentence") {
    const auto t = tag_doc(
        "Lawmakers voted on Monday. Tariffs took effect two days after the vote, a day before "
        "the June 2 talks. The 2024 Olympics opened in Paris on July 26, 2024 and closed on "
        "August 11.\n");
    check_round_trip(t);
  }
  SUBCASE("the document id is escaped") {
    const auto t = tag_doc("Rain fell on Monday.\n", "2024-11-20", "a&b<c>\"d\x02");
    TimemlDocument doc;
    REQUIRE_NOTHROW(doc = read_timeml(t.xml, "out.tml"));
    CHECK(t.xml.find("<DOCID>a&amp;b&lt;c&gt;&quot;d </DOCID>") != std::string::npos);
  }
}

TEST_CASE("timeml: the TimeML structure: root, DOCID, DCT, TEXT, then instances and links") {
  const auto t = tag_doc("The quake struck on Tuesday, officials said.\n");
  const std::string& x = t.xml;
  CHECK(x.rfind("<?xml version=\"1.0\" ?>\n<TimeML ", 0) == 0);
  const auto docid = x.find("<DOCID>doc</DOCID>");
  const auto dct = x.find("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-11-20\"");
  const auto text = x.find("<TEXT>");
  const auto end_text = x.find("</TEXT>");
  const auto instance = x.find("<MAKEINSTANCE");
  const auto link = x.find("<TLINK");
  const auto end = x.find("</TimeML>");
  REQUIRE(docid != std::string::npos);
  REQUIRE(dct != std::string::npos);
  REQUIRE(instance != std::string::npos);
  REQUIRE(link != std::string::npos);
  CHECK(docid < dct);
  CHECK(dct < text);
  CHECK(text < end_text);
  CHECK(end_text < instance);
  CHECK(instance < link);
  CHECK(link < end);
  CHECK(x.size() == end + std::string("</TimeML>\n").size());
  CHECK(x.find("<EVENT eid=\"e") != std::string::npos);
  CHECK(x.find(">struck</EVENT>") != std::string::npos);
  CHECK(x.find(">Tuesday</TIMEX3>") != std::string::npos);
  // "struck" is linked to Tuesday.
  const auto doc = read_timeml(x, "out.tml");
  const auto struck = std::find_if(doc.events.begin(), doc.events.end(), [&](const TimemlEvent& e) {
    return doc.text.substr(e.start, e.end - e.start) == "struck";
  });
  REQUIRE(struck != doc.events.end());
  const auto inst =
      std::find_if(doc.instances.begin(), doc.instances.end(),
                   [&](const TimemlInstance& i) { return i.event_id == struck->eid; });
  REQUIRE(inst != doc.instances.end());
  const auto tuesday =
      std::find_if(doc.timexes.begin(), doc.timexes.end(),
                   [](const TimemlTimex& timex) { return timex.value == "2024-11-19"; });
  REQUIRE(tuesday != doc.timexes.end());
  CHECK(std::any_of(doc.links.begin(), doc.links.end(), [&](const TimemlLink& l) {
    return l.from == inst->eiid && l.to == tuesday->tid;
  }));
}

TEST_CASE("timeml: text escaped as the TimeML writer does reads back unchanged") {
  std::string out = "x";
  base::append_markup(out, "a&b<c>d\"e'f\xc3\xa9\n", base::LineBreaks::kept);
  CHECK(out == "xa&amp;b&lt;c&gt;d&quot;e&#39;f\xc3\xa9\n");
  const auto back = read_timeml("<TimeML><TEXT>" + out.substr(1) + "</TEXT></TimeML>", "e.tml");
  CHECK(back.text == "a&b<c>d\"e'f\xc3\xa9\n");
}

TEST_CASE("timeml: 'tag --format timeml' writes a document that XML parsers accept") {
  TempDir dir;
  write_file(dir / "awkward.txt", kAwkward);
  const auto r =
      run_binary("tag '" + (dir / "awkward.txt").string() + "' --dct 2024-11-20 --format timeml");
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  TimemlDocument doc;
  REQUIRE_NOTHROW(doc = read_timeml(r.out, "stdout"));
  CHECK(doc.text == visible(kAwkward));
  CHECK(doc.dct == "2024-11-20");
  CHECK(r.out.find("<DOCID>awkward</DOCID>") != std::string::npos);
  CHECK(doc.events.size() >= 3);
  CHECK(doc.instances.size() == doc.events.size());
  // The same events as the JSON output (none of these lies inside a time expression).
  const auto json = run_binary("tag '" + (dir / "awkward.txt").string() + "' --dct 2024-11-20");
  REQUIRE(json.exit_code == 0);
  for (const auto& e : doc.events)
    CHECK(json.out.find("{\"start\": " + std::to_string(e.start) +
                        ", \"end\": " + std::to_string(e.end) + ",") != std::string::npos);

  // A real article, written and checked by an independent XML parser.
  const auto storm = run_binary("tag tests/corpora/storm/c_aftermath.txt --format timeml");
  REQUIRE_MESSAGE(storm.exit_code == 0, storm.err);
  CHECK(read_timeml(storm.out, "stdout").dct == "2024-09-13");  // from the header
  if (!have_python3()) {
    MESSAGE("skipped the python3 xml.etree checks: no python3");
    return;
  }
  write_file(dir / "awkward.tml", r.out);
  write_file(dir / "storm.tml", storm.out);
  CHECK(python_parses(dir / "awkward.tml"));
  CHECK(python_parses(dir / "storm.tml"));
  write_file(dir / "broken.tml", r.out.substr(0, r.out.size() / 2));
  CHECK_FALSE(python_parses(dir / "broken.tml"));  // the check can fail
}

TEST_CASE("timeml: noncharacters U+FFFE and U+FFFF do not reach the XML") {
  // Bug: the writer replaces control bytes but passes U+FFFE / U+FFFF (valid UTF-8, accepted by
  // the reader) into the document, which XML 1.0 forbids: expat refuses the file.
  const std::string text = "Prices rose on Monday \xef\xbf\xbf and \xef\xbf\xbe today.\n";
  const auto t = tag_doc(text);
  CHECK(t.xml.find("\xef\xbf\xbf") == std::string::npos);
  CHECK(t.xml.find("\xef\xbf\xbe") == std::string::npos);
  if (!have_python3()) return;
  TempDir dir;
  write_file(dir / "nonchar.txt", text);
  const auto r = run_binary("tag '" + (dir / "nonchar.txt").string() + "' --format timeml");
  REQUIRE(r.exit_code == 0);
  write_file(dir / "nonchar.tml", r.out);
  CHECK(python_parses(dir / "nonchar.tml"));
}

TEST_CASE("tag json: a long document streams in pieces that join into the whole object") {
  std::string text;
  for (int i = 0; i < 400; ++i)
    text += "The storm struck the coast on Tuesday and officials ordered an evacuation.\n\n";
  const Tagged t = tag_doc(text);
  REQUIRE(t.events.size() > 500);
  std::vector<std::string> chunks;
  write_tag_json(t.text, t.dct, t.timexes, t.events,
                 [&chunks](std::string_view chunk) { chunks.emplace_back(chunk); });
  REQUIRE(chunks.size() > 1);
  std::string joined;
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    if (i > 0) CHECK(chunks[i].size() < (1u << 16) + 1024);     // the first holds the timexes
    if (i + 1 < chunks.size()) CHECK(chunks[i].back() == '}');  // cut between events only
    joined += chunks[i];
  }
  CHECK(joined.starts_with("{\n\"schema\": \"chronograph/tag@2\""));
  CHECK(joined.ends_with("\n]\n}\n"));
  std::size_t objects = 0;
  for (std::size_t at = joined.find("\"factuality\": "); at != std::string::npos;
       at = joined.find("\"factuality\": ", at + 1))
    ++objects;
  CHECK(objects == t.events.size());
  CHECK(joined == to_tag_json(t.text, t.dct, t.timexes, t.events));
}

TEST_CASE("timeml: bytes that are no UTF-8 become spaces, keeping the offsets") {
  // Seen while writing fuzz_timeml's XML check: invalid UTF-8 went into the TimeML as it was, and
  // no XML parser reads such a file. The document reader refuses such files, but the writer is a
  // library function of its own: each bad byte is now a space, as control bytes are.
  const std::string text = "Talks \xff\xfe began on Monday \xc3 in \xe2\x82 Geneva, caf\xc3\xa9.\n";
  const auto t = tag_doc(text);
  const auto doc = read_timeml(t.xml, "out.tml");
  CHECK(doc.text == "Talks    began on Monday   in    Geneva, caf\xc3\xa9.\n");
  CHECK(doc.text.size() == text.size());
  if (!have_python3()) return;
  TempDir dir;
  write_file(dir / "bad.tml", t.xml);
  CHECK(python_parses(dir / "bad.tml"));
}
