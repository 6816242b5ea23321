// Terminal escaping and the YAML nesting pre-scan.
#include <doctest/doctest.h>

#include "chronograph/base/nesting.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/terminal_text.hpp"

using chronograph::base::terminal_safe;
using chronograph::base::too_deep_bracket;

TEST_CASE("terminal_safe: controls, DEL, C1 and invalid UTF-8 become hex escapes, the rest stays") {
  CHECK(terminal_safe("plain text, café – ok") == "plain text, café – ok");
  CHECK(terminal_safe("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07");
  CHECK(terminal_safe("tab\there") == "tab\there");
  CHECK(terminal_safe("two\nlines") == "two\\x0alines");
  CHECK(terminal_safe("two\nlines", true) == "two\nlines");
  CHECK(terminal_safe("del\x7f") == "del\\x7f");
  CHECK(terminal_safe("csi\xC2\x9B") == "csi\\xc2\\x9b");
  CHECK(terminal_safe("nbsp\xC2\xA0") == "nbsp\xC2\xA0");
  CHECK(terminal_safe("bad\xff\xC3") == "bad\\xff\\xc3");
  CHECK(terminal_safe("over\xC0\xAF") == "over\\xc0\\xaf");
  CHECK(terminal_safe(std::string_view("nul\0", 4)) == "nul\\x00");
  const std::string once = terminal_safe("x\x1b\xff\n");
  CHECK(terminal_safe(once) == once);
}

TEST_CASE("InputError: the message line is escaped for the terminal") {
  const chronograph::base::InputError e("f\x1b.yaml", 2, 3, "unknown escape character: \xff");
  CHECK(std::string(e.what()) == "f\\x1b.yaml:2:3: error: unknown escape character: \\xff");
}

TEST_CASE("too_deep_bracket: counts flow brackets outside quotes and comments") {
  CHECK_FALSE(too_deep_bracket("a: [[1, 2], {b: [3]}]", 3));
  CHECK(too_deep_bracket("a: [[[[1]]]]", 3) == 6u);
  CHECK_FALSE(too_deep_bracket("a: \"[[[[\" # [[[[\nb: '[[[['", 2));
  CHECK_FALSE(too_deep_bracket("a: 'it''s [[[['", 2));
  CHECK_FALSE(too_deep_bracket("a: don't [[ ]] [[ ]]", 2));
  CHECK(too_deep_bracket("a: don't [[[x", 2) == 11u);
  CHECK_FALSE(too_deep_bracket("a: \"\\\"[[[[\"", 2));
}
