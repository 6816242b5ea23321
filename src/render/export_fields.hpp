// What the export writers say about an event or a link: one table of named, typed fields that
// CSV columns and GraphML attributes alike are made from, and the helpers they share.
#pragma once
#include <date/date.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

enum class FieldType { text, decimal, integer };

// A field's value for one event or link; none when the graph has nothing there (an open date
// end, no speaker, an unmeasured confidence), which a CSV cell leaves empty and GraphML omits.
template <typename Item>
struct Field {
  const char* name;
  FieldType type;
  std::function<std::optional<std::string>(const Item&)> value;
};

// An event's fields after its id, and a link's after its two ends, in column order
// (docs/export.md).
const std::vector<Field<graph::EventNode>>& event_fields();
const std::vector<Field<graph::LinkEdge>>& link_fields();

// "Russia; Ukraine": several values in one cell or attribute.
std::string join_list(const std::vector<std::string>& values);

// The sentence of the event's first mention, empty when it has none.
std::string_view first_sentence(const graph::EventNode& node);

}  // namespace chronograph::render
