// Fuzz target: a shard record, wrapped in a valid header with a correct checksum (else the
// checksum alone would turn nearly every input away), decoded and, when accepted, solved: what
// the decoder lets through must not make a later stage read out of bounds.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/graph/shard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chronograph;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  base::BinaryWriter out;
  out.bytes("chronograph-shard\n");
  out.u32(graph::kShardFormatVersion);
  out.str(CHRONOGRAPH_VERSION);
  out.str(graph::shard_settings(events::EventSelection::salient, "builtin"));
  out.u64(1);
  out.str("fuzz.txt");
  out.u64(0);
  out.u64(base::stable_hash(body));
  out.u32(static_cast<std::uint32_t>(body.size()));
  out.bytes(body);
  try {
    graph::ShardSet set;
    set.add_bytes("fuzz.shard", std::move(out.data()));
    graph::BuildOptions options;
    (void)graph::solve_records(set.decode(), events::default_lexicon(), options);
  } catch (const base::InputError& e) {
    if (e.file() != "fuzz.shard") throw;
  }
  return 0;
}
