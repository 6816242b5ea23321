// The picture's time axis: dates to x positions, with long empty stretches cut out.
#pragma once
#include <date/date.h>

#include <string>
#include <vector>

namespace chronograph::render {

// A stretch of time drawn to a linear scale, between axis breaks.
struct AxisSegment {
  date::sys_days first;
  date::sys_days last;
  double x0 = 0;      // left edge of the segment
  double x1 = 0;      // right edge
  double pad = 0;     // room kept free at each end, so edge labels do not reach a break
  double demand = 0;  // room asked for by the intervals starting in this segment
};

struct AxisTick {
  double x = 0;
  date::sys_days day;
  std::string label;
};

// A cut in the axis between two segments; gap says how much time was left out.
struct AxisBreak {
  double x = 0;
  std::string gap;
};

struct TimeAxisOptions {
  int min_break_days = 30;         // shorter empty stretches are always drawn to scale
  double break_fraction = 0.25;    // ... longer ones are cut when they exceed this share
                                   //     of the time they sit in, or when the island
  double squeeze_ratio = 2.5;      //     of dates beside them asks for this many times the
                                   //     room its share of that time would give it
  double min_segment_width = 150;  // points
  double break_width = 48;         // points taken by one axis break
  double pad = 40;                 // points kept free at each segment end
  double min_tick_spacing = 62;    // points between tick labels
  // When > 0, every segment is drawn to this one scale (plus its pads) instead of as wide as
  // its intervals ask: the overview of a large graph, where bars of counts share the axis.
  double points_per_day = 0;
};

// A stretch of days to show, with the room (points of axis) its events ask for.
struct AxisInterval {
  date::sys_days first;
  date::sys_days last;
  double width = 0;
};

class TimeAxis {
 public:
  // Fits an axis starting at x_start to the day intervals of the events: each segment is as
  // wide as its intervals ask (at least min_segment_width). Empty input: no segments.
  static TimeAxis fit(std::vector<AxisInterval> intervals, double x_start,
                      const TimeAxisOptions& options = {});

  // Position of a day; days outside every segment are clamped to the nearest segment end.
  double x(date::sys_days day) const;
  // The segment a day is drawn in (the nearest one for days in a cut-out stretch).
  const AxisSegment& segment(date::sys_days day) const;
  double x_begin() const { return x_begin_; }
  double x_end() const { return x_end_; }
  bool empty() const { return segments_.empty(); }

  const std::vector<AxisSegment>& segments() const { return segments_; }
  // Days drawn, all segments together (one per segment at least).
  int drawn_days() const;
  const std::vector<AxisBreak>& breaks() const { return breaks_; }
  // Ticks chosen per segment for its span and width: days, weeks, months or years.
  std::vector<AxisTick> ticks() const;

 private:
  std::vector<AxisSegment> segments_;
  std::vector<AxisBreak> breaks_;
  TimeAxisOptions options_;
  double x_begin_ = 0;
  double x_end_ = 0;
};

// "311 years", "14 months", "45 days".
std::string gap_words(int days);

}  // namespace chronograph::render
