// Shard files: extracted documents' records on disk, what `extract` writes and `merge` reads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph/builder.hpp"
#include "chronograph/graph/doc_work.hpp"

namespace chronograph::graph {

// Bumped whenever the bytes of a record change meaning; a shard of another version is refused.
inline constexpr std::uint32_t kShardFormatVersion = 2;

// What the records were extracted with: shards merge only when both agree, since a record
// depends on the tool and on these settings (the event selection, the lexicon).
struct ShardHeader {
  std::string tool_version;  // CHRONOGRAPH_VERSION of the writer
  std::string settings;      // "events=salient;lexicon=builtin"
  friend bool operator==(const ShardHeader&, const ShardHeader&) = default;
};

// The settings string of a header.
std::string shard_settings(events::EventSelection events, std::string_view lexicon_fingerprint);

// One document as stored: its path (documents are told apart by path; ids are made unique again
// over all documents when records are decoded), a hash of its text (to tell a changed document
// from the same one), and the encoded record.
struct ShardRecord {
  std::string path;
  std::uint64_t source_hash = 0;
  std::string_view body;
  std::size_t body_offset = 0;  // in its file, for positioned errors
  std::size_t file = 0;         // index into ShardSet's files
};

// The encoded record of one document (what ShardRecord::body holds).
std::string encode_record(const DocWork& w);

// A set of documents' records read from shard files or encoded in memory, in canonical order
// (path bytes), each path once.
class ShardSet {
 public:
  // Reads and checks a shard file and adds its records. A bad, truncated or foreign file, or
  // one written by another version or with other settings than the records already held, is a
  // base::InputError positioned in it ("file:1:<byte offset + 1>: error: ...").
  void add_file(const std::string& path);
  // The same for bytes in memory; `name` is what errors call them.
  void add_bytes(std::string name, std::string bytes);
  // Adds records encoded in memory (extract); header must agree with the set's.
  void add_records(const ShardHeader& header, const DocumentRecords& records,
                   const std::map<std::string, std::uint64_t>& source_hash_by_path);
  // Drops the record of a path, if any (a changed document about to be replaced).
  void remove(const std::string& path) { records_.erase(path); }

  const std::map<std::string, ShardRecord>& records() const { return records_; }
  const ShardHeader& header() const { return header_; }
  bool empty() const { return records_.empty(); }
  const std::string& file_name(std::size_t file) const { return files_[file]->name; }

  // The shard file holding every record, streamed to sink: the same set of records gives the
  // same bytes, however it was assembled (the reduce is associative and commutative).
  void write(const std::function<void(std::string_view)>& sink) const;
  std::string bytes() const;
  // Writes the shard file atomically (temporary + rename).
  void save(const std::string& path) const;

  // Decodes every record (checking each fully: a record that would make a later stage read out
  // of bounds is a positioned base::InputError), with ids made unique over all documents as
  // `ingest::read_documents` makes them. On up to `threads` threads; the records, and the
  // error reported for a broken one, do not depend on it.
  DocumentRecords decode(unsigned threads = 1) const;

 private:
  void add_record(ShardRecord r, std::string_view where_name);
  void adopt_header(const ShardHeader& h, const std::string& name);

  struct File {
    std::string name;
    std::string bytes;
  };
  std::vector<std::unique_ptr<File>> files_;  // records view into these (or into bodies
                                              // encoded in memory, held the same way)
  std::map<std::string, ShardRecord> records_;
  ShardHeader header_;
  bool has_header_ = false;
  std::string header_from_;  // the file the header was first seen in, for errors
};

}  // namespace chronograph::graph
