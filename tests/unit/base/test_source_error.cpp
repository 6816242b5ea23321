// Tests of source positions and compiler-format errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "chronograph/base/source_error.hpp"

using namespace chronograph::base;

TEST_CASE("base: position_of counts lines, CRLF once, and code points for columns") {
  const std::string text = "ab\r\ncd\nü€x";
  CHECK(position_of(text, 0).line == 1);
  CHECK(position_of(text, 4).line == 2);
  CHECK(position_of(text, 4).column == 1);
  CHECK(position_of(text, 5).column == 2);
  // "ü" is 2 bytes, "€" 3 bytes: 'x' is the third code point of line 3.
  const auto p = position_of(text, text.find('x'));
  CHECK(p.line == 3);
  CHECK(p.column == 3);
}

TEST_CASE("base: InputError prints file:line:column: error: message") {
  const InputError e = InputError::at_offset("doc.txt", "one\ntwo", 5, "bad thing");
  CHECK(std::string(e.what()) == "doc.txt:2:2: error: bad thing");
  CHECK(e.line() == 2);
  CHECK(e.message() == "bad thing");
}

TEST_CASE("base: positions of many offsets in one pass count lines and code points") {
  // Reference: split at '\n' (a "\r\n" counts once), count code points from the line start.
  auto reference = [](const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, start = 0;
    for (std::size_t i = 0; i < offset; ++i)
      if (text[i] == '\n') ++line, start = i + 1;
    std::size_t column = 1;
    for (std::size_t i = start; i < offset; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if ((c & 0xC0) == 0x80) continue;
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      ++column;
    }
    return std::pair{line, column};
  };
  std::mt19937 rng(5);
  const std::vector<std::string> pieces = {"a", "é", "“", "\n", "\r\n", " ", "\r", "日本"};
  for (int round = 0; round < 50; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 200);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i <= text.size(); ++i)
      if (rng() % 3 == 0) offsets.push_back(i);
    offsets.push_back(text.size() + 5);  // past the end: the end's position
    const auto all = positions_of(text, offsets);
    REQUIRE(all.size() == offsets.size());
    for (std::size_t k = 0; k < offsets.size(); ++k) {
      CAPTURE(offsets[k]);
      CHECK(std::pair{all[k].line, all[k].column} == reference(text, offsets[k]));
      const auto one = position_of(text, offsets[k]);
      CHECK(std::pair{one.line, one.column} == reference(text, offsets[k]));
    }
  }
}
