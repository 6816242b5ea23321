// Timeline layout: lanes, greedy row packing on a time-scaled axis, the undated side area.
#include "chronograph/render/timeline_layout.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "chronograph/render/claim_gist.hpp"
#include "chronograph/render/headline_runs.hpp"
#include "chronograph/render/label_text.hpp"
#include "chronograph/render/overview.hpp"

namespace chronograph::render {

namespace {

using M = Metrics;

// Dates are drawn only when both ends are known, or as a point at the one known end.
std::optional<std::pair<date::sys_days, date::sys_days>> interval_of(const base::DateValue& d) {
  if (!d.known()) return std::nullopt;
  const auto a = d.earliest ? *d.earliest : *d.latest;
  const auto b = d.latest ? *d.latest : *d.earliest;
  return std::make_pair(std::min(a, b), std::max(a, b));
}

}  // namespace

std::vector<std::string> item_label_lines(const graph::EventNode& n) {
  if (is_headline_group(n)) return headline_group_lines(n, M::group_width, M::font_size);
  std::vector<std::string> lines{date_words(n.date)};
  std::string text = clean_text(n.label);
  if (text.empty()) text = clean_text(n.type.empty() ? n.id : n.type);
  if (n.kind == graph::EventKind::claim) {
    // 'Speaker: gist', the gist being what was said without "U.S. President Trump, according
    // to media reports, stated that": a note shows its start, the JSON and HTML all of it.
    const std::string speaker = clean_text(n.speaker);
    const std::string gist = claim_gist(n);
    if (!gist.empty()) text = speaker.empty() ? gist : speaker + ": " + gist;
  }
  auto wrapped = wrap_text(text, M::label_width, M::font_size, M::label_lines);
  lines.insert(lines.end(), wrapped.begin(), wrapped.end());
  return lines;
}

namespace {}  // namespace

namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Where the label first names the actor as a whole word (a possessive "Putin’s" counts), by
// full name, last name ("Zelenskyy") or initials ("EU", "U.S."); npos if nowhere.
std::size_t first_naming(std::string_view label, const std::string& actor) {
  std::vector<std::string> forms{actor};
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < actor.size();) {
    const std::size_t j = std::min(actor.find(' ', i), actor.size());
    if (j > i) words.push_back(std::string_view(actor).substr(i, j - i));
    i = j + 1;
  }
  if (words.size() > 1 && words.back().size() >= 4) forms.emplace_back(words.back());
  if (words.size() > 1 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return std::isupper(static_cast<unsigned char>(w.front()));
      })) {
    std::string initials, dotted;
    for (auto w : words) initials += w.front(), dotted += std::string(1, w.front()) + ".";
    forms.push_back(initials);
    forms.push_back(dotted);
  }
  std::size_t best = std::string_view::npos;
  for (const auto& f : forms) {
    for (std::size_t at = label.find(f); at != std::string_view::npos; at = label.find(f, at + 1)) {
      const std::size_t end = at + f.size();
      const bool starts = at == 0 || !word_char(label[at - 1]);
      const bool ends = end == label.size() || !word_char(label[end]) || f.back() == '.';
      if (starts && ends) {
        best = std::min(best, at);
        break;
      }
    }
  }
  return best;
}

}  // namespace

std::string lane_title(const graph::Timeline& t, Lanes mode, const std::string& key, bool merged) {
  switch (mode) {
    case Lanes::none:
      return "";
    case Lanes::actor:
      return key.empty() ? (merged ? "Other actors" : "No actor") : key;
    case Lanes::type:
      return key.empty() ? (merged ? "Other types" : "Untyped") : key;
    case Lanes::document:
      for (const auto& d : t.documents)
        if (d.id == key) return !d.title.empty() ? d.title : !d.path.empty() ? d.path : d.id;
      return key.empty() ? "No document" : key;
  }
  return key;
}

