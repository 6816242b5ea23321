// Helpers for the temporal tests: tagging a text and finding a timex by its surface text.
#pragma once
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/date_value.hpp"
#include "chronograph/temporal/tagger.hpp"

namespace temporal_test {

using chronograph::temporal::Timex;

inline std::optional<date::sys_days> day(std::string_view s) {
  return chronograph::base::parse_day(s);
}

inline std::vector<Timex> tag(std::string_view text, std::string_view dct = "") {
  static const chronograph::temporal::Tagger tagger;
  chronograph::temporal::TagOptions o;
  if (!dct.empty()) o.dct = day(dct);
  return tagger.tag(text, o);
}

inline std::string surface(std::string_view text, const Timex& t) {
  return std::string(text.substr(t.start, t.end - t.start));
}

// The timex whose text is exactly `needle` (the n-th one when it occurs several times).
inline const Timex* find(std::string_view text, const std::vector<Timex>& ts,
                         std::string_view needle, int nth = 0) {
  for (const auto& t : ts)
    if (surface(text, t) == needle && nth-- == 0) return &t;
  return nullptr;
}

// Whether any timex overlaps the first occurrence of `needle` in the text.
inline bool tagged(std::string_view text, const std::vector<Timex>& ts, std::string_view needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string_view::npos);
  for (const auto& t : ts)
    if (t.start < at + needle.size() && t.end > at) return true;
  return false;
}

inline std::string sample(const std::string& prefix) {
  for (const auto& e :
       std::filesystem::directory_iterator(test_support::source_dir() / "data" / "corpus"))
    if (e.path().filename().string().rfind(prefix, 0) == 0)
      return chronograph::base::read_file(e.path());
  FAIL("no sample article " << prefix);
  return {};
}

inline std::string fmt(const std::optional<date::sys_days>& d) {
  return d ? chronograph::base::format_day(*d) : std::string("none");
}

}  // namespace temporal_test
