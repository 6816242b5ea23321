// Fuzz target: the temporal tagger after publication-date detection, as 'tag' runs them.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph::temporal;
  static const Tagger tagger;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  TagOptions options;
  if (auto guess = detect_dct(text, tagger)) {
    if (guess->start > guess->end || guess->end > text.size()) __builtin_trap();
    options.dct = guess->day;
  }
  std::size_t last_end = 0;
  for (const auto& t : tagger.tag(text, options)) {
    // The tagger's contract: sorted, inside the text, not overlapping.
    if (t.start < last_end || t.start > t.end || t.end > text.size()) __builtin_trap();
    last_end = t.end;
  }
  return 0;
}
