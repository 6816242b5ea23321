// The chronograph/graph@1 JSON contract: writing a Timeline and reading it back.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

inline constexpr std::string_view kGraphSchema = "chronograph/graph@1";

// Deterministic JSON (fixed key order, 2-space indent, trailing newline). Call canonicalize()
// first for a canonical vertex order.
std::string to_json(const Timeline& timeline);
// The same bytes handed to sink in chunks as they are made, for files bigger than memory.
void write_json(const Timeline& timeline, const std::function<void(std::string_view)>& sink);

// The graph@1 spelling of its parts, for other JSON writers (query results) to share.
nlohmann::ordered_json date_to_json(const base::DateValue& date);
// `detail`: as the graph's (Timeline::evidence_detail).
nlohmann::ordered_json evidence_to_json(const base::Evidence& evidence,
                                        EvidenceDetail detail = EvidenceDetail::text);
nlohmann::ordered_json steps_to_json(const std::vector<DateStep>& steps,
                                     EvidenceDetail detail = EvidenceDetail::text);

// One event / one link as the single-line graph@1 object of "events" / "links" (no newline),
// for line-oriented writers (JSON Lines).
// `detail` as the graph's (Timeline::evidence_detail).
std::string event_to_json_line(const EventNode& node, EvidenceDetail detail = EvidenceDetail::text);
std::string link_to_json_line(const EventGraph& g, Edge e,
                              EvidenceDetail detail = EvidenceDetail::text);

// Parses a graph file; throws base::InputError "file:line:column: error: ..." on malformed
// JSON, a wrong schema, or missing/ill-typed fields.
Timeline from_json(std::string_view text, const std::string& file);

}  // namespace chronograph::graph
