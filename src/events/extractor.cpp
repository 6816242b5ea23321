// Event extraction (placeholder until the extractor lands).
#include "chronograph/events/extractor.hpp"

namespace chronograph::events {
struct Extractor::Impl {};
Extractor::Extractor(const Lexicon&) : impl_(new Impl) {}
Extractor::~Extractor() { delete impl_; }
Extraction Extractor::extract(const ingest::Document&, const ingest::Layout&,
                              const std::vector<temporal::Timex>&) const {
  return {};
}
}  // namespace chronograph::events
