// JSON string literals: the one escaper of the hand-written JSON outputs.
#include "chronograph/base/json_text.hpp"

#include <cstdio>

#include "chronograph/base/utf8.hpp"

namespace chronograph::base {

namespace {

// Bytes that go out as they are: printable ASCII but the quote and the backslash.
struct PlainBytes {
  bool plain[256]{};
  constexpr PlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  }
};
constexpr PlainBytes kPlain;

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  // Plain bytes are appended a run at a time: byte by byte, this was most of what writing a
  // large tag JSON cost.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (kPlain.plain[c]) continue;
    if (c >= 0x80) {
      // Valid sequences pass with the run; a stray byte becomes U+FFFD, so no output is ever
      // invalid UTF-8 whatever reached the writer.
      const std::size_t len = utf8_sequence_length(s, i);
      if (len != 0) {
        i += len - 1;
        continue;
      }
    }
    out.append(s.data() + run, i - run);
    run = i + 1;
    if (c >= 0x80) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        char b[8];
        std::snprintf(b, sizeof b, "\\u%04x", c);
        out += b;
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json_day(std::string& out, const std::optional<date::sys_days>& day) {
  if (!day) {
    out += "null";
    return;
  }
  out += '"';
  out += format_day(*day);
  out += '"';
}

void append_json_name(std::string& out, std::string_view key, std::string_view name) {
  out += key;
  out += '"';
  out += name;
  out += '"';
}

}  // namespace chronograph::base
