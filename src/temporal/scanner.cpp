// The tokenizer of the temporal stage: one pass over the bytes, no allocation per token.
#include "scanner.hpp"

namespace chronograph::temporal::detail {

namespace {

enum class Byte : std::uint8_t { other, space, newline, alpha, digit, punct, utf8 };

struct ByteTable {
  Byte c[256];
  constexpr ByteTable() : c() {
    for (int i = 0; i < 256; ++i) c[i] = Byte::punct;
    for (int i = 0x80; i < 256; ++i) c[i] = Byte::utf8;
    c[static_cast<int>(' ')] = c[static_cast<int>('\t')] = c[static_cast<int>('\r')] = Byte::space;
    c[static_cast<int>('\f')] = c[static_cast<int>('\v')] = Byte::space;
    c[static_cast<int>('\n')] = Byte::newline;
    for (int i = 'a'; i <= 'z'; ++i) c[i] = Byte::alpha;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = Byte::alpha;
    for (int i = '0'; i <= '9'; ++i) c[i] = Byte::digit;
    c[0] = Byte::space;
  }
};
constexpr ByteTable kBytes;

// What a multi-byte character is to the scanner: 0 letter, ' ' space, or a punctuation char.
inline char classify_utf8(const unsigned char* p, std::size_t left, std::size_t& len) {
  const unsigned char b = p[0];
  len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (len > left) len = left;
  if (b == 0xC2 && left >= 2) {
    if (p[1] == 0xA0) return ' ';                  // NBSP
    if (p[1] == 0xAB || p[1] == 0xBB) return '"';  // guillemets
    return '#';                                    // other Latin-1 symbols
  }
  if (b == 0xE2 && left >= 3 && p[1] == 0x80) {
    const unsigned char c = p[2];
    if (c <= 0x8B || c == 0xAF) return ' ';   // en/em/thin spaces
    if (c >= 0x90 && c <= 0x95) return '-';   // hyphens and dashes
    if (c >= 0x98 && c <= 0x9B) return '\'';  // single quotes
    if (c >= 0x9C && c <= 0x9F) return '"';   // double quotes
    if (c == 0xA6) return '.';                // ellipsis
    return '#';
  }
  if (b == 0xE2 && left >= 3) return '#';  // arrows, math, bullets
  return 0;
}

}  // namespace

void scan(std::string_view text, std::vector<Token>& out) {
  out.clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  std::uint8_t pending = f_newline;  // flags for the next token
  int newlines = 2;
  while (i < n) {
    const Byte b = kBytes.c[s[i]];
    if (b == Byte::space) {
      pending |= f_space;
      ++i;
      continue;
    }
    if (b == Byte::newline) {
      pending |= f_space | f_newline;
      if (++newlines >= 2) pending |= f_blank;
      ++i;
      continue;
    }
    Token t;
    t.start = static_cast<std::uint32_t>(i);
    if (b == Byte::alpha || b == Byte::utf8) {
      std::size_t len = 1;
      if (b == Byte::utf8) {
        const char cls = classify_utf8(s + i, n - i, len);
        if (cls == ' ') {
          pending |= f_space;
          i += len;
          continue;
        }
        if (cls != 0) {
          t.kind = Kind::punct;
          t.ch = cls;
          t.end = static_cast<std::uint32_t>(i + len);
          t.flags = pending;
          pending = 0;
          newlines = 0;
          out.push_back(t);
          i += len;
          continue;
        }
      }
      // A word: ASCII letters and non-punctuation multi-byte characters.
      bool ascii = b == Byte::alpha;
      std::size_t j = i + len;
      while (j < n) {
        const Byte c = kBytes.c[s[j]];
        if (c == Byte::alpha) {
          ++j;
        } else if (c == Byte::utf8) {
          std::size_t l2 = 1;
          if (classify_utf8(s + j, n - j, l2) != 0) break;
          ascii = false;
          j += l2;
        } else {
          break;
        }
      }
      t.kind = Kind::word;
      t.end = static_cast<std::uint32_t>(j);
      if (s[i] >= 'A' && s[i] <= 'Z') {
        pending |= f_cap;
        bool all = true;
        for (std::size_t k = i; k < j; ++k)
          if (s[k] >= 'a' && s[k] <= 'z') {
            all = false;
            break;
          }
        if (all && j - i > 1) pending |= f_upper;
      }
      if (ascii && may_be_word(text.data() + i, j - i)) t.lex = lookup(text.substr(i, j - i));
      t.flags = pending;
      pending = 0;
      newlines = 0;
      out.push_back(t);
      i = j;
      continue;
    }
    if (b == Byte::digit) {
      std::size_t j = i;
      std::int32_t v = 0;
      while (j < n && kBytes.c[s[j]] == Byte::digit) {
        if (v >= 0) v = (v > 100000000) ? -1 : v * 10 + (s[j] - '0');
        ++j;
      }
      t.digits = static_cast<std::uint8_t>(j - i > 255 ? 255 : j - i);
      // Thousands groups ("6,000", "1,180") make an amount, never a date or time.
      if (t.digits <= 3) {
        while (j + 3 < n + 0 && s[j] == ',' && kBytes.c[s[j + 1]] == Byte::digit &&
               kBytes.c[s[j + 2]] == Byte::digit && kBytes.c[s[j + 3]] == Byte::digit &&
               (j + 4 >= n || kBytes.c[s[j + 4]] != Byte::digit)) {
          t.flags |= f_grouped;
          j += 4;
        }
      }
      // "2.5" is a decimal; "18.10.2024" is a day-first date, three numbers.
      std::size_t frac_end = j + 1;
      while (frac_end < n && kBytes.c[s[frac_end]] == Byte::digit) ++frac_end;
      const bool dotted_date = (frac_end + 1 < n && s[frac_end] == '.' &&
                                kBytes.c[s[frac_end + 1]] == Byte::digit) ||
                               (i >= 2 && s[i - 1] == '.' && kBytes.c[s[i - 2]] == Byte::digit);
      if (j + 1 < n && s[j] == '.' && kBytes.c[s[j + 1]] == Byte::digit && !dotted_date) {
        t.flags |= f_decimal;
        j += 1;
        while (j < n && kBytes.c[s[j]] == Byte::digit) ++j;
      }
      t.kind = Kind::number;
      t.num = v;
      t.end = static_cast<std::uint32_t>(j);
      t.flags |= pending;
      pending = 0;
      newlines = 0;
      out.push_back(t);
      i = j;
      continue;
    }
    t.kind = Kind::punct;
    t.ch = static_cast<char>(s[i]);
    if (t.ch == '`') t.ch = '\'';
    t.end = static_cast<std::uint32_t>(i + 1);
    t.flags = pending;
    pending = 0;
    newlines = 0;
    out.push_back(t);
    ++i;
  }
}

}  // namespace chronograph::temporal::detail
