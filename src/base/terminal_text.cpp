// Escaping control characters and invalid UTF-8 for terminal output.
#include "chronograph/base/terminal_text.hpp"

#include <cstddef>

#include "chronograph/base/text.hpp"
#include "chronograph/base/utf8.hpp"

namespace chronograph::base {

namespace {

void append_hex(std::string& out, unsigned char b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  out += "\\x";
  out += kDigits[b >> 4];
  out += kDigits[b & 15];
}

}  // namespace

std::string terminal_safe(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += text[i++];
    } else if (c == '\t' || (c == '\n' && keep_newlines)) {
      out += text[i++];
    } else if (c < 0x80) {
      append_hex(out, c);  // C0 controls and DEL
      ++i;
    } else if (const std::size_t n = utf8_sequence_length(text, i); n == 0) {
      append_hex(out, c);
      ++i;
    } else if (c == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      // C1 controls (U+0080..U+009F): U+009B is a CSI, as ESC [ is.
      append_hex(out, c);
      append_hex(out, static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace chronograph::base
