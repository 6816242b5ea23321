// The overview of a large timeline: axis scaled to time, counts per bin, salient events labelled.
#include "chronograph/render/overview.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "chronograph/graph/filter.hpp"
#include "chronograph/render/headline_runs.hpp"
#include "chronograph/render/label_text.hpp"

namespace chronograph::render {

namespace {

using date::sys_days;
using M = Metrics;

// The one day an event is counted on: a range's middle, an open bound's known end.
std::optional<sys_days> count_day(const base::DateValue& d) {
  if (!d.known()) return std::nullopt;
  if (d.earliest && d.latest) return *d.earliest + (*d.latest - *d.earliest) / 2;
  return d.earliest ? *d.earliest : *d.latest;
}

bool asks_for_detail(const RenderOptions& o) {
  return o.view == View::detailed || o.filter.top || o.filter.from || o.filter.to;
}

// The bin holding a day: itself, its week (from Monday), its month or its year.
std::pair<sys_days, sys_days> bin_of(sys_days d, BinSize size) {
  using namespace date;
  const year_month_day ymd{d};
  switch (size) {
    case BinSize::day:
      return {d, d};
    case BinSize::week: {
      const sys_days monday = d - (weekday{d} - Monday);
      return {monday, monday + days{6}};
    }
    case BinSize::month:
      return {sys_days{ymd.year() / ymd.month() / 1}, sys_days{ymd.year() / ymd.month() / last}};
    case BinSize::year:
      return {sys_days{ymd.year() / January / 1}, sys_days{ymd.year() / December / 31}};
  }
  return {d, d};
}

// The axis: every dated day of the timeline (long ranges by their ends, as in the detailed
// layout), segments drawn to one scale chosen so that the plot fits the width left.
TimeAxis fit_axis(const std::set<int>& days, double x_start, double width) {
  std::vector<AxisInterval> intervals;
  intervals.reserve(days.size());
  for (int d : days) intervals.push_back({sys_days{date::days{d}}, sys_days{date::days{d}}, 0});
  TimeAxisOptions opt;
  opt.pad = 16;
  opt.min_segment_width = 60;
  opt.points_per_day = 1;
  TimeAxis axis = TimeAxis::fit(intervals, x_start, opt);
  // Two corrections suffice: only segments held at their minimum width keep it from exact.
  for (int pass = 0; pass < 3 && !axis.empty(); ++pass) {
    const double fixed = static_cast<double>(axis.breaks().size()) * opt.break_width +
                         static_cast<double>(axis.segments().size()) * 2 * opt.pad;
    const double scaled = axis.x_end() - x_start - fixed;
    const double room = width - fixed;
    if (scaled <= 0 || std::abs(scaled - room) < 1) break;
    opt.points_per_day = std::max(1e-4, opt.points_per_day * room / scaled);
    axis = TimeAxis::fit(intervals, x_start, opt);
    if (axis.x_end() - x_start <= width) break;
  }
  return axis;
}

double points_per_day(const TimeAxis& axis) {
  double ppd = 1e9;
  for (const auto& s : axis.segments()) {
    const auto span = (s.last - s.first).count();
    if (span > 0) ppd = std::min(ppd, (s.x1 - s.x0 - 2 * s.pad) / static_cast<double>(span));
  }
  return ppd;
}

// The per-lane rows of bars: every dated event counted in its lane's row, in the lanes'
// order of the detailed view's lanes by size; past max_lanes, the smallest share one row.
std::vector<HistogramRow> lane_rows(const graph::Timeline& t, Lanes lanes, BinSize size,
                                    const TimeAxis& axis, double day_width) {
  if (lanes == Lanes::none) return {};
  const auto& g = t.graph;
  const auto keys = lane_keys(t, lanes);
  std::vector<std::string> dated_keys;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (count_day(g[v].date)) dated_keys.push_back(keys[v]);
  const auto order = order_lanes(t, lanes, dated_keys);
  const std::size_t named = order.size() - (order.back().empty() ? 1 : 0);
  const bool merged = lanes != Lanes::document && named > M::max_lanes;
  std::map<std::string, std::size_t> row_of;
  std::vector<HistogramRow> rows;
  for (const auto& key : order) {
    const bool kept = !merged || (!key.empty() && rows.size() + 1 < M::max_lanes);
    const std::string k = kept ? key : std::string();
    if (!row_of.count(k)) {
      row_of.emplace(k, rows.size());
      rows.push_back({lane_title(t, lanes, k, merged), {}, 0, 0, 0});
    }
    row_of[key] = row_of.at(k);
  }
  std::vector<std::map<int, HistogramBin>> bins(rows.size());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto day = count_day(g[v].date);
    if (!day) continue;
    const std::size_t r = row_of.at(keys[v]);
    const auto [first, last] = bin_of(*day, size);
    auto& bin = bins[r][static_cast<int>(first.time_since_epoch().count())];
    bin.first = first, bin.last = last;
    rows[r].max_count = std::max(rows[r].max_count, ++bin.count);
  }
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (auto& [key, bin] : bins[r]) {
      bin.x0 = axis.x(bin.first);
      bin.x1 = std::max(axis.x(bin.last) + day_width, bin.x0 + 1);
      rows[r].bins.push_back(bin);
    }
  return rows;
}

}  // namespace

