// Private to src/graph: the word-at-a-time scanning and the id index the fast graph reader uses.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/utf8.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::graph::fast {

// Thrown for anything the fast path does not handle; the caller falls back.
struct Unsupported {};

inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Event id -> vertex, looked up twice per link: open addressing over a copy of the ids.
class IdIndex {
 public:
  // Throws Unsupported on a duplicate id (the reference reader reports it).
  void build(const graph::EventGraph& g) {
    const std::size_t n = boost::num_vertices(g);
    if (n >= UINT32_MAX / 2) throw Unsupported{};
    std::size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{});
    ids_.clear();
    for (std::size_t v = 0; v < n; ++v) {
      const std::string& id = g[v].id;
      if (ids_.size() + id.size() > UINT32_MAX) throw Unsupported{};
      const std::uint64_t h = hash(id);
      std::size_t i = h & mask_;
      for (; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask_)
        if (slots_[i].tag == tag_of(h) && id_at(slots_[i]) == id) throw Unsupported{};
      slots_[i] =
          Slot{tag_of(h), static_cast<std::uint32_t>(v + 1),
               static_cast<std::uint32_t>(ids_.size()), static_cast<std::uint32_t>(id.size())};
      ids_ += id;
    }
  }
  graph::Vertex find(std::string_view id) const { return find(id, hash(id)); }
  // h must be hash(id).
  graph::Vertex find(std::string_view id, std::uint64_t h) const {
    for (std::size_t i = h & mask_; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask_)
      if (slots_[i].tag == tag_of(h) && id_at(slots_[i]) == id)
        return slots_[i].vertex_plus_one - 1;
    throw Unsupported{};  // unknown id: the reference reader names it
  }
  // For lookups known in advance: first the slot, later (once it is cached) the id it names.
  void prefetch_slot(std::uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }
  void prefetch_id(std::uint64_t h) const {
    __builtin_prefetch(ids_.data() + slots_[h & mask_].offset);
  }

  // Eight bytes at a time, multiply and fold; ids are not adversarial and a collision only
  // costs a comparison.
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const auto mix = [&](std::uint64_t w) {
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    };
    const char* p = s.data();
    const std::size_t n = s.size();
    if (n >= 8) {
      std::size_t i = 0;
      for (; i + 8 <= n; i += 8) mix(load8(p + i));
      if (i < n) mix(load8(p + n - 8));  // the last word, overlapping: no partial load
    } else {
      std::uint64_t w = 0;
      for (std::size_t i = 0; i < n; ++i)
        w |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
      mix(w);
    }
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 32);
  }

 private:
  // The ids live in one block (ids_), so a lookup touches a slot and that block, not the
  // vertices' heap strings scattered across the graph.
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t vertex_plus_one = 0;  // 0: empty
    std::uint32_t offset = 0, length = 0;
  };
  static std::uint32_t tag_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }
  std::string_view id_at(const Slot& s) const {
    return std::string_view(ids_.data() + s.offset, s.length);
  }

  std::vector<Slot> slots_;
  std::string ids_;
  std::size_t mask_ = 0;
};

// Bytes of an 8-byte word (little-endian order) that need a look inside a JSON string: '"',
// '\\' and control characters end the plain part. Exact for the lowest such byte, which is all
// the caller uses.
inline std::uint64_t word_stops(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const auto zero_byte = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  return zero_byte(w ^ (ones * '"')) | zero_byte(w ^ (ones * '\\')) |
         ((w - ones * 0x20) & ~w & highs);
}

// Bytes of a word that are not JSON whitespace (exact per byte, high bit of each byte).
inline std::uint64_t word_non_space(std::uint64_t w) {
  constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull,
                          ones = 0x0101010101010101ull;
  const auto nonzero = [&](std::uint64_t x) { return (((x & lows) + lows) | x) & highs; };
  return nonzero(w ^ (ones * ' ')) & nonzero(w ^ (ones * '\n')) & nonzero(w ^ (ones * '\r')) &
         nonzero(w ^ (ones * '\t'));
}

// Strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), as the
// reference reader demands.
inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = base::utf8_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

// Fills t, which must be empty, from a graph@1 text; false (t then partly filled) for anything
// the fast path does not handle, which the reference reader then reads or reports.
bool read_into(std::string_view text, Timeline& t);

}  // namespace chronograph::graph::fast
