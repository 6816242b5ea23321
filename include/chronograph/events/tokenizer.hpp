// Word tokens of a text span, as byte offsets into the document (no copies per token).
#pragma once
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

namespace chronograph::events {

struct Token {
  std::size_t start = 0;  // byte offsets into the document
  std::size_t end = 0;
  bool word = false;   // letters/digits (else a punctuation mark)
  bool upper = false;  // starts with an upper-case letter
  bool digit = false;  // starts with a digit
};

// Appends the tokens of text[start, end) to out. Words are runs of letters, digits and
// inner hyphens or apostrophes; "U.S." and "a.m." stay one token; possessive "'s"/"’s" is split off
// as its own token; every other mark is a one-character token; white space is skipped.
void tokenize(std::string_view text, std::size_t start, std::size_t end, std::vector<Token>& out);

// Index of the token containing or following byte offset `at` (tokens.size() when none).
std::size_t token_at(std::span<const Token> tokens, std::size_t at);

// ASCII-lower-cased copy of a text (other bytes unchanged), for case-insensitive matching.
std::string lower_ascii(std::string_view text);

}  // namespace chronograph::events
