// Phrase lookup keyed by first word; phrases are tokenized like the text they match.
#include "chronograph/events/phrase_matcher.hpp"

#include <algorithm>

namespace chronograph::events {

void PhraseMatcher::add(std::string_view phrase, int id) {
  const std::string text = case_sensitive_ ? std::string(phrase) : lower_ascii(phrase);
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  if (toks.empty()) return;
  Entry e{{}, id};
  for (const auto& t : toks) e.words.emplace_back(text.substr(t.start, t.end - t.start));
  auto& bucket = by_first_[e.words.front()];
  bucket.push_back(std::move(e));
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

PhraseMatcher::Match PhraseMatcher::match_at(std::string_view text,
                                             const std::vector<Token>& tokens,
                                             std::size_t i) const {
  const auto word = [&](std::size_t k) {
    return text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
  };
  auto it = by_first_.find(word(i));
  if (it == by_first_.end()) return {};
  for (const Entry& e : it->second) {
    if (i + e.words.size() > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < e.words.size() && ok; ++k) ok = word(i + k) == e.words[k];
    if (ok) return {e.words.size(), e.id};
  }
  return {};
}

}  // namespace chronograph::events
