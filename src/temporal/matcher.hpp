// The TIMEX3 pattern matcher: turns a token stream into resolved temporal expressions.
#pragma once
#include <date/date.h>

#include <optional>
#include <string_view>
#include <vector>

#include "chronograph/temporal/timex.hpp"
#include "scanner.hpp"

namespace chronograph::temporal::detail {

// Matches every temporal expression of the text (left to right, longest match, no overlaps)
// and resolves it against the DCT when one is given.
std::vector<Timex> match_timexes(std::string_view text, const std::vector<Token>& tokens,
                                 std::optional<date::sys_days> dct);

}  // namespace chronograph::temporal::detail
