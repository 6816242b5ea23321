// Grouping event mentions into one cluster per real event, within and across documents.
#pragma once
#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "chronograph/base/date_value.hpp"
#include "chronograph/base/evidence.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/graph/model.hpp"

namespace chronograph::graph {

struct MentionRef {
  std::size_t doc = 0;
  std::size_t index = 0;  // into DocWork::mentions
};

struct ClusterLink {
  std::size_t from = 0, to = 0;  // cluster indices
  LinkType type = LinkType::causes;
  std::vector<LinkSource> sources;  // every document's, sorted by (doc id, start, end)
  const base::Evidence& evidence() const { return sources.front().evidence; }
};

struct Clustering {
  std::vector<std::vector<MentionRef>> members;  // per cluster, in document order
  std::vector<ClusterLink> links;                // one per (from, to, type), no self-links
  std::vector<std::vector<long>> cluster_index;  // per doc, per mention: cluster or -1

  std::optional<std::size_t> cluster_of(std::size_t doc, std::size_t mention) const;
};

// Within a document, specific mentions (dated, numbered, named or placed) found clusters and
// definite ones ("the talks") join the recent or salient cluster of their type; generic ones
// are dropped. Across documents, clusters of one type merge when compatible (no conflicting
// ordinal, name or date) and supported by enough shared evidence (ordinal, name, anchor event,
// exact day, place, actors). Deterministic: depends only on the input order of documents, not
// on `threads` (documents are clustered within themselves on that many threads).
Clustering cluster_mentions(const DocWorks& work, unsigned threads = 1);

// The documents' mention links between the clusters their ends are in (self-links dropped).
std::vector<ClusterLink> cluster_links(const DocWorks& work, const Clustering& clusters);

}  // namespace chronograph::graph
