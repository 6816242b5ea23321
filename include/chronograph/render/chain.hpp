// The causal neighbourhood of one event, for the chain view (--layout chain).
#pragma once
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

struct ChainView {
  graph::Timeline timeline;  // the events within reach and the links among them
  graph::Vertex focus = 0;   // the focus event in that timeline
};

// Events reachable from the focus over at most depth links, followed in either direction.
// The focus is picked with graph::select_event (an id or words such as "june 2 talks").
// Throws std::invalid_argument when the words match no event or several equally well.
ChainView chain_around(const graph::Timeline& timeline, std::string_view focus, int depth);

}  // namespace chronograph::render
