// Publication-date detection, the JSON and TimeML outputs, and the tag command.
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/format.hpp"
#include "temporal_helpers.hpp"

using namespace chronograph::temporal;
using namespace temporal_test;

namespace {
std::string dct_of(const std::string& text) {
  const Tagger tagger;
  const auto g = detect_dct(text, tagger);
  return g ? chronograph::base::format_day(g->day) : "none";
}

}  // namespace

TEST_CASE("temporal: DCT from bylines and header lines") {
  CHECK(dct_of("Mayor resigns\nPublished March 22, 2013\n\nThe mayor resigned yesterday.") ==
        "2013-03-22");
  CHECK(dct_of("Storm hits coast\nUpdated 14:40 GMT, 4 June 2025\nA storm hit.") == "2025-06-04");
  CHECK(dct_of("Title\nBy Jane Roe | Published: 5 May 2021\nText") == "2021-05-05");
  CHECK(dct_of("Headline\n2019-08-01\nBody text follows.") == "2019-08-01");
  CHECK(dct_of("Dam bursts\nBy Ann Lee, Reuters | June 4, 2025 2:40 PM\nWater rose.") ==
        "2025-06-04");
  CHECK(dct_of("Dam bursts\nLast updated: 7 March 2024 at 09:15\nWater rose.") == "2024-03-07");
  // Day first with dots, as European pages print it; a decimal stays a number.
  CHECK(dct_of("Dockers strike\n\n18.10.2024 | 11:05 CEST\n\nThe strike went on.") == "2024-10-18");
  CHECK(dct_of("Dockers strike\nPublished: 3.5.2024\nThe strike went on.") == "2024-05-03");
  CHECK(dct_of("Prices rose\n\n18.10 percent in 2024.\nThe rise went on.") == "none");
  // Version numbers and addresses are no dates: a dotted date has a four-digit year.
  CHECK(dct_of("App update\n\n3.11.12\n\nThe firm released it.") == "none");
  CHECK(dct_of("Server hit\n\n10.12.19.5\n\nHackers used it.") == "none");
  // A date in running text is not a publication date.
  CHECK(dct_of("The treaty signed on March 3, 1990 was historic, historians said.") == "none");
  // Nor is a sidebar deep in the page, after the article body.
  std::string page = "Big news\n\n";
  for (int i = 0; i < 6; ++i)
    page += std::string(250, 'x') + " body paragraph that goes on and on about the story.\n\n";
  page += "Read also:\n2025, Friday\n18 July\n21:35\nOther headline\n";
  CHECK(dct_of(page) == "none");
}

TEST_CASE("temporal: DCT from a news dateline that opens the lead") {
  const std::string lead =
      " Norway's competition authority on Thursday approved the takeover, "
      "ending a review that had delayed the deal for six months.";
  CHECK(dct_of("Regulators clear takeover\n\nOSLO, March 14, 2024 \xE2\x80\x94" + lead) ==
        "2024-03-14");
  CHECK(dct_of("Title\nSAO PAULO, Brazil, 3 May 2021 (Reuters) - " + lead) == "2021-05-03");
  CHECK(dct_of("Title\nNEW YORK, Jan. 5, 2020 \xE2\x80\x93" + lead) == "2020-01-05");
  CHECK(dct_of("Title\nMarch 14, 2024 -- " + lead) == "2024-03-14");
  // Not datelines: a sentence in lower case, no dash after the date, a date without a year.
  CHECK(dct_of("Title\nIn Oslo, March 14, 2024 \xE2\x80\x94" + lead) == "none");
  CHECK(dct_of("Title\nOSLO, March 14, 2024, the authority said that" + lead) == "none");
  CHECK(dct_of("Title\nOSLO, March 14 (Reuters) -" + lead) == "none");
  CHECK(dct_of("Title\nThe deal, first announced on September 3, 2023 - " + lead) == "none");
}

TEST_CASE("temporal: DCT from a place line above the story") {
  // Regression: "Rotterdam, 2023-11-20" under the headline gave no publication date, so no
  // "November 13" or "on Monday" of the story resolved.
  CHECK(dct_of("Dock workers end strike\n\nRotterdam, 2023-11-20\n\nDock workers returned.") ==
        "2023-11-20");
  CHECK(dct_of("Title\nSan Sebastián, 4 June 2025\nText.") == "2025-06-04");
  CHECK(dct_of("Title\nSt. John's, June 4, 2025\nText.") == "2025-06-04");
  // Not a place: lower-case words, more than four words, text after the date.
  CHECK(dct_of("Title\nTalks in Istanbul, June 2, 2025\nText.") == "none");
  CHECK(dct_of("Title\nThe Big Old Town Hall Fire, June 2, 2025\nText.") == "none");
  CHECK(dct_of("Title\nRotterdam, 2023-11-20 was a Monday like any other\nText.") == "none");
}

