// What a claim says, for its box: the start of its content without reporting boilerplate.
#pragma once
#include <string>

#include "chronograph/graph/model.hpp"

namespace chronograph::render {

// The gist of a claim: what its speaker said, from the sentence that reports it when that
// sentence holds the label's text (else from the label), with the label's "Speaker:" or
// "Speaker reacts:" prefix, quotes, openers ("In contrast,"), attributions ("according to
// media reports,") and the phrase naming the speaker with its speech verb ("U.S. President
// Trump stated that") left out. Empty when nothing is left.
std::string claim_gist(const graph::EventNode& claim);

}  // namespace chronograph::render
