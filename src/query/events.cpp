// Event listing over a filter.
#include "chronograph/query/events.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace chronograph::query {

std::vector<graph::Vertex> list_events(const graph::Timeline& t, const graph::EventFilter& f) {
  const auto& g = t.graph;
  std::vector<graph::Vertex> out = graph::select_events(t, f);
  auto key = [&](graph::Vertex v) {
    const auto& d = g[v].date;
    const long day = d.earliest ? d.earliest->time_since_epoch().count()
                     : d.latest ? d.latest->time_since_epoch().count()
                                : std::numeric_limits<long>::max();
    return std::make_tuple(day, std::string_view(g[v].id));
  };
  std::sort(out.begin(), out.end(), [&](auto a, auto b) { return key(a) < key(b); });
  return out;
}

}  // namespace chronograph::query
