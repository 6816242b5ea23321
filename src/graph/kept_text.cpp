// Keeping only the quoted spans of a document, and finding them again by document offset.
#include "chronograph/graph/kept_text.hpp"

#include <algorithm>
#include <stdexcept>

namespace chronograph::graph {

namespace {
// Bytes kept past each span: the tokenizer and quote detection look up to three bytes ahead.
constexpr std::size_t kLookahead = 4;
// Spans closer than this are kept as one region: fewer regions to search, few bytes more.
constexpr std::size_t kJoinGap = 32;
}  // namespace

KeptText::KeptText(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> spans,
                   base::TextArena* arena) {
  std::sort(spans.begin(), spans.end());
  std::string bytes;
  for (const auto& [s, e] : spans) {
    const std::size_t start = std::min(s, text.size());
    const std::size_t end = std::min(std::max(e, start) + kLookahead, text.size());
    if (!regions_.empty() && start <= regions_.back().end + kJoinGap) {
      Region& last = regions_.back();
      if (end > last.end) {
        bytes.append(text.substr(last.end, end - last.end));
        last.end = end;
      }
      continue;
    }
    regions_.push_back({start, end, bytes.size()});
    bytes.append(text.substr(start, end - start));
  }
  regions_.shrink_to_fit();
  bytes_ = arena ? arena->copy(bytes) : base::SharedText(bytes);
}

std::pair<std::string_view, std::size_t> KeptText::region(std::size_t start,
                                                          std::size_t end) const {
  auto it = std::upper_bound(regions_.begin(), regions_.end(), start,
                             [](std::size_t at, const Region& r) { return at < r.start; });
  if (it == regions_.begin() || end < start || end > std::prev(it)->end)
    throw std::logic_error("kept text: bytes " + std::to_string(start) + "-" + std::to_string(end) +
                           " were not kept");
  const Region& r = *std::prev(it);
  return {bytes_.view().substr(r.at, r.end - r.start), r.start};
}

std::string_view KeptText::view(std::size_t start, std::size_t end) const {
  const auto [bytes, base] = region(start, end);
  return bytes.substr(start - base, end - start);
}

base::SharedText KeptText::shared(std::size_t start, std::size_t end) const {
  const auto [bytes, base] = region(start, end);
  return bytes_.substr(static_cast<std::size_t>(bytes.data() - bytes_.data()) + (start - base),
                       end - start);
}

}  // namespace chronograph::graph
