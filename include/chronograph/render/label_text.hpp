// Label text for pictures: width estimates, word wrapping, date wording and Graphviz escaping.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"

namespace chronograph::render {

// Estimated width in points of UTF-8 text in the picture's font ("Helvetica") at the given
// size. Deliberately generous, so boxes sized from it hold the text in every renderer.
double text_width(std::string_view text, double font_size, bool bold = false);

// Breaks text into lines no wider than max_width; a word longer than a line is cut. At most
// max_lines lines: the last one then ends in an ellipsis.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size,
                                   std::size_t max_lines, bool bold = false);

// Text as a reader sees it: control characters and runs of white space become one space,
// invalid UTF-8 bytes become U+FFFD, so that nothing can break DOT or the SVG's XML.
std::string clean_text(std::string_view text);

// A line made safe for a Graphviz (non-HTML) label, so that it shows exactly as written:
// backslashes doubled (else "\N" or "\n" in article text would be read as escapes) and '&'
// written as "&amp;" (Graphviz decodes entities such as "&amp;" or "&nbsp;" in labels).
// Quotes need nothing here: cgraph quotes the whole value when it writes DOT, and the SVG
// renderer escapes '<', '>', '&' and quotes in the text it writes.
std::string escape_label_line(std::string_view line);

// Lines joined into one Graphviz label value, each escaped; centred, or flush left.
std::string label_value(const std::vector<std::string>& lines, bool flush_left = false);

// Short human wording of a date: "2 Jun 2025", "May 2025", "1711", "2-4 Jun 2025",
// "after 1 Jun 2025", "undated".
std::string date_words(const base::DateValue& date);

// A count with thousands separated: "100,000".
std::string thousands(std::size_t count);

// "2 Jun 2025" / "Jun 2025" / "2025".
std::string day_words(date::sys_days day);
std::string month_words(date::year_month ym);

}  // namespace chronograph::render
