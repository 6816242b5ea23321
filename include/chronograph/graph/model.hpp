// The event graph: events and claims as Boost.Graph vertices, links as edges, with evidence.
#pragma once
#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/evidence.hpp"
#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/kinds.hpp"

namespace chronograph::graph {

using events::event_kind_from_string;
using events::EventKind;
using events::to_string;

using events::link_type_from_string;
using events::LinkType;

// One step in the reasoning that produced a date: what rule, from what evidence.
struct DateStep {
  std::string rule;  // "explicit", "dct-relative", "event-anchor", "header", "stn", "override" ...
  std::string detail;  // human-readable sentence ("'yesterday' in doc 002 = published - 1 day")
  std::optional<base::Evidence> evidence;
};

// An event mention: its sentence as evidence for the reader, and the words in it that name this
// event (its trigger), so two events of one sentence, and a link's two ends, can be told apart.
// Claims have none: their span is already the claim's own words. Kept apart from
// base::Evidence, which links and date steps use by the hundred thousand without a trigger.
struct Mention : base::Evidence {
  std::size_t trigger_start = 0;  // within [start, end); equal to trigger_end when none
  std::size_t trigger_end = 0;
  bool has_trigger() const { return trigger_end > trigger_start; }
  friend bool operator==(const Mention&, const Mention&) = default;
};

struct EventNode {
  std::string id;
  // Ids the event was known by in earlier id schemes ("talks-istanbul-undated-b5e8", see
  // graph/ids.hpp); an overrides file or a query may name the event by any of them.
  std::vector<std::string> former_ids;
  EventKind kind = EventKind::event;
  std::string type;   // "talks", "strike", "sanctions", "statement", ...
  std::string label;  // short human label
  base::DateValue date;
  std::vector<std::string> actors;
  std::vector<std::string> places;
  std::string speaker;       // claims only
  std::string speaker_role;  // claims only, from an apposition ("a Russian political analyst")
  std::vector<Mention> mentions;
  std::vector<DateStep> date_steps;
  std::vector<std::string> overrides;  // "FILE:LINE" of each override that touched it
  // TimeML class of its trigger (claims: REPORTING), whether the text tells it as a fact, and
  // how much a timeline reader needs it, in [0, 1] (docs/graph-json.md, "salience").
  events::EventClass event_class = events::EventClass::occurrence;
  events::Factuality factuality = events::Factuality::asserted;
  double salience = 0;
};

// One sentence that states a link, with the words that state it.
struct LinkSource {
  base::Evidence evidence;            // the sentence
  std::optional<base::Evidence> cue;  // the cue's words ("led to"), when a cue made it
  std::string rule;                   // the family or rule that found it
  double confidence = 0;              // the rule's measured precision; 0 when unmeasured
  std::string claimed_by;  // the speaker in whose words the sentence states it; empty: the text
  friend bool operator==(const LinkSource&, const LinkSource&) = default;
};

struct LinkEdge {
  LinkType type = LinkType::causes;
  // The first source's (docs/graph-json.md): what a reader of one source needs.
  base::Evidence evidence;
  std::string rule;  // which rule produced it ("causative_verb", "reaction cue", "override")
  std::optional<base::Evidence> cue;
  double confidence = 0;  // the highest of its sources'
  // Set only when every source states it in someone's words: the first source's speaker. A
  // link one source tells as the text's own account is no one's claim.
  std::string claimed_by;
  // Every sentence of every document that states it, sorted by document id and offset; empty
  // for a link an override made.
  std::vector<LinkSource> sources;
};

using EventGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EventNode, LinkEdge>;
using Vertex = EventGraph::vertex_descriptor;
using Edge = EventGraph::edge_descriptor;

struct DocumentInfo {
  std::string id;
  std::string path;
  std::string title;
  base::DateValue published;
  std::vector<DateStep> date_steps;
};

struct Diagnostic {
  std::string severity;  // "warning" or "note"
  std::string message;
  std::optional<base::Evidence> evidence;
};

// How much of each piece of evidence the graph JSON spells out (docs/graph-json.md): the
// quoted text with its span (the default), the span alone, or only the document. The graph in
// memory keeps everything; this decides what is written, and what a reader may find missing.
enum class EvidenceDetail { text, spans, none };
std::string_view to_string(EvidenceDetail detail);
std::optional<EvidenceDetail> evidence_detail_from_string(std::string_view s);

struct Timeline {
  std::vector<DocumentInfo> documents;
  EventGraph graph;
  std::vector<Diagnostic> diagnostics;
  EvidenceDetail evidence_detail = EvidenceDetail::text;
};

// add_vertex/add_edge that move the property in: Boost 1.74 takes it by const reference and
// copies every string and vector of it.
inline Vertex add_event(EventGraph& g, EventNode&& node) {
  const Vertex v = boost::add_vertex(g);
  g[v] = std::move(node);
  return v;
}
inline Edge add_link(EventGraph& g, Vertex from, Vertex to, LinkEdge&& link) {
  const Edge e = boost::add_edge(from, to, g).first;
  g[e] = std::move(link);
  return e;
}

// target = std::move(source) without copying: Boost 1.74's adjacency_list has neither a move
// constructor nor a cheap swap, so a plain move assignment deep-copies the whole graph.
void move_graph(EventGraph& target, EventGraph& source);

// Vertex with the given id, else the one with it among its former ids, none if absent.
// Linear; build an index for repeated lookups (current ids first, then former ones).
std::optional<Vertex> find_by_id(const EventGraph& g, std::string_view id);

// Whether `id` is the event's id or one of its former ids.
bool answers_to(const EventNode& node, std::string_view id);

// Puts vertices in canonical order (earliest date, unknown last, then id) and edges in
// (from, to, type) order, so that every serialization of equal graphs is byte-identical.
void canonicalize(Timeline& timeline);

}  // namespace chronograph::graph
