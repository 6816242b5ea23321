// A span of a document quoted as evidence for an event, a date or a link.
#pragma once
#include <cstddef>
#include <string>

namespace chronograph::base {

struct Evidence {
  std::string doc;         // document id
  std::size_t start = 0;   // UTF-8 byte offset, inclusive
  std::size_t end = 0;     // UTF-8 byte offset, exclusive
  std::string text;        // exactly the bytes [start, end) of the document
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

}  // namespace chronograph::base
