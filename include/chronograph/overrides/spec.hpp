// The parsed overrides file: every rule with the source position it came from.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/kinds.hpp"

namespace re2 {
class RE2;
}

namespace chronograph::overrides {

// 1-based position of a YAML node, for "FILE:line:column" messages.
struct Pos {
  std::size_t line = 1;
  std::size_t column = 1;
};

// Picks events either by id or by what they are; every given field must hold.
struct Selector {
  Pos pos;
  std::optional<std::string> id;
  std::optional<std::string> type;  // equal, case-insensitive
  std::optional<events::EventKind> kind;
  std::optional<std::string> actor;          // case-insensitive substring of an actor/speaker
  std::optional<std::string> place;          // case-insensitive substring of a place
  std::optional<std::string> label_pattern;  // regex searched in the label, case-insensitive
  std::optional<std::string> text_pattern;   // regex searched in the label and every mention
  std::optional<base::DateValue> within;     // the event's possible days lie inside this
  std::optional<date::sys_days> before;      // the event surely ended before this day
  std::optional<date::sys_days> after;       // the event surely began after this day
  // Compiled once at parse time; shared so that Selector stays copyable.
  std::shared_ptr<const re2::RE2> label_regex;  // compiled patterns (RE2: linear time)
  std::shared_ptr<const re2::RE2> text_regex;

  bool by_id() const { return id.has_value(); }
  // "type talks, place Istanbul, before 2025-05-20": for messages.
  std::string describe() const;
};

// Corrections to existing events.
struct EventRule {
  Pos pos;
  Selector selector;
  bool all = false;  // a selector may touch several events only when asked to
  std::optional<base::DateValue> date;
  std::optional<std::string> label;
  std::optional<std::string> type;
  std::optional<std::vector<std::string>> actors;
  std::optional<std::vector<std::string>> places;
  bool suppress = false;
  std::optional<std::string> merge_into;
  Pos merge_pos;
};

// An event that no text states.
struct AddedEvent {
  Pos pos;
  std::string id;  // empty: derived from the content like extracted ids
  Pos id_pos;
  events::EventKind kind = events::EventKind::event;
  std::string type;
  std::string label;
  base::DateValue date;
  std::vector<std::string> actors;
  std::vector<std::string> places;
  std::string speaker;
};

struct LinkRule {
  Pos pos;
  Selector from;
  Selector to;
  events::LinkType type = events::LinkType::causes;
  bool remove = false;
};

struct DocumentRule {
  Pos pos;
  std::string id;
  std::optional<base::DateValue> published;
  bool exclude = false;
};

struct Spec {
  std::string path;  // as given, used in every message
  std::vector<DocumentRule> documents;
  std::vector<EventRule> events;
  std::vector<AddedEvent> added;
  std::vector<LinkRule> links;

  std::size_t size() const {
    return documents.size() + events.size() + added.size() + links.size();
  }
  // "FILE:LINE", as recorded in EventNode::overrides.
  std::string where(const Pos& pos) const { return path + ":" + std::to_string(pos.line); }
};

}  // namespace chronograph::overrides
