// Time axis: segmenting the dates, scaling each segment, choosing ticks.
#include "chronograph/render/time_axis.hpp"
#include "chronograph/base/months.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

#include "chronograph/render/label_text.hpp"

namespace chronograph::render {

namespace {

using date::sys_days;
using Interval = std::pair<sys_days, sys_days>;

int days_between(sys_days a, sys_days b) { return static_cast<int>((b - a).count()); }

// The cut that frees the most squeezed island of [lo, hi), if one is squeezed: islands are
// the runs of clusters between gaps of at least min_break_days. Drawn at the scale of the
// whole run, an island has the time it spans plus half of each neighbouring gap; when the
// room it asks for is squeeze_ratio times that or more (a busy quarter among years of
// sparse, year-long dates), the gap beside it is cut (the longer one of the two). Returns the index
// of the cluster before the cut, or hi.
std::size_t squeeze_cut(const std::vector<Interval>& clusters, const std::vector<double>& demand,
                        std::size_t lo, std::size_t hi, const TimeAxisOptions& opt) {
  std::vector<std::size_t> starts{lo};  // first cluster of each island
  for (std::size_t i = lo; i + 1 < hi; ++i)
    if (days_between(clusters[i].second, clusters[i + 1].first) >= opt.min_break_days)
      starts.push_back(i + 1);
  if (starts.size() < 2) return hi;
  starts.push_back(hi);
  double total = 0;
  for (std::size_t i = lo; i < hi; ++i) total += demand[i];
  const int span = days_between(clusters[lo].first, clusters[hi - 1].second) + 1;
  if (total <= 0) return hi;
  double worst = opt.squeeze_ratio;
  std::size_t cut = hi;
  for (std::size_t k = 0; k + 1 < starts.size(); ++k) {
    const std::size_t a = starts[k], b = starts[k + 1];
    double need = 0;
    for (std::size_t i = a; i < b; ++i) need += demand[i];
    int before = a == lo ? -1 : days_between(clusters[a - 1].second, clusters[a].first);
    int after = b == hi ? -1 : days_between(clusters[b - 1].second, clusters[b].first);
    // An island at an end has a gap on one side only; count it on both, as inside.
    if (before < 0) before = after;
    if (after < 0) after = before;
    const double days =
        days_between(clusters[a].first, clusters[b - 1].second) + 1 + (before + after) / 2.0;
    const double ratio = need / (total * days / span);
    if (ratio < worst) continue;
    worst = ratio;
    // Cut on the side with the longer gap; the other side is reconsidered in the parts.
    cut = (a == lo || (b != hi && after >= before)) ? b - 1 : a - 1;
  }
  return cut;
}

// Splits the merged clusters [lo, hi) at their largest gap while that gap is long enough
// to be worth a break, or beside an island squeezed by its sparse neighbours, recursively;
// each resulting run of clusters is one segment.
void split(const std::vector<Interval>& clusters, const std::vector<double>& demand, std::size_t lo,
           std::size_t hi, const TimeAxisOptions& opt,
           std::vector<std::pair<std::size_t, std::size_t>>& out) {
  std::size_t best = hi;
  int best_gap = -1;
  for (std::size_t i = lo; i + 1 < hi; ++i) {
    const int gap = days_between(clusters[i].second, clusters[i + 1].first);
    if (gap > best_gap) best_gap = gap, best = i;
  }
  const int span = days_between(clusters[lo].first, clusters[hi - 1].second);
  if (best == hi || best_gap < opt.min_break_days ||
      best_gap < opt.break_fraction * static_cast<double>(span))
    best = squeeze_cut(clusters, demand, lo, hi, opt);
  if (best == hi) {
    out.emplace_back(lo, hi);
    return;
  }
  split(clusters, demand, lo, best + 1, opt, out);
  split(clusters, demand, best + 1, hi, opt, out);
}

struct TickUnit {
  enum Kind { day, week, half_month, month, year } kind;
  int step;
  double approx_days;
};

constexpr std::array<TickUnit, 16> kUnits = {{{TickUnit::day, 1, 1},
                                              {TickUnit::day, 2, 2},
                                              {TickUnit::week, 1, 7},
                                              {TickUnit::half_month, 1, 15},
                                              {TickUnit::month, 1, 30.4},
                                              {TickUnit::month, 3, 91.3},
                                              {TickUnit::month, 6, 182.6},
                                              {TickUnit::year, 1, 365.25},
                                              {TickUnit::year, 2, 730.5},
                                              {TickUnit::year, 5, 1826},
                                              {TickUnit::year, 10, 3652},
                                              {TickUnit::year, 20, 7305},
                                              {TickUnit::year, 50, 18262},
                                              {TickUnit::year, 100, 36525},
                                              {TickUnit::year, 200, 73050},
                                              {TickUnit::year, 500, 182625}}};

bool on_tick(const TickUnit& u, sys_days d, sys_days first) {
  using namespace date;
  const year_month_day ymd{d};
  const unsigned dd = static_cast<unsigned>(ymd.day());
  const unsigned mm = static_cast<unsigned>(ymd.month());
  const int yy = static_cast<int>(ymd.year());
  switch (u.kind) {
    case TickUnit::day:
      return days_between(first, d) % u.step == 0;
    case TickUnit::week:
      return dd == 1 || dd == 8 || dd == 15 || dd == 22;
    case TickUnit::half_month:
      return dd == 1 || dd == 15;
    case TickUnit::month:
      return dd == 1 && (mm - 1) % static_cast<unsigned>(u.step) == 0;
    case TickUnit::year:
      return dd == 1 && mm == 1 && yy % u.step == 0;
  }
  return false;
}

// The next day that may carry a tick of this unit (skips whole months/years quickly).
sys_days next_candidate(const TickUnit& u, sys_days d) {
  using namespace date;
  if (u.kind == TickUnit::year) {
    const year_month_day ymd{d};
    return sys_days{year_month_day{ymd.year() + years{1}, January, day{1}}};
  }
  if (u.kind == TickUnit::month) {
    const year_month_day ymd{d};
    const year_month next = year_month{ymd.year(), ymd.month()} + months{1};
    return sys_days{next / day{1}};
  }
  return d + days{1};
}

std::string tick_label(const TickUnit& u, sys_days d, bool with_year) {
  using namespace date;
  const year_month_day ymd{d};
  const std::string mon{base::kMonthAbbreviations[static_cast<unsigned>(ymd.month()) - 1]};
  const std::string yr = std::to_string(static_cast<int>(ymd.year()));
  switch (u.kind) {
    case TickUnit::day:
    case TickUnit::week:
    case TickUnit::half_month:
      return std::to_string(static_cast<unsigned>(ymd.day())) + " " + mon +
             (with_year ? " " + yr : "");
    case TickUnit::month:
      return with_year ? mon + " " + yr : mon;
    case TickUnit::year:
      return yr;
  }
  return yr;
}

// A lone tick's label, as precise as the day it marks: "1711" for 1 January, "Mar 2022"
// for the first of a month (typically where a year- or month-long range starts).
std::string start_words(sys_days d) {
  using namespace date;
  const year_month_day ymd{d};
  if (ymd.day() == day{1} && ymd.month() == January) return std::to_string(int(ymd.year()));
  if (ymd.day() == day{1}) return month_words({ymd.year(), ymd.month()});
  return day_words(d);
}

}  // namespace

std::string gap_words(int days) {
  if (days >= 2 * 365)
    return std::to_string(static_cast<int>(std::lround(days / 365.25))) + " years";
  if (days >= 60) return std::to_string(static_cast<int>(std::lround(days / 30.44))) + " months";
  return std::to_string(days) + (days == 1 ? " day" : " days");
}

TimeAxis TimeAxis::fit(std::vector<AxisInterval> input, double x_start,
                       const TimeAxisOptions& opt) {
  TimeAxis axis;
  axis.options_ = opt;
  axis.x_begin_ = axis.x_end_ = x_start;
  if (input.empty()) return axis;
  for (auto& iv : input)
    if (iv.last < iv.first) std::swap(iv.first, iv.last);
  std::sort(input.begin(), input.end(), [](const AxisInterval& a, const AxisInterval& b) {
    return std::tie(a.first, a.last, a.width) < std::tie(b.first, b.last, b.width);
  });

  std::vector<Interval> clusters;
  std::vector<double> demand;  // room asked for by the intervals starting in each cluster
  for (const auto& iv : input) {
    if (!clusters.empty() && iv.first <= clusters.back().second) {
      clusters.back().second = std::max(clusters.back().second, iv.last);
      demand.back() += iv.width;
    } else {
      clusters.emplace_back(iv.first, iv.last);
      demand.push_back(iv.width);
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  split(clusters, demand, 0, clusters.size(), opt, runs);

  double x = x_start;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const auto [lo, hi] = runs[r];
    AxisSegment seg;
    seg.first = clusters[lo].first;
    seg.last = clusters[hi - 1].second;
    for (std::size_t i = lo; i < hi; ++i) seg.demand += demand[i];
    seg.pad = opt.pad;
    seg.x0 = x;
    const double inner = opt.points_per_day > 0
                             ? opt.points_per_day * (days_between(seg.first, seg.last) + 1)
                             : seg.demand;
    seg.x1 = x + std::max(opt.min_segment_width, inner + 2 * opt.pad);
    x = seg.x1;
    if (r + 1 < runs.size()) {
      const sys_days next = clusters[runs[r + 1].first].first;
      axis.breaks_.push_back({x + opt.break_width / 2, gap_words(days_between(seg.last, next))});
      x += opt.break_width;
    }
    axis.segments_.push_back(seg);
  }
  axis.x_end_ = x;
  return axis;
}

int TimeAxis::drawn_days() const {
  int days = 0;
  for (const auto& s : segments_) days += days_between(s.first, s.last) + 1;
  return days;
}

const AxisSegment& TimeAxis::segment(sys_days day) const {
  const AxisSegment* seg = &segments_.front();
  for (const auto& s : segments_) {
    if (day >= s.first) seg = &s;
  }
  if (day > seg->last && seg != &segments_.back()) {
    // In a cut-out stretch: snap to whichever neighbouring segment end is closer in time.
    const AxisSegment* next = seg + 1;
    if (days_between(seg->last, day) > days_between(day, next->first)) seg = next;
  }
  return *seg;
}

double TimeAxis::x(sys_days day) const {
  if (segments_.empty()) return x_begin_;
  const AxisSegment* seg = &segment(day);
  const int span = days_between(seg->first, seg->last);
  if (span == 0) return (seg->x0 + seg->x1) / 2;
  const double inner = seg->x1 - seg->x0 - 2 * seg->pad;
  const int off = std::clamp(days_between(seg->first, day), 0, span);
  return seg->x0 + seg->pad + inner * off / span;
}

std::vector<AxisTick> TimeAxis::ticks() const {
  std::vector<AxisTick> out;
  for (const auto& seg : segments_) {
    const int span = days_between(seg.first, seg.last);
    if (span == 0) {
      out.push_back({x(seg.first), seg.first, start_words(seg.first)});
      continue;
    }
    const double per_day = (seg.x1 - seg.x0 - 2 * seg.pad) / span;
    const TickUnit* unit = &kUnits.back();
    for (const auto& u : kUnits) {
      // Labels carrying a year are wider; allow for them on day-level units.
      const double need = options_.min_tick_spacing * (u.kind <= TickUnit::half_month ? 1.0 : 0.8);
      if (u.approx_days * per_day >= need) {
        unit = &u;
        break;
      }
    }
    const std::size_t before = out.size();
    int last_year = 0;
    for (sys_days d = seg.first; d <= seg.last; d = next_candidate(*unit, d)) {
      if (unit->kind == TickUnit::month || unit->kind == TickUnit::year) {
        // next_candidate jumps to month/year starts; the first day may be mid-month.
        if (!on_tick(*unit, d, seg.first)) continue;
      } else if (!on_tick(*unit, d, seg.first)) {
        continue;
      }
      const int yr = static_cast<int>(date::year_month_day{d}.year());
      out.push_back({x(d), d, tick_label(*unit, d, out.size() == before || yr != last_year)});
      last_year = yr;
    }
    if (out.size() == before) {
      // No natural tick inside a short segment: label where it starts.
      out.push_back({x(seg.first), seg.first, start_words(seg.first)});
    }
  }
  return out;
}

}  // namespace chronograph::render
