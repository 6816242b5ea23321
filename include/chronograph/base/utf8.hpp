// UTF-8 validity: the one validator for text entering the tool, and the repair for display.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph::base {

// Byte offset of the first invalid UTF-8 sequence (or NUL byte), none when the text is clean.
// Overlong forms, surrogates and code points past U+10FFFF are invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Length of the valid UTF-8 sequence at `i`, 0 when the byte there starts none (NUL is valid
// here: a one-byte sequence).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The text with each byte that starts no valid sequence replaced by U+FFFD, for strings that
// must be shown whatever they hold (file names, what a broken file contained).
std::string repair_utf8(std::string_view text);

}  // namespace chronograph::base
