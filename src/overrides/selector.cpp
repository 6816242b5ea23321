// Selector matching and description.
#include "chronograph/overrides/selector.hpp"
#include "chronograph/base/text.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace chronograph::overrides {

namespace {

std::string lower(std::string_view s) { return base::lower_ascii(s); }

bool any_contains(const std::vector<std::string>& have, const std::string& wanted) {
  const std::string w = lower(wanted);
  return std::any_of(have.begin(), have.end(),
                     [&](const std::string& h) { return lower(h).find(w) != std::string::npos; });
}

std::string date_text(const base::DateValue& d) {
  if (d.exact() || (d.earliest && d.latest && d.value.find('X') == std::string::npos))
    return d.value;
  return (d.earliest ? base::format_day(*d.earliest) : std::string("..")) + "/" +
         (d.latest ? base::format_day(*d.latest) : std::string(".."));
}

}  // namespace

std::string Selector::describe() const {
  if (id) return "id " + *id;
  std::vector<std::string> parts;
  if (kind) parts.push_back("kind " + std::string(events::to_string(*kind)));
  if (type) parts.push_back("type " + *type);
  if (actor) parts.push_back("actor " + *actor);
  if (place) parts.push_back("place " + *place);
  if (label_pattern) parts.push_back("label /" + *label_pattern + "/");
  if (text_pattern) parts.push_back("text /" + *text_pattern + "/");
  if (within) parts.push_back("date " + date_text(*within));
  if (before) parts.push_back("before " + base::format_day(*before));
  if (after) parts.push_back("after " + base::format_day(*after));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

bool selects(const Selector& s, const graph::EventNode& n) {
  if (s.id) return graph::answers_to(n, *s.id);
  if (s.kind && n.kind != *s.kind) return false;
  if (s.type && lower(*s.type) != lower(n.type)) return false;
  if (s.actor) {
    std::vector<std::string> who = n.actors;
    if (!n.speaker.empty()) who.push_back(n.speaker);
    if (!any_contains(who, *s.actor)) return false;
  }
  if (s.place && !any_contains(n.places, *s.place)) return false;
  // Date tests need the bound they talk about: an unbounded event is not "before" anything.
  if (s.within) {
    if (s.within->earliest && (!n.date.earliest || *n.date.earliest < *s.within->earliest))
      return false;
    if (s.within->latest && (!n.date.latest || *n.date.latest > *s.within->latest)) return false;
  }
  if (s.before && (!n.date.latest || *n.date.latest >= *s.before)) return false;
  if (s.after && (!n.date.earliest || *n.date.earliest <= *s.after)) return false;
  if (s.label_regex && !RE2::PartialMatch(n.label, *s.label_regex)) return false;
  if (s.text_regex) {
    bool found = RE2::PartialMatch(n.label, *s.text_regex);
    for (std::size_t i = 0; !found && i < n.mentions.size(); ++i)
      found = RE2::PartialMatch(n.mentions[i].text.view(), *s.text_regex);
    if (!found) return false;
  }
  return true;
}

}  // namespace chronograph::overrides
