// Label text: Helvetica width estimates, wrapping, date wording and label escaping.
#include "chronograph/render/label_text.hpp"
#include "chronograph/base/months.hpp"
#include "chronograph/base/text.hpp"

#include <array>
#include <cstdint>

namespace chronograph::render {

namespace {

// Advance widths (1/1000 em) for ASCII 32..126 as Graphviz lays them out with the fonts a
// Debian system resolves "Helvetica" to (DejaVu Sans: wider than Helvetica/Arial, so boxes
// sized from these also hold the text wherever the SVG is viewed with real Helvetica).
constexpr std::array<std::uint16_t, 95> kRegular = {
    316, 398, 458, 840, 638, 953, 780, 278, 390, 390, 503, 840, 316, 360, 316, 338,  // ' '..'/'
    638, 638, 638, 638, 638, 638, 638, 638, 638, 638, 338, 338, 840, 840, 840, 533,  // 0..?
    998, 712, 683, 698, 773, 630, 578, 773, 750, 293, 293, 653, 556, 863, 750, 788,  // @..O
    600, 788, 698, 638, 608, 736, 683, 990, 683, 608, 683, 390, 338, 390, 840, 503,  // P.._
    503, 616, 638, 548, 638, 616, 360, 638, 638, 278, 278, 578, 278, 976, 638, 616,  // `..o
    638, 638, 413, 518, 390, 638, 593, 818, 593, 593, 526, 638, 338, 638, 840};      // p..~
constexpr std::array<std::uint16_t, 95> kBold = {
    346, 458, 518, 840, 698, 1006, 870, 308,  458, 458, 526, 840, 383, 413,  383, 368,  // ' '..'/'
    698, 698, 698, 698, 698, 698,  698, 698,  698, 698, 398, 398, 840, 840,  840, 578,  // 0..?
    998, 773, 766, 736, 833, 683,  683, 818,  840, 376, 376, 773, 638, 998,  840, 848,  // @..O
    736, 848, 773, 678, 704, 810,  773, 1103, 773, 728, 728, 458, 368, 458,  840, 503,  // P.._
    503, 676, 713, 593, 713, 676,  406, 713,  713, 346, 346, 668, 346, 1043, 713, 690,  // `..o
    713, 713, 496, 593, 480, 713,  653, 923,  646, 653, 586, 713, 368, 713,  840};      // p..~

// Decodes one UTF-8 sequence at s[i]; returns the code point (U+FFFD when invalid) and
// advances i past it (by one byte when invalid).
// Rounding and hinting make rendered text a little wider than the sum of advances.
constexpr double kSlack = 1.03;

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    ++i;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    n = 1, cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 2, cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 3, cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + n >= s.size()) {  // truncated sequence
    ++i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr std::array<char32_t, 4> kMin = {0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += n + 1;
  return cp;
}

using base::append_utf8;

double code_point_width(char32_t cp, bool bold) {
  if (cp >= 32 && cp <= 126) return (bold ? kBold : kRegular)[cp - 32];
  if (cp >= 0x2E80) return 1000;  // CJK and other wide scripts
  return bold ? 780 : 720;        // accented Latin, Cyrillic, dashes, quotes: generous
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == ' ') {
      if (!cur.empty()) words.push_back(std::move(cur)), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

// The longest prefix of word (whole code points) that fits max_width.
std::size_t fitting_prefix(std::string_view word, double max_width, double font_size, bool bold) {
  std::size_t i = 0, fit = 0;
  double w = 0;
  while (i < word.size()) {
    const std::size_t start = i;
    w += code_point_width(next_code_point(word, i), bold) * font_size / 1000.0;
    if (w > max_width && start > 0) break;
    fit = i;
  }
  return fit;
}

}  // namespace

double text_width(std::string_view text, double font_size, bool bold) {
  double units = 0;
  for (std::size_t i = 0; i < text.size();)
    units += code_point_width(next_code_point(text, i), bold);
  return units * font_size / 1000.0 * kSlack;
}

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    const bool blank = cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xA0 ||
                       cp == 0x2028 || cp == 0x2029 || cp == 0xFFFE || cp == 0xFFFF;
    if (blank || cp == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ', space = false;
    append_utf8(out, cp);
  }
  return out;
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size,
                                   std::size_t max_lines, bool bold) {
  std::vector<std::string> lines;
  std::string cur;
  bool truncated = false;
  for (std::string word : split_words(text)) {
    while (!word.empty()) {
      const std::string candidate = cur.empty() ? word : cur + " " + word;
      if (text_width(candidate, font_size, bold) <= max_width) {
        cur = candidate;
        word.clear();
        break;
      }
      if (!cur.empty()) {
        lines.push_back(std::move(cur));
        cur.clear();
      } else {  // a single word wider than the line: cut it
        const std::size_t n = fitting_prefix(word, max_width / kSlack, font_size, bold);
        lines.push_back(word.substr(0, n));
        word.erase(0, n);
      }
      if (lines.size() >= max_lines) break;
    }
    if (lines.size() >= max_lines) {
      truncated = true;
      break;
    }
  }
  if (!truncated && !cur.empty()) lines.push_back(std::move(cur));
  if (lines.size() > max_lines) lines.resize(max_lines), truncated = true;
  if (truncated && !lines.empty()) {
    // Make room for the ellipsis on the last line.
    std::string& last = lines.back();
    while (!last.empty() && text_width(last + "\u2026", font_size, bold) > max_width) {
      std::size_t cut = last.size() - 1;
      while (cut > 0 && (static_cast<unsigned char>(last[cut]) & 0xC0) == 0x80) --cut;
      last.erase(cut);
    }
    while (!last.empty() && last.back() == ' ') last.pop_back();
    last += "\u2026";
  }
  return lines;
}

std::string escape_label_line(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    if (c == '\\') out += '\\';
    if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string label_value(const std::vector<std::string>& lines, bool flush_left) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i && !flush_left) out += "\\n";
    out += escape_label_line(lines[i]);
    if (flush_left) out += "\\l";
  }
  return out;
}

