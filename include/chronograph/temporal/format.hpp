// Output formats of the tag command: JSON array of timexes, and inline TimeML.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/temporal/timex.hpp"

namespace chronograph::temporal {

// JSON array of {start, end, text, type, value, mod, earliest, latest, anchor, rule}.
std::string to_json(std::string_view text, const std::vector<Timex>& timexes);

// The text with <TIMEX3 tid type value> tags inserted; stripping the tags restores the text.
std::string to_timeml(std::string_view text, const std::vector<Timex>& timexes);

}  // namespace chronograph::temporal
