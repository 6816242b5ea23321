// Tokenization of sentences into word and punctuation tokens.
#include "chronograph/events/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "chronograph/base/text.hpp"

namespace chronograph::events {

namespace {

constexpr bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Byte classes by table: the loops below test one class per byte instead of chains of compares.
enum ByteClass : unsigned char { kMark, kSpace, kAlnum, kNonAscii };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (int c = 0; c < 256; ++c) {
    const auto u = static_cast<unsigned char>(c);
    t[u] = u >= 0x80                                                                     ? kNonAscii
           : ascii_alpha(u) || ascii_digit(u)                                            ? kAlnum
           : (u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f' || u == '\v') ? kSpace
                                                                                         : kMark;
  }
  return t;
}();

// Length of the UTF-8 sequence at i and whether it is a letter-like code point (anything
// outside ASCII except general punctuation U+2000-U+206F, NBSP and a few symbols).
std::size_t utf8_letter(std::string_view t, std::size_t i, bool& letter) {
  const auto c = static_cast<unsigned char>(t[i]);
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > t.size()) len = t.size() - i;
  letter = true;
  if (c == 0xC2) letter = false;  // U+0080-U+00BF: NBSP, «, », ©, ...
  if (c == 0xE2 && len == 3) {
    const auto c1 = static_cast<unsigned char>(t[i + 1]);
    if (c1 == 0x80 || c1 == 0x81) letter = false;  // general punctuation (’ “ ” — …)
    if (c1 >= 0x84 && c1 <= 0xAF) letter = false;  // №, arrows, math, technical symbols
  }
  if (c == 0xC3 && len == 2) {
    const auto c1 = static_cast<unsigned char>(t[i + 1]);
    if (c1 == 0x97 || c1 == 0xB7) letter = false;  // × ÷
  }
  return len;
}

bool is_right_quote(std::string_view t, std::size_t i) {
  return i + 2 < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 &&
         static_cast<unsigned char>(t[i + 1]) == 0x80 &&
         static_cast<unsigned char>(t[i + 2]) == 0x99;
}

}  // namespace

void tokenize(std::string_view text, std::size_t start, std::size_t end, std::vector<Token>& out) {
  std::size_t i = start;
  while (i < end) {
    const auto c = static_cast<unsigned char>(text[i]);
    const ByteClass cls = kByteClass[c];
    if (cls == kSpace) {
      ++i;
      continue;
    }
    bool letter = false;
    std::size_t len = c < 0x80 ? 1 : utf8_letter(text, i, letter);
    if (c < 0x80) letter = cls == kAlnum;
    if (!letter) {
      if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
        i += 2;  // NBSP is white space
        continue;
      }
      // Possessive 's / ’s as one token.
      const bool apos = c == '\'' || is_right_quote(text, i);
      const std::size_t alen = c == '\'' ? 1 : 3;
      if (apos && i + alen < end && (text[i + alen] == 's' || text[i + alen] == 'S') &&
          (i + alen + 1 >= end || !ascii_alpha(static_cast<unsigned char>(text[i + alen + 1])))) {
        out.push_back({i, i + alen + 1, true, false, false});
        i += alen + 1;
        continue;
      }
      out.push_back({i, i + len, false, false, false});
      i += len;
      continue;
    }
    Token tok{i, i, true, c < 0x80 ? (c >= 'A' && c <= 'Z') : false, ascii_digit(c)};
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < end) {
      // Latin-1/Latin Extended-A capitals (É, Ö, Ş, ...) count as upper case.
      const auto c1 = static_cast<unsigned char>(text[i + 1]);
      tok.upper = (c == 0xC3 && c1 >= 0x80 && c1 <= 0x9E) || (c != 0xC3 && (c1 % 2 == 0));
    }
    std::size_t j = i;
    while (j < end) {
      const auto d = static_cast<unsigned char>(text[j]);
      if (kByteClass[d] == kAlnum) {
        ++j;
        continue;
      }
      if (d < 0x80) {
        // Inner hyphen, period (U.S., 2.5) or apostrophe followed by a letter/digit.
        if ((d == '-' || d == '.' || d == '\'') && j + 1 < end &&
            (ascii_alpha(static_cast<unsigned char>(text[j + 1])) ||
             ascii_digit(static_cast<unsigned char>(text[j + 1])))) {
          if (d == '\'' && (text[j + 1] == 's' || text[j + 1] == 'S') &&
              (j + 2 >= end || !ascii_alpha(static_cast<unsigned char>(text[j + 2]))))
            break;  // possessive: split off
          if (d == '.' && !(j + 2 < end && text[j + 2] == '.') &&
              ascii_alpha(static_cast<unsigned char>(text[j + 1])) && j - i > 1)
            break;  // "end.Next": not an abbreviation
          j += 2;
          continue;
        }
        // Trailing period of an abbreviation of single letters: "U.S." (U . S .)
        if (d == '.' && j - i >= 3 && text[j - 2] == '.') {
          ++j;
        }
        break;
      }
      // A curly apostrophe inside a word, as in "hasn’t" or "O’Brien" (not a possessive ’s).
      if (is_right_quote(text, j) && j + 3 < end &&
          ascii_alpha(static_cast<unsigned char>(text[j + 3])) &&
          !((text[j + 3] == 's' || text[j + 3] == 'S') &&
            (j + 4 >= end || !ascii_alpha(static_cast<unsigned char>(text[j + 4]))))) {
        j += 3;
        continue;
      }
      bool l = false;
      const std::size_t n = utf8_letter(text, j, l);
      if (!l) break;
      j += n;
    }
    tok.end = j;
    out.push_back(tok);
    i = j;
  }
}

std::string lower_ascii(std::string_view text) { return base::lower_ascii(text); }

std::size_t token_at(std::span<const Token> tokens, std::size_t at) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), at,
                                   [](const Token& t, std::size_t off) { return t.end <= off; });
  return static_cast<std::size_t>(it - tokens.begin());
}

}  // namespace chronograph::events
