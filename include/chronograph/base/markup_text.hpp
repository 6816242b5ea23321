// Text escaped for the XML and HTML outputs (GraphML, TimelineJS, the HTML page, TimeML).
#pragma once
#include <string>
#include <string_view>

namespace chronograph::base {

// How tab and LF are written; CR is always &#13;, which any XML reader would otherwise fold
// into the line end.
enum class LineBreaks {
  // As character references: an attribute would fold them into spaces.
  as_references,
  // As they are, for text that keeps its layout (TimeML's <TEXT>).
  kept,
};

// Appends text so that an XML 1.0 or HTML parser reads back exactly it, in element content or
// in a quoted attribute alike: & < > " ' as entities; tab, LF and CR as said above; the
// characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) and bytes that are not UTF-8
// as U+FFFD.
void append_markup(std::string& out, std::string_view text,
                   LineBreaks breaks = LineBreaks::as_references);
std::string escape_markup(std::string_view text);

}  // namespace chronograph::base
