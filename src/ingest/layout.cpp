// Line classification and sentence splitting for scraped news pages.
#include "chronograph/ingest/layout.hpp"
#include "chronograph/base/months.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace chronograph::ingest {

namespace {

bool is_space_byte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
char lower_byte(char c) { return ascii_upper(c) ? static_cast<char>(c + 32) : c; }

// Content tests read only a line's first kPrefix bytes (long lines are prose anyway), which
// keeps their cost per line flat. The bound is part of the classification's behaviour.
constexpr std::size_t kPrefix = 160;

std::string_view prefix_of(std::string_view s) { return s.substr(0, std::min(s.size(), kPrefix)); }

// True when s[i...] spells the lower-case needle, ignoring ASCII case, within s.
bool matches_at(std::string_view s, std::size_t i, std::string_view needle) {
  if (needle.size() > s.size() - i) return false;
  for (std::size_t k = 0; k < needle.size(); ++k)
    if (lower_byte(s[i + k]) != needle[k]) return false;
  return true;
}

bool starts_with_nocase(std::string_view s, std::string_view needle) {
  return matches_at(s, 0, needle);
}

bool equals_nocase(std::string_view s, std::string_view needle) {
  return s.size() == needle.size() && matches_at(s, 0, needle);
}

// What classification needs to know of a line's text, gathered in one pass over its bytes.
struct LineStats {
  std::size_t words = 0;
  std::size_t letters = 0;
  std::size_t bars = 0;         // '|' separators, as in navigation bars
  bool has_lower = false;       // any ASCII lower-case letter (else the line is shouting)
  bool terminal_punct = false;  // ends with . ! ? or a closing quote after one
};

// Byte classes as 0/1 for counting. Bitwise rather than short-circuit operators keep the
// counting loops free of branches, so the compiler vectorizes them.
std::uint8_t letter_byte(unsigned char c) {  // ASCII letter or part of a UTF-8 character
  return static_cast<std::uint8_t>((static_cast<unsigned char>((c | 0x20) - 'a') < 26) |
                                   (c >= 0x80));
}
std::uint8_t word_byte(unsigned char c) {  // letter_byte or ASCII digit
  return static_cast<std::uint8_t>(letter_byte(c) | (static_cast<unsigned char>(c - '0') < 10));
}
std::uint8_t lower_letter(unsigned char c) {
  return static_cast<std::uint8_t>(static_cast<unsigned char>(c - 'a') < 26);
}

// Sums of 0/1 byte classes run in 8-bit counters over blocks of kBlock bytes: byte lanes make
// the vectorized loops several times faster than 64-bit ones. The block fits a counter (< 256)
// and is a multiple of the vector width, so no block ends in a scalar tail.
constexpr std::size_t kBlock = 240;

LineStats stats_of(std::string_view s) {
  LineStats st;
  if (s.empty()) return st;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  // A word starts at a word byte whose predecessor is not one; the first byte has none, so it
  // is counted here and the loop reads p[i - 1] freely.
  std::size_t letters = letter_byte(p[0]), words = word_byte(p[0]);
  std::size_t bars = p[0] == '|', lower = lower_letter(p[0]);
  for (std::size_t start = 1; start < s.size(); start += kBlock) {
    const std::size_t end = std::min(s.size(), start + kBlock);
    std::uint8_t l = 0, w = 0, b = 0, lo = 0;
    for (std::size_t i = start; i < end; ++i) {
      const unsigned char c = p[i];
      l = static_cast<std::uint8_t>(l + letter_byte(c));
      w = static_cast<std::uint8_t>(w + (word_byte(c) & (word_byte(p[i - 1]) ^ 1)));
      b = static_cast<std::uint8_t>(b + (c == '|'));
      lo = static_cast<std::uint8_t>(lo + lower_letter(c));
    }
    letters += l;
    words += w;
    bars += b;
    lower += lo;
  }
  st.letters = letters;
  st.words = words;
  st.bars = bars;
  st.has_lower = lower > 0;
  std::size_t e = s.size();
  while (e > 0) {
    const char c = s[e - 1];
    if (c == '"' || c == '\'' || c == ')') {
      --e;
      continue;
    }
    if (e >= 3 && static_cast<unsigned char>(s[e - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[e - 2]) == 0x80 &&
        (static_cast<unsigned char>(c) == 0x9D || static_cast<unsigned char>(c) == 0x99)) {
      e -= 3;  // closing curly quote
      continue;
    }
    break;
  }
  if (e > 0) {
    const char c = s[e - 1];
    st.terminal_punct = c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  }
  return st;
}

// "17:53", "9:05", optionally followed by a zone ("GMT").
bool is_clock(std::string_view s) {
  std::size_t i = 0;
  std::size_t h = 0;
  while (i < s.size() && ascii_digit(s[i])) ++i, ++h;
  if (h == 0 || h > 2 || i >= s.size() || s[i] != ':') return false;
  ++i;
  std::size_t m = 0;
  while (i < s.size() && ascii_digit(s[i])) ++i, ++m;
  if (m != 2) return false;
  while (i < s.size() && s[i] == ' ') ++i;
  for (; i < s.size(); ++i)
    if (!ascii_upper(s[i])) return false;
  return true;
}

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// A line made only of date words: numbers, month names, weekdays, separators, "date".
bool is_dateline(std::string_view s) {
  const std::string_view l = prefix_of(s);
  std::size_t i = 0, words = 0, date_words = 0, numbers = 0;
  while (i < l.size()) {
    const char c = lower_byte(l[i]);
    if (ascii_digit(c)) {
      std::size_t j = i;
      while (j < l.size() &&
             (ascii_digit(l[j]) || l[j] == ':' || l[j] == '-' || l[j] == '/' || l[j] == '.'))
        ++j;
      ++numbers;
      ++words;
      i = j;
    } else if (ascii_lower(c)) {
      std::size_t j = i;
      while (j < l.size() && ascii_lower(lower_byte(l[j]))) ++j;
      // The longest date word is "september": anything longer is not one, so a small
      // buffer holds every word worth comparing.
      std::array<char, 9> buf{};
      if (j - i > buf.size()) return false;
      for (std::size_t k = i; k < j; ++k) buf[k - i] = lower_byte(l[k]);
      const std::string_view w(buf.data(), j - i);
      ++words;
      // Fillers may stand beside a date but are not one ("Updated" alone is a label).
      const bool filler = w == "date" || w == "published" || w == "updated" || w == "gmt" ||
                          w == "utc" || w == "am" || w == "pm" || w == "st" || w == "nd" ||
                          w == "rd" || w == "th";
      bool calendar = false;
      for (auto m : base::kMonthNames)
        calendar = calendar || w == m || (w.size() == 3 && m.substr(0, 3) == w);
      for (auto d : kWeekdays) calendar = calendar || w == d;
      if (!filler && !calendar) return false;
      if (calendar) ++date_words;
      i = j;
    } else if (c == ',' || c == ' ' || c == '.' || c == '|' || c == '\t') {
      ++i;
    } else {
      return false;
    }
  }
  return words > 0 && words <= 6 && (date_words > 0 || numbers > 0) &&
         (date_words > 0 || numbers >= 1);
}

// Phrases that mark furniture wherever they stand in a line's prefix, found in one pass.
enum Cue : unsigned {
  kCopyright = 1,   // "©", "copyright", "all rights reserved"
  kPathLike = 2,    // "/", "_", "http": template keys and URLs
  kRightsVerb = 4,  // "allowed", "permitted", "prohibited", "forbidden"
  kReuseNoun = 8,   // "use of material", "reproduc", "hyperlink", "republish"
  kPixels = 16,     // " px"
};

struct Phrase {
  std::string_view text;  // lower case; matched ignoring ASCII case
  unsigned cue;
};

constexpr std::array<Phrase, 15> kPhrases = {{
    {"\xC2\xA9", kCopyright},  // ©
    {"copyright", kCopyright},
    {"all rights reserved", kCopyright},
    {"/", kPathLike},
    {"_", kPathLike},
    {"http", kPathLike},
    {"allowed", kRightsVerb},
    {"permitted", kRightsVerb},
    {"prohibited", kRightsVerb},
    {"forbidden", kRightsVerb},
    {"use of material", kReuseNoun},
    {"reproduc", kReuseNoun},
    {"hyperlink", kReuseNoun},
    {"republish", kReuseNoun},
    {" px", kPixels},
}};

// kFilter[k][b] has bit p set when phrase p can have byte b at offset k: its own byte there in
// either case, or any byte once the phrase has ended. ANDing the masks of three consecutive
// bytes leaves the few phrases worth comparing in full, so most positions cost three lookups
// and no branch mispredictions (a dispatch on the first byte alone stops at a third of prose).
using ByteMasks = std::array<std::uint16_t, 256>;
constexpr std::size_t kFilterWidth = 3;
static_assert(kPhrases.size() <= 16, "one bit per phrase in a ByteMasks entry");

constexpr std::array<ByteMasks, kFilterWidth> make_filter() {
  std::array<ByteMasks, kFilterWidth> f{};
  for (std::size_t p = 0; p < kPhrases.size(); ++p) {
    const auto bit = static_cast<std::uint16_t>(1u << p);
    const std::string_view t = kPhrases[p].text;
    for (std::size_t k = 0; k < kFilterWidth; ++k) {
      if (k >= t.size()) {
        for (auto& m : f[k]) m = static_cast<std::uint16_t>(m | bit);
        continue;
      }
      const auto c = static_cast<unsigned char>(t[k]);
      f[k][c] = static_cast<std::uint16_t>(f[k][c] | bit);
      if (c >= 'a' && c <= 'z') f[k][c - 32] = static_cast<std::uint16_t>(f[k][c - 32] | bit);
    }
  }
  return f;
}

constexpr auto kFilter = make_filter();

unsigned cues_of(std::string_view s) {
  const std::string_view l = prefix_of(s);
  const auto* p = reinterpret_cast<const unsigned char*>(l.data());
  const std::size_t n = l.size();
  unsigned cues = 0;
  const auto check = [&](std::size_t i, unsigned m) {
    for (; m != 0; m &= m - 1) {
      const Phrase& ph = kPhrases[static_cast<std::size_t>(std::countr_zero(m))];
      if (matches_at(l, i, ph.text)) cues |= ph.cue;
    }
  };
  std::size_t i = 0;
  for (; i + kFilterWidth <= n; ++i)
    check(i, kFilter[0][p[i]] & kFilter[1][p[i + 1]] & kFilter[2][p[i + 2]]);
  // The last two positions: past the end reads as NUL, which no phrase contains.
  for (; i < n; ++i)
    check(i, kFilter[0][p[i]] & kFilter[1][i + 1 < n ? p[i + 1] : 0] & kFilter[2][0]);
  return cues;
}

// Known page furniture by content: counters, sharing, copyright, navigation words.
bool is_furniture_text(std::string_view s, const LineStats& st) {
  if (st.letters == 0) return true;  // punctuation, numbers, symbols
  const unsigned cues = cues_of(s);
  if (cues & kCopyright) return true;
  static constexpr std::array<std::string_view, 14> kLeads = {
      "views:", "tags:",     "read also", "share", "more news", "source",    "related",
      "print",  "copy link", "loading",   "ads",   "subscribe", "follow us", "advertisement"};
  for (auto lead : kLeads)
    if (starts_with_nocase(s, lead)) return st.words <= 8;
  // Captions: "PHOTO: Rescuers search a collapsed house on Monday. (Name/Agency)" tells what a
  // picture shows, not news of its own.
  static constexpr std::array<std::string_view, 6> kCaptions = {
      "photo:", "photograph:", "picture:", "pictured:", "image:", "caption:"};
  constexpr std::size_t kMaxCaptionWords = 60;
  for (auto lead : kCaptions)
    if (starts_with_nocase(s, lead)) return st.words <= kMaxCaptionWords;
  if (st.words <= 3 && (cues & kPathLike)) return true;
  // Rights notices: "Any use of materials is allowed only with a hyperlink to ...",
  // "Reproduction prohibited without permission".
  if ((cues & kRightsVerb) && (cues & kReuseNoun)) return true;
  // Navigation bars: "Home | World | Sport | Contact".
  if (st.bars >= 2 && !st.terminal_punct) return true;
  if ((cues & kPixels) && st.words <= 8 && !st.terminal_punct) return true;
  return false;
}

bool is_label(std::string_view s, const LineStats& st) {
  if (st.words != 1 || st.terminal_punct) return false;
  static constexpr std::array<std::string_view, 13> kLabels = {
      "exclusive", "opinion",   "updated",    "breaking", "video",     "photo", "live",
      "analysis",  "interview", "interviews", "news",     "editorial", "blog"};
  for (auto label : kLabels)
    if (equals_nocase(s, label)) return true;
  return false;
}

// What later passes ask of a line's own text, kept so no line is scanned twice.
struct LineFacts {
  std::size_t words = 0;
  bool terminal_punct = false;
  bool shouting = false;
  bool furniture_text = false;
};

}  // namespace

void trim_span(std::string_view text, std::size_t& start, std::size_t& end) {
  while (start < end) {
    const auto c = static_cast<unsigned char>(text[start]);
    if (is_space_byte(c)) {
      ++start;
      continue;
    }
    if (c == 0xC2 && start + 1 < end && static_cast<unsigned char>(text[start + 1]) == 0xA0) {
      start += 2;
      continue;
    }
    break;
  }
  while (end > start) {
    const auto c = static_cast<unsigned char>(text[end - 1]);
    if (is_space_byte(c)) {
      --end;
      continue;
    }
    if (c == 0xA0 && end - 1 > start && static_cast<unsigned char>(text[end - 2]) == 0xC2) {
      end -= 2;
      continue;
    }
    break;
  }
}

namespace {

bool abbreviation_before(std::string_view text, std::size_t dot) {
  // Word immediately before the dot.
  std::size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '.'))
    --b;
  const std::string_view w = prefix_of(text.substr(b, dot - b));
  if (w.empty()) return false;
  if (w.size() == 1) return true;                          // initials: "J. Smith", "U.S."
  if (w.find('.') != std::string_view::npos) return true;  // "u.s", "a.m"
  // Titles, company words and the month forms wire style abbreviates ("Oct. 3", "Sen. Roe").
  static constexpr std::array<std::string_view, 42> kAbbrev = {
      "mr",   "mrs",  "ms",  "dr",  "prof", "gen",  "col",  "lt",   "sgt", "st",  "jr",
      "sr",   "vs",   "etc", "inc", "ltd",  "corp", "co",   "no",   "jan", "feb", "aug",
      "sept", "rev",  "apr", "jun", "jul",  "sep",  "oct",  "nov",  "dec", "sen", "rep",
      "gov",  "capt", "adm", "mt",  "ft",   "ave",  "dept", "cmdr", "supt"};
  for (auto a : kAbbrev)
    if (equals_nocase(w, a)) return true;
  return false;
}

