// Event filters shared by queries and rendering (--from, --to, --type, --actor, --place, --text).
#pragma once
#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

struct EventFilter {
  std::optional<date::sys_days> from;  // keep events that may have happened on or after
  std::optional<date::sys_days> to;    // keep events that may have happened on or before
  std::vector<std::string> types;      // any of (case-insensitive)
  std::vector<std::string> actors;     // any of (case-insensitive substring)
  std::vector<std::string> places;     // any of (case-insensitive substring)
  std::string text;                    // all words appear in label, type, actors or mentions

  bool empty() const {
    return !from && !to && types.empty() && actors.empty() && places.empty() && text.empty();
  }
};

bool matches(const EventNode& node, const EventFilter& filter);

// A copy of the timeline holding only matching events and the links between them.
Timeline apply_filter(const Timeline& timeline, const EventFilter& filter);

}  // namespace chronograph::graph
