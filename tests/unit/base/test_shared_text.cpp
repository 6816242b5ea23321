// Tests of shared immutable text: copies, comparisons, aliasing, the arena and the interner.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <vector>

#include "chronograph/base/evidence.hpp"
#include "chronograph/base/shared_text.hpp"

using namespace chronograph::base;

TEST_CASE("base: SharedText copies share bytes and compare by content") {
  const SharedText a("a piece of evidence");
  const SharedText b = a;
  CHECK(b.data() == a.data());  // a copy is a reference, not a new buffer
  CHECK(b == a);
  const SharedText c(std::string("a piece of evidence"));
  CHECK(c.data() != a.data());
  CHECK(c == a);
  CHECK(SharedText("abc") < SharedText("abd"));
  CHECK(SharedText("ab") < SharedText("abc"));
  CHECK((SharedText("b") <=> SharedText("a")) == std::strong_ordering::greater);
  CHECK(SharedText("abc") != SharedText("abd"));
  // Against the string types, either way round.
  const std::string s = "abc";
  const std::string_view v = "abc";
  CHECK(SharedText("abc") == s);
  CHECK(s == SharedText("abc"));
  CHECK(SharedText("abc") == v);
  CHECK(v == SharedText("abc"));
  CHECK(SharedText("abc") == "abc");
  CHECK("abc" == SharedText("abc"));
  CHECK(SharedText("abb") < s);
  CHECK(v < SharedText("abd"));
  CHECK("abd" > SharedText("abc"));
}

TEST_CASE("base: empty SharedText owns nothing and equals every other empty one") {
  const SharedText none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.view().empty());
  CHECK(none.data() != nullptr);  // safe to hand to C APIs with the size
  CHECK(none == SharedText(""));
  CHECK(none == std::string());
  CHECK(none == "");
  CHECK(none < SharedText("a"));
  CHECK(SharedText(std::string_view()).empty());
  // An empty alias does not keep its owner.
  auto owner = std::make_shared<std::string>("abc");
  const std::weak_ptr<std::string> watch = owner;
  const SharedText empty_alias(owner, std::string_view(owner->data(), 0));
  owner.reset();
  CHECK(watch.expired());
  CHECK(empty_alias.empty());
}

TEST_CASE("base: an aliasing SharedText keeps its owner alive, without copying") {
  auto owner = std::make_shared<std::string>("The talks in Istanbul failed on Monday.");
  const std::weak_ptr<std::string> watch = owner;
  const SharedText talks(owner, std::string_view(*owner).substr(4, 5));
  CHECK(talks.data() == owner->data() + 4);
  CHECK(talks == "talks");
  SharedText copy = talks;
  owner.reset();  // the owner's last other reference
  CHECK(!watch.expired());
  CHECK(copy == "talks");
  // Substrings share the same owner too.
  SharedText alks = copy.substr(1);
  CHECK(alks.data() == copy.data() + 1);
  CHECK(alks == "alks");
  CHECK(copy.substr(5).empty());
  CHECK_THROWS_AS(copy.substr(6), std::out_of_range);
  copy = SharedText();
  CHECK(!watch.expired());  // alks still points into it
  alks = SharedText();
  CHECK(!watch.expired());  // talks still does
}

TEST_CASE("base: SharedText converts to and from the string types") {
  const std::string s = "doc-1";
  SharedText t = s;  // old code assigned strings to evidence
  CHECK(t.str() == s);
  t = "doc-2";
  CHECK(std::string_view(t) == "doc-2");
  const std::string_view v = t;
  CHECK(v.data() == t.data());
  CHECK(std::string(t) == "doc-2");
  std::ostringstream out;
  out << t;
  CHECK(out.str() == "doc-2");
  std::map<SharedText, int> ordered{{"b", 2}, {"a", 1}};
  CHECK(ordered.begin()->first == "a");
  CHECK(std::hash<SharedText>()(t) == std::hash<std::string_view>()("doc-2"));
  // Bytes, not C strings: embedded NULs are kept.
  const SharedText nul(std::string_view("a\0b", 3));
  CHECK(nul.size() == 3);
  CHECK(nul != "a");
}

TEST_CASE("base: Evidence is built and compared as before, in less room") {
  const std::string doc = "doc";
  const std::string text = "the ceasefire held";
  const Evidence a{doc, 4, 22, text.substr(0, 13)};
  const Evidence b{"doc", 4, 22, "the ceasefire"};
  CHECK(a == b);
  CHECK(a != Evidence{"doc", 4, 22, "the ceasefirE"});
  CHECK(sizeof(SharedText) == 3 * sizeof(void*));
  CHECK(sizeof(Evidence) <= 64);
}

TEST_CASE("base: TextArena packs texts into shared chunks that outlive the arena") {
  std::vector<SharedText> texts;
  std::vector<std::string> expected;
  {
    TextArena arena;
    CHECK(arena.copy("").empty());
    // Enough to fill several chunks; each text sits right after the one before in its chunk.
    for (int i = 0; i < 20000; ++i) {
      expected.push_back("evidence number " + std::to_string(i));
      texts.push_back(arena.copy(expected.back()));
    }
    CHECK(texts[1].data() == texts[0].data() + texts[0].size());
    // Too big for a chunk: allocated alone, and the current chunk goes on.
    const std::string huge(1 << 20, 'x');
    const SharedText big = arena.copy(huge);
    CHECK(big == huge);
    const SharedText after = arena.copy("after");
    CHECK(after.data() == texts.back().data() + texts.back().size());
  }
  bool same = true;
  for (std::size_t i = 0; i < texts.size(); ++i) same = same && texts[i] == expected[i];
  CHECK(same);
}

TEST_CASE("base: TextInterner gives equal texts one storage") {
  TextInterner ids;
  const SharedText a = ids.intern("doc-1");
  const SharedText b = ids.intern("doc-2");
  const SharedText c = ids.intern(std::string("doc-1"));
  const SharedText d = ids.intern("doc-2");
  CHECK(a == "doc-1");
  CHECK(b == "doc-2");
  CHECK(c.data() == a.data());
  CHECK(d.data() == b.data());
  CHECK(a.data() != b.data());
  CHECK(ids.intern("").empty());
}