bool is_stop(char c) { return c == '.' || c == '!' || c == '?'; }

// Index of the first '.', '!' or '?' in [i, end), else end. Prose has one every few dozen
// bytes, so eight bytes are tested at a time: a block holding none of the three has no zero
// byte after XOR with any of them, which the usual zero-byte test checks without a branch per
// byte.
std::size_t find_stop(std::string_view text, std::size_t i, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHighs = 0x8080808080808080u;
  const auto has_zero_byte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  for (; i + 8 <= end; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    if (has_zero_byte(x ^ (kOnes * '.')) | has_zero_byte(x ^ (kOnes * '!')) |
        has_zero_byte(x ^ (kOnes * '?')))
      break;
  }
  while (i < end && !is_stop(text[i])) ++i;
  return i;
}

// Splits [start, end) of running text into sentences.
// Sentences longer than this are cut at a clause break: no news sentence comes near it, and
// the work per sentence (events, factuality scopes, dating candidates) may grow with the
// square of its length, which a page of run-on text must not turn into a hang.
constexpr std::size_t kMaxSentenceBytes = 2000;

// Where to cut a run-on sentence [a, b) before a + kMaxSentenceBytes: after the last ';' or
// ',' in its second half, else at the last space, else at a UTF-8 boundary.
std::size_t sentence_cut(std::string_view text, std::size_t a) {
  const std::size_t limit = a + kMaxSentenceBytes, half = a + kMaxSentenceBytes / 2;
  for (std::size_t i = limit; i > half; --i)
    if (text[i - 1] == ';' || text[i - 1] == ',') return i;
  for (std::size_t i = limit; i > a + 1; --i)
    if (is_space_byte(static_cast<unsigned char>(text[i - 1]))) return i;
  std::size_t i = limit;
  while (i > a + 1 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Adds the trimmed sentence [a, b), in pieces when it runs on past kMaxSentenceBytes.
void add_sentence(std::string_view text, std::size_t a, std::size_t b, std::size_t line,
                  bool headline, std::vector<Sentence>& out) {
  trim_span(text, a, b);
  while (b - a > kMaxSentenceBytes) {
    std::size_t pa = a, pb = sentence_cut(text, a);
    a = pb;
    trim_span(text, pa, pb);
    if (pa < pb) out.push_back({pa, pb, line, headline});
    trim_span(text, a, b);
  }
  if (a < b) out.push_back({a, b, line, headline});
}

void split_sentences(std::string_view text, std::size_t start, std::size_t end, std::size_t line,
                     bool headline, std::vector<Sentence>& out) {
  std::size_t s = start;
  for (std::size_t i = find_stop(text, start, end); i < end; i = find_stop(text, i + 1, end)) {
    const char c = text[i];
    std::size_t j = i + 1;
    // closing quotes / brackets stay with the sentence
    while (j < end) {
      const auto u = static_cast<unsigned char>(text[j]);
      if (u == '"' || u == '\'' || u == ')') {
        ++j;
        continue;
      }
      if (u == 0xE2 && j + 2 < end && static_cast<unsigned char>(text[j + 1]) == 0x80 &&
          (static_cast<unsigned char>(text[j + 2]) == 0x9D ||
           static_cast<unsigned char>(text[j + 2]) == 0x99)) {
        j += 3;
        continue;
      }
      break;
    }
    if (j < end && !is_space_byte(static_cast<unsigned char>(text[j]))) continue;
    std::size_t k = j;
    while (k < end && is_space_byte(static_cast<unsigned char>(text[k]))) ++k;
    if (k >= end) break;
    const auto next = static_cast<unsigned char>(text[k]);
    const bool starts_sentence =
        ascii_upper(text[k]) || ascii_digit(text[k]) || next == '"' || next == 0xE2 || next >= 0xC3;
    if (!starts_sentence) continue;
    if (c == '.' && abbreviation_before(text, i)) {
      // "U.S. President" stays together; "... the U.S. The next" is rare enough to accept.
      continue;
    }
    add_sentence(text, s, j, line, headline, out);
    s = k;
  }
  add_sentence(text, s, end, line, headline, out);
}

}  // namespace

// The wire dateline a lead paragraph opens with, "OSLO, March 14, 2024 — " or "SAO PAULO,
// Brazil, May 3 (Reuters) - " or "WASHINGTON — ": its length with the dash and the spaces after
// it, else 0. It is no part of the first sentence: its date is the page's, its place no word of
// anyone's claim. The city in capitals and a capital after the dash keep running text out.
std::size_t dateline_end(std::string_view s) {
  constexpr std::size_t kMaxPrefix = 90, kMaxCity = 40;
  std::size_t dash = std::string_view::npos, dash_len = 0;
  for (std::size_t i = 0; i + 2 < s.size() && i < kMaxPrefix; ++i) {
    if (s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\x94' || s[i + 2] == '\x93')) {
      dash = i, dash_len = 3;
      break;
    }
    if (s[i] == ' ' && s[i + 1] == '-') {
      const std::size_t n = s[i + 2] == '-' ? 3 : 2;
      if (i + n < s.size() && s[i + n] == ' ') {
        dash = i, dash_len = n;
        break;
      }
    }
  }
  if (dash == std::string_view::npos || dash < 2) return 0;
  // The city: capitals up to the first comma or bracket.
  std::size_t city_end = 0, capitals = 0;
  while (city_end < dash && s[city_end] != ',' && s[city_end] != '(') {
    const char c = s[city_end];
    if (ascii_upper(c)) {
      ++capitals;
    } else if (ascii_lower(c) || ascii_digit(c) ||
               (static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '.' && c != '\'' &&
                c != '-')) {
      capitals = 0;  // running text, unless the whole prefix is a date
      break;
    }
    ++city_end;
  }
  // No city: the date alone before the dash ("March 14, 2024 -- ...").
  if ((capitals < 2 || city_end > kMaxCity) && !is_dateline(s.substr(0, dash))) return 0;
  // What follows the city up to the dash (a region, the date, the agency) holds no quote and
  // no sentence's end.
  for (std::size_t i = city_end; i < dash; ++i)
    if (s[i] == '"' || s[i] == '!' || s[i] == '?' || s[i] == ';' ||
        s.substr(i, 3) == "\xE2\x80\x9C")
      return 0;
  std::size_t k = dash + dash_len;
  while (k < s.size() && is_space_byte(static_cast<unsigned char>(s[k]))) ++k;
  return k;
}

std::size_t lead_dateline(std::string_view s) {
  const std::size_t k = dateline_end(s);
  if (k == 0 || k + 20 > s.size()) return 0;
  const auto next = static_cast<unsigned char>(s[k]);
  const bool opens =
      ascii_upper(s[k]) || ascii_digit(s[k]) || next == '"' || next == 0xE2 || next >= 0xC3;
  return opens ? k : 0;
}

Layout analyze_layout(std::string_view text) {
  Layout layout;
  auto& lines = layout.lines;
  // One Line per '\n' plus the last: sized up front so the vectors grow once.
  std::size_t line_count = 1;
  for (auto nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1))
    ++line_count;
  lines.reserve(line_count);
  std::vector<LineFacts> facts;
  facts.reserve(line_count);
  // Pass 1: lines with a first role from their own content.
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::size_t a = pos, b = nl;
    trim_span(text, a, b);
    Line line{a, b, LineRole::blank};
    LineFacts f;
    if (a < b) {
      const std::string_view s = text.substr(a, b - a);
      const LineStats st = stats_of(s);
      f = {st.words, st.terminal_punct, !st.has_lower, is_furniture_text(s, st)};
      if (is_clock(s))
        line.role = LineRole::clock;
      else if (is_dateline(s))
        line.role = LineRole::dateline;
      else if (f.furniture_text)
        line.role = LineRole::furniture;
      else if (is_label(s, st))
        line.role = LineRole::label;
      else if (st.words >= 8 || st.terminal_punct)
        line.role = LineRole::body;
      else
        line.role = LineRole::furniture;  // short fragment: decided by context below
    } else {
      line.start = line.end = pos;
    }
    lines.push_back(line);
    facts.push_back(f);
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  // Pass 2: headlines follow a clock line (possibly after a label line) in a list of them:
  // a lone clock line is a byline time ("3 June, 2025 / 17:53"), not a headline list.
  auto clock_near = [&](std::size_t i) {
    for (std::size_t k = i + 1; k < lines.size() && k <= i + 4; ++k)
      if (lines[k].role == LineRole::clock) return true;
    for (std::size_t k = i; k-- > 0 && k + 4 >= i;)
      if (lines[k].role == LineRole::clock) return true;
    return false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != LineRole::clock || !clock_near(i)) continue;
    // Tag lines between the time and the headline: "Exclusive", "Russian hacker".
    std::size_t j = i + 1;
    while (j + 1 < lines.size() && j <= i + 2 &&
           (lines[j].role == LineRole::label ||
            (lines[j].role == LineRole::furniture && facts[j].words <= 3 &&
             lines[j + 1].role != LineRole::clock))) {
      lines[j].role = LineRole::label;
      ++j;
    }
    if (j < lines.size() &&
        (lines[j].role == LineRole::body || lines[j].role == LineRole::furniture)) {
      // Headlines are short and carry no closing full stop; a paragraph under a byline time is
      // text.
      if (facts[j].words >= 3 && facts[j].words <= 25 && text[lines[j].end - 1] != '.')
        lines[j].role = LineRole::headline;
    }
  }
  // Pass 3: the title is a short multi-word line near the top that is not furniture or
  // shouting (menus are often upper case), preferring the line just above a dateline (the
  // usual headline-then-byline layout).
  {
    std::ptrdiff_t first = -1, above_date = -1;
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < 40 && above_date < 0; ++i) {
      if (lines[i].role == LineRole::blank) continue;
      ++seen;
      const LineFacts& f = facts[i];
      if (!((lines[i].role == LineRole::furniture || lines[i].role == LineRole::body) &&
            f.words >= 4 && f.words <= 25 && lines[i].end - lines[i].start < 220 && !f.shouting &&
            !f.furniture_text))
        continue;
      if (first < 0 && f.words <= 15 && !f.terminal_punct) first = static_cast<std::ptrdiff_t>(i);
      for (std::size_t k = i + 1, nonblank = 0; k < lines.size() && nonblank < 2; ++k) {
        if (lines[k].role == LineRole::blank) continue;
        ++nonblank;
        if (lines[k].role == LineRole::dateline) above_date = static_cast<std::ptrdiff_t>(i);
      }
    }
    layout.title_line = above_date >= 0 ? above_date : first;
    if (layout.title_line >= 0)
      lines[static_cast<std::size_t>(layout.title_line)].role = LineRole::title;
  }
  // Pass 4: short fragments between body paragraphs are body (wrapped text), else furniture.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != LineRole::furniture || facts[i].furniture_text) continue;
    const bool prev_body = i > 0 && lines[i - 1].role == LineRole::body;
    const bool next_body = i + 1 < lines.size() && lines[i + 1].role == LineRole::body;
    if (facts[i].words >= 3 && (prev_body || next_body)) lines[i].role = LineRole::body;
  }
  // Pass 5: sentences of content lines; consecutive body lines without a terminal mark are
  // joined (hard-wrapped paragraphs).
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.role == LineRole::headline || l.role == LineRole::title) {
      if (l.end - l.start > kMaxSentenceBytes)
        add_sentence(text, l.start, l.end, i, true, layout.sentences);
      else
        layout.sentences.push_back({l.start, l.end, i, true});
      continue;
    }
    if (l.role != LineRole::body) continue;
    std::size_t j = i;
    while (j + 1 < lines.size() && lines[j + 1].role == LineRole::body) {
      if (facts[j].terminal_punct || !ascii_lower(text[lines[j + 1].start])) break;
      ++j;
    }
    const std::size_t from = l.start + lead_dateline(text.substr(l.start, lines[j].end - l.start));
    split_sentences(text, from, lines[j].end, i, false, layout.sentences);
    i = j;
  }
  return layout;
}

}  // namespace chronograph::ingest
