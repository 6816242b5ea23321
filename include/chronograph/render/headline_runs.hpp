// A day's run of headline-list items (a page's sidebar of dated headlines) as one group node.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/render/render.hpp"

namespace chronograph::render {

struct HeadlineRunLimits {
  static constexpr std::size_t min_run = 4;  // shorter runs stay as single boxes
  static constexpr std::size_t named = 3;    // headlines a group names; the rest are counted
};

// An event told only as a headline listed under a date heading (date step "heading").
bool is_headline_item(const graph::EventNode& node);

// A group node made by group_headline_runs.
bool is_headline_group(const graph::EventNode& node);

// The timeline with each run of at least HeadlineRunLimits::min_run headline items of one
// document, one day and one lane (under the lane mode) replaced by one group node: dated that
// day, as salient as its most salient member, in that lane, labelled with the count and the
// most salient members (ties by id). Links to and from members go to the group; links
// between members are dropped.
graph::Timeline group_headline_runs(const graph::Timeline& timeline, Lanes lanes);

// A group's box lines: "31 headlines, 18 Jul 2025", then each named headline (at most two
// lines), then "and 28 more".
std::vector<std::string> headline_group_lines(const graph::EventNode& group, double width,
                                              double font_size);

}  // namespace chronograph::render
