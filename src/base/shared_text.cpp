// Shared immutable text: owned copies, substrings, the readers' arena and interner.
#include "chronograph/base/shared_text.hpp"

#include <algorithm>
#include <ostream>
#include <stdexcept>

namespace chronograph::base {

SharedText::SharedText(std::string_view s) : size_(s.size()) {
  if (s.empty()) return;
  // Control block and bytes in one allocation; the bytes are overwritten at once.
  std::shared_ptr<char[]> bytes = std::make_shared_for_overwrite<char[]>(s.size());
  std::memcpy(bytes.get(), s.data(), s.size());
  const char* at = bytes.get();
  data_ = std::shared_ptr<const char>(std::move(bytes), at);
}

SharedText SharedText::substr(std::size_t pos, std::size_t n) const {
  const std::string_view part = view().substr(pos, n);  // throws std::out_of_range like it
  return part.empty() ? SharedText() : SharedText(data_, part);
}

std::ostream& operator<<(std::ostream& out, const SharedText& s) { return out << s.view(); }

bool TextArena::start_chunk(std::size_t need) {
  // A text that would take more than an eighth of a full chunk is allocated alone: the unused
  // tail a chunk is left with stays small.
  if (need > kMaxChunk / 8) return false;
  std::size_t size = next_size_;
  while (size < need) size *= 2;  // need <= kMaxChunk / 8, so size stays <= kMaxChunk
  next_size_ = std::min(2 * size, kMaxChunk);
  std::shared_ptr<char[]> bytes = std::make_shared_for_overwrite<char[]>(size);
  next_ = bytes.get();
  room_ = size;
  chunk_ = std::move(bytes);
  return true;
}

const SharedText& TextInterner::intern_new(std::string_view s) {
  auto it = texts_.find(s);
  if (it == texts_.end()) {
    SharedText text(s);
    const std::string_view key = text.view();  // the bytes stay put when the text is moved
    it = texts_.emplace(key, std::move(text)).first;
  }
  last_ = &it->second;
  return it->second;
}

}  // namespace chronograph::base
