// Whether an override's selector picks a given event.
#pragma once
#include "chronograph/graph/model.hpp"
#include "chronograph/overrides/spec.hpp"

namespace chronograph::overrides {

// True when every field of the selector holds for the event (an id selector compares ids).
bool selects(const Selector& selector, const graph::EventNode& node);

}  // namespace chronograph::overrides
