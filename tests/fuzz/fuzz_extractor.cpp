// Fuzz target: the event extractor over a document's layout and time expressions, as 'build'
// runs it for each document.
#include <cstddef>
#include <cstdint>
#include <string>

#include "chronograph/events/extractor.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"
#include "chronograph/temporal/tagger.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph;
  static const temporal::Tagger tagger;
  static const events::Extractor extractor(events::default_lexicon());
  ingest::Document doc{"fuzz", "fuzz.txt", std::string(reinterpret_cast<const char*>(data), size)};
  events::ExtractOptions options;
  options.events = events::EventSelection::all;
  if (auto guess = temporal::detect_dct(doc.text, tagger)) options.dct = guess->day;
  const auto timexes = tagger.tag(doc.text, {options.dct});
  const auto layout = ingest::analyze_layout(doc.text);
  const auto found = extractor.extract(doc, layout, timexes, options);
  for (const auto& m : found.mentions) {
    if (m.start > m.end || m.end > size || m.sentence_end > size) __builtin_trap();
    if (m.timex && *m.timex >= timexes.size()) __builtin_trap();
  }
  for (const auto& l : found.links)
    if (l.from >= found.mentions.size() || l.to >= found.mentions.size() || l.end > size)
      __builtin_trap();
  return 0;
}
