// Fuzz target: the TimeML writer, as 'tag --format timeml' runs it; what it writes must be
// well-formed XML (xml_check.hpp).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "chronograph/events/tag_format.hpp"
#include "chronograph/events/tag_text.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph;
  static const temporal::Tagger tagger;
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const events::TagModels models;
  const auto tagged = events::tag_text(text, std::nullopt, tagger, models);
  const std::string xml =
      events::to_timeml_document("fuzz", text, tagged.dct, tagged.timexes, tagged.events);
  if (const std::string why = fuzz::xml_problem(xml); !why.empty()) {
    std::fprintf(stderr, "TimeML output is not well-formed XML: %s\n", why.c_str());
    __builtin_trap();
  }
  return 0;
}
