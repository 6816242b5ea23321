// `chronograph tag`: the tag@2 JSON contract (docs/tag-json.md) through the real binary:
// schema, time expressions, events with class, tense, factuality and the date the text gives.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "../test_support.hpp"

using Json = nlohmann::json;
using test_support::run_binary;
using test_support::slurp;
using test_support::TempDir;
using test_support::write_file;

namespace {

struct Tag {
  std::string text;
  Json out;
};

Tag tag_text(const std::string& text, const std::string& options = "--dct 2024-11-20") {
  TempDir dir;
  write_file(dir / "doc.txt", text);
  const auto r = run_binary("tag '" + (dir / "doc.txt").string() + "' " + options);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  Tag t{text, Json::parse(r.out)};
  return t;
}

// The only event whose text is `word`.
const Json& event(const Tag& t, const std::string& word) {
  const Json* found = nullptr;
  for (const auto& e : t.out.at("events"))
    if (e.at("text") == word) {
      REQUIRE_MESSAGE(found == nullptr, "two events '" << word << "'");
      found = &e;
    }
  REQUIRE_MESSAGE(found != nullptr, "no event '" << word << "' in " << t.out.at("events").dump());
  return *found;
}

// What every tag@2 output must satisfy, whatever the text.
void check_contract(const Tag& t) {
  const Json& o = t.out;
  CHECK(o.at("schema") == "chronograph/tag@2");
  CHECK((o.at("dct").is_null() || o.at("dct").is_string()));
  const std::set<std::string> classes = {"OCCURRENCE", "REPORTING", "STATE",     "I_ACTION",
                                         "I_STATE",    "ASPECTUAL", "PERCEPTION"};
  const std::set<std::string> facts = {"asserted", "future",       "negated",
                                       "modal",    "hypothetical", "intended"};
  const std::set<std::string> tenses = {"PAST",     "PRESENT",  "FUTURE", "INFINITIVE",
                                        "PRESPART", "PASTPART", "NONE"};
  const std::set<std::string> aspects = {"PROGRESSIVE", "PERFECTIVE", "PERFECTIVE_PROGRESSIVE",
                                         "NONE"};
  const std::set<std::string> parts = {"VERB", "NOUN", "ADJECTIVE", "OTHER"};
  for (const auto& x : o.at("timexes")) {
    const std::size_t s = x.at("start"), e = x.at("end");
    REQUIRE(s < e);
    REQUIRE(e <= t.text.size());
    CHECK(x.at("text") == t.text.substr(s, e - s));
  }
  std::size_t last = 0;
  for (const auto& ev : o.at("events")) {
    CAPTURE(ev.dump());
    const std::size_t s = ev.at("start"), e = ev.at("end");
    REQUIRE(s < e);
    REQUIRE(e <= t.text.size());
    CHECK(s >= last);  // in text order
    last = s;
    CHECK(ev.at("text") == t.text.substr(s, e - s));
    CHECK(classes.count(ev.at("class")) == 1);
    CHECK(facts.count(ev.at("factuality")) == 1);
    CHECK(tenses.count(ev.at("tense")) == 1);
    CHECK(aspects.count(ev.at("aspect")) == 1);
    CHECK(parts.count(ev.at("pos")) == 1);
    CHECK((ev.at("polarity") == "POS" || ev.at("polarity") == "NEG"));
    if (ev.at("factuality") == "negated") CHECK(ev.at("polarity") == "NEG");
    CHECK((ev.at("modality").is_null() || ev.at("modality").is_string()));
    CHECK(ev.at("lemma").is_string());
    // The detector's margin; 0 for a noun the event_noun word list took (it is no model score).
    CHECK(ev.at("confidence").get<int>() >= 0);
    const Json& d = ev.at("date");
    if (d.is_null()) continue;
    CHECK(d.at("earliest") <= d.at("latest"));
    CHECK(d.at("score").get<int>() > 0);
    CHECK_FALSE(d.at("rule").get<std::string>().empty());
    if (d.at("basis") == "timex") {
      const std::size_t k = d.at("timex");
      REQUIRE(k < o.at("timexes").size());
      CHECK(d.at("value") == o.at("timexes")[k].at("value"));
      CHECK(d.at("earliest") == o.at("timexes")[k].at("earliest"));
    } else {
      CHECK(d.at("basis") == "dct");
      REQUIRE(o.at("dct").is_string());
      CHECK(d.at("value") == o.at("dct"));
      CHECK(d.at("earliest") == o.at("dct"));
      CHECK(d.at("latest") == o.at("dct"));
    }
  }
}

}  // namespace