// Lane order: documents in their order; actors and types by how many events they have,
// then by name; the catch-all lane ("No actor") last.
std::vector<std::string> order_lanes(const graph::Timeline& t, Lanes mode,
                                     const std::vector<std::string>& keys) {
  std::map<std::string, int> count;
  for (const auto& k : keys) ++count[k];
  std::vector<std::string> order;
  for (const auto& [k, c] : count) order.push_back(k);
  if (mode == Lanes::document) {
    auto rank = [&](const std::string& k) {
      for (std::size_t i = 0; i < t.documents.size(); ++i)
        if (t.documents[i].id == k) return i;
      return t.documents.size();
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  } else {
    std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
      if (a.empty() != b.empty()) return b.empty();
      return count[a] > count[b];
    });
  }
  if (order.empty()) order.emplace_back();
  return order;
}

std::vector<std::string> actors_agent_first(const graph::EventNode& n) {
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (where named, given order)
  for (std::size_t i = 0; i < n.actors.size(); ++i)
    order.emplace_back(first_naming(n.label, n.actors[i]), i);
  std::stable_sort(order.begin(), order.end());
  std::vector<std::string> out;
  for (const auto& [at, i] : order) out.push_back(n.actors[i]);
  return out;
}

std::vector<std::string> lane_keys(const graph::Timeline& t, Lanes mode) {
  const auto& g = t.graph;
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::string> keys(n);
  if (mode == Lanes::none) return keys;
  auto own_key = [&](graph::Vertex v) -> std::string {
    const auto& node = g[v];
    switch (mode) {
      case Lanes::actor:
        if (!node.actors.empty()) return actors_agent_first(node).front();
        return node.kind == graph::EventKind::claim ? node.speaker : "";
      case Lanes::type:
        return node.type;
      case Lanes::document:
        return node.mentions.empty() ? "" : node.mentions.front().doc.str();
      case Lanes::none:
        return "";
    }
    return "";
  };
  for (graph::Vertex v = 0; v < n; ++v) keys[v] = own_key(v);
  if (mode == Lanes::document) return keys;  // a claim belongs to the text that reports it
  for (graph::Vertex v = 0; v < n; ++v) {
    if (g[v].kind != graph::EventKind::claim) continue;
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) {
      if (g[*e].type == graph::LinkType::claim_about) {
        keys[v] = own_key(boost::target(*e, g));
        break;
      }
    }
  }
  return keys;
}

TimelineLayout layout_timeline(const graph::Timeline& t, const RenderOptions& options) {
  return layout_timeline(t, options, nullptr, 0);
}

