// Page structure of a scraped text: line roles (body, headline list, furniture) and sentences.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace chronograph::ingest {

enum class LineRole {
  blank,      // only white space
  furniture,  // menus, buttons, counters, copyright, tag lists: not content
  title,      // the document's headline
  body,       // running text
  clock,      // a clock time alone on a line ("17:53"), as in dated headline lists
  label,      // a short tag above a headline ("Exclusive", "OPINION", "Updated")
  headline,   // a headline in a list, usually under a clock line
  dateline,   // a line that is only a date, weekday or year heading ("2025, Friday", "18 July")
};

struct Line {
  std::size_t start = 0;  // byte offset of the first byte
  std::size_t end = 0;    // byte offset past the last content byte (before "\r\n" / "\n")
  LineRole role = LineRole::blank;
};

struct Sentence {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t line = 0;   // index of the line the sentence starts on
  bool headline = false;  // a headline-list entry or the title, not running text
};

struct Layout {
  std::vector<Line> lines;
  std::vector<Sentence> sentences;  // content only: furniture, clocks and datelines excluded
  std::ptrdiff_t title_line = -1;   // index into lines, -1 when none was found
};

// One pass over the text: split lines, classify them, split content into sentences.
Layout analyze_layout(std::string_view text);

// The wire dateline a lead paragraph `s` opens with ("OSLO, March 14, 2024 — ", "SAO PAULO,
// Brazil, May 3 (Reuters) - ", "WASHINGTON — ", "March 14, 2024 -- "): its length with the
// dash and the spaces after it, else 0. One rule for the layout (no part of the first
// sentence) and the publication date (temporal/dct.cpp).
std::size_t lead_dateline(std::string_view s);
// The same dateline shape whatever follows the dash: "NASHVILLE, Tenn., Oct. 19, 2023 (AP) —"
// alone on a line, or "GENEVA (AFP) – Wednesday 27 April 2022" with the date after it.
std::size_t dateline_end(std::string_view s);

// Trims ASCII and common Unicode white space (NBSP) from both ends of [start, end).
void trim_span(std::string_view text, std::size_t& start, std::size_t& end);

}  // namespace chronograph::ingest
