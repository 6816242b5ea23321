// Tokens of a text for the temporal matcher: words, numbers and punctuation with byte spans.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"

namespace chronograph::temporal::detail {

enum class Kind : std::uint8_t { word, number, punct };

enum Flag : std::uint8_t {
  f_space = 1,     // white space right before the token
  f_newline = 2,   // a line break before the token (the token starts a line)
  f_cap = 4,       // word starts with an upper-case ASCII letter
  f_grouped = 8,   // number written with thousands separators ("6,000"): an amount
  f_decimal = 16,  // number with a decimal part ("2.5")
  f_blank = 32,    // a blank line before the token (paragraph break)
  f_upper = 64,    // word entirely upper-case ("JUNE")
};

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  Kind kind = Kind::word;
  std::uint8_t flags = 0;
  std::uint8_t digits = 0;  // number of digits of a number token (integer part)
  char ch = 0;              // punctuation, normalized: all dashes '-', all apostrophes '\''
  Lexeme lex;               // words only
  std::int32_t num = 0;     // value of a number token (integer part); -1 when too large
  bool has(Flag f) const { return (flags & f) != 0; }
};

// Splits text into tokens (appending to out, which is cleared first). Non-ASCII letters are
// word characters; common Unicode spaces, dashes and quotes are normalized.
void scan(std::string_view text, std::vector<Token>& out);

}  // namespace chronograph::temporal::detail