namespace {

// The layout with each date asking for demand_scale times its usual room on the axis.
TimelineLayout layout_at(const graph::Timeline& t, const RenderOptions& options,
                         const TimeAxis* given_axis, double band_height, double demand_scale) {
  const auto& g = t.graph;
  const std::size_t n = boost::num_vertices(g);
  TimelineLayout out;

  // Lanes. Past kMaxLanes actors or types, the smallest share one catch-all lane: a
  // picture of thirty one-event lanes is taller than it is informative.
  auto keys = lane_keys(t, options.lanes);
  bool merged = false;
  if (options.lanes == Lanes::actor || options.lanes == Lanes::type) {
    const auto ranked = order_lanes(t, options.lanes, keys);
    const std::size_t named = ranked.size() - (ranked.back().empty() ? 1 : 0);
    if (named > M::max_lanes) {
      const std::set<std::string> kept(ranked.begin(), ranked.begin() + (M::max_lanes - 1));
      for (graph::Vertex v = 0; v < n; ++v) {
        if (kept.count(keys[v])) continue;
        keys[v].clear();
        // An event whose agent has no lane of its own goes to another actor's before
        // "Other actors" (claims stay with the event they are about).
        if (options.lanes != Lanes::actor || g[v].kind == graph::EventKind::claim) continue;
        for (const auto& a : actors_agent_first(g[v]))
          if (kept.count(a)) {
            keys[v] = a;
            break;
          }
      }
      merged = true;
    }
  }
  const auto order = order_lanes(t, options.lanes, keys);
  std::map<std::string, std::size_t> lane_of_key;
  for (const auto& k : order) {
    lane_of_key.emplace(k, out.lanes.size());
    Lane lane;
    lane.key = k;
    if (options.lanes != Lanes::none)
      lane.title = wrap_text(clean_text(lane_title(t, options.lanes, k, merged)),
                             M::lane_title_width, M::lane_title_size, 3, true);
    out.lanes.push_back(std::move(lane));
  }
  const bool titled = options.lanes != Lanes::none;
  out.lanes_x0 = M::margin;
  out.plot_x0 = M::margin + (titled ? M::lane_title_width + 16 : 8);

  // Boxes and the axis. Ranges of a year or less join the axis segments as they are; longer
  // ones (weak bounds such as "since 2022, before the article") only pin their two ends,
  // so that they do not hold the axis open over years where nothing else happens.
  out.items.resize(n);
  for (graph::Vertex v = 0; v < n; ++v) {
    auto& it = out.items[v];
    it.vertex = v;
    it.lane = lane_of_key.at(keys[v]);
    it.lines = item_label_lines(g[v]);
    double w = 0;
    for (const auto& l : it.lines) w = std::max(w, text_width(l, M::font_size));
    it.width = std::ceil(std::max(w, 40.0) + 2 * M::box_pad_x);
    it.height = static_cast<double>(it.lines.size()) * M::line_height + 2 * M::box_pad_y;
  }

  // Blocks: the dated items of a lane grouped by date, in vertex order.
  const std::size_t lanes = out.lanes.size();
  std::vector<std::vector<graph::Vertex>> undated(lanes);
  std::map<std::tuple<std::size_t, int, int, int>, std::vector<graph::Vertex>> by_date;
  for (graph::Vertex v = 0; v < n; ++v) {
    const auto& d = g[v].date;
    auto& it = out.items[v];
    if (!d.known()) {
      it.undated = true;
      undated[it.lane].push_back(v);
      continue;
    }
    const int kind = d.earliest && d.latest ? 0 : d.latest ? 1 : 2;
    const auto iv = *interval_of(d);
    by_date[{it.lane, static_cast<int>(iv.first.time_since_epoch().count()),
             static_cast<int>(iv.second.time_since_epoch().count()), kind}]
        .push_back(v);
  }
  // The axis: each date asks for room for its widest block (blocks of other lanes sit
  // above or below it), a little less than all of it since neighbours may stack.
  std::map<std::pair<int, int>, double> demand;
  for (const auto& [key, members] : by_date) {
    double col = 0;
    for (auto v : members) col = std::max(col, out.items[v].width);
    const double cols = std::max(1.0, std::round(std::sqrt(0.4 * double(members.size()))));
    auto& d = demand[{std::get<1>(key), std::get<2>(key)}];
    d = std::max(d, demand_scale * (0.7 * (cols * (col + M::block_gap)) + M::item_gap));
  }
  std::vector<AxisInterval> intervals;
  for (const auto& [days, width] : demand) {
    const date::sys_days a{date::days{days.first}}, b{date::days{days.second}};
    if (days.second - days.first > M::long_range_days) {
      intervals.push_back({a, a, width});
      intervals.push_back({b, b, 0});
    } else {
      intervals.push_back({a, b, width});
    }
  }
  TimeAxisOptions axis_opt;
  axis_opt.pad = 16;
  axis_opt.min_segment_width = M::label_width + 2 * M::box_pad_x + 24;
  out.axis = given_axis ? *given_axis : TimeAxis::fit(intervals, out.plot_x0, axis_opt);
  out.ticks = out.axis.ticks();
  out.plot_x1 = out.axis.empty() ? out.plot_x0 + 200 : out.axis.x_end();

  struct Block {
    std::vector<graph::Vertex> members;
    std::size_t lane = 0, cols = 1, row = 0;
    double x = 0, width = 0, col_width = 0, height = 0;
    std::vector<double> row_heights;
    Marker marker = Marker::day;
    double marker_x0 = 0, marker_x1 = 0;
    double left() const { return std::min(x - width / 2, marker_x0); }
    double right() const { return std::max(x + width / 2, marker_x1); }
    double full_height() const { return height + M::range_gap + M::range_bar; }
  };
  std::vector<Block> blocks;
  for (auto& [key, members] : by_date) {
    Block b;
    b.members = members;
    b.lane = std::get<0>(key);
    const auto& d = g[members.front()].date;
    const auto iv = *interval_of(d);
    // Roughly square blocks: a box is about three times as wide as it is tall.
    const double k = static_cast<double>(members.size());
    b.cols = static_cast<std::size_t>(std::max(1.0, std::round(std::sqrt(0.4 * k))));
    for (auto v : members) b.col_width = std::max(b.col_width, out.items[v].width);
    const double cols = static_cast<double>(b.cols);
    b.width = cols * b.col_width + (cols - 1) * M::block_gap;
    const std::size_t rows = (members.size() + b.cols - 1) / b.cols;
    b.row_heights.assign(rows, 0.0);
    for (std::size_t i = 0; i < members.size(); ++i)
      b.row_heights[i / b.cols] = std::max(b.row_heights[i / b.cols], out.items[members[i]].height);
    b.height = std::accumulate(b.row_heights.begin(), b.row_heights.end(), 0.0) +
               static_cast<double>(rows - 1) * M::block_gap;
    const double x0 = out.axis.x(iv.first), x1 = out.axis.x(iv.second);
    const AxisSegment& seg = out.axis.segment(iv.first);
    // A date known from one side only ("before 3 Jun 2025") is not drawn as if it were its
    // bound: the block stands on the open side of the bound, over an arrow that runs from
    // the bound (a stop mark) under the whole block into the unknown.
    const double reach = std::max(b.width, 24.0);
    if (!d.latest) {
      b.marker = Marker::after, b.marker_x0 = x0;
      b.marker_x1 = std::max(x0 + 12, std::min(x0 + reach, seg.x1));
    } else if (!d.earliest) {
      b.marker = Marker::before, b.marker_x1 = x1;
      b.marker_x0 = std::min(x1 - 12, std::max(x1 - reach, seg.x0));
    } else if (iv.first == iv.second) {
      b.marker = Marker::day, b.marker_x0 = x0 - M::range_bar / 2,
      b.marker_x1 = x0 + M::range_bar / 2;
    } else {
      b.marker = Marker::range, b.marker_x0 = x0, b.marker_x1 = std::max(x1, x0 + 4);
    }
    // Centred on the date, but inside its segment, clear of the breaks (the marker stays put).
    const double anchor = (b.marker_x0 + b.marker_x1) / 2;
    b.x = anchor;
    if (seg.x1 - seg.x0 >= b.width)
      b.x = std::clamp(b.x, seg.x0 + b.width / 2, seg.x1 - b.width / 2);
    // ... and always over its marker, even where the segment is narrower than the block.
    b.x = std::clamp(b.x, b.marker_x0 - b.width / 2 + 2, b.marker_x1 + b.width / 2 - 2);
    blocks.push_back(std::move(b));
  }

  // Rows: first fit by left edge within each lane (optimal for intervals).
  std::vector<std::vector<double>> row_heights(lanes);
  auto grow = [&](std::size_t lane, std::size_t row, double h) {
    auto& rh = row_heights[lane];
    if (rh.size() <= row) rh.resize(row + 1, 0.0);
    rh[row] = std::max(rh[row], h);
  };
  std::vector<std::size_t> order_blocks(blocks.size());
  std::iota(order_blocks.begin(), order_blocks.end(), 0);
  std::stable_sort(order_blocks.begin(), order_blocks.end(), [&](auto a, auto b) {
    if (blocks[a].lane != blocks[b].lane) return blocks[a].lane < blocks[b].lane;
    return blocks[a].left() < blocks[b].left();
  });
  std::vector<std::vector<double>> row_right(lanes);
  for (auto bi : order_blocks) {
    Block& b = blocks[bi];
    auto& rr = row_right[b.lane];
    std::size_t r = 0;
    while (r < rr.size() && rr[r] + M::item_gap > b.left()) ++r;
    if (r == rr.size()) rr.push_back(0);
    rr[r] = b.right();
    b.row = r;
    grow(b.lane, r, b.full_height());
  }

  // The undated side area: a small grid per lane, right of the dated plot, stacked on its
  // own (its rows need not line up with the dated rows).
  double undated_col = 0;
  std::size_t undated_cols = 0;
  for (std::size_t l = 0; l < lanes; ++l)
    for (auto v : undated[l]) undated_col = std::max(undated_col, out.items[v].width);
  undated_col += M::item_gap;
  out.undated_x0 = out.plot_x1 + M::undated_gap;
  std::vector<std::vector<double>> undated_rows(lanes);  // heights of each lane's grid rows
  for (std::size_t l = 0; l < lanes; ++l) {
    const auto& vs = undated[l];
    if (vs.empty()) continue;
    out.has_undated = true;
    const auto cols = static_cast<std::size_t>(
        std::max(1.0, std::ceil(std::sqrt(static_cast<double>(vs.size()) / 3))));
    undated_cols = std::max(undated_cols, cols);
    undated_rows[l].assign((vs.size() + cols - 1) / cols, 0.0);
    for (std::size_t i = 0; i < vs.size(); ++i) {
      auto& it = out.items[vs[i]];
      it.row = i / cols;
      it.x = out.undated_x0 + M::item_gap / 2 + undated_col * static_cast<double>(i % cols) +
             it.width / 2;
      undated_rows[l][it.row] = std::max(undated_rows[l][it.row], it.height);
    }
  }
  out.undated_x1 = out.has_undated
                       ? out.undated_x0 + undated_col * static_cast<double>(undated_cols)
                       : out.plot_x1;

  // Vertical placement: header, lanes, axis, legend.
  out.title_y = M::margin + M::title_size / 2;
  out.subtitle_y = out.title_y + M::title_size / 2 + 6 + M::subtitle_size / 2;
  double y = out.subtitle_y + M::subtitle_size / 2 + 14;
  std::vector<std::vector<double>> row_tops(lanes);
  for (std::size_t l = 0; l < lanes; ++l) {
    auto& lane = out.lanes[l];
    lane.y0 = y;
    lane.rows = row_heights[l].size();
    double cursor = y + M::lane_pad;
    for (double h : row_heights[l]) {
      row_tops[l].push_back(cursor);
      cursor += h + M::row_gap;
    }
    if (!row_heights[l].empty()) cursor -= M::row_gap;
    double undated_cursor = y + M::lane_pad;
    for (double h : undated_rows[l]) undated_cursor += h + M::row_gap;
    if (!undated_rows[l].empty()) cursor = std::max(cursor, undated_cursor - M::row_gap);
    const double title_h =
        static_cast<double>(lane.title.size()) * (M::lane_title_size + 3) + 2 * M::lane_pad;
    lane.y1 = std::max({cursor + M::lane_pad, y + title_h, y + 36.0});
    y = lane.y1;
  }
  for (graph::Vertex v = 0; v < n; ++v) {
    auto& it = out.items[v];
    if (!it.undated) continue;
    double top = out.lanes[it.lane].y0 + M::lane_pad;
    for (std::size_t r = 0; r < it.row; ++r) top += undated_rows[it.lane][r] + M::row_gap;
    it.y = top + it.height / 2;
  }
  for (const Block& b : blocks) {
    const double top = row_tops[b.lane][b.row];
    const double left = b.x - b.width / 2;
    double row_top = top;
    for (std::size_t i = 0; i < b.members.size(); ++i) {
      auto& it = out.items[b.members[i]];
      const std::size_t r = i / b.cols, c = i % b.cols;
      if (c == 0 && r > 0) row_top += b.row_heights[r - 1] + M::block_gap;
      it.row = b.row;
      if (b.members.size() > 1) it.width = b.col_width;  // uniform boxes in a block
      it.x = left + static_cast<double>(c) * (b.col_width + M::block_gap) + b.col_width / 2;
      it.y = row_top + it.height / 2;
    }
    auto& first = out.items[b.members.front()];
    first.marker = b.marker;
    first.marker_x0 = b.marker_x0;
    first.marker_x1 = b.marker_x1;
    first.marker_y = top + b.height + M::range_gap + M::range_bar / 2;
    if (b.members.size() > 1) {
      first.bracket_x0 = std::min(left, b.marker_x0);
      first.bracket_x1 = std::max(left + b.width, b.marker_x1);
    }
  }
  // A block wider than its stretch of axis (possible at the overview's fixed scale) may
  // reach past the plot: the lanes, and so the picture, reach over it.
  double right = std::max(out.plot_x1, out.undated_x1);
  for (const auto& it : out.items) right = std::max(right, it.x + it.width / 2);
  out.lanes_x1 = right + 8;
  out.band_y0 = y;
  y += band_height;
  out.axis_y = y;
  out.tick_label_y = y + 6 + M::tick_size / 2 + 2;
  out.break_label_y = out.tick_label_y + M::tick_size + 4;
  out.legend_y = out.break_label_y + 30;
  out.legend_x0 = M::margin;

  out.title = clean_text(options.title);
  if (out.title.empty())
    out.title = t.documents.size() == 1 && !t.documents.front().title.empty()
                    ? clean_text(t.documents.front().title)
                    : "Event timeline";
  out.subtitle = subtitle_words(t, out.axis);
  size_picture(out);
  return out;
}

}  // namespace

