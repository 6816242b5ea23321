// Event filters shared by queries and rendering (--from, --to, --type, --actor, --place, --text).
#pragma once
#include <date/date.h>

#include <cstddef>
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
  std::optional<double> min_salience;  // keep events at least this salient (0..1)
  std::optional<std::size_t> top;      // then keep the N most salient (ties by id)

  bool empty() const {
    return !from && !to && types.empty() && actors.empty() && places.empty() && text.empty() &&
           !min_salience && !top;
  }
};

// Checks that every --type names a type some event has and every --actor matches some event's
// actors or speaker, so a typo is not an empty answer. Throws base::UsageError naming the flag,
// with the closest known value and the values there are.
void check_filter_values(const Timeline& timeline, const EventFilter& filter);

// Whether one event passes the filter's per-event conditions (all but `top`).
bool matches(const EventNode& node, const EventFilter& filter);

// The events that pass the filter, `top` included, in the graph's vertex order.
std::vector<Vertex> select_events(const Timeline& timeline, const EventFilter& filter);

// A copy of the timeline holding only matching events and the links between them.
Timeline apply_filter(const Timeline& timeline, const EventFilter& filter);

// The order of `top`: the more salient first, then by id (the same N whatever the graph's order).
bool more_salient(const EventNode& a, const EventNode& b);

// A copy holding the given vertices (in that order) and the links between them.
Timeline induced_timeline(const Timeline& timeline, const std::vector<Vertex>& vertices);

}  // namespace chronograph::graph
