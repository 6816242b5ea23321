// Causes and effects trees by depth-first search along causal links.
#include "chronograph/query/causal.hpp"

#include <algorithm>
#include <tuple>

namespace chronograph::query {

namespace {

long date_key(const graph::EventNode& n) {
  if (n.date.earliest) return n.date.earliest->time_since_epoch().count();
  if (n.date.latest) return n.date.latest->time_since_epoch().count();
  return std::numeric_limits<long>::max();
}

}  // namespace

std::vector<TreeEntry> causal_tree(const graph::EventGraph& g, graph::Vertex root, Direction dir,
                                   std::size_t max_depth, std::size_t limit) {
  std::vector<TreeEntry> out;
  std::vector<bool> seen(boost::num_vertices(g), false);
  // Explicit stack: deep chains in big graphs must not overflow the call stack.
  std::vector<TreeEntry> stack{TreeEntry{root, 0, std::nullopt, false}};
  std::vector<Step> steps;
  while (!stack.empty()) {
    TreeEntry entry = stack.back();
    stack.pop_back();
    if (out.size() >= limit) {
      if (!out.empty()) out.back().more = true;  // rows left unlisted
      break;
    }
    entry.repeated = seen[entry.vertex];
    out.push_back(entry);
    if (entry.repeated) continue;
    steps.clear();
    for_each_causal_step(g, entry.vertex, dir, [&](const Step& s) { steps.push_back(s); });
    if (entry.depth >= max_depth) {
      out.back().more = !steps.empty();
      continue;
    }
    seen[entry.vertex] = true;
    std::sort(steps.begin(), steps.end(), [&](const Step& a, const Step& b) {
      return std::make_tuple(date_key(g[a.next]), std::string_view(g[a.next].id)) <
             std::make_tuple(date_key(g[b.next]), std::string_view(g[b.next].id));
    });
    // Pushed in reverse so that the earliest child is shown first.
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
      stack.push_back(TreeEntry{it->next, entry.depth + 1, it->edge, false});
  }
  return out;
}

}  // namespace chronograph::query
