// Label text: width estimates, wrapping, cleaning, escaping and date wording.
#include <doctest/doctest.h>

#include "chronograph/render/label_text.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;

TEST_CASE("render: wrap_text keeps lines within the width and marks cut text") {
  const std::string text =
      "Operation Spiderweb: drone strikes on Russian strategic aircraft at several airfields";
  const auto lines = wrap_text(text, 120, 10, 3);
  REQUIRE(lines.size() == 3);
  for (const auto& l : lines) CHECK(text_width(l, 10) <= 120);
  CHECK(lines.back().ends_with("\u2026"));
  CHECK(wrap_text("short", 120, 10, 3) == std::vector<std::string>{"short"});
  // A word longer than a line is cut rather than overflowing.
  const auto long_word = wrap_text(std::string(60, 'W'), 100, 10, 4);
  for (const auto& l : long_word) CHECK(text_width(l, 10) <= 100);
}

TEST_CASE("render: clean_text removes control characters and repairs bad UTF-8") {
  CHECK(clean_text("a\tb\n\n c\x01") == "a b c");
  CHECK(clean_text("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(clean_text("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
  CHECK(clean_text("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("render: label escaping keeps backslashes literal") {
  CHECK(escape_label_line(R"(a\nb \N "q")") == R"(a\\nb \\N "q")");
  CHECK(label_value({"one", "t\\wo"}) == R"(one\nt\\wo)");
  CHECK(escape_label_line("AT&T &amp;") == "AT&amp;T &amp;amp;");
  CHECK(label_value({"one", "two"}, true) == R"(one\ltwo\l)");
}

TEST_CASE("render: dates in words follow their precision") {
  using base::Basis;
  using test::day;
  CHECK(date_words(base::day_value(day(2025, 6, 2), Basis::explicit_date)) == "2 Jun 2025");
  CHECK(date_words(base::month_value(date::year{2025} / date::May, Basis::relative)) == "May 2025");
  CHECK(date_words(base::year_value(date::year{1711}, Basis::explicit_date)) == "1711");
  base::DateValue span{"2025-06", day(2025, 6, 2), day(2025, 6, 4), Basis::inferred};
  CHECK(date_words(span) == "2\u20134 Jun 2025");
  base::DateValue after{"2025-06", day(2025, 6, 1), std::nullopt, Basis::inferred};
  CHECK(date_words(after) == "after 1 Jun 2025");
  CHECK(date_words(base::DateValue{}) == "undated");
}
