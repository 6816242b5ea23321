// Longest-match lookup of multi-word phrases over a token sequence.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chronograph/events/tokenizer.hpp"

namespace chronograph::events {

class PhraseMatcher {
 public:
  struct Match {
    std::size_t length = 0;  // tokens matched (0: none)
    int id = -1;
  };

  // case_sensitive=false: phrases are lower-cased and matched against lower-cased text.
  explicit PhraseMatcher(bool case_sensitive) : case_sensitive_(case_sensitive) {}

  void add(std::string_view phrase, int id);

  // Longest phrase starting at tokens[i]; `text` is the document, or its lower-cased copy
  // when the matcher is case-insensitive.
  Match match_at(std::string_view text, const std::vector<Token>& tokens, std::size_t i) const;

  bool case_sensitive() const { return case_sensitive_; }

 private:
  struct Entry {
    std::vector<std::string> words;
    int id;
  };
  bool case_sensitive_;
  // Transparent hashing: look up a string_view of the text without building a string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<Entry>, Hash, std::equal_to<>>
      by_first_;  // longest first
};

}  // namespace chronograph::events
