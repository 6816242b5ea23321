// Escaping text for the XML and HTML outputs: one escaper for render's formats and TimeML.
#include "chronograph/base/markup_text.hpp"

#include "chronograph/base/utf8.hpp"

namespace chronograph::base {

namespace {
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}  // namespace

void append_markup(std::string& out, std::string_view s, LineBreaks breaks) {
  const bool kept = breaks == LineBreaks::kept;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t len = utf8_sequence_length(s, i);
      const std::string_view seq = s.substr(i, len ? len : 1);
      // U+FFFE and U+FFFF are valid UTF-8 but not XML characters.
      if (len == 0 || seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF")
        out += kReplacement;
      else
        out += seq;
      i += seq.size() - 1;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
        out += kept ? "\t" : "&#9;";
        break;
      case '\n':
        out += kept ? "\n" : "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (c < 0x20)
          out += kReplacement;
        else
          out += static_cast<char>(c);
    }
  }
}

std::string escape_markup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_markup(out, text);
  return out;
}

}  // namespace chronograph::base
