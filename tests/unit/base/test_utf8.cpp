// Tests of the UTF-8 validator and repair, and that JSON writers cannot emit invalid UTF-8.
#include <doctest/doctest.h>

#include "chronograph/base/json_text.hpp"
#include "chronograph/base/nesting.hpp"
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

TEST_CASE("base: JSON strings escape in place inside runs of plain and multi-byte text") {
  std::string out = "x";  // appends, keeping what was there
  base::append_json_string(out, "a\"b\\c\n\r\td\x01\x7f é—\xc3\"");
  CHECK(out == "x\"a\\\"b\\\\c\\n\\r\\td\\u0001\x7f é—\xEF\xBF\xBD\\\"\"");
  out.clear();
  base::append_json_string(out, "");
  CHECK(out == "\"\"");
  out.clear();
  base::append_json_string(out, "\xe2\x80");  // a sequence cut at the end: each byte replaced
  CHECK(out == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST_CASE("base: a second YAML document is found by its marker, a first one is not") {
  CHECK_FALSE(base::second_yaml_document("events: []\n").has_value());
  CHECK_FALSE(base::second_yaml_document("# c\n---\nevents: []\n...\n# end\n").has_value());
  CHECK_FALSE(base::second_yaml_document("%YAML 1.2\n--- {events: []}\n").has_value());
  CHECK(base::second_yaml_document("events: []\n---\nevents: []\n").value() == 11);
  CHECK(base::second_yaml_document("a: 1\r\n...\r\nb: 2\r\n").value() == 11);
  CHECK_FALSE(base::second_yaml_document("a: |\n  ---\n  text\n").has_value());  // indented
  // Regression: yaml-cpp's LoadAll never returned on this text; the scan and Load do.
  CHECK_FALSE(base::second_yaml_document("   ,   a [b]\n").has_value());
}
