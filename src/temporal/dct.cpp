// Publication-date detection: the first full date of the header zone, alone on its line or
// introduced by a byline word ("Published", "Updated", "date").
#include "chronograph/temporal/dct.hpp"

#include <array>

namespace chronograph::temporal {

namespace {

constexpr std::size_t kMaxHeaderLines = 60;
constexpr std::size_t kLongParagraph = 200;  // a body paragraph ends the header zone ...
constexpr std::size_t kLinesAfterBody = 3;   // ... a few lines after it (dates under a lede)

std::string lower_trim(std::string_view s) {
  std::string out;
  for (const char c : s) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  const auto b = out.find_first_not_of(" \t\r:,|-•·");
  if (b == std::string::npos) return {};
  const auto e = out.find_last_not_of(" \t\r:,|-•·");
  return out.substr(b, e - b + 1);
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
  const std::string_view zone = text.substr(0, zone_end);
  const auto timexes = tagger.tag(zone, TagOptions{});
  for (const auto& t : timexes) {
    if (t.type != TimexType::date && t.type != TimexType::time) continue;
    if (t.reference != Reference::absolute || !t.earliest || !t.latest || *t.earliest != *t.latest)
      continue;
    std::size_t ls = zone.rfind('\n', t.start == 0 ? 0 : t.start - 1);
    ls = (ls == std::string_view::npos || t.start == 0) ? 0 : ls + 1;
    if (t.start == 0) ls = 0;
    std::size_t le = zone.find('\n', t.end);
    if (le == std::string_view::npos) le = zone.size();
    const std::string before = lower_trim(zone.substr(ls, t.start - ls));
    const std::string after = lower_trim(zone.substr(t.end, le - t.end));
    const bool alone = before.empty() && after.size() <= 40;
    const bool byline = !before.empty() && byline_prefix(before) && after.size() <= 60;
    // "By Jane Roe, Reuters | June 4, 2025": a short credit line with a separator.
    const bool credit = !before.empty() && before.size() + after.size() <= 100 &&
                        (before.rfind("by ", 0) == 0 || before.find('|') != std::string::npos ||
                         before.find("\xC2\xB7") != std::string::npos ||
                         before.find("\xE2\x80\xA2") != std::string::npos);
    if (!alone && !byline && !credit) continue;
    DctGuess g;
    g.day = *t.earliest;
    g.start = t.start;
    g.end = t.end;
    g.rule = alone ? "header-date-line" : byline ? "byline" : "credit-line";
    return g;
  }
  return std::nullopt;
}

}  // namespace chronograph::temporal