std::string day_words(date::sys_days day) {
  const date::year_month_day ymd{day};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " +
         std::string(base::kMonthAbbreviations[static_cast<unsigned>(ymd.month()) - 1]) + " " +
         std::to_string(static_cast<int>(ymd.year()));
}

std::string month_words(date::year_month ym) {
  return std::string(base::kMonthAbbreviations[static_cast<unsigned>(ym.month()) - 1]) + " " +
         std::to_string(static_cast<int>(ym.year()));
}

std::string date_words(const base::DateValue& d) {
  using namespace date;
  if (!d.known()) return "undated";
  if (!d.latest) return "after " + day_words(*d.earliest);
  if (!d.earliest) return "before " + day_words(*d.latest);
  if (*d.earliest == *d.latest) return day_words(*d.earliest);
  const year_month_day a{*d.earliest}, b{*d.latest};
  if (a.day() == date::day{1} && b == year_month_day_last{b.year(), month_day_last{b.month()}}) {
    if (a.year() == b.year() && a.month() == b.month()) return month_words({a.year(), a.month()});
    if (a.year() == b.year() && a.month() == January && b.month() == December)
      return std::to_string(static_cast<int>(a.year()));
    if (a.month() == January && b.month() == December)
      return std::to_string(static_cast<int>(a.year())) + "\u2013" +
             std::to_string(static_cast<int>(b.year()));
    return month_words({a.year(), a.month()}) + " \u2013 " + month_words({b.year(), b.month()});
  }
  if (a.year() == b.year() && a.month() == b.month())
    return std::to_string(static_cast<unsigned>(a.day())) + "\u2013" + day_words(*d.latest);
  return day_words(*d.earliest) + " \u2013 " + day_words(*d.latest);
}

std::string thousands(std::size_t count) {
  std::string digits = std::to_string(count), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace chronograph::render
