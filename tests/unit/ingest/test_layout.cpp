// Tests of line roles and sentence splitting on scraped pages.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/ingest/layout.hpp"

using namespace chronograph::ingest;

namespace {
std::string line_text(std::string_view text, const Line& l) {
  return std::string(text.substr(l.start, l.end - l.start));
}
LineRole role_of(std::string_view text, const Layout& layout, std::string_view needle) {
  for (const auto& l : layout.lines)
    if (line_text(text, l) == needle) return l.role;
  FAIL("line not found: " << needle);
  return LineRole::blank;
}
}  // namespace

TEST_CASE("ingest: a headline list under date headings is recognized, a lone byline time is not") {
  const std::string text =
      "Markets rally on rate hopes\n"
      "12 March, 2024 Tuesday\n"
      "09:15\n"
      "Stocks rose sharply on Tuesday after the central bank signalled a pause in rate rises.\n"
      "Read also:\n"
      "2024, Monday\n"
      "11 March\n"
      "21:35\n"
      "Exclusive\n"
      "Parliament approves new budget after long debate\n"
      "20:10\n"
      "Storm closes schools across the north\n"
      "Views: 473\n"
      "share\n"
      "Reproduction of materials is prohibited without a hyperlink to the source.\n";
  const Layout layout = analyze_layout(text);
  CHECK(role_of(text, layout, "Markets rally on rate hopes") == LineRole::title);
  CHECK(role_of(text, layout, "12 March, 2024 Tuesday") == LineRole::dateline);
  CHECK(role_of(text, layout, "09:15") == LineRole::clock);
  CHECK(role_of(text, layout, "2024, Monday") == LineRole::dateline);
  CHECK(role_of(text, layout, "11 March") == LineRole::dateline);
  CHECK(role_of(text, layout, "Exclusive") == LineRole::label);
  CHECK(role_of(text, layout, "Parliament approves new budget after long debate") ==
        LineRole::headline);
  CHECK(role_of(text, layout, "Storm closes schools across the north") == LineRole::headline);
  CHECK(role_of(text, layout, "Views: 473") == LineRole::furniture);
  CHECK(role_of(text, layout, "share") == LineRole::furniture);
  CHECK(role_of(text, layout, "Read also:") == LineRole::furniture);
  CHECK(role_of(text, layout,
                "Reproduction of materials is prohibited without a hyperlink to the source.") ==
        LineRole::furniture);
  // The body sentence right after a lone byline time stays running text.
  CHECK(role_of(text, layout,
                "Stocks rose sharply on Tuesday after the central bank signalled a pause in rate "
                "rises.") == LineRole::body);
}

TEST_CASE("ingest: sentences split at terminal marks but not after abbreviations or initials") {
  const std::string text =
      "U.S. President Donald Trump met Mr. Smith on Monday. They talked for 2.5 hours! "
      "\"We agreed,\" J. Doe said. Then they left\n";
  const Layout layout = analyze_layout(text);
  REQUIRE(layout.sentences.size() == 4);
  auto sent = [&](std::size_t i) {
    return text.substr(layout.sentences[i].start,
                       layout.sentences[i].end - layout.sentences[i].start);
  };
  CHECK(sent(0) == "U.S. President Donald Trump met Mr. Smith on Monday.");
  CHECK(sent(1) == "They talked for 2.5 hours!");
  CHECK(sent(2) == "\"We agreed,\" J. Doe said.");
  CHECK(sent(3) == "Then they left");
}

// Regression: "the trial opened on Oct. 3 in Chicago" ended a sentence at "Oct.", so the
// date was cut off the events before it; so did "Sen." and "Gov." before a name.
TEST_CASE("ingest: wire-style month and title abbreviations end no sentence") {
  const std::string text =
      "The trial opened on Oct. 3 in Chicago. State Sen. Laura Benning and Gov. Tina Kotek "
      "spoke on Nov. 8. It ended.\n";
  const Layout layout = analyze_layout(text);
  REQUIRE(layout.sentences.size() == 3);
  const auto& s = layout.sentences[0];
  CHECK(text.substr(s.start, s.end - s.start) == "The trial opened on Oct. 3 in Chicago.");
}

