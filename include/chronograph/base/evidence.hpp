// A span of a document quoted as evidence for an event, a date or a link.
#pragma once
#include <cstddef>

#include "chronograph/base/shared_text.hpp"

namespace chronograph::base {

// Both texts are shared, not copied: a graph holds hundreds of thousands of these, and their
// bytes are already in the documents (or in a reader's buffers).
struct Evidence {
  SharedText doc;         // document id
  std::size_t start = 0;  // UTF-8 byte offset, inclusive
  std::size_t end = 0;    // UTF-8 byte offset, exclusive
  SharedText text;        // exactly the bytes [start, end) of the document
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace chronograph::base
