// The WordNet table's storage: fixed-size little-endian records over one string pool.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "chronograph/events/wordnet.hpp"

namespace chronograph::events {

// A pool string is one length byte, then the bytes; a record names it by its offset.
// An entry: lemma u32, pos u8, first lexname u8, senses u8, proper-noun lexname u8,
// lexnames u64, event concept u32, first-sense ancestors u16, any-sense ancestors u16,
// flags u8 (1: deverbal), 3 bytes of padding, verb frames u64.
inline constexpr std::size_t kEntrySize = 36;
inline constexpr std::size_t kExceptionSize = 9;  // form u32, pos u8, lemma u32
inline constexpr std::uint8_t kNoLexname = 0xFF;

struct RawEntry {
  std::uint32_t lemma = 0;
  std::uint8_t pos = 0, first_lexname = 0, senses = 0;
  std::uint64_t lexnames = 0, proper_lexnames = 0;
  std::uint32_t event_concept = 0;
  std::uint16_t first_ancestors = 0, any_ancestors = 0;
  std::uint8_t flags = 0;
  std::uint64_t frames = 0;
};

struct RawException {
  std::uint32_t form = 0;
  std::uint8_t pos = 0;
  std::uint32_t lemma = 0;
};

struct WordNet::Data {
  // Owned when built from the dictionary; the views point into these or into outside bytes.
  std::string pool, entries, exceptions;
  std::string_view pool_view, entries_view, exceptions_view;
  std::size_t entry_count = 0, exception_count = 0;

  static std::uint64_t read(std::string_view b, std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
      v |= std::uint64_t{static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)])}
           << (8 * i);
    return v;
  }
  std::string_view str(std::uint32_t at) const {
    return pool_view.substr(at + 1, static_cast<unsigned char>(pool_view[at]));
  }
  // The proper-noun lexnames are not stored as a mask: a capitalized sense's lexname is
  // enough for the detector ("Indonesia" is a noun.location), so the record keeps its first.
  RawEntry entry(std::size_t i) const {
    const std::size_t at = i * kEntrySize;
    RawEntry e;
    e.lemma = static_cast<std::uint32_t>(read(entries_view, at, 4));
    e.pos = static_cast<std::uint8_t>(read(entries_view, at + 4, 1));
    e.first_lexname = static_cast<std::uint8_t>(read(entries_view, at + 5, 1));
    e.senses = static_cast<std::uint8_t>(read(entries_view, at + 6, 1));
    const auto proper = static_cast<std::uint8_t>(read(entries_view, at + 7, 1));
    e.proper_lexnames = proper == kNoLexname ? 0 : std::uint64_t{1} << (proper & 63);
    e.lexnames = read(entries_view, at + 8, 8);
    e.event_concept = static_cast<std::uint32_t>(read(entries_view, at + 16, 4));
    e.first_ancestors = static_cast<std::uint16_t>(read(entries_view, at + 20, 2));
    e.any_ancestors = static_cast<std::uint16_t>(read(entries_view, at + 22, 2));
    e.flags = static_cast<std::uint8_t>(read(entries_view, at + 24, 1));
    e.frames = read(entries_view, at + 28, 8);
    return e;
  }
  RawException exception(std::size_t i) const {
    const std::size_t at = i * kExceptionSize;
    return {static_cast<std::uint32_t>(read(exceptions_view, at, 4)),
            static_cast<std::uint8_t>(read(exceptions_view, at + 4, 1)),
            static_cast<std::uint32_t>(read(exceptions_view, at + 5, 4))};
  }
};

}  // namespace chronograph::events
