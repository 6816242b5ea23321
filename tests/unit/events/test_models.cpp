// The learned data files (event model, dating model, WordNet table): exact round trips, the
// shipped copies, and corrupt inputs that must give one positioned error, never a crash.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/event_model.hpp"
#include "chronograph/events/wordnet.hpp"

using namespace chronograph;
using namespace chronograph::events;
using test_support::run_binary;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

std::string model_file(const char* name) {
  return base::read_file(source_dir() / "data/models" / name);
}

// Runs `load` on `bytes` and expects a base::InputError naming `file` in compiler format.
// Returns the message (empty when no error was thrown, which fails the check).
std::string expect_input_error(const std::function<void()>& load, const std::string& file) {
  try {
    load();
  } catch (const base::InputError& e) {
    CHECK(e.file() == file);
    CHECK(std::string(e.what()).rfind(file + ":1:", 0) == 0);
    CHECK(std::string(e.what()).find(": error: ") != std::string::npos);
    return e.message();
  } catch (const std::exception& e) {
    FAIL("not an InputError: " << e.what());
    return "other";
  }
  FAIL("no error for a corrupt " << file);
  return {};
}

// Prefix lengths to try on a file of `size` bytes: every one of the first 400 (the headers),
// ~600 spread over the rest, and the last 40.
std::vector<std::size_t> truncations(std::size_t size) {
  std::vector<std::size_t> out;
  for (std::size_t n = 0; n < std::min<std::size_t>(size, 400); ++n) out.push_back(n);
  const std::size_t step = std::max<std::size_t>(1, size / 600);
  for (std::size_t n = 400; n < size; n += step) out.push_back(n);
  for (std::size_t n = size > 40 ? size - 40 : 0; n < size; ++n) out.push_back(n);
  return out;
}

void put_u32(std::string& bytes, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t get_u32(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i)
    v |= std::uint32_t{static_cast<unsigned char>(bytes[at + i])} << (8 * i);
  return v;
}

// A small model of three features with known weights (given out of order).
EventModel small_event_model() {
  const std::vector<std::uint64_t> hashes = {900, 100, 500, 700};
  std::vector<double> weights(hashes.size() * kScoreCount, 0.0);
  for (std::size_t l = 0; l < kScoreCount; ++l) {
    weights[0 * kScoreCount + l] = 0.5 * double(l);   // feature 900
    weights[1 * kScoreCount + l] = -1.0;              // feature 100
    weights[2 * kScoreCount + l] = l == 3 ? 2.0 : 0;  // feature 500
                                                      // feature 700: all zero, dropped
  }
  return EventModel(LinearModel::quantize(kScoreCount, hashes, weights),
                    EventModel::shipped().classes(), "test model");
}

// The byte offset of the first feature hash of a serialized small_event_model().
std::size_t first_hash_offset(const EventModel& m) {
  return std::strlen("chronograph-event-model 5\n") + 4 + m.provenance().size() + 4 +
         m.classes().serialize().size() + 4 + 4;
}

}  // namespace

TEST_CASE("models: the shipped event model, dating model and word table load and are not empty") {
  const EventModel& events = EventModel::shipped();
  CHECK(events.size() > 1000);
  CHECK(events.classes().size() > 10);
  CHECK(events.classes().of("would") == events.classes().id("modal"));
  CHECK(events.provenance().find("chronograph train events") != std::string::npos);

  const DatingModel& dating = DatingModel::shipped();
  CHECK_FALSE(dating.empty());
  CHECK(dating.provenance().find("chronograph train dating") != std::string::npos);

  const WordNet& wn = WordNet::shipped();
  CHECK(wn.size() > 50000);
  const auto quake = wn.find("earthquake", WnPos::noun);
  REQUIRE(quake.has_value());
  CHECK(quake->senses >= 1);
  CHECK(wn.find("earthquake", WnPos::adv) == std::nullopt);
  CHECK(wn.find("qzxqzx", WnPos::noun) == std::nullopt);
  CHECK(wn.lemma("struck", WnPos::verb) == "strike");  // exception list
  CHECK(wn.lemma("went", WnPos::verb) == "go");
  CHECK(wn.lemma("floods", WnPos::noun) == "flood");  // suffix rule
  CHECK(wn.lemma("qzxqzx", WnPos::verb).empty());

  // The shipped copies are the files in data/models/, byte for byte.
  CHECK(events.serialize() == model_file("events.bin"));
  CHECK(dating.serialize() == model_file("dating.bin"));
}

