// Names of event kinds and link types, as spelled in the JSON contract.
#include "chronograph/events/kinds.hpp"

#include <array>

namespace chronograph::events {

namespace {
constexpr std::array<std::string_view, 2> kKinds = {"event", "claim"};
constexpr std::array<std::string_view, 3> kLinks = {"causes", "reaction_to", "claim_about"};

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::string_view, N>& names, std::string_view word) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == word) return static_cast<E>(i);
  return std::nullopt;
}
}  // namespace

std::string_view to_string(EventKind kind) { return kKinds[static_cast<std::size_t>(kind)]; }
std::optional<EventKind> event_kind_from_string(std::string_view word) {
  return lookup<EventKind>(kKinds, word);
}
std::string_view to_string(LinkType type) { return kLinks[static_cast<std::size_t>(type)]; }
std::optional<LinkType> link_type_from_string(std::string_view word) {
  return lookup<LinkType>(kLinks, word);
}

}  // namespace chronograph::events
