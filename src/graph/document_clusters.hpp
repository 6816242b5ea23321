// Private to src/graph: clustering step 1, one document's mentions into its own clusters.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "chronograph/base/text.hpp"
#include "chronograph/events/tokenizer.hpp"
#include "chronograph/graph/clustering.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "cluster_summary.hpp"

namespace chronograph::graph::detail {

// One document's clusters, numbered from 0 in creation order. Their summaries' string ids
// (types, names, places, actors, words) index `strings`, in the order the document first
// used them, and their anchors name clusters of this document.
struct DocumentClusters {
  std::vector<std::vector<MentionRef>> members;  // per cluster, in the order mentions joined
  std::vector<long> cluster_index;               // per mention: its cluster or -1
  std::vector<Summary> summaries;                // per cluster
  std::vector<std::string> strings;              // string id -> text
};

// What clustering a document needs besides the document: reused from one to the next.
struct DocumentScratch {
  base::StringMap<int> interned;
  std::vector<Summary> base;  // per mention: its facts that clustering does not change
  std::vector<int> global;    // the document's StrIds as string ids, -1 until used
  std::vector<events::Token> toks;
  struct SentenceWord {
    std::size_t start, end;
    int id;
  };
  std::vector<SentenceWord> sentence_words;
  std::string word;
};

// Within a document, specific mentions (dated, numbered, named or placed) found clusters and
// definite ones ("the talks") join the recent or salient cluster of their type; generic ones
// are dropped. Reads only document d's record: documents can be clustered at once.
DocumentClusters cluster_document(const DocWorks& work, std::size_t d, DocumentScratch& scratch);

}  // namespace chronograph::graph::detail
