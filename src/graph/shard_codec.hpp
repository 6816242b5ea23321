// Private to src/graph: the shard format's access to the inside of records (DocWork, KeptText).
#pragma once
#include <cstdint>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/shared_text.hpp"
#include "chronograph/graph/doc_work.hpp"
#include "chronograph/graph/kept_text.hpp"

namespace chronograph::graph {

struct ShardCodec {
  static void write(base::BinaryWriter& out, const DocWork& w);
  // Reads what write wrote into w (whose doc and id the caller sets), the kept bytes into arena.
  // Anything out of range fails through `in`, positioned.
  static void read(base::BinaryReader& in, DocWork& w, base::TextArena& arena);

 private:
  static void write_mention(base::BinaryWriter& out, const MentionFacts& m);
  static void read_kept(std::uint32_t regions, base::BinaryReader& in, KeptText& kept,
                        base::TextArena& arena);
  static void check_spans(base::BinaryReader& in, const DocWork& w);
};

}  // namespace chronograph::graph