TEST_CASE("tag: 'The quake struck on Tuesday' is an occurrence dated the Tuesday before the DCT") {
  const auto t = tag_text("The quake struck on Tuesday, officials said.\n");
  check_contract(t);
  CHECK(t.out.at("dct") == "2024-11-20");  // a Wednesday
  REQUIRE(t.out.at("timexes").size() == 1);
  CHECK(t.out.at("timexes")[0].at("text") == "Tuesday");
  CHECK(t.out.at("timexes")[0].at("value") == "2024-11-19");
  const Json& struck = event(t, "struck");
  CHECK(struck.at("start") == 10);
  CHECK(struck.at("end") == 16);
  CHECK(struck.at("class") == "OCCURRENCE");
  CHECK(struck.at("pos") == "VERB");
  CHECK(struck.at("tense") == "PAST");
  CHECK(struck.at("aspect") == "NONE");
  CHECK(struck.at("polarity") == "POS");
  CHECK(struck.at("modality").is_null());
  CHECK(struck.at("factuality") == "asserted");
  CHECK(struck.at("lemma") == "strike");
  const Json& d = struck.at("date");
  REQUIRE(d.is_object());
  CHECK(d.at("value") == "2024-11-19");
  CHECK(d.at("earliest") == "2024-11-19");
  CHECK(d.at("latest") == "2024-11-19");
  CHECK(d.at("basis") == "timex");
  CHECK(d.at("timex") == 0);
  CHECK(event(t, "said").at("class") == "REPORTING");
  CHECK(event(t, "quake").at("pos") == "NOUN");
}

TEST_CASE("tag: negated, hypothetical, modal, intended and future events say so") {
  const auto t = tag_text(
      "Rescuers pulled three people from the rubble on Monday.\n\n"
      "The bridge did not collapse.\n\n"
      "Nobody was hurt in the blast.\n\n"
      "If the river rises, the town could be cut off.\n\n"
      "The storm could cause landslides.\n\n"
      "The council plans to hold a vote.\n\n"
      "The ministers will meet on Friday.\n\n"
      "Unless the talks resume, the strike will go on.\n\n"
      "The minister would sign the deal.\n");
  check_contract(t);
  const Json& pulled = event(t, "pulled");
  CHECK(pulled.at("factuality") == "asserted");
  CHECK(pulled.at("date").at("value") == "2024-11-18");

  CHECK(event(t, "collapse").at("factuality") == "negated");
  CHECK(event(t, "collapse").at("polarity") == "NEG");
  CHECK(event(t, "hurt").at("factuality") == "negated");
  CHECK(event(t, "hurt").at("polarity") == "NEG");

  CHECK(event(t, "rises").at("factuality") == "hypothetical");
  CHECK(event(t, "rises").at("polarity") == "POS");
  CHECK(event(t, "resume").at("factuality") == "hypothetical");

  CHECK(event(t, "cause").at("factuality") == "modal");
  CHECK(event(t, "cause").at("modality") == "could");
  CHECK(event(t, "cut").at("factuality") == "modal");
  CHECK(event(t, "sign").at("factuality") == "modal");
  CHECK(event(t, "sign").at("modality") == "would");

  CHECK(event(t, "hold").at("factuality") == "intended");
  CHECK(event(t, "hold").at("tense") == "INFINITIVE");
  CHECK(event(t, "plans").at("factuality") == "asserted");

  const Json& meet = event(t, "meet");
  CHECK(meet.at("factuality") == "future");
  CHECK(meet.at("tense") == "FUTURE");
  CHECK(meet.at("date").at("value") == "2024-11-22");  // the Friday after the DCT
}

