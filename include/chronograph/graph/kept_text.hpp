// The parts of a document's text that later stages quote, kept after the rest is freed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronograph/base/shared_text.hpp"

namespace chronograph::graph {

struct ShardCodec;

class KeptText {
 public:
  KeptText() = default;
  // Keeps text[start, end) of each span (in any order, overlapping or not), plus the few bytes
  // after each that a reader of its last character may look at (tokenizers peek ahead). The
  // bytes go into `arena` when given: many documents' kept bytes then share large chunks,
  // apart from the small records that are freed early, which keeps the heap compact.
  KeptText(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>> spans,
           base::TextArena* arena = nullptr);

  // The kept region that holds [start, end), and the document offset it starts at. Throws
  // std::logic_error when those bytes were not kept (a caller quoting what it did not ask for).
  std::pair<std::string_view, std::size_t> region(std::size_t start, std::size_t end) const;
  std::string_view view(std::size_t start, std::size_t end) const;
  // The same bytes, shared: the evidence quoting them keeps them alive.
  base::SharedText shared(std::size_t start, std::size_t end) const;
  std::size_t size() const { return bytes_.size(); }
  // Copies the region list into an allocation of the calling thread (see DocWork::rehome).
  void rehome() { regions_ = std::vector<Region>(regions_.begin(), regions_.end()); }

 private:
  friend struct ShardCodec;  // the shard format reads and writes the regions directly
  struct Region {
    std::size_t start, end;  // in the document
    std::size_t at;          // in bytes_
  };
  std::vector<Region> regions_;  // sorted, disjoint
  base::SharedText bytes_;
};

}  // namespace chronograph::graph
