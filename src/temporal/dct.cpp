// Publication-date detection: the first full date of the header zone, alone on its line,
// introduced by a byline word ("Published", "Updated", "date"), after a place name on its own
// line, or in a news dateline.
#include "chronograph/temporal/dct.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "chronograph/ingest/layout.hpp"

namespace chronograph::temporal {

namespace {

constexpr std::size_t kMaxHeaderLines = 60;
constexpr std::size_t kLongParagraph = 200;       // a body paragraph ends the header zone ...
constexpr std::size_t kLinesAfterBody = 3;        // ... a few lines after it (dates under a lede)
constexpr std::size_t kMaxZoneBytes = 64 * 1024;  // ... and within the top of the page

constexpr std::string_view kTrim = " \t\r:,|-\xE2\x80\xA2\xC2\xB7";
constexpr std::size_t kMaxContext = 100;  // the longest byline or credit text around a date

bool trimmed(char c) { return kTrim.find(c) != std::string_view::npos; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// One line of the header zone, with its text between leading and trailing separators.
struct Line {
  std::size_t start = 0, end = 0;            // end at the newline
  std::size_t text_start = 0, text_end = 0;  // separators trimmed

  void at(std::string_view zone, std::size_t from) {
    start = from;
    end = std::min(zone.find('\n', from), zone.size());
    text_start = start;
    while (text_start < end && trimmed(zone[text_start])) ++text_start;
    text_end = end;
    while (text_end > text_start && trimmed(zone[text_end - 1])) --text_end;
  }
};

// The text around one date on its line, trimmed of separators. Only the last kMaxContext
// bytes before it are copied: longer context rules a header line out anyway, and a copy of
// the whole line per date made a long line quadratic.
struct DateContext {
  std::size_t before_size = 0, after_size = 0;
  std::string before_tail;  // lowercased, at most kMaxContext bytes
};

DateContext date_context(std::string_view zone, const Line& line, std::size_t start,
                         std::size_t end) {
  DateContext c;
  // The separator runs next to a date are scanned once each: they lie between dates.
  std::size_t b_end = start;
  while (b_end > line.text_start && trimmed(zone[b_end - 1])) --b_end;
  c.before_size = b_end - std::min(line.text_start, b_end);
  const std::size_t tail = std::min(c.before_size, kMaxContext);
  c.before_tail = lower(zone.substr(b_end - tail, tail));
  std::size_t a_start = end;
  while (a_start < line.text_end && trimmed(zone[a_start])) ++a_start;
  c.after_size = std::max(line.text_end, a_start) - a_start;
  return c;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Words that introduce a publication date on a byline.
bool byline_prefix(std::string_view before) {
  if (before.empty()) return true;
  static constexpr std::array<std::string_view, 12> words = {
      "published", "updated",  "posted",       "date",       "dated",     "last updated",
      "created",   "modified", "published on", "updated on", "posted on", "first published"};
  for (auto w : words)
    if (ends_with(before, w)) return true;
  return false;
}

// "Rotterdam, 2023-11-20": a place line, one to four capitalized words before the date.
bool place_prefix(std::string_view before) {
  constexpr std::size_t kMaxPlace = 40, kMaxWords = 4;
  if (before.empty() || before.size() > kMaxPlace) return false;
  std::size_t words = 0;
  bool word_start = true;
  for (char ch : before) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      // A word opens with a capital, or with a UTF-8 letter ("Århus", "Øresund").
      if (!(c >= 'A' && c <= 'Z') && c < 0x80) return false;
      if (++words > kMaxWords) return false;
      word_start = false;
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!letter && c != '.' && c != '-' && c != '\'') return false;
  }
  return words > 0;
}

}  // namespace

std::optional<DctGuess> detect_dct(std::string_view text, const Tagger& tagger) {
  // The header zone: the first lines, up to a few lines past the first body paragraph.
  std::size_t zone_end = text.size();
  {
    std::size_t lines = 0, after_body = 0;
    bool body = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      ++lines;
      if (body) ++after_body;
      if (nl - pos >= kLongParagraph) body = true;
      pos = nl + 1;
      if (lines >= kMaxHeaderLines || after_body >= kLinesAfterBody) {
        zone_end = std::min(pos, text.size());
        break;
      }
    }
  }
  if (zone_end > kMaxZoneBytes) {
    // Cut at a space so no date or UTF-8 sequence is split; a page with no space there has
    // no header line to find.
    const std::size_t cut = text.rfind(' ', kMaxZoneBytes);
    zone_end = cut == std::string_view::npos ? 0 : cut;
  }
  const std::string_view zone = text.substr(0, zone_end);
  const auto timexes = tagger.tag(zone, TagOptions{});
  Line line;
  line.at(zone, 0);
  for (const auto& t : timexes) {
    if (t.type != TimexType::date && t.type != TimexType::time) continue;
    if (t.reference != Reference::absolute || !t.earliest || !t.latest || *t.earliest != *t.latest)
      continue;
    // The date's line: dates come in text order, so lines are found by scanning forward.
    if (t.start < line.start) line.at(zone, 0);
    while (line.end < t.start) line.at(zone, line.end + 1);
    const DateContext c = date_context(zone, line, t.start, t.end);
    const std::string_view before = c.before_tail;
    const bool alone = c.before_size == 0 && c.after_size <= 40;
    const bool byline = c.before_size > 0 && byline_prefix(before) && c.after_size <= 60;
    // "By Jane Roe, Reuters | June 4, 2025": a short credit line with a separator.
    const bool credit = c.before_size > 0 && c.before_size + c.after_size <= kMaxContext &&
                        (before.rfind("by ", 0) == 0 || before.find('|') != std::string::npos ||
                         before.find("\xC2\xB7") != std::string::npos ||
                         before.find("\xE2\x80\xA2") != std::string::npos);
    const bool place = c.after_size == 0 && c.before_size > 0 &&
                       place_prefix(zone.substr(line.text_start, c.before_size));
    // "OSLO, March 14, 2024 — The authority...": the date inside the lead's dateline.
    // "NASHVILLE, Tenn., Oct. 19, 2023 (AP) —" on a line of its own, or "GENEVA (AFP) –
    // Wednesday 27 April 2022": the date after the dash, a weekday at most before it.
    const std::string_view lead = zone.substr(line.text_start, line.end - line.text_start);
    const std::size_t own_line = ingest::dateline_end(lead);
    constexpr std::size_t kWeekday = 12;  // "Wednesday, "
    const bool dateline =
        !alone && !byline && !credit && !place &&
        (t.end <= line.text_start + ingest::lead_dateline(lead) ||
         (own_line > 0 && t.end <= line.text_start + own_line && own_line == lead.size()) ||
         (own_line > 0 && c.after_size == 0 && t.start >= line.text_start + own_line &&
          t.start - (line.text_start + own_line) <= kWeekday));
    if (!alone && !byline && !credit && !place && !dateline) continue;
    DctGuess g;
    g.day = *t.earliest;
    g.start = t.start;
    g.end = t.end;
    g.rule = alone    ? "header-date-line"
             : byline ? "byline"
             : credit ? "credit-line"
             : place  ? "place-line"
                      : "dateline";
    return g;
  }
  return std::nullopt;
}

}  // namespace chronograph::temporal