// Regression: the lead's dateline was part of its first sentence, so its date dated the lead's
// events ("Bikes sold in Europe" on the day of the story) and its city opened a claim's words.
TEST_CASE("ingest: a wire dateline is no part of the lead's first sentence") {
  auto first_sentence = [](const std::string& text) {
    const Layout layout = analyze_layout(text);
    REQUIRE_FALSE(layout.sentences.empty());
    REQUIRE(layout.sentences.size() >= 2);
    const auto& s = layout.sentences[1];  // the body's first, after the title
    return text.substr(s.start, s.end - s.start);
  };
  const std::string body = "The regulator approved the takeover of the grocer on Thursday.";
  CHECK(first_sentence("Regulator approves grocer takeover\n\nOSLO, March 14, 2024 \xE2\x80\x94 " +
                       body) == body);
  CHECK(first_sentence(
            "Regulator approves grocer takeover\n\nSAO PAULO, Brazil, May 3 (Reuters) - " + body) ==
        body);
  CHECK(first_sentence("Regulator approves grocer takeover\n\nWASHINGTON \xE2\x80\x94 " + body) ==
        body);
  CHECK(first_sentence("Regulator approves grocer takeover\n\nNEW YORK (AP) -- " + body) == body);
  // Running text keeps its words: lower case, a sentence before the dash, a lower-case word
  // after it.
  for (const std::string& lead :
       {"In Oslo, March 14 \xE2\x80\x94 " + body, "NATO \xE2\x80\x94 the alliance said so. " + body,
        "The EU, which said \"no\" - " + body})
    CHECK(first_sentence("Regulator approves grocer takeover\n\n" + lead)
              .starts_with(lead.substr(0, 6)));
}

TEST_CASE("ingest: CRLF line ends and empty text are handled") {
  const std::string text = "A short title for a story\r\nFirst sentence here. Second one here.\r\n";
  const Layout layout = analyze_layout(text);
  for (const auto& s : layout.sentences) CHECK(text[s.end - 1] != '\r');
  CHECK(analyze_layout("").sentences.empty());
}

TEST_CASE("ingest: the sample pages' furniture is not content") {
  const auto path = test_support::source_dir() / "data/corpus/001_042fe7f6d9811a1e.txt";
  const std::string text = chronograph::base::read_file(path);
  const Layout layout = analyze_layout(text);
  for (const char* furniture :
       {"twitter", "night_theme", "Views: 473", "print", "copy link", "Caliber.az © 2025. ."})
    CHECK(role_of(text, layout, furniture) == LineRole::furniture);
  REQUIRE(layout.title_line >= 0);
  CHECK(line_text(text, layout.lines[static_cast<std::size_t>(layout.title_line)])
            .starts_with("Optimism vs. pessimism"));
}

TEST_CASE("ingest: a run-on sentence is cut at clause breaks into bounded pieces") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "officials said the talks were held, and ";
  text += "ended.";
  const auto layout = analyze_layout(text);
  REQUIRE(layout.sentences.size() > 1);
  for (std::size_t i = 0; i < layout.sentences.size(); ++i) {
    const auto& s = layout.sentences[i];
    CHECK(s.end - s.start <= 2000);
    // Every cut but the last falls after a comma, and the pieces follow on.
    if (i + 1 < layout.sentences.size()) CHECK(text[s.end - 1] == ',');
    if (i > 0) CHECK(s.start == layout.sentences[i - 1].end + 1);
  }
  CHECK(text.substr(layout.sentences.back().start).ends_with("ended."));
  // Ordinary sentences are untouched.
  const auto short_text = analyze_layout("The storm hit the coast. Officials fled.");
  CHECK(short_text.sentences.size() == 2);
}
