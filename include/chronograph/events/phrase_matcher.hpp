// Interned words and longest-match lookup of multi-word phrases over token word ids.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/events/tokenizer.hpp"

namespace chronograph::events {

// Words interned to small ids, so that a token is hashed once and every phrase matcher and word
// list then compares integers. Each word carries flag bits its user defines (word classes).
class WordTable {
 public:
  static constexpr int kNone = -1;  // a word that was never interned

  int intern(std::string_view word);  // the word's id, added when new

  // The word's id, kNone when absent. Inline: it runs for every token of every sentence.
  int find(std::string_view word) const {
    if (slots_.empty()) return kNone;
    const std::uint64_t h = hash(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = (h >> 32) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      // Up to 8 bytes the hash is a bijection of the bytes (for a given length): equal hashes
      // and lengths are equal words, with no compare of the bytes.
      if (s.hash == h && s.size == word.size() &&
          (word.size() <= 8 || words_[static_cast<std::size_t>(s.id)] == word))
        return s.id;
    }
  }

  void add_flags(int id, std::uint32_t flags) { flags_[static_cast<std::size_t>(id)] |= flags; }
  std::uint32_t flags(int id) const { return id < 0 ? 0 : flags_[static_cast<std::size_t>(id)]; }
  std::uint32_t flags(std::string_view word) const { return flags(find(word)); }
  std::size_t size() const { return words_.size(); }

  // Public for the other per-word caches of this stage (the event detector's).
  static std::uint64_t load32(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  }
  static std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  // Words are short: a few loads and multiply-xorshift rounds, no loop over single bytes. Every
  // load stays inside the word. Each step is invertible, so up to 8 bytes (one chunk that holds
  // every byte, mixed with the length) distinct words of one length never collide.
  static std::uint64_t hash(std::string_view w) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;  // odd: multiplying is invertible
    const auto mix = [](std::uint64_t h, std::uint64_t chunk) {
      h = (h ^ chunk) * kMul;
      return h ^ (h >> 29);
    };
    const char* p = w.data();
    const std::size_t n = w.size();
    std::uint64_t h = (n + 1) * kMul;
    if (n > 8) {
      const char* end = p + n;
      for (; end - p > 8; p += 8) h = mix(h, load64(p));
      h = mix(h, load64(end - 8));
    } else if (n >= 4) {
      h = mix(h, load32(p) | load32(p + n - 4) << 32);  // overlapping halves: all n bytes
    } else if (n > 0) {
      const auto byte = [&](std::size_t i) {
        return std::uint64_t{static_cast<unsigned char>(p[i])};
      };
      h = mix(h, byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1));  // all n bytes
    }
    return h * kMul;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    int id = kNone;  // kNone: empty slot
    std::uint32_t size = 0;
  };

  void grow();
  std::vector<Slot> slots_;  // open addressing; a power of two, at most half full
  std::vector<std::string> words_;
  std::vector<std::uint32_t> flags_;
};

// Ids of the tokens' texts (kNone for words the table does not know); `text` is the document,
// or its lower-cased copy for case-insensitive matching.
void find_ids(const WordTable& words, std::string_view text, const std::vector<Token>& tokens,
              std::vector<int>& out);

class PhraseMatcher {
 public:
  struct Match {
    std::size_t length = 0;  // tokens matched (0: none)
    int id = -1;
  };

  // Phrase words are interned in `words`, which must outlive the matcher. case_sensitive=false:
  // phrases are lower-cased and matched against the ids of the lower-cased text.
  PhraseMatcher(WordTable& words, bool case_sensitive)
      : words_(&words), case_sensitive_(case_sensitive) {}

  void add(std::string_view phrase, int id);

  // Longest phrase starting at token i, given the word id of every token of the sequence.
  Match match_at(std::span<const int> ids, std::size_t i) const {
    const int first = ids[i];
    if (first < 0 || static_cast<std::size_t>(first) >= by_first_.size()) return {};
    return match_rest(by_first_[static_cast<std::size_t>(first)], ids, i);
  }

  // Whether some phrase starts with word `id`: a token that does not cannot match here.
  bool starts(int id) const {
    return id >= 0 && static_cast<std::size_t>(id) < by_first_.size() &&
           !by_first_[static_cast<std::size_t>(id)].empty();
  }

  bool case_sensitive() const { return case_sensitive_; }

 private:
  struct Entry {
    std::vector<int> rest;  // word ids after the first
    int id;
  };
  static Match match_rest(const std::vector<Entry>& bucket, std::span<const int> ids,
                          std::size_t i);
  WordTable* words_;
  bool case_sensitive_;
  std::vector<std::vector<Entry>> by_first_;  // by first word id; longest first
};

}  // namespace chronograph::events
