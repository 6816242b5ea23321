// The fields of events and links that the export writers share.
#include "export_fields.hpp"

#include <algorithm>
#include <charconv>

namespace chronograph::render {

namespace {

using Event = graph::EventNode;
using Link = graph::LinkEdge;

std::optional<std::string> text(std::string_view s) {
  if (s.empty()) return std::nullopt;
  return std::string(s);
}

std::optional<std::string> day(const std::optional<date::sys_days>& d) {
  if (!d) return std::nullopt;
  return base::format_day(*d);
}

// The shortest decimal that reads back as the same double ("0.35", "1").
std::string decimal(double value) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

// The documents an event was read in, in the order of its first mentions, each once.
std::vector<std::string> event_documents(const Event& node) {
  std::vector<std::string> docs;
  for (const auto& m : node.mentions) {
    std::string doc = m.doc.str();
    if (std::find(docs.begin(), docs.end(), doc) == docs.end()) docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace

const std::vector<Field<graph::EventNode>>& event_fields() {
  using T = FieldType;
  static const std::vector<Field<Event>> fields = {
      {"kind", T::text, [](const Event& n) { return text(graph::to_string(n.kind)); }},
      {"type", T::text, [](const Event& n) { return text(n.type); }},
      {"label", T::text, [](const Event& n) { return text(n.label); }},
      {"date", T::text, [](const Event& n) { return text(n.date.value); }},
      {"earliest", T::text, [](const Event& n) { return day(n.date.earliest); }},
      {"latest", T::text, [](const Event& n) { return day(n.date.latest); }},
      {"basis", T::text, [](const Event& n) { return text(base::to_string(n.date.basis)); }},
      {"actors", T::text, [](const Event& n) { return text(join_list(n.actors)); }},
      {"places", T::text, [](const Event& n) { return text(join_list(n.places)); }},
      {"speaker", T::text, [](const Event& n) { return text(n.speaker); }},
      {"speaker_role", T::text, [](const Event& n) { return text(n.speaker_role); }},
      {"class", T::text, [](const Event& n) { return text(events::to_string(n.event_class)); }},
      {"factuality", T::text, [](const Event& n) { return text(events::to_string(n.factuality)); }},
      {"salience", T::decimal, [](const Event& n) { return text(decimal(n.salience)); }},
      {"mentions", T::integer,
       [](const Event& n) { return text(std::to_string(n.mentions.size())); }},
      {"documents", T::text, [](const Event& n) { return text(join_list(event_documents(n))); }},
      {"evidence", T::text, [](const Event& n) { return text(first_sentence(n)); }},
      {"overrides", T::text, [](const Event& n) { return text(join_list(n.overrides)); }},
  };
  return fields;
}

const std::vector<Field<graph::LinkEdge>>& link_fields() {
  using T = FieldType;
  static const std::vector<Field<Link>> fields = {
      {"type", T::text, [](const Link& l) { return text(graph::to_string(l.type)); }},
      {"rule", T::text, [](const Link& l) { return text(l.rule); }},
      {"cue", T::text, [](const Link& l) { return l.cue ? text(l.cue->text) : std::nullopt; }},
      // 0 is "unmeasured" in graph@1, not a measured zero.
      {"confidence", T::decimal,
       [](const Link& l) { return l.confidence > 0 ? text(decimal(l.confidence)) : std::nullopt; }},
      {"claimed_by", T::text, [](const Link& l) { return text(l.claimed_by); }},
      {"doc", T::text, [](const Link& l) { return text(l.evidence.doc); }},
      {"evidence", T::text, [](const Link& l) { return text(l.evidence.text); }},
      {"sources", T::integer, [](const Link& l) { return text(std::to_string(l.sources.size())); }},
  };
  return fields;
}

std::string join_list(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += "; ";
    out += v;
  }
  return out;
}

std::string_view first_sentence(const graph::EventNode& node) {
  return node.mentions.empty() ? std::string_view() : std::string_view(node.mentions.front().text);
}

}  // namespace chronograph::render
