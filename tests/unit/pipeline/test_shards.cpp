// extract + merge == build: any split into shards, any tree of partial merges, byte for byte.
#include <doctest/doctest.h>

#include <random>

#include "../test_support.hpp"
#include "chronograph/ingest/reader.hpp"
#include "chronograph/pipeline/build.hpp"
#include "chronograph/pipeline/shards.hpp"

using namespace chronograph;
using test_support::source_dir;
using test_support::TempDir;

namespace {

std::string json_of(const graph::Timeline& t) {
  std::string out;
  pipeline::write_output(t, "json", [&out](std::string_view chunk) { out.append(chunk); });
  return out;
}

// The sample corpus and the topic corpora: documents of several stories at once.
std::vector<std::string> all_documents() {
  std::vector<std::string> dirs = {(source_dir() / "data/corpus").string()};
  for (const char* c : {"city", "merger", "quake", "storm", "trade"})
    dirs.push_back((source_dir() / "tests/corpora" / c).string());
  return ingest::collect_inputs(dirs);
}

pipeline::BuildRequest request(std::vector<std::string> inputs) {
  pipeline::BuildRequest req;
  req.inputs = std::move(inputs);
  req.no_overrides = true;
  return req;
}

}  // namespace

TEST_CASE("extract + merge gives build's graph for random splits and merge trees") {
  const std::vector<std::string> docs = all_documents();
  REQUIRE(docs.size() > 10);
  const std::string built = json_of(pipeline::build(request(docs)));
  TempDir dir;
  std::mt19937 rng(16);
  for (int trial = 0; trial < 10; ++trial) {
    CAPTURE(trial);
    // A random split into 1..5 shards (a document may go to two: kept once).
    const std::size_t n = 1 + rng() % 5;
    std::vector<std::vector<std::string>> parts(n);
    for (const auto& d : docs) {
      parts[rng() % n].push_back(d);
      if (rng() % 10 == 0) parts[rng() % n].push_back(d);
    }
    std::vector<std::string> shards;
    for (std::size_t i = 0; i < n; ++i) {
      if (parts[i].empty()) continue;
      const std::string file =
          (dir / ("t" + std::to_string(trial) + "-" + std::to_string(i))).string();
      auto req = request(parts[i]);
      req.threads = 1 + static_cast<unsigned>(rng() % 2);
      pipeline::extract(req, file);
      shards.push_back(file);
    }
    // Partial merges of random pairs, in random order, until a random number remain.
    std::shuffle(shards.begin(), shards.end(), rng);
    int step = 0;
    while (shards.size() > 1 && rng() % 3 != 0) {
      const std::string a = shards.back();
      shards.pop_back();
      const std::size_t j = rng() % shards.size();
      const std::string out =
          (dir / ("t" + std::to_string(trial) + "-m" + std::to_string(step++))).string();
      pipeline::merge_partial({shards[j], a}, out);
      shards[j] = out;
    }
    std::shuffle(shards.begin(), shards.end(), rng);
    CHECK(json_of(pipeline::merge(shards, request({}), std::nullopt)) == built);
  }
}

TEST_CASE("build --state: a new document about another story leaves every old id as it was") {
  const std::string sample = (source_dir() / "data/corpus").string();
  const std::string quake = (source_dir() / "tests/corpora/quake").string();
  TempDir dir;
  auto req = request({sample});
  req.state_dir = (dir / "state").string();
  const graph::Timeline before = pipeline::build(req);
  std::set<std::string> old_ids;
  for (auto v : boost::make_iterator_range(boost::vertices(before.graph)))
    old_ids.insert(before.graph[v].id);
  REQUIRE(!old_ids.empty());

  // Only the new documents given: the old ones come from the state.
  req.inputs = {ingest::collect_inputs({quake}).front()};
  const graph::Timeline after = pipeline::build(req);
  std::set<std::string> new_ids;
  for (auto v : boost::make_iterator_range(boost::vertices(after.graph)))
    new_ids.insert(after.graph[v].id);
  CHECK(after.documents.size() == before.documents.size() + 1);
  for (const auto& id : old_ids) CHECK_MESSAGE(new_ids.count(id) == 1, id);
  CHECK(new_ids.size() > old_ids.size());
  // The same as a build of all of them.
  CHECK(json_of(after) ==
        json_of(pipeline::build(request({sample, ingest::collect_inputs({quake}).front()}))));
}
