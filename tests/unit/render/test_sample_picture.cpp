// The picture of the sample corpus: its busy weeks get the room, within the default size.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "chronograph/pipeline/build.hpp"
#include "chronograph/render/overview.hpp"
#include "chronograph/render/timeline_layout.hpp"
#include "support.hpp"

using namespace chronograph;
using namespace chronograph::render;
using chronograph::render::test::day;

namespace {

const graph::Timeline& built_sample() {
  static const graph::Timeline t = [] {
    pipeline::BuildRequest req;
    req.inputs = {(test_support::source_dir() / "data/corpus").string()};
    req.no_overrides = true;
    return pipeline::build(req);
  }();
  return t;
}

}  // namespace

TEST_CASE("render: the sample's busy months are not squeezed by its old and far dates") {
  // Dates from 1711 to 2027 (whole years among them) around three busy months of 2025.
  const TimelineLayout L = layout_timeline(built_sample(), {});
  CHECK_FALSE(overview_by_size(L, {}));  // drawn in detail within the default size
  const double busy = L.axis.x(day(2025, 7, 21)) - L.axis.x(day(2025, 5, 1));
  const double plot = L.axis.x_end() - L.axis.x_begin();
  CHECK(busy > 0.4 * plot);
  // 16 May, 2 June and 18 July are told apart by more than a box's width.
  CHECK(L.axis.x(day(2025, 6, 2)) - L.axis.x(day(2025, 5, 16)) > 2 * Metrics::label_width);
  CHECK(L.axis.x(day(2025, 7, 18)) - L.axis.x(day(2025, 6, 2)) > 2 * Metrics::label_width);
}