TEST_CASE("tag: the DCT comes from --dct, else the header, without one nothing is DCT-dated") {
  const std::string body =
      "The storm struck the coast yesterday, and officials said on "
      "Tuesday that three people died.\n";
  const auto header = tag_text("Storm hits coast\nPublished November 20, 2024\n\n" + body, "");
  check_contract(header);
  CHECK(header.out.at("dct") == "2024-11-20");
  const auto given = tag_text(body, "--dct 2024-11-20");
  check_contract(given);
  CHECK(given.out.at("dct") == "2024-11-20");
  CHECK(event(given, "struck").at("date").at("value") == "2024-11-19");
  // A TimeML creation time with a clock part is taken for its day.
  CHECK(tag_text(body, "--dct 2024-11-20T08:30:00").out.at("dct") == "2024-11-20");

  const auto none = tag_text(body, "");
  check_contract(none);
  CHECK(none.out.at("dct").is_null());
  for (const auto& e : none.out.at("events")) {
    CAPTURE(e.dump());
    if (!e.at("date").is_null()) CHECK(e.at("date").at("basis") != "dct");
  }
  // "yesterday" without a DCT has no interval: it dates nothing.
  CHECK(event(none, "struck").at("date").is_null());
}

TEST_CASE("tag: offsets are UTF-8 bytes, CRLF text, output is the same on every run") {
  const std::string text =
      "Caf\xc3\xa9 owners in S\xc3\xa3o Paulo protested on Monday.\r\nPolice arrested 12 "
      "people.\r\n";
  const auto t = tag_text(text);
  check_contract(t);
  const Json& protested = event(t, "protested");
  CHECK(protested.at("start") == text.find("protested"));
  CHECK(protested.at("date").at("value") == "2024-11-18");
  CHECK(event(t, "arrested").at("start") == text.find("arrested"));

  TempDir dir;
  write_file(dir / "doc.txt",
             slurp(test_support::source_dir() / "tests/corpora/storm/b_landfall.txt"));
  const auto a = run_binary("tag '" + (dir / "doc.txt").string() + "'");
  const auto b = run_binary("tag '" + (dir / "doc.txt").string() + "'");
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
  const Tag storm{slurp(dir / "doc.txt"), Json::parse(a.out)};
  check_contract(storm);
  CHECK(storm.out.at("dct") == "2024-09-11");
  CHECK(storm.out.at("events").size() > 30);
}

TEST_CASE(
    "tag: 'Business Daily' is a newspaper, not a SET, while 'daily' in the same text is one") {
  const Tag t =
      tag_text("Business Daily reported on Tuesday that flights to Kyiv now run daily.\n");
  std::set<std::string> sets;
  for (const auto& x : t.out.at("timexes"))
    if (x.at("type") == "SET")
      sets.insert(x.at("text").get<std::string>() + "@" + std::to_string(x.at("start").get<int>()));
  CHECK(sets == std::set<std::string>{"daily@64"});
}

TEST_CASE("tag: errors: a bad --dct is a usage error, a missing file an input error") {
  TempDir dir;
  write_file(dir / "doc.txt", "Rain fell.\n");
  const auto bad = run_binary("tag '" + (dir / "doc.txt").string() + "' --dct 2024-02-30");
  CHECK(bad.exit_code == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("--dct: expected YYYY-MM-DD, got '2024-02-30'") != std::string::npos);
  const auto format = run_binary("tag '" + (dir / "doc.txt").string() + "' --format xml");
  CHECK(format.exit_code == 2);
  const auto missing = run_binary("tag /no/such/doc.txt");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err ==
        "/no/such/doc.txt:1:1: error: cannot read file: No such file or directory\n");
}
