// Tests of the quoted parts of a document kept after its text is freed.
#include <doctest/doctest.h>

#include <stdexcept>

#include "chronograph/graph/kept_text.hpp"

using namespace chronograph;
using namespace chronograph::graph;

TEST_CASE("graph: kept text returns exactly the bytes asked for, and refuses the rest") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Sentence " + std::to_string(i) + " – “quoted” text.\r\n";
  const KeptText kept(
      text, {{500, 560}, {40, 90}, {80, 120}, {2000, 2001}, {text.size() - 3, text.size()}});
  auto same = [&](std::size_t b, std::size_t e) {
    CHECK(kept.view(b, e) == std::string_view(text).substr(b, e - b));
    CHECK(kept.shared(b, e).view() == std::string_view(text).substr(b, e - b));
  };
  same(40, 120);  // two overlapping spans joined
  same(95, 110);  // inside them
  same(500, 560);
  same(2000, 2001);
  same(text.size() - 3, text.size());
  same(560, 564);  // the few bytes after a span that tokenizers peek at
  CHECK(kept.size() < 300);
  CHECK_THROWS_AS(kept.view(300, 310), std::logic_error);  // never kept
  CHECK_THROWS_AS(kept.view(110, 400), std::logic_error);  // runs past its region
  CHECK_THROWS_AS(kept.view(0, 10), std::logic_error);     // before the first region
  // Shared bytes outlive the object that kept them.
  base::SharedText quote;
  {
    const KeptText scoped(text, {{10, 30}});
    quote = scoped.shared(12, 20);
  }
  CHECK(quote.view() == std::string_view(text).substr(12, 8));
  const KeptText none(text, {});
  CHECK_THROWS_AS(none.view(0, 1), std::logic_error);
}