TEST_CASE("models: serialize -> from_bytes -> serialize gives the same bytes") {
  SUBCASE("event model") {
    const std::string bytes = model_file("events.bin");
    const EventModel m = EventModel::from_bytes(bytes, "events.bin");
    CHECK(m.serialize() == bytes);
    CHECK(m.size() == EventModel::shipped().size());
    CHECK(m.provenance() == EventModel::shipped().provenance());
    CHECK(m.classes().serialize() == EventModel::shipped().classes().serialize());
  }
  SUBCASE("dating model") {
    const std::string bytes = model_file("dating.bin");
    const DatingModel m = DatingModel::from_bytes(bytes, "dating.bin");
    CHECK(m.serialize() == bytes);
    CHECK(m.provenance() == DatingModel::shipped().provenance());
  }
  SUBCASE("word table, read in place, answers like the shipped one") {
    const std::string bytes = model_file("wordnet.bin");
    const WordNet wn = WordNet::from_bytes(bytes, "wordnet.bin");
    CHECK(wn.size() == WordNet::shipped().size());
    for (const char* w : {"earthquake", "election", "sale", "attack", "flood"}) {
      const auto a = wn.find(w, WnPos::noun), b = WordNet::shipped().find(w, WnPos::noun);
      REQUIRE(a.has_value());
      REQUIRE(b.has_value());
      CHECK(a->lexnames == b->lexnames);
      CHECK(a->event_concept == b->event_concept);
      CHECK(a->deverbal == b->deverbal);
    }
    CHECK(wn.lemma("erupted", WnPos::verb) == "erupt");
  }
  SUBCASE("a hand-made event model keeps its weights") {
    const EventModel m = small_event_model();
    CHECK(m.size() == 3);  // the all-zero feature is dropped
    const std::string bytes = m.serialize();
    const EventModel back = EventModel::from_bytes(bytes, "small.bin");
    CHECK(back.serialize() == bytes);
    CHECK(back.provenance() == "test model");
    CHECK(back.find(700) == nullptr);
    CHECK(back.find(42) == nullptr);
    const std::int16_t* w900 = back.find(900);
    const std::int16_t* w100 = back.find(100);
    const std::int16_t* w500 = back.find(500);
    REQUIRE(w900);
    REQUIRE(w100);
    REQUIRE(w500);
    // One scale for all: the largest magnitude (0.5 * 11 = 5.5) becomes 32000.
    CHECK(w900[kScoreCount - 1] == 32000);
    CHECK(w900[0] == 0);
    CHECK(w100[5] == -5818);  // round(-1 * 32000 / 5.5)
    CHECK(w500[3] == 11636);  // round(2 * 32000 / 5.5)
    CHECK(w500[2] == 0);
  }
  SUBCASE("a hand-made dating model scores the sum of its weights") {
    const std::vector<std::uint64_t> hashes = {7, 3};
    const DatingModel m(LinearModel::quantize(1, hashes, {1.0, -0.5}), "dating test");
    const std::string bytes = m.serialize();
    const DatingModel back = DatingModel::from_bytes(bytes, "d.bin");
    CHECK(back.serialize() == bytes);
    CHECK(back.score({7}) == 32000);
    CHECK(back.score({3}) == -16000);
    CHECK(back.score({7, 3, 99}) == 16000);
    CHECK(back.score({}) == 0);
  }
  SUBCASE("a model of thousands of features finds each one and nothing else") {
    // Hashes alike in their low or their high bits crowd the same slots of the lookup index.
    std::vector<std::uint64_t> hashes;
    std::vector<double> weights;
    for (std::uint64_t i = 1; i <= 3000; ++i) {
      hashes.push_back(i % 2 ? i * 2 : i << 40);
      weights.push_back(static_cast<double>(i % 13) - 6.5);
    }
    const DatingModel m(LinearModel::quantize(1, hashes, weights), "many");
    const DatingModel back = DatingModel::from_bytes(m.serialize(), "many.bin");
    for (std::size_t i = 0; i < hashes.size(); ++i) {
      const auto expected = static_cast<std::int32_t>(std::lround(weights[i] * 32000 / 6.5));
      CHECK(back.score({hashes[i]}) == expected);
      CHECK(m.score({hashes[i]}) == expected);
    }
    for (std::uint64_t absent : {0ull, 3ull, 6001ull, (1ull << 40) + 1, 3001ull << 40})
      CHECK(back.score({absent}) == 0);
  }
  SUBCASE("an empty word table") {
    const WordNet empty;
    const std::string bytes = empty.serialize();
    const WordNet back = WordNet::from_bytes(bytes, "empty.bin");
    CHECK(back.size() == 0);
    CHECK(back.serialize() == bytes);
    CHECK(back.find("earthquake", WnPos::noun) == std::nullopt);
    CHECK(back.lemma("struck", WnPos::verb).empty());
  }
}

