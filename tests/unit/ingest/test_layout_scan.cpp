// Tests of the layout scanner's edges: phrase cues, the 160-byte prefix, long-line word counts.
#include <doctest/doctest.h>

#include <string>

#include "chronograph/ingest/layout.hpp"

using namespace chronograph::ingest;

namespace {
LineRole role_of_line(const std::string& text, std::size_t index) {
  const Layout layout = analyze_layout(text);
  REQUIRE(index < layout.lines.size());
  return layout.lines[index].role;
}

// A line of `words` words where the second word starts exactly 241 bytes into the line: the
// word counter works in blocks of 240 bytes after the first byte.
std::string long_line(std::size_t words) {
  std::string s(240, 'x');
  for (std::size_t i = 1; i < words; ++i) s += " word";
  return s;
}
}  // namespace

TEST_CASE("layout: furniture phrases are found in any letter case") {
  CHECK(role_of_line("Body text comes first in this example page.\nCOPYRIGHT 2025 Example Media\n",
                     1) == LineRole::furniture);
  CHECK(role_of_line("Body text comes first in this example page.\n"
                     "Reproduction Is PROHIBITED without a Hyperlink to the source page.\n",
                     1) == LineRole::furniture);
  CHECK(role_of_line("Body text comes first in this example page.\nMenu | News | Contact\n", 1) ==
        LineRole::furniture);
}

TEST_CASE("layout: content tests read only the first 160 bytes of a line") {
  const std::string lead(150, 'a');
  // "copyright" at byte 151 ends at 160: seen. At byte 152 it would end past the prefix: unseen.
  const std::string seen = "Body text comes first.\n" + lead + " copyright notice of the site.\n";
  const std::string unseen =
      "Body text comes first.\n" + lead + "a copyright notice of the site.\n";
  CHECK(role_of_line(seen, 1) == LineRole::furniture);
  CHECK(role_of_line(unseen, 1) == LineRole::body);
}

TEST_CASE("layout: word counts stay exact across long lines") {
  // A headline under a clock in a list has at most 25 words; beyond that it is running text.
  auto role_under_clock = [](std::size_t words) {
    const std::string text =
        "17:53\n" + long_line(words) + "\n17:40\nStorm closes schools across the north\n";
    return role_of_line(text, 1);
  };
  CHECK(role_under_clock(25) == LineRole::headline);
  CHECK(role_under_clock(26) == LineRole::body);
}

// Regression: a photo caption under a lede gave an event dated to the day the picture names.
TEST_CASE("layout: a photo caption is not content") {
  const std::string text =
      "Body text comes first in this example page.\n"
      "PHOTO: Rescuers search a collapsed house in San Ismael on Monday. (Luis Carranza/Andes "
      "Press)\nPhoto: Parents queue outside a clinic on Tuesday.\n"
      "Photos of the damage were shared widely on Monday.\n";
  CHECK(role_of_line(text, 1) == LineRole::furniture);
  CHECK(role_of_line(text, 2) == LineRole::furniture);
  CHECK(role_of_line(text, 3) == LineRole::body);
}
