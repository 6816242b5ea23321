// The word lists that decide whether an event is told as a fact (data/events/factuality_words.txt).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "chronograph/base/text.hpp"
#include "chronograph/events/event_features.hpp"

namespace chronograph::events {

struct FactualityWords {
  enum List : std::uint8_t {
    realizing,
    failing,
    conditional,
    irrealis_modifier,
    future_modifier,
    scheduling,
    purpose,
    intention,
    doubt,
    denial,
    kListCount
  };
  // The model's closed classes the rules read (0 when the model lacks one).
  struct ClassIds {
    std::uint8_t be = 0, have = 0, do_ = 0, modal = 0, negaux = 0, to = 0, neg = 0, adv = 0,
                 det = 0, poss = 0, prep = 0;
  } classes;

  // Parses the lists ("list: words..." lines) and takes the class ids from the model's classes.
  // Throws base::InputError for a malformed line or an unknown list name.
  static FactualityWords parse(std::string_view text, const std::string& file,
                               const WordClasses& model_classes);
  // The lists compiled into the binary.
  static std::string_view shipped_text();

  bool has(List list, std::string_view word) const {
    return lists_[list].find(word) != lists_[list].end();
  }

 private:
  using Set = std::unordered_set<std::string, base::StringHash, std::equal_to<>>;
  std::array<Set, kListCount> lists_;
};

}  // namespace chronograph::events
