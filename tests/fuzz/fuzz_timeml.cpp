// Fuzz target: the TimeML writer, as 'tag --format timeml' runs it; what it writes must be
// well-formed XML (xml_check.hpp).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "chronograph/events/document_events.hpp"
#include "chronograph/events/event_dating.hpp"
#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/tag_format.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"
#include "xml_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph;
  static const temporal::Tagger tagger;
  const std::string text(reinterpret_cast<const char*>(data), size);
  temporal::TagOptions options;
  if (auto guess = temporal::detect_dct(text, tagger)) options.dct = guess->day;
  const auto timexes = tagger.tag(text, options);
  const auto layout = ingest::analyze_layout(text);
  const auto found = events::find_document_events(text, layout, timexes, options.dct,
                                                  events::EventDetector::shipped(),
                                                  events::DatingModel::shipped());
  const std::string xml = events::to_timeml_document("fuzz", text, options.dct, timexes, found);
  if (const std::string why = fuzz::xml_problem(xml); !why.empty()) {
    std::fprintf(stderr, "TimeML output is not well-formed XML: %s\n", why.c_str());
    __builtin_trap();
  }
  return 0;
}