std::string_view to_string(BinSize size) {
  switch (size) {
    case BinSize::day:
      return "day";
    case BinSize::week:
      return "week";
    case BinSize::month:
      return "month";
    case BinSize::year:
      return "year";
  }
  return "day";
}

bool overview_by_count(const graph::Timeline& t, const RenderOptions& o) {
  if (o.view == View::overview) return true;
  return !asks_for_detail(o) && boost::num_vertices(t.graph) > OverviewLimits::max_detailed;
}

bool overview_by_size(const TimelineLayout& detailed, const RenderOptions& o) {
  if (o.view == View::overview) return true;
  return !asks_for_detail(o) &&
         std::max(detailed.width, detailed.height) > OverviewLimits::max_side;
}

Overview layout_overview(const graph::Timeline& t, const RenderOptions& options) {
  const auto& g = t.graph;
  Overview out;
  Histogram& h = out.histogram;

  // The labelled events: the most salient dated ones, then in graph order.
  std::vector<graph::Vertex> dated;
  std::set<int> days;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto day = count_day(g[v].date);
    if (!day) {
      ++h.undated;
      continue;
    }
    dated.push_back(v);
    days.insert(static_cast<int>(day->time_since_epoch().count()));
  }
  h.dated = dated.size();
  const std::size_t k = std::min(dated.size(), OverviewLimits::labelled);
  std::partial_sort(
      dated.begin(), dated.begin() + static_cast<std::ptrdiff_t>(k), dated.end(),
      [&](graph::Vertex a, graph::Vertex b) { return graph::more_salient(g[a], g[b]); });
  dated.resize(k);
  std::sort(dated.begin(), dated.end());
  out.labelled = graph::induced_timeline(t, dated);
  if (options.group_headlines) out.labelled = group_headline_runs(out.labelled, options.lanes);
  // Their ranges' ends, so that their markers sit on the axis too.
  for (auto v : dated) {
    const auto& d = g[v].date;
    for (const auto& end : {d.earliest, d.latest})
      if (end) days.insert(static_cast<int>(end->time_since_epoch().count()));
  }

  // The axis, within the picture's width; then the bin size from its scale.
  const bool titled = options.lanes != Lanes::none;
  const double plot_x0 = M::margin + (titled ? M::lane_title_width + 16 : 8);
  const TimeAxis axis = fit_axis(days, plot_x0, OverviewLimits::max_side - plot_x0 - M::margin - 8);
  const double ppd = points_per_day(axis);
  h.size = ppd >= OverviewLimits::min_bar        ? BinSize::day
           : 7 * ppd >= OverviewLimits::min_bar  ? BinSize::week
           : 28 * ppd >= OverviewLimits::min_bar ? BinSize::month
                                                 : BinSize::year;

  std::map<int, HistogramBin> bins;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto day = count_day(g[v].date);
    if (!day) continue;
    const auto [first, last] = bin_of(*day, h.size);
    auto& bin = bins[static_cast<int>(first.time_since_epoch().count())];
    bin.first = first, bin.last = last;
    h.max_count = std::max(h.max_count, ++bin.count);
  }
  const double day_width = std::min(ppd, 1e3);
  for (auto& [key, bin] : bins) {
    bin.x0 = axis.x(bin.first);
    bin.x1 = std::max(axis.x(bin.last) + day_width, bin.x0 + 1);
    h.bins.push_back(bin);
  }

  h.rows = lane_rows(t, options.lanes, h.size, axis, day_width);
  const double rows_height = static_cast<double>(h.rows.size()) * OverviewLimits::lane_row;
  out.layout =
      layout_timeline(out.labelled, options, &axis, OverviewLimits::band_height + rows_height);
  TimelineLayout& L = out.layout;
  L.subtitle = subtitle_words(t, axis);
  h.caption_y = L.band_y0 + 12;
  for (std::size_t r = 0; r < h.rows.size(); ++r) {
    h.rows[r].y1 = L.band_y0 + 26 + static_cast<double>(r + 1) * OverviewLimits::lane_row - 4;
    h.rows[r].y0 = h.rows[r].y1 - OverviewLimits::lane_row + 10;
  }
  h.y0 = L.band_y0 + 26 + rows_height;
  h.y1 = L.axis_y - 1;
  h.caption = "Bars: events per " + std::string(to_string(h.size)) + " (" + thousands(h.dated) +
              " dated" + (h.undated ? ", " + thousands(h.undated) + " undated not drawn" : "") +
              "; the highest bar is " + thousands(h.max_count) + "). Boxes: the " + thousands(k) +
              " most salient" + (options.group_headlines ? ", a day's headlines grouped" : "") +
              ". --top, --from, --to or --focus draw in detail.";
  size_picture(L);
  L.width = std::max(L.width, M::margin + 8 + text_width(h.caption, 9.5) + M::margin);
  return out;
}

}  // namespace chronograph::render