TEST_CASE("models: a word table read from bytes serializes to the same bytes") {
  // Bug: WordNet::serialize() writes the buffers a table built from the dictionary owns; a
  // table read in place (from_bytes, shipped()) has only views, so it writes the magic, an
  // empty pool and the entry counts without the entries: a file no reader accepts.
  const std::string bytes = model_file("wordnet.bin");
  const std::string again = WordNet::from_bytes(bytes, "wordnet.bin").serialize();
  CHECK(again.size() == bytes.size());
  CHECK(again == bytes);
  CHECK(WordNet::shipped().serialize() == bytes);
  CHECK_NOTHROW(WordNet::from_bytes(again, "again.bin"));
}

TEST_CASE("models: the word table built from WordNet's dictionary is the shipped one") {
  const std::filesystem::path dict = "/usr/share/wordnet";
  if (!std::filesystem::exists(dict / "index.noun")) {
    MESSAGE("skipped: no WordNet dictionary in /usr/share/wordnet (Debian wordnet-base)");
    return;
  }
  const WordNet built = WordNet::from_dictionary(dict.string());
  const std::string bytes = built.serialize();
  CHECK(bytes == model_file("wordnet.bin"));
  CHECK(built.size() == WordNet::shipped().size());
  CHECK(WordNet::from_bytes(bytes, "built.bin").size() == built.size());
}

TEST_CASE("models: every truncation of a real model file is an InputError naming the file") {
  struct Case {
    const char* file;
    std::function<void(std::string_view)> load;
  };
  const std::vector<Case> cases = {
      {"events.bin", [](std::string_view b) { EventModel::from_bytes(b, "events.bin"); }},
      {"dating.bin", [](std::string_view b) { DatingModel::from_bytes(b, "dating.bin"); }},
      {"wordnet.bin", [](std::string_view b) { WordNet::from_bytes(b, "wordnet.bin"); }},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    const std::string bytes = model_file(c.file);
    std::size_t tried = 0;
    for (const std::size_t n : truncations(bytes.size())) {
      CAPTURE(n);
      // Its own buffer (reads past it are caught under ASan), but a view of the 4 MB table.
      const std::string copy = bytes.size() < (1u << 20) ? bytes.substr(0, n) : std::string();
      const std::string_view cut =
          bytes.size() < (1u << 20) ? std::string_view(copy) : std::string_view(bytes).substr(0, n);
      expect_input_error([&] { c.load(cut); }, c.file);
      ++tried;
    }
    CHECK(tried > 900);
    // Trailing bytes are refused too.
    const std::string longer = bytes + "x";
    CHECK(expect_input_error([&] { c.load(longer); }, c.file).find("unexpected bytes") !=
          std::string::npos);
  }
}

