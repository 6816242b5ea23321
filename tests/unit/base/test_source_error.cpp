// Tests of source positions and compiler-format errors.
#include <doctest/doctest.h>

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
