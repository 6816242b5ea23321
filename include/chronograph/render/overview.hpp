// The overview of a timeline too large to draw event by event: counts per day, week, month or
// year along the axis, with the most salient events labelled above them.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/render/render.hpp"
#include "chronograph/render/timeline_layout.hpp"

namespace chronograph::render {

struct OverviewLimits {
  // The long side of a default picture, in points: about 4,000 px in a PNG (96 dpi).
  static constexpr double max_side = 3000;
  // Timelines with more events go to the overview without trying the detailed layout.
  static constexpr std::size_t max_detailed = 400;
  static constexpr std::size_t labelled = 40;  // events drawn as boxes over the counts
  static constexpr double band_height = 120;   // the bars' band, caption included
  static constexpr double min_bar = 3;         // points: the narrowest bar drawn
  static constexpr double lane_row = 30;       // the height of one lane's row of bars
};

enum class BinSize { day, week, month, year };
std::string_view to_string(BinSize size);

struct HistogramBin {
  date::sys_days first, last;
  std::size_t count = 0;
  double x0 = 0, x1 = 0;
};

// With lanes on, one row of bars per lane above the overall bars: the lane's own counts, to
// its own highest count (named at the row's left), so that who (or what, or which document)
// fills a stretch of time shows even for a lane with a few events.
struct HistogramRow {
  std::string title;               // the lane's title ("Other actors" for the rest)
  std::vector<HistogramBin> bins;  // the lane's bins holding events, in date order
  std::size_t max_count = 0;
  double y0 = 0, y1 = 0;  // the row's band: its highest bar reaches y0, all stand on y1
};

struct Histogram {
  BinSize size = BinSize::day;
  std::vector<HistogramBin> bins;  // the bins holding events, in date order
  std::size_t max_count = 0;
  std::size_t dated = 0, undated = 0;
  double y0 = 0, y1 = 0;           // the bars' band: a full bar reaches y0, all stand on y1
  double caption_y = 0;            // centre of the caption line above the band
  std::string caption;             // what is counted, and what the boxes are
  std::vector<HistogramRow> rows;  // per lane, between the lanes and the overall bars
};

struct Overview {
  graph::Timeline labelled;  // the events drawn as boxes, and the links between them
  TimelineLayout layout;     // the labelled events' layout, on the overview's axis
  Histogram histogram;
};

// In the automatic view: whether the timeline is too large to try in detail (by its count),
// and whether a detailed layout came out too large to keep (by its size). False whenever the
// options ask for detail (--top, --from, --to) or name a view.
bool overview_by_count(const graph::Timeline& timeline, const RenderOptions& options);
bool overview_by_size(const TimelineLayout& detailed, const RenderOptions& options);

// The overview: an axis scaled to time within OverviewLimits::max_side, the bin size the
// finest whose bars are still OverviewLimits::min_bar wide, every dated event counted in the
// bin of its date (a range at its middle, an open bound at its known end), and the
// OverviewLimits::labelled most salient dated events (ties by id) laid out as boxes above.
Overview layout_overview(const graph::Timeline& timeline, const RenderOptions& options);

}  // namespace chronograph::render
