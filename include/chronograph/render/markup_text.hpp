// Text escaped for XML and HTML outputs (GraphML, TimelineJS): entities, and bytes no parser takes.
#pragma once
#include <string>
#include <string_view>

namespace chronograph::render {

// Appends text so that an XML 1.0 or HTML parser reads back exactly it, in element content or
// in a quoted attribute alike: & < > " ' as entities; tab, LF and CR as character references
// (an attribute would fold them into spaces, and XML turns CR into LF); the characters XML 1.0
// forbids (other C0 controls, U+FFFE, U+FFFF) and bytes that are not UTF-8 as U+FFFD.
void append_markup(std::string& out, std::string_view text);
std::string escape_markup(std::string_view text);

}  // namespace chronograph::render
