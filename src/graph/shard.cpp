// The shard file: a versioned header, then records in path order; reading, the union, decoding.
#include "chronograph/graph/shard.hpp"

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/parallel.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/ingest/reader.hpp"
#include "shard_codec.hpp"

namespace chronograph::graph {

namespace {

constexpr std::string_view kMagic = "chronograph-shard\n";

}  // namespace

std::string shard_settings(events::EventSelection events, std::string_view lexicon_fingerprint) {
  return std::string("events=") + (events == events::EventSelection::all ? "all" : "salient") +
         ";lexicon=" + std::string(lexicon_fingerprint);
}

void ShardSet::adopt_header(const ShardHeader& h, const std::string& name) {
  if (!has_header_) {
    header_ = h;
    header_from_ = name;
    has_header_ = true;
    return;
  }
  if (h.settings != header_.settings)
    throw base::InputError(name, 1, 1,
                           "extracted with " + h.settings + ", but " + header_from_ + " with " +
                               header_.settings + "; extract both with the same options");
}

void ShardSet::add_record(ShardRecord r, std::string_view where_name) {
  const auto [it, fresh] = records_.try_emplace(r.path, r);
  if (fresh) return;
  const ShardRecord& old = it->second;
  if (old.source_hash == r.source_hash && old.body == r.body) return;  // the same document twice
  throw base::InputError(std::string(where_name), 1, r.body_offset + 1,
                         "document '" + r.path + "' differs from the one in " +
                             files_[old.file]->name +
                             " (the same path with other content); extract it once");
}

void ShardSet::add_file(const std::string& path) {
  add_bytes(path, base::read_regular_file(path, UINT64_MAX, ""));
}

void ShardSet::add_bytes(std::string name, std::string bytes) {
  files_.push_back(std::make_unique<File>(File{std::move(name), std::move(bytes)}));
  const File& f = *files_.back();
  const std::size_t index = files_.size() - 1;
  base::BinaryReader in(f.bytes, f.name);
  if (std::string_view(f.bytes).substr(0, kMagic.size()) != kMagic)
    in.fail("not a chronograph shard file (made by 'chronograph extract')");
  (void)in.bytes(kMagic.size());
  const std::uint32_t version = in.u32();
  if (version != kShardFormatVersion)
    in.fail("shard format version " + std::to_string(version) + "; this chronograph reads " +
            std::to_string(kShardFormatVersion) + " (extract the documents again)");
  ShardHeader h;
  h.tool_version = std::string(in.str());
  if (h.tool_version != CHRONOGRAPH_VERSION)
    in.fail("written by chronograph " + h.tool_version + ", this is " + CHRONOGRAPH_VERSION +
            ": records depend on the version (extract the documents again)");
  h.settings = std::string(in.str());
  const std::uint64_t count = in.u64();
  // Each record takes at least 24 bytes: a count larger than that is a lie, not a reservation.
  if (count > in.remaining() / 24) in.fail("record count larger than the file");
  adopt_header(h, f.name);
  std::string_view previous;
  for (std::uint64_t i = 0; i < count; ++i) {
    ShardRecord r;
    const std::string_view path = in.str();
    if (i > 0 && path <= previous) in.fail("records out of order (paths must increase)");
    previous = path;
    r.path = std::string(path);
    r.source_hash = in.u64();
    const std::uint64_t body_hash = in.u64();
    const std::uint32_t size = in.u32();
    r.body_offset = in.offset();
    r.body = in.bytes(size);
    if (base::stable_hash(r.body) != body_hash)
      throw base::InputError(f.name, 1, r.body_offset + 1,
                             "record of '" + r.path + "' is damaged (checksum mismatch)");
    r.file = index;
    add_record(std::move(r), f.name);
  }
  if (!in.done()) in.fail("bytes after the last record");
}

void ShardSet::add_records(const ShardHeader& header, const DocumentRecords& records,
                           const std::map<std::string, std::uint64_t>& source_hash_by_path) {
  adopt_header(header, "<memory>");
  // The bodies are held like a file's bytes, one after another, so records view them the same.
  std::string bytes;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const auto& w : records.work) {
    const std::string body = encode_record(*w);
    spans.emplace_back(bytes.size(), body.size());
    bytes += body;
  }
  files_.push_back(std::make_unique<File>(File{"<memory>", std::move(bytes)}));
  const File& f = *files_.back();
  for (std::size_t i = 0; i < records.work.size(); ++i) {
    ShardRecord r;
    r.path = records.work[i]->doc->path;
    const auto it = source_hash_by_path.find(r.path);
    r.source_hash = it == source_hash_by_path.end() ? 0 : it->second;
    r.body = std::string_view(f.bytes).substr(spans[i].first, spans[i].second);
    r.body_offset = spans[i].first;
    r.file = files_.size() - 1;
    records_.erase(r.path);  // what was just extracted replaces what was held
    add_record(std::move(r), f.name);
  }
}

