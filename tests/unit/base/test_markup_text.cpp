// Tests of the one XML/HTML escaper (base::append_markup), used by render's formats and TimeML.
#include <doctest/doctest.h>

#include "chronograph/base/markup_text.hpp"

using namespace chronograph;

TEST_CASE("markup escaping: entities, line breaks as references, nothing XML refuses") {
  CHECK(base::escape_markup("</script><script>alert(1)</script>") ==
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(base::escape_markup("a\"b'c&d") == "a&quot;b&#39;c&amp;d");
  CHECK(base::escape_markup("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(base::escape_markup("x\x01y\x1f") == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
  CHECK(base::escape_markup("\xff \xEF\xBF\xBF é") == "\xEF\xBF\xBD \xEF\xBF\xBD é");
}

TEST_CASE("markup escaping with line breaks kept: tab and LF as they are, CR still a reference") {
  std::string out = "x";
  base::append_markup(out, "a\tb\nc\rd<'>", base::LineBreaks::kept);
  CHECK(out == "xa\tb\nc&#13;d&lt;&#39;&gt;");
}
