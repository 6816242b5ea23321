// Graph assembly (placeholder until merging and date reasoning land).
#include "chronograph/graph/builder.hpp"

#include "chronograph/ingest/layout.hpp"
#include "chronograph/temporal/dct.hpp"

namespace chronograph::graph {

Timeline build_timeline(const std::vector<ingest::Document>& docs, const events::Lexicon&,
                        const BuildOptions& options) {
  Timeline t;
  temporal::Tagger tagger;
  for (const auto& d : docs) {
    DocumentInfo info;
    info.id = d.id;
    info.path = d.path;
    const auto layout = ingest::analyze_layout(d.text);
    if (layout.title_line >= 0) {
      const auto& l = layout.lines[static_cast<std::size_t>(layout.title_line)];
      info.title = d.text.substr(l.start, l.end - l.start);
    }
    if (options.dct_for_all) info.published = base::day_value(*options.dct_for_all, base::Basis::header);
    t.documents.push_back(std::move(info));
  }
  canonicalize(t);
  return t;
}

}  // namespace chronograph::graph
