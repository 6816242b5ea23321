// Applying the event and link rules of an overrides file to a built graph.
#pragma once
#include <string>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/overrides/spec.hpp"

namespace chronograph::overrides {

// In order: adds new events, resolves every selector against that graph, sets fields, adds and
// removes links, merges, suppresses. Every touched event records "FILE:LINE" in its overrides
// and dates set here carry basis override. Ids are not re-derived, so a rule keeps naming the
// event it was written for.
// Throws base::InputError for unknown ids (with a suggestion), clashing new ids and merge
// cycles; returns "FILE:LINE:COL: warning: ..." for rules that match nothing or too much.
std::vector<std::string> apply_spec(const Spec& spec, graph::Timeline& timeline);

}  // namespace chronograph::overrides
