// Output of every query as an aligned terminal table or as JSON for scripts.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/model.hpp"
#include "chronograph/query/causal.hpp"
#include "chronograph/query/chain.hpp"

namespace chronograph::query {

enum class Format { table, json };
std::optional<Format> format_from_string(std::string_view word);

// "2025-06-02", "2025-05", "..2025-05-20", "2025-05-10..2025-05-16" or "undated".
std::string date_text(const base::DateValue& date);

std::string format_events(const graph::Timeline& t, const std::vector<graph::Vertex>& events,
                          Format format);

// A causes (backward) or effects (forward) tree.
std::string format_tree(const graph::Timeline& t, const std::vector<TreeEntry>& tree,
                        Direction direction, Format format);

std::string format_chains(const graph::Timeline& t, graph::Vertex from, graph::Vertex to,
                          const ChainResult& chains, Format format);

// Every mention, the date reasoning step by step, the overrides that touched it, its links.
std::string format_explain(const graph::Timeline& t, graph::Vertex event, Format format);

// The links between two events, either way: per link its confidence and every source with its
// document, cue, rule and sentence.
std::string format_explain_links(const graph::Timeline& t, graph::Vertex a, graph::Vertex b,
                                 Format format);

// The candidates of an ambiguous EVENT, as an indented table (for stderr).
std::string format_candidates(const graph::Timeline& t,
                              const std::vector<graph::Vertex>& candidates);

}  // namespace chronograph::query