TEST_CASE("temporal: DCT from a wire dateline on a line of its own") {
  // Regression: "NASHVILLE, Tenn., Oct. 19, 2023 (AP) —" alone on its line, and "GENEVA (AFP)
  // – Wednesday 27 April 2022" with the date after the dash, gave no publication date.
  const std::string lead = "\nA hospital chain restored its systems on Wednesday.";
  CHECK(dct_of("Title\nNASHVILLE, Tenn., Oct. 19, 2023 (AP) \xE2\x80\x94" + lead) == "2023-10-19");
  CHECK(dct_of("Title\nGENEVA (AFP) \xE2\x80\x93 Wednesday 27 April 2022" + lead) == "2022-04-27");
  CHECK(dct_of("Title\nPARIS - 5 May 2022" + lead) == "2022-05-05");
  // Text after the date, or words between the dash and it, make it no dateline.
  CHECK(dct_of("Title\nGENEVA (AFP) \xE2\x80\x93 talks resumed on 27 April 2022" + lead) == "none");
  CHECK(dct_of("Title\nGENEVA (AFP) \xE2\x80\x93 27 April 2022 was chosen" + lead) == "none");
}

TEST_CASE("temporal: DCT search on one long line looks at each date's line once") {
  // Regression: the text before each date was copied from the line start (quadratic). The
  // same answers now come from bounded context, and a long line of dates is no header.
  std::string line;
  for (int i = 0; i < 5000; ++i) line += "On May 5, 2025 talks were held. ";
  CHECK(dct_of(line) == "none");
  CHECK(dct_of("June 4, 2025" + std::string(150, ' ') + "\nText.") == "2025-06-04");
  CHECK(dct_of(std::string(150, '-') + "June 4, 2025\nText.") == "2025-06-04");
  CHECK(dct_of("Title\n" + std::string(120, 'x') + " Published June 4, 2025\nText.") ==
        "2025-06-04");  // a byline word at the end of a long line still counts
}

TEST_CASE("temporal: JSON output carries offsets, text, type, value, interval and anchor") {
  const std::string text = "He said \"yesterday\" and\tleft a day before the vote.";
  const auto ts = tag(text, "2025-06-03");
  const std::string json = to_json(text, ts);
  CHECK(json.find("\"text\": \"yesterday\"") != std::string::npos);
  CHECK(json.find("\"value\": \"2025-06-02\"") != std::string::npos);
  CHECK(json.find("\"earliest\": \"2025-06-02\"") != std::string::npos);
  CHECK(json.find("\"anchor\": {\"phrase\": \"the vote\"") != std::string::npos);
  CHECK(json.find("\"start\": 9, \"end\": 18") != std::string::npos);
  CHECK(to_json("", {}) == "[]\n");
}

TEST_CASE("temporal: chronograph tag command") {
  using test_support::run_binary;
  const auto r = run_binary("tag data/corpus/002_df9fc6c6dcb696bb.txt --dct 2025-06-03");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"value\": \"2025-06-02\"") != std::string::npos);
  const auto t = run_binary("tag data/corpus/000_fcddff1057b4863f.txt --format timeml");
  CHECK(t.exit_code == 0);
  CHECK(t.out.find("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-06-03\">3 June, 2025 Tuesday"
                   "</TIMEX3>") != std::string::npos);
  CHECK(t.out.find("<TimeML ") != std::string::npos);
  // TimeML creation times carry a clock part: accepted.
  CHECK(
      run_binary("tag data/corpus/002_df9fc6c6dcb696bb.txt --dct 1998-02-06T22:29:00").exit_code ==
      0);
  CHECK(run_binary("tag data/corpus/002_df9fc6c6dcb696bb.txt --dct 2025-13-01").exit_code == 2);
  CHECK(run_binary("tag data/corpus/002_df9fc6c6dcb696bb.txt --format xml").exit_code == 2);
  const auto missing = run_binary("tag no/such/file.txt");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("no/such/file.txt") != std::string::npos);
  test_support::TempDir tmp;
  test_support::write_file(tmp / "bad.txt", std::string("ok \xff\xfe bad"));
  const auto bad = run_binary("tag '" + (tmp / "bad.txt").string() + "'");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find(":1:4: error:") != std::string::npos);
}
