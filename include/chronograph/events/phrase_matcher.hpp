// Interned words and longest-match lookup of multi-word phrases over token word ids.
#pragma once
#include <cstddef>
#include <cstdint>
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

  int intern(std::string_view word);      // the word's id, added when new
  int find(std::string_view word) const;  // kNone when absent
  void add_flags(int id, std::uint32_t flags) { flags_[static_cast<std::size_t>(id)] |= flags; }
  std::uint32_t flags(int id) const { return id < 0 ? 0 : flags_[static_cast<std::size_t>(id)]; }
  std::size_t size() const { return words_.size(); }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    int id = kNone;  // kNone: empty slot
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
