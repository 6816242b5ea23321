// 'query events': the events passing a filter, in timeline order.
#pragma once
#include <vector>

#include "chronograph/graph/filter.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::query {

// Matching vertices ordered by earliest possible day (undated last), then id.
std::vector<graph::Vertex> list_events(const graph::Timeline& timeline,
                                       const graph::EventFilter& filter);

}  // namespace chronograph::query