TimelineLayout layout_timeline(const graph::Timeline& t, const RenderOptions& options,
                               const TimeAxis* given_axis, double band_height) {
  TimelineLayout out = layout_at(t, options, given_axis, band_height, 1.0);
  // A picture a little too wide for the default size is drawn tighter (boxes of nearby dates
  // stack more) rather than given up for the overview; much too wide, it stays as it is.
  const double fixed = out.width - (out.plot_x1 - out.plot_x0);
  const double plot_room = OverviewLimits::max_side - fixed;
  if (given_axis || out.width <= OverviewLimits::max_side || plot_room <= 0) return out;
  const double scale = plot_room / (out.plot_x1 - out.plot_x0);
  if (scale < 0.75) return out;
  for (double k = scale; k >= 0.7 * scale; k *= 0.95) {
    TimelineLayout tighter = layout_at(t, options, nullptr, band_height, k);
    if (tighter.width <= OverviewLimits::max_side) return tighter;
  }
  return out;
}

std::string subtitle_words(const graph::Timeline& t, const TimeAxis& axis) {
  const auto& g = t.graph;
  std::size_t events = 0, claims = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    (g[v].kind == graph::EventKind::claim ? claims : events)++;
  std::string span = "no dated events";
  if (!axis.empty()) {
    span = day_words(axis.segments().front().first) + " \u2013 " +
           day_words(axis.segments().back().last);
  }
  auto plural = [](std::size_t k, const char* word) {
    return thousands(k) + " " + word + (k == 1 ? "" : "s");
  };
  return span + "  \u00B7  " + plural(events, "event") + ", " + plural(claims, "claim") + ", " +
         plural(boost::num_edges(g), "link") + " from " + plural(t.documents.size(), "document");
}

void size_picture(TimelineLayout& out) {
  const double legend_w = 900;  // the legend row's width (see timeline_drawing)
  out.width = std::max({out.lanes_x1, out.legend_x0 + legend_w,
                        M::margin + text_width(out.title, M::title_size, true),
                        M::margin + text_width(out.subtitle, M::subtitle_size)}) +
              M::margin;
  out.height = out.legend_y + 12 + M::margin;
}

}  // namespace chronograph::render
