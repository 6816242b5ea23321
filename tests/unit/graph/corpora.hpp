// Test support for the small corpora of other topics (tests/corpora/): building one through the
// library, and finding vertices and documents in the timeline it makes.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string_view>
#include <vector>

#include "../test_support.hpp"
#include "chronograph/pipeline/build.hpp"

namespace chronograph::testing {

inline graph::Timeline build_dir(const char* dir, const char* lexicon = nullptr) {
  pipeline::BuildRequest req;
  req.inputs = {(test_support::source_dir() / "tests/corpora" / dir).string()};
  req.no_overrides = true;
  if (lexicon) req.lexicon_path = (test_support::source_dir() / "tests/corpora" / lexicon).string();
  return pipeline::build(req);
}

inline std::vector<graph::Vertex> find_all(
    const graph::Timeline& t, const std::function<bool(const graph::EventNode&)>& pred) {
  std::vector<graph::Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(t.graph)))
    if (pred(t.graph[v])) out.push_back(v);
  return out;
}

inline const graph::DocumentInfo& doc(const graph::Timeline& t, std::string_view id) {
  auto it = std::find_if(t.documents.begin(), t.documents.end(),
                         [&](const graph::DocumentInfo& d) { return d.id == id; });
  REQUIRE(it != t.documents.end());
  return *it;
}

}  // namespace chronograph::testing
