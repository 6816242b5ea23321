// Small text helpers shared by every stage: ASCII case folding, substring tests, UTF-8 output.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::base {

// Copy with ASCII letters lower-cased; other bytes (UTF-8 sequences) unchanged.
std::string lower_ascii(std::string_view text);
// The same into a buffer the caller reuses, for loops over many words.
void lower_ascii_into(std::string_view text, std::string& out);

// Whether `needle` occurs in `hay`, ignoring ASCII case.
bool contains_ci(std::string_view hay, std::string_view needle);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t cp);

// A map keyed by std::string that is searched with a string_view, without making a string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view v) const noexcept {
    return std::hash<std::string_view>{}(v);
  }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace chronograph::base
