// Fuzz target: page layout (line roles and sentences) of a scraped text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/ingest/layout.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph::ingest;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const Layout layout = analyze_layout(text);
  for (const auto& l : layout.lines)
    if (l.start > l.end || l.end > text.size()) __builtin_trap();
  for (const auto& s : layout.sentences)
    if (s.start > s.end || s.end > text.size() || s.line >= layout.lines.size()) __builtin_trap();
  if (layout.title_line >= static_cast<std::ptrdiff_t>(layout.lines.size())) __builtin_trap();
  return 0;
}
