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
  WordTable table;
  PhraseMatcher m(table, false);
  m.add("talks", 1);
  m.add("peace talks", 2);
  m.add("round of talks", 3);
  const std::string text = "The Peace Talks and a second round of talks";
  const std::string lower = lower_ascii(text);
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  std::vector<int> ids;
  find_ids(table, lower, toks, ids);
  CHECK(m.match_at(ids, 1).id == 2);
  CHECK(m.match_at(ids, 1).length == 2);
  CHECK(m.match_at(ids, 6).id == 3);
  CHECK(m.match_at(ids, 0).length == 0);
  CHECK(m.match_at(ids, 8).id == 1);
  PhraseMatcher names(table, true);
  names.add("the Kremlin", 7);
  std::vector<Token> t2;
  const std::string s2 = "the Kremlin said; THE KREMLIN the";
  tokenize(s2, 0, s2.size(), t2);
  find_ids(table, s2, t2, ids);
  CHECK(names.match_at(ids, 0).id == 7);
  CHECK(names.match_at(ids, 4).length == 0);
  CHECK(names.match_at(ids, 6).length == 0);  // a phrase cut off by the end of the tokens
}

TEST_CASE("events: word table interns each word once and keeps its flags") {
  WordTable table;
  CHECK(table.find("talks") == WordTable::kNone);
  CHECK(table.flags(WordTable::kNone) == 0);
  const int talks = table.intern("talks");
  CHECK(table.intern("talks") == talks);
  CHECK(table.find("Talks") == WordTable::kNone);  // case-sensitive: the caller lower-cases
  table.add_flags(talks, 4);
  table.add_flags(table.intern("Talks"), 1);
  CHECK(table.flags(talks) == 4);
  // Enough words to grow the table several times, long and short, non-ASCII too.
  std::vector<int> ids;
  for (int i = 0; i < 3000; ++i) ids.push_back(table.intern("wörd-" + std::to_string(i * 7919)));
  for (int i = 0; i < 3000; ++i) CHECK(table.find("wörd-" + std::to_string(i * 7919)) == ids[i]);
  CHECK(table.find("") == WordTable::kNone);
  CHECK(table.find("talks") == talks);
  CHECK(table.size() == 3002);
}

TEST_CASE("events: word table tells short words apart without comparing their bytes") {
  // Up to 8 bytes the table trusts hash and length: every word of a dense set must come back
  // as itself, and near misses (other case, one byte more or less) as absent.
  WordTable table;
  std::vector<std::string> words;
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) {
      words.push_back({a, b});
      words.push_back({a, b, 'e', 'd'});
      words.push_back({'t', a, 'l', 'k', 's', b, 'x', 'y'});
    }
  std::vector<int> ids;
  for (const auto& w : words) ids.push_back(table.intern(w));
  for (std::size_t i = 0; i < words.size(); ++i) {
    CHECK(table.find(words[i]) == ids[i]);
    CHECK(table.find(words[i] + "s") == WordTable::kNone);
    CHECK(table.find(words[i].substr(1)) == WordTable::kNone);
    std::string upper = words[i];
    upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
    CHECK(table.find(upper) == WordTable::kNone);
  }
}
