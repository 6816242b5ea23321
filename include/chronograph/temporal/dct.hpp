// Finding a document's creation (publication) date in its own header text.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "chronograph/temporal/tagger.hpp"

namespace chronograph::temporal {

struct DctGuess {
  date::sys_days day;
  std::size_t start = 0;  // span of the date expression it came from
  std::size_t end = 0;
  std::string rule;  // why this expression was taken as the publication date
};

// Looks for the publication date in the document's header zone (its first lines): a line
// that is a full date ("3 June, 2025 Tuesday", "04 June 2025 14:40", "date 2025-05-20") or a
// byline ("Published March 22, 2013", "Updated 14:40 GMT, 4 June 2025"), or a dateline that
// opens the lead ("OSLO, March 14, 2024 — The authority..."). None when absent.
std::optional<DctGuess> detect_dct(std::string_view text, const Tagger& tagger);

}  // namespace chronograph::temporal
