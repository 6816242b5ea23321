// Names of TIMEX3 types, units and references.
#include "chronograph/temporal/timex.hpp"

#include <array>

namespace chronograph::temporal {

std::string_view to_string(TimexType type) {
  static constexpr std::array<std::string_view, 4> k = {"DATE", "TIME", "DURATION", "SET"};
  return k[static_cast<std::size_t>(type)];
}

std::string_view to_string(Unit unit) {
  static constexpr std::array<std::string_view, 7> k = {"day",  "week",   "month",  "quarter",
                                                        "year", "decade", "century"};
  return k[static_cast<std::size_t>(unit)];
}

std::string_view to_string(Reference ref) {
  static constexpr std::array<std::string_view, 5> k = {"absolute", "dct", "heading", "event",
                                                        "none"};
  return k[static_cast<std::size_t>(ref)];
}

}  // namespace chronograph::temporal