void ShardSet::write(const std::function<void(std::string_view)>& sink) const {
  base::BinaryWriter head;
  head.bytes(kMagic);
  head.u32(kShardFormatVersion);
  head.str(header_.tool_version);
  head.str(header_.settings);
  head.u64(records_.size());
  sink(head.data());
  for (const auto& [path, r] : records_) {
    base::BinaryWriter out;
    out.str(path);
    out.u64(r.source_hash);
    out.u64(base::stable_hash(r.body));
    out.u32(static_cast<std::uint32_t>(r.body.size()));
    sink(out.data());
    sink(r.body);
  }
}

std::string ShardSet::bytes() const {
  std::string out;
  write([&out](std::string_view chunk) { out.append(chunk); });
  return out;
}

void ShardSet::save(const std::string& path) const {
  base::PendingFile file(path);
  write([&file](std::string_view chunk) { file.write(chunk); });
  file.finish();
  file.commit();
}

DocumentRecords ShardSet::decode(unsigned threads) const {
  DocumentRecords out;
  std::vector<ingest::Document> docs;
  docs.reserve(records_.size());
  for (const auto& [path, r] : records_) {
    ingest::Document d;
    d.path = path;
    d.id = ingest::base_document_id(path);
    docs.push_back(std::move(d));
  }
  // Ids as a build over all these documents gives them: x, x-2, ... in path order.
  ingest::make_ids_unique(docs);
  out.documents = std::make_shared<std::vector<ingest::Document>>(std::move(docs));
  // Records decode independently, on up to `threads` threads (one arena each); a broken one
  // is reported as a single pass would report it: the first in path order.
  std::vector<const ShardRecord*> record;
  record.reserve(records_.size());
  for (const auto& [path, r] : records_) record.push_back(&r);
  const unsigned workers = base::workers_for(record.size(), threads);
  out.arenas.resize(workers);
  out.work.resize(record.size());
  std::vector<std::exception_ptr> errors(record.size());
  base::parallel_for(record.size(), workers, 64, [&](std::size_t from, std::size_t to, unsigned t) {
    for (std::size_t i = from; i < to; ++i) {
      try {
        const ShardRecord& r = *record[i];
        const File& f = *files_[r.file];
        const std::size_t end = r.body_offset + r.body.size();
        // A reader over the whole file, so that errors name offsets in it.
        base::BinaryReader in(std::string_view(f.bytes).substr(0, end), f.name, r.body_offset);
        auto w = std::make_unique<DocWork>();
        const ingest::Document& d = (*out.documents)[i];
        w->doc = &d;
        w->id = base::SharedText(out.documents, d.id);
        ShardCodec::read(in, *w, out.arenas[t]);
        if (!in.done()) in.fail("bad record: bytes after its end");
        out.work[i] = std::move(w);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  });
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  return out;
}

}  // namespace chronograph::graph
