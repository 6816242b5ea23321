// The timeline as Knight Lab's TimelineJS 3 JSON, for a web timeline a reporter can publish.
#pragma once
#include <cstddef>
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

struct TimelineJs {
  std::string json;          // {"events": [...]}
  std::size_t left_out = 0;  // events whose date is open on one side or unknown
};

// One TimelineJS event per event with both date bounds: an exact day as start_date {year,
// month, day}; a whole month or year as start_date with only those parts; any other range
// as start_date and end_date. Events with an open bound or no date are left out (TimelineJS
// needs a start, and placing one at its bound would claim a date the texts do not give):
// `left_out` counts them. Headline and text are HTML-escaped (TimelineJS renders them as
// HTML); group is the event type; unique_id the event id. Deterministic bytes.
TimelineJs to_timelinejs(const graph::Timeline& timeline);

}  // namespace chronograph::render
