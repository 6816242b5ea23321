// Tests of the UTF-8 validator and repair, and that JSON writers cannot emit invalid UTF-8.
#include <doctest/doctest.h>

#include "chronograph/base/json_text.hpp"
#include "chronograph/base/utf8.hpp"

using namespace chronograph;

TEST_CASE("base: repair_utf8 replaces each stray byte and keeps valid sequences") {
  CHECK(base::repair_utf8("plain") == "plain");
  CHECK(base::repair_utf8("Erdoğan €") == "Erdoğan €");
  CHECK(base::repair_utf8("a\xff"
                          "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(base::repair_utf8("\xc3") == "\xEF\xBF\xBD");                                  // truncated
  CHECK(base::repair_utf8("\xed\xa0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK_FALSE(base::find_invalid_utf8(base::repair_utf8("x\xc0\xaf\xfe\xf5y")).has_value());
}

TEST_CASE("base: JSON strings are always UTF-8") {
  std::string out;
  base::append_json_string(out, "bad \xff label \x1b");
  CHECK(out == "\"bad \xEF\xBF\xBD label \\u001b\"");
  CHECK_FALSE(base::find_invalid_utf8(out).has_value());
}
