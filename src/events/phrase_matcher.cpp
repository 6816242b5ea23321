// Word interning and phrase lookup keyed by first word id; phrases are tokenized like the text.
#include "chronograph/events/phrase_matcher.hpp"

#include <algorithm>

namespace chronograph::events {

int WordTable::intern(std::string_view word) {
  if (const int id = find(word); id != kNone) return id;
  if ((words_.size() + 1) * 2 > slots_.size()) grow();
  const int id = static_cast<int>(words_.size());
  words_.emplace_back(word);
  flags_.push_back(0);
  const std::uint64_t h = hash(word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = (h >> 32) & mask;
  while (slots_[i].id != kNone) i = (i + 1) & mask;
  slots_[i] = {h, id, static_cast<std::uint32_t>(word.size())};
  return id;
}

void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kNone) continue;
    std::size_t i = (s.hash >> 32) & mask;
    while (slots_[i].id != kNone) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void find_ids(const WordTable& words, std::string_view text, const std::vector<Token>& tokens,
              std::vector<int>& out) {
  out.clear();
  for (const Token& t : tokens) out.push_back(words.find(text.substr(t.start, t.end - t.start)));
}

void PhraseMatcher::add(std::string_view phrase, int id) {
  const std::string text = case_sensitive_ ? std::string(phrase) : lower_ascii(phrase);
  std::vector<Token> toks;
  tokenize(text, 0, text.size(), toks);
  if (toks.empty()) return;
  const auto word = [&](const Token& t) {
    return words_->intern(std::string_view(text).substr(t.start, t.end - t.start));
  };
  const auto first = static_cast<std::size_t>(word(toks.front()));
  Entry e{{}, id};
  for (std::size_t k = 1; k < toks.size(); ++k) e.rest.push_back(word(toks[k]));
  if (by_first_.size() <= first) by_first_.resize(first + 1);
  auto& bucket = by_first_[first];
  bucket.push_back(std::move(e));
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
}

PhraseMatcher::Match PhraseMatcher::match_rest(const std::vector<Entry>& bucket,
                                               std::span<const int> ids, std::size_t i) {
  for (const Entry& e : bucket) {
    if (i + 1 + e.rest.size() > ids.size()) continue;
    if (std::equal(e.rest.begin(), e.rest.end(), ids.begin() + static_cast<std::ptrdiff_t>(i + 1)))
      return {e.rest.size() + 1, e.id};
  }
  return {};
}

}  // namespace chronograph::events
