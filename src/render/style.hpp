// Private to src/render: colours and line styles shared by the timeline, chain and legend.
#pragma once
#include "chronograph/graph/model.hpp"

namespace chronograph::render::detail {

struct Style {
  static constexpr const char* event_fill = "#e8f0fa";
  static constexpr const char* event_line = "#3f6aa1";
  static constexpr const char* focus_fill = "#c9dcf3";
  static constexpr const char* claim_fill = "#fff4cc";
  static constexpr const char* claim_line = "#a67c00";
  static constexpr const char* range_fill = "#8fa9cf";
  static constexpr const char* lane_fill_a = "#f3f5f8";
  static constexpr const char* lane_fill_b = "#fbfcfd";
  static constexpr const char* lane_line = "#dde2e8";
  static constexpr const char* grid = "#d4d9e0";
  static constexpr const char* muted = "#5f6670";
};

struct LinkStyle {
  const char* color;
  const char* style;
  const char* arrowhead;
  const char* penwidth;
  const char* words;
};

inline LinkStyle link_style(graph::LinkType t) {
  switch (t) {
    case graph::LinkType::causes:
      return {"#b03a2e", "solid", "normal", "1.6", "causes"};
    case graph::LinkType::reaction_to:
      return {"#2f6db5", "solid", "vee", "1.1", "reaction to"};
    case graph::LinkType::claim_about:
      return {"#a67c00", "dashed", "empty", "1.1", "claim about"};
  }
  return {"#444444", "solid", "normal", "1", ""};
}

// A cause told only in someone's words is drawn dotted: their account, not the text's.
inline LinkStyle claimed_cause_style() {
  return {"#b03a2e", "dotted", "normal", "1.6", "cause, as claimed"};
}

inline LinkStyle link_style(graph::LinkType t, const std::string& claimed_by) {
  return t == graph::LinkType::causes && !claimed_by.empty() ? claimed_cause_style()
                                                             : link_style(t);
}

}  // namespace chronograph::render::detail
