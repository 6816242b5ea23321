// The links between clusters: the documents' mention links lifted to their clusters.
#include <algorithm>
#include <map>
#include <tuple>

#include "chronograph/graph/clustering.hpp"

namespace chronograph::graph {

// One link per (from, to, type), holding every sentence that states it, sorted so that the
// order of the documents given does not show.
std::vector<ClusterLink> cluster_links(const DocWorks& work, const Clustering& clusters) {
  std::vector<ClusterLink> links;
  std::map<std::tuple<std::size_t, std::size_t, int>, std::size_t> link_of;
  for (std::size_t d = 0; d < work.size(); ++d) {
    const DocWork& w = *work[d];
    for (const auto& l : w.links) {
      const long a = clusters.cluster_index[d][l.from], b = clusters.cluster_index[d][l.to];
      if (a < 0 || b < 0 || a == b) continue;
      const auto key = std::make_tuple(static_cast<std::size_t>(a), static_cast<std::size_t>(b),
                                       static_cast<int>(l.type));
      const auto [it, fresh] = link_of.emplace(key, links.size());
      if (fresh)
        links.push_back({static_cast<std::size_t>(a), static_cast<std::size_t>(b), l.type, {}});
      LinkSource src;
      src.evidence = w.evidence(l.start, l.end);
      if (l.cue_end > l.cue_start) src.cue = w.evidence(l.cue_start, l.cue_end);
      src.rule = l.rule;
      src.confidence = l.confidence;
      src.claimed_by = l.claimed_by;
      links[it->second].sources.push_back(std::move(src));
    }
  }
  for (auto& l : links) {
    const auto key = [](const LinkSource& s) {
      return std::make_tuple(s.evidence.doc.view(), s.evidence.start, s.evidence.end,
                             s.cue ? s.cue->start : 0, s.rule);
    };
    std::sort(l.sources.begin(), l.sources.end(),
              [&](const LinkSource& x, const LinkSource& y) { return key(x) < key(y); });
    l.sources.erase(
        std::unique(l.sources.begin(), l.sources.end(),
                    [&](const LinkSource& x, const LinkSource& y) { return key(x) == key(y); }),
        l.sources.end());
  }
  return links;
}

}  // namespace chronograph::graph