TEST_CASE("models: wrong magic, another version, another kind of file") {
  const std::string events = model_file("events.bin");
  std::string v4 = events;
  v4.replace(0, std::strlen("chronograph-event-model 5"), "chronograph-event-model 4");
  const std::string msg =
      expect_input_error([&] { EventModel::from_bytes(v4, "old.bin"); }, "old.bin");
  CHECK(msg.find("not a 'chronograph-event-model 5' file") != std::string::npos);
  CHECK(msg.find("chronograph train") != std::string::npos);
  // Each file is refused by the other readers.
  expect_input_error([&] { EventModel::from_bytes(model_file("dating.bin"), "d.bin"); }, "d.bin");
  expect_input_error([&] { DatingModel::from_bytes(events, "e.bin"); }, "e.bin");
  expect_input_error([&] { WordNet::from_bytes(events, "e.bin"); }, "e.bin");
  expect_input_error([&] { EventModel::from_bytes("", "empty.bin"); }, "empty.bin");
  expect_input_error([&] { EventModel::from_bytes("hello world", "text.bin"); }, "text.bin");
}

TEST_CASE("models: unsorted or repeated features, bad counts and label counts are refused") {
  const EventModel m = small_event_model();
  const std::string good = m.serialize();
  const std::size_t h = first_hash_offset(m);
  REQUIRE(get_u32(good, h - 8) == kScoreCount);  // the offsets are right
  REQUIRE(get_u32(good, h - 4) == 3);
  REQUIRE(get_u32(good, h) == 100);
  REQUIRE_NOTHROW(EventModel::from_bytes(good, "m.bin"));

  SUBCASE("unsorted") {
    std::string bad = good;
    std::swap_ranges(bad.begin() + long(h), bad.begin() + long(h + 8), bad.begin() + long(h + 8));
    CHECK(expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin") ==
          "features are not sorted");
  }
  SUBCASE("repeated") {
    std::string bad = good;
    std::copy(good.begin() + long(h), good.begin() + long(h + 8), bad.begin() + long(h + 8));
    CHECK(expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin") ==
          "features are not sorted");
  }
  SUBCASE("a count larger than the file") {
    for (const std::uint32_t n : {4u, 1000u, 0x10000000u, 0xFFFFFFFFu}) {
      CAPTURE(n);
      std::string bad = good;
      put_u32(bad, h - 4, n);
      expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin");
    }
  }
  SUBCASE("a count smaller than the file") {
    std::string bad = good;
    put_u32(bad, h - 4, 2);
    expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin");
  }
  SUBCASE("another number of labels") {
    std::string bad = good;
    put_u32(bad, h - 8, kScoreCount - 1);
    CHECK(expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin")
              .find("number of labels") != std::string::npos);
  }
  SUBCASE("a provenance string longer than the file") {
    std::string bad = good;
    put_u32(bad, std::strlen("chronograph-event-model 5\n"), 0xFFFFFFF0u);
    expect_input_error([&] { EventModel::from_bytes(bad, "m.bin"); }, "m.bin");
  }
  SUBCASE("word classes that do not parse") {
    const EventModel odd(LinearModel{}, WordClasses::parse("det: the\n", "c.txt"), "p");
    std::string bad = odd.serialize();
    const std::size_t at = bad.find("det: the");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 8, "det  the");  // no "name:" any more
    try {
      EventModel::from_bytes(bad, "m.bin");
      FAIL("no error");
    } catch (const base::InputError& e) {
      CHECK(e.file() == "m.bin");
    }
  }
}

TEST_CASE("models: a word table whose strings point outside its pool is refused") {
  const std::string bytes = model_file("wordnet.bin");
  const std::size_t magic = std::strlen("chronograph-wordnet 3\n");
  const std::uint32_t pool = get_u32(bytes, magic);
  const std::size_t first_entry = magic + 4 + pool + 4;
  REQUIRE(get_u32(bytes, first_entry - 4) == WordNet::shipped().size());
  for (const std::uint32_t at : {pool, pool - 1, 0xFFFFFFFFu}) {
    CAPTURE(at);
    std::string bad = bytes;
    put_u32(bad, first_entry, at);  // the first entry's lemma
    CHECK(expect_input_error([&] { WordNet::from_bytes(bad, "wn.bin"); }, "wn.bin")
              .find("outside the string pool") != std::string::npos);
  }
  std::string huge = bytes;
  put_u32(huge, first_entry - 4, 0xFFFFFFFFu);  // entry count
  expect_input_error([&] { WordNet::from_bytes(huge, "wn.bin"); }, "wn.bin");
}

