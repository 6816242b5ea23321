// The English month names every stage spells dates with or reads them by: one table.
#pragma once
#include <array>
#include <string_view>

namespace chronograph::base {

// "january" ... "december": lower case, for matching words already lower-cased.
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "Jan" ... "Dec": for dates written in labels and on the time axis.
inline constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace chronograph::base
