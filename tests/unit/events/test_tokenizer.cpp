// Tests of tokenization and phrase matching.
#include <doctest/doctest.h>

#include "chronograph/events/phrase_matcher.hpp"
#include "chronograph/events/tokenizer.hpp"

using namespace chronograph::events;

namespace {
std::vector<std::string> words(const std::string& text) {
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}
}  // namespace

TEST_CASE("events: tokens keep abbreviations, hyphens and non-ASCII names whole") {
  CHECK(words("U.S. President Erdoğan's 30-day plan.") ==
        std::vector<std::string>{"U.S.", "President", "Erdoğan", "'s", "30-day", "plan", "."});
  CHECK(
      words("Ukraine’s “nuclear triad” — 2.5 hours") ==
      std::vector<std::string>{"Ukraine", "’s", "“", "nuclear", "triad", "”", "—", "2.5", "hours"});
  CHECK(words("").empty());
  CHECK(words("a\u00a0b") == std::vector<std::string>{"a", "b"});  // NBSP separates
}

TEST_CASE("events: phrase matcher finds the longest phrase, case-insensitively when asked") {
  PhraseMatcher m(false);
  m.add("talks", 1);
  m.add("peace talks", 2);
  m.add("round of talks", 3);
  const std::string text = "The Peace Talks and a second round of talks";
  const std::string lower = lower_ascii(text);
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  CHECK(m.match_at(lower, toks, 1).id == 2);
  CHECK(m.match_at(lower, toks, 1).length == 2);
  CHECK(m.match_at(lower, toks, 6).id == 3);
  CHECK(m.match_at(lower, toks, 0).length == 0);
  PhraseMatcher names(true);
  names.add("the Kremlin", 7);
  std::vector<Token> t2;
  const std::string s2 = "the Kremlin said; THE KREMLIN";
  tokenize(s2, 0, s2.size(), t2);
  CHECK(names.match_at(s2, t2, 0).id == 7);
  CHECK(names.match_at(s2, t2, 4).length == 0);
}