TEST_CASE("models: flipped bytes never crash a reader, what loads still answers lookups") {
  // Bit flips all over the small event model and the dating model, and in the headers and a
  // spread of places of the word table: each read either fails with an InputError or loads.
  const std::string event_bytes = small_event_model().serialize();
  for (std::size_t i = 0; i < event_bytes.size(); ++i)
    for (const int bit : {0, 7}) {
      std::string b = event_bytes;
      b[i] = static_cast<char>(b[i] ^ (1 << bit));
      try {
        const EventModel m = EventModel::from_bytes(b, "m.bin");
        (void)m.find(100);
        (void)m.find(900);
      } catch (const base::InputError& e) {
        CHECK(e.file() == "m.bin");
      }
    }
  const std::string dating = model_file("dating.bin");
  for (std::size_t i = 0; i < dating.size(); i += 7) {
    std::string b = dating;
    b[i] = static_cast<char>(b[i] ^ 0x40);
    try {
      const DatingModel m = DatingModel::from_bytes(b, "d.bin");
      (void)m.score({1, 2, 3});
    } catch (const base::InputError& e) {
      CHECK(e.file() == "d.bin");
    }
  }
  // The word table: its header, the first entry and a spread of places (a table that loads is
  // checked entry by entry, so not every byte).
  const std::string wn = model_file("wordnet.bin");
  const std::size_t magic = std::strlen("chronograph-wordnet 3\n");
  const std::size_t first_entry = magic + 4 + get_u32(wn, magic) + 4;
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < magic + 8; ++i) at.push_back(i);
  for (std::size_t i = first_entry - 4; i < first_entry + 36; ++i) at.push_back(i);
  for (std::size_t i = 1; i < 20; ++i) at.push_back(wn.size() / 20 * i);
  for (const std::size_t i : at) {
    std::string b = wn;
    b[i] = static_cast<char>(b[i] ^ 0x81);
    try {
      const WordNet t = WordNet::from_bytes(b, "wn.bin");
      (void)t.find("earthquake", WnPos::noun);
      (void)t.lemma("struck", WnPos::verb);
      (void)t.lemma("children", WnPos::noun);
    } catch (const base::InputError& e) {
      CHECK(e.file() == "wn.bin");
    }
  }
}

TEST_CASE(
    "models: tag --model / --dating-model with a broken file exit 1 with a positioned error") {
  TempDir dir;
  write_file(dir / "doc.txt", "The quake struck on Tuesday, officials said.\n");
  const std::string events = model_file("events.bin");
  write_file(dir / "cut.bin", events.substr(0, events.size() / 2));
  write_file(dir / "dating.bin", model_file("dating.bin").substr(0, 100));
  const std::string doc = "'" + (dir / "doc.txt").string() + "'";

  const auto cut = run_binary("tag " + doc + " --model '" + (dir / "cut.bin").string() + "'");
  CHECK(cut.exit_code == 1);
  CHECK(cut.out.empty());
  CHECK(cut.err.rfind((dir / "cut.bin").string() + ":1:", 0) == 0);
  CHECK(cut.err.find(": error: ") != std::string::npos);

  const auto dat =
      run_binary("tag " + doc + " --dating-model '" + (dir / "dating.bin").string() + "'");
  CHECK(dat.exit_code == 1);
  CHECK(dat.err.rfind((dir / "dating.bin").string() + ":1:", 0) == 0);

  // The shipped files passed explicitly give the same output as the built-in ones.
  const auto own = run_binary("tag " + doc +
                              " --dct 2024-11-20 --model data/models/events.bin "
                              "--dating-model data/models/dating.bin");
  const auto builtin = run_binary("tag " + doc + " --dct 2024-11-20");
  REQUIRE(own.exit_code == 0);
  CHECK(own.out == builtin.out);
}
