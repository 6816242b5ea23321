// EVENT argument resolution with ambiguity and "did you mean" reporting.
#include "chronograph/query/pick.hpp"

#include <algorithm>

#include "chronograph/base/suggest.hpp"
#include "chronograph/graph/select.hpp"

namespace chronograph::query {

graph::Vertex pick_event(const graph::Timeline& t, const GraphIndex& index,
                         std::string_view words) {
  if (auto v = index.find(words)) return *v;
  const graph::Selection sel = graph::select_event(t, words);
  if (sel.matches.size() == 1) return sel.matches.front();
  const std::string quoted = "'" + std::string(words) + "'";
  if (sel.matches.empty()) {
    std::string hint;
    // Only a single token can be a mistyped id; a phrase gets no id suggestion.
    if (words.find(' ') == std::string_view::npos && words.find('-') != std::string_view::npos) {
      std::vector<std::string> ids;
      for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
        ids.push_back(t.graph[v].id);
      hint = base::did_you_mean(words, ids);
    }
    throw PickError("no event matches " + quoted + hint, {});
  }
  throw PickError(quoted + " matches " + std::to_string(sel.matches.size()) +
                      " events; name one by its id or add words or a date",
                  sel.matches);
}

}  // namespace chronograph::query
