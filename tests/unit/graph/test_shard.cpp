// Shard files: records round-trip, the union's rules, and bad shards as positioned errors.
#include <doctest/doctest.h>

#include "../test_support.hpp"
#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/shard.hpp"
#include "chronograph/ingest/reader.hpp"

using namespace chronograph;
using test_support::source_dir;

namespace {

graph::ShardHeader header() {
  return {CHRONOGRAPH_VERSION, graph::shard_settings(events::EventSelection::salient, "builtin")};
}

// A shard of the documents under `dir` (relative to the sources), as extract writes it.
std::string shard_of(const std::vector<std::string>& paths) {
  std::vector<ingest::Document> docs = ingest::read_documents(paths);
  std::map<std::string, std::uint64_t> hashes;
  for (const auto& d : docs) hashes[d.path] = base::stable_hash(d.text);
  graph::BuildOptions opts;
  const auto records = graph::extract_records(std::move(docs), events::default_lexicon(), opts);
  graph::ShardSet set;
  set.add_records(header(), records, hashes);
  return set.bytes();
}

std::string sample_dir() { return (source_dir() / "data/corpus").string(); }

// The error a shard's bytes give when read and decoded, or "" when they are fine.
std::string error_of(std::string bytes) {
  try {
    graph::ShardSet set;
    set.add_bytes("bad.shard", std::move(bytes));
    (void)set.decode();
    return "";
  } catch (const base::InputError& e) {
    return e.what();
  }
}

}  // namespace

TEST_CASE("a shard's records decode to records that encode to the same bytes") {
  const std::string bytes = shard_of({sample_dir()});
  graph::ShardSet set;
  set.add_bytes("sample.shard", bytes);
  CHECK(set.records().size() == 5);
  const graph::DocumentRecords decoded = set.decode();
  REQUIRE(decoded.work.size() == 5);
  std::size_t i = 0;
  for (const auto& [path, r] : set.records()) {
    CHECK(decoded.work[i]->doc->path == path);
    CHECK(graph::encode_record(*decoded.work[i]) == r.body);
    ++i;
  }
  // Written again, the same bytes.
  CHECK(set.bytes() == bytes);
}

TEST_CASE("the union of shards keeps a document once and refuses one path with two contents") {
  const std::string sample = (source_dir() / "data/corpus").string();
  const std::string a =
      shard_of({sample + "/000_fcddff1057b4863f.txt", sample + "/001_042fe7f6d9811a1e.txt"});
  const std::string b =
      shard_of({sample + "/001_042fe7f6d9811a1e.txt", sample + "/002_df9fc6c6dcb696bb.txt"});
  graph::ShardSet ab, ba;
  ab.add_bytes("a", a);
  ab.add_bytes("b", b);
  ba.add_bytes("b", b);
  ba.add_bytes("a", a);
  CHECK(ab.records().size() == 3);
  CHECK(ab.bytes() == ba.bytes());
  CHECK(ab.bytes() ==
        shard_of({sample + "/000_fcddff1057b4863f.txt", sample + "/001_042fe7f6d9811a1e.txt",
                  sample + "/002_df9fc6c6dcb696bb.txt"}));

  // The same path, other content: an error naming both shards.
  test_support::TempDir dir;
  const auto path = (dir / "x.txt").string();
  test_support::write_file(path, "Talks\n\nRussia and Ukraine held talks on 2 June 2025.\n");
  const std::string one = shard_of({path});
  test_support::write_file(path, "Strikes\n\nRussia launched strikes on 1 June 2025.\n");
  const std::string two = shard_of({path});
  graph::ShardSet set;
  set.add_bytes("one.shard", one);
  try {
    set.add_bytes("two.shard", two);
    FAIL("expected an error");
  } catch (const base::InputError& e) {
    const std::string what = e.what();
    CHECK(what.rfind("two.shard:1:", 0) == 0);
    CHECK(what.find("one.shard") != std::string::npos);
    CHECK(what.find("x.txt") != std::string::npos);
  }
}

TEST_CASE("a bad, truncated or foreign shard is one positioned error") {
  const std::string good = shard_of({sample_dir()});
  CHECK(error_of(good).empty());
  CHECK(error_of("").find("bad.shard:1:1: error: not a chronograph shard") == 0);
  CHECK(error_of("{\"graph\": 1}\n").find("not a chronograph shard") != std::string::npos);
  // Cut anywhere: an error, never a crash.
  for (std::size_t cut = 1; cut < good.size(); cut += 97) {
    const std::string e = error_of(good.substr(0, cut));
    CHECK_MESSAGE(e.rfind("bad.shard:1:", 0) == 0, cut);
  }
  // Another format version or tool version.
  std::string other = good;
  other[18] = 9;
  CHECK(error_of(other).find("shard format version 9") != std::string::npos);
  other = good;
  other[18 + 4 + 4] ^= 1;  // the first byte of the tool version
  CHECK(error_of(other).find("written by chronograph") != std::string::npos);
  // A byte flipped in a record: its checksum says so.
  other = good;
  other[good.size() - 10] ^= 0x55;
  CHECK(error_of(other).find("damaged (checksum mismatch)") != std::string::npos);
  // Bytes after the last record.
  CHECK(error_of(good + "x").find("bytes after the last record") != std::string::npos);
}

TEST_CASE("a hostile record with a valid checksum is refused before any stage reads it") {
  // A record whose first mention names date 1000 (there are far fewer): rebuilt by hand with a
  // correct checksum, as a forger would.
  const std::string good = shard_of({sample_dir() + "/000_fcddff1057b4863f.txt"});
  graph::ShardSet set;
  set.add_bytes("good", good);
  const graph::ShardRecord& r = set.records().begin()->second;
  const graph::DocumentRecords decoded = set.decode();
  graph::DocWork& w = *decoded.work[0];
  REQUIRE(!w.mentions.empty());
  auto forge = [&](auto&& change) {
    graph::DocWork& target = *decoded.work[0];
    const auto saved = target.mentions[0];
    change(target);
    const std::string body = graph::encode_record(target);
    target.mentions[0] = saved;
    base::BinaryWriter out;
    out.bytes(good.substr(0, r.body_offset - 4 - 8 - 8));
    out.u64(r.source_hash);
    out.u64(base::stable_hash(body));
    out.u32(static_cast<std::uint32_t>(body.size()));
    out.bytes(body);
    return error_of(out.data());
  };
  CHECK(forge([](graph::DocWork& t) {
          t.mentions[0].timex = std::optional<std::size_t>(1000);
        }).find("date index out of range") != std::string::npos);
  CHECK(forge([](graph::DocWork& t) {
          t.mentions[0].type = 100000;
        }).find("string index out of range") != std::string::npos);
  CHECK(forge([](graph::DocWork& t) {
          t.mentions[0].sentence_end = 4000000000u;
        }).find("did not keep") != std::string::npos);
  CHECK(forge([](graph::DocWork& t) {
          t.mentions[0].anchor_mention = std::optional<std::size_t>(99999);
        }).find("mention index out of range") != std::string::npos);
}
