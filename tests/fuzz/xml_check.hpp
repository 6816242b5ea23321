// A small XML 1.0 well-formedness check for the TimeML fuzz target: encoding, characters,
// tags, attributes, references and nesting; no DTD (TimeML output has none).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

namespace xml_detail {

// The code point at s[i] (advancing i), or -1 for invalid UTF-8 or a character XML forbids.
inline long next_char(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  long cp = 0;
  if (c < 0x80)
    n = 1, cp = c;
  else if (c >= 0xC2 && c < 0xE0)
    n = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c < 0xF0)
    n = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c < 0xF5)
    n = 4, cp = c & 0x07;
  else
    return -1;
  if (i + n > s.size()) return -1;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr long kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n]) return -1;  // overlong
  i += n;
  const bool ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                  (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  return ok ? cp : -1;
}

inline bool name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':';
}
inline bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

}  // namespace xml_detail

// Empty when xml is well-formed, else what is wrong and where.
inline std::string xml_problem(std::string_view xml) {
  using namespace xml_detail;
  for (std::size_t i = 0; i < xml.size();)
    if (next_char(xml, i) < 0) return "invalid or forbidden character at byte " + std::to_string(i);
  std::vector<std::string_view> open;
  bool had_root = false;
  std::size_t i = 0;
  auto fail = [&](const std::string& why) { return why + " at byte " + std::to_string(i); };
  auto name = [&]() -> std::string_view {
    const std::size_t b = i;
    if (i >= xml.size() || !name_start(xml[i])) return {};
    while (i < xml.size() && name_char(xml[i])) ++i;
    return xml.substr(b, i - b);
  };
  auto space = [&] {
    while (i < xml.size() && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\n' || xml[i] == '\r'))
      ++i;
  };
  // A reference after '&': a predefined entity or a character reference to an XML character.
  auto reference = [&]() -> bool {
    const std::size_t semi = xml.find(';', i);
    if (semi == std::string_view::npos) return false;
    const std::string_view r = xml.substr(i, semi - i);
    i = semi + 1;
    if (r == "lt" || r == "gt" || r == "amp" || r == "quot" || r == "apos") return true;
    if (r.size() < 2 || r[0] != '#') return false;
    const bool hex = r[1] == 'x';
    const std::string_view digits = r.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return false;
    long cp = 0;
    for (char c : digits) {
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      if (d < 0) return false;
      cp = cp * (hex ? 16 : 10) + d;
    }
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  };
  if (xml.substr(0, 5) == "<?xml") {
    const std::size_t e = xml.find("?>");
    if (e == std::string_view::npos) return "unclosed XML declaration";
    i = e + 2;
  }
  while (i < xml.size()) {
    const char c = xml[i];
    if (c == '<') {
      if (xml.substr(i, 4) == "<!--") {
        const std::size_t e = xml.find("-->", i + 4);
        if (e == std::string_view::npos) return fail("unclosed comment");
        if (xml.substr(i + 4, e - i - 4).find("--") != std::string_view::npos)
          return fail("'--' in a comment");
        i = e + 3;
        continue;
      }
      ++i;
      if (i < xml.size() && xml[i] == '/') {
        ++i;
        const std::string_view n = name();
        space();
        if (i >= xml.size() || xml[i] != '>') return fail("bad end tag");
        ++i;
        if (open.empty() || open.back() != n)
          return fail("mismatched end tag </" + std::string(n) + ">");
        open.pop_back();
        continue;
      }
      const std::string_view n = name();
      if (n.empty()) return fail("'<' not starting a tag");
      if (open.empty() && had_root) return fail("a second root element");
      std::vector<std::string_view> attrs;
      for (;;) {
        const std::size_t before = i;
        space();
        if (i >= xml.size()) return fail("unclosed start tag");
        if (xml[i] == '>' || xml.substr(i, 2) == "/>") break;
        if (i == before) return fail("no space before an attribute");
        const std::string_view a = name();
        if (a.empty()) return fail("bad attribute name");
        for (auto seen : attrs)
          if (seen == a) return fail("attribute given twice");
        attrs.push_back(a);
        space();
        if (i >= xml.size() || xml[i] != '=') return fail("attribute without '='");
        ++i;
        space();
        if (i >= xml.size() || (xml[i] != '"' && xml[i] != '\'')) return fail("unquoted value");
        const char q = xml[i++];
        while (i < xml.size() && xml[i] != q) {
          if (xml[i] == '<') return fail("'<' in an attribute value");
          if (xml[i] == '&') {
            ++i;
            if (!reference()) return fail("bad reference in an attribute value");
          } else {
            ++i;
          }
        }
        if (i >= xml.size()) return fail("unclosed attribute value");
        ++i;
      }
      had_root = true;
      if (xml[i] == '/') {
        i += 2;
      } else {
        ++i;
        open.push_back(n);
      }
      continue;
    }
    if (open.empty()) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return fail("text outside the root");
      ++i;
      continue;
    }
    if (c == '&') {
      ++i;
      if (!reference()) return fail("bad reference");
      continue;
    }
    if (xml.substr(i, 3) == "]]>") return fail("']]>' in text");
    ++i;
  }
  if (!open.empty()) return "unclosed element <" + std::string(open.back()) + ">";
  if (!had_root) return "no root element";
  return {};
}

}  // namespace fuzz
