// Text from documents and graphs made safe to print on a terminal.
#pragma once
#include <string>
#include <string_view>

namespace chronograph::base {

// The text with every control character (C0 but tab and, if keep_newlines, line feed; DEL;
// C1) and every byte of invalid UTF-8 written as "\xNN", so that bytes from a document cannot
// move the cursor, recolour or retitle the terminal. Valid printable UTF-8 is unchanged, and
// the result holds no control bytes, so escaping twice changes nothing.
std::string terminal_safe(std::string_view text, bool keep_newlines = false);

}  // namespace chronograph::base
