// The commented starter file written by 'chronograph overrides init'.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::overrides {

// A valid overrides file that changes nothing: every section with commented examples, every
// document and every current event listed (commented) with its id, date, type and label.
std::string skeleton(const graph::Timeline& timeline);

}  // namespace chronograph::overrides
