// Kinds of vertices (event or claim) and of links between them.
#pragma once
#include <optional>
#include <string_view>

namespace chronograph::events {

enum class EventKind { event, claim };
std::string_view to_string(EventKind kind);
std::optional<EventKind> event_kind_from_string(std::string_view word);

enum class LinkType { causes, reaction_to, claim_about };
std::string_view to_string(LinkType type);
std::optional<LinkType> link_type_from_string(std::string_view word);

}  // namespace chronograph::events
