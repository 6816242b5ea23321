// The temporal tagger: finds TIMEX3 expressions in a text and resolves them to day intervals.
#pragma once
#include <date/date.h>

#include <optional>
#include <string_view>
#include <vector>

#include "chronograph/temporal/timex.hpp"

namespace chronograph::temporal {

struct TagOptions {
  // Document creation time; none when unknown (relative expressions then stay unresolved,
  // keeping their dct_shift).
  std::optional<date::sys_days> dct;
};

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(const Tagger&) = delete;
  Tagger& operator=(const Tagger&) = delete;

  // Single pass over the text. Results are sorted by start offset and do not overlap.
  // Thread-safe: a Tagger may be shared by threads.
  std::vector<Timex> tag(std::string_view text, const TagOptions& options) const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace chronograph::temporal
