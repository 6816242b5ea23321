// The JSON array of time expressions, as the tag command writes it inside tag@2 JSON.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/temporal/timex.hpp"

namespace chronograph::temporal {

// JSON array of {start, end, text, type, value, mod, earliest, latest, anchor, rule}.
std::string to_json(std::string_view text, const std::vector<Timex>& timexes);

}  // namespace chronograph::temporal
