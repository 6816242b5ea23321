// One document's record in a shard: DocWork to bytes and back, every index checked on the way in.
#include <bit>
#include <cstring>
#include <stdexcept>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/graph/shard.hpp"
#include "shard_codec.hpp"

namespace chronograph::graph {

namespace {

// Numbers are LEB128 varints (signed ones zigzagged): offsets, indices and string ids are
// mostly small, and fixed 4-byte fields made a shard 1.5 times its input.
void put_var(base::BinaryWriter& out, std::uint32_t v) {
  while (v >= 0x80) {
    out.u8(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.u8(static_cast<std::uint8_t>(v));
}
void put_svar(base::BinaryWriter& out, std::int32_t v) {
  put_var(out, (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31));
}
// An optional index: 0 for none, else the index + 1.
void put_index(base::BinaryWriter& out, Index i) {
  put_var(out, i ? static_cast<std::uint32_t>(*i) + 1 : 0);
}
void put_day(base::BinaryWriter& out, const std::optional<date::sys_days>& d) {
  out.u8(d ? 1 : 0);
  if (d) out.i32(d->time_since_epoch().count());
}
void put_shift(base::BinaryWriter& out, const std::optional<temporal::Shift>& s) {
  out.u8(s ? 1 : 0);
  if (s) {
    out.i32(s->amount);
    out.u8(static_cast<std::uint8_t>(s->unit));
  }
}

// Reads one record, failing (positioned) on anything a later stage could not use.
class RecordReader {
 public:
  explicit RecordReader(base::BinaryReader& in) : in_(in) {}

  template <typename Enum>
  Enum enumerated(unsigned last) {
    const unsigned v = in_.u8();
    if (v > last) in_.fail("bad record: value " + std::to_string(v) + " out of range");
    return static_cast<Enum>(v);
  }
  bool flag() { return enumerated<std::uint8_t>(1) != 0; }
  std::uint32_t var() {
    std::uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t b = in_.u8();
      if (shift == 28 && b > 0x0F) in_.fail("bad record: number out of range");
      v |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
  }
  std::int32_t svar() {
    const std::uint32_t v = var();
    return static_cast<std::int32_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  std::uint32_t below(std::size_t count, const char* what) {
    const std::uint32_t v = var();
    if (v >= count) in_.fail(std::string("bad record: ") + what + " index out of range");
    return v;
  }
  Index index(std::size_t count, const char* what) {
    const std::uint32_t v = var();
    if (v == 0) return {};
    if (v - 1 >= count) in_.fail(std::string("bad record: ") + what + " index out of range");
    return std::optional<std::size_t>(v - 1);
  }
  std::optional<date::sys_days> day() {
    if (!flag()) return std::nullopt;
    return date::sys_days(date::days(in_.i32()));
  }
  std::optional<temporal::Shift> shift() {
    if (!flag()) return std::nullopt;
    temporal::Shift s;
    s.amount = in_.i32();
    s.unit = enumerated<temporal::Unit>(static_cast<unsigned>(temporal::Unit::century));
    return s;
  }
  // A count of items each at least `min_bytes` long: bounds what is reserved for a lie.
  std::uint32_t count(std::size_t min_bytes) {
    const std::uint32_t n = var();
    if (static_cast<std::uint64_t>(n) * min_bytes > in_.remaining())
      in_.fail("bad record: more items than bytes left");
    return n;
  }
  base::BinaryReader& in() { return in_; }

 private:
  base::BinaryReader& in_;
};

}  // namespace

void ShardCodec::write(base::BinaryWriter& out, const DocWork& w) {
  out.str(w.title);
  out.u8(w.fixed ? 1 : 0);
  if (w.fixed) {
    out.str(w.fixed->value);
    put_day(out, w.fixed->earliest);
    put_day(out, w.fixed->latest);
    out.u8(static_cast<std::uint8_t>(w.fixed->basis));
    out.str(w.fixed_rule);
  }
  out.u8(w.dct ? 1 : 0);
  if (w.dct) {
    out.i32(w.dct->day.time_since_epoch().count());
    put_var(out, static_cast<std::uint32_t>(w.dct->start));
    put_var(out, static_cast<std::uint32_t>(w.dct->end));
    out.str(w.dct->rule);
  }
  // The string pool: its bytes, then (offset, size) of each string.
  std::size_t pool_size = 0;
  for (const auto& [at, size] : w.strings_) pool_size = std::max<std::size_t>(pool_size, at + size);
  out.str(std::string_view(w.pool_.get(), pool_size));
  put_var(out, static_cast<std::uint32_t>(w.strings_.size()));
  for (const auto& [at, size] : w.strings_) {
    put_var(out, at);
    put_var(out, size);
  }
  put_var(out, static_cast<std::uint32_t>(w.list_items_.size()));
  for (const StrId s : w.list_items_) put_var(out, s);
  put_var(out, w.places_mentioned.first);
  put_var(out, w.places_mentioned.count);
  put_var(out, static_cast<std::uint32_t>(w.dates.size()));
  for (const DateFacts& d : w.dates) {
    put_var(out, d.start);
    put_var(out, d.end);
    put_day(out, d.earliest);
    put_day(out, d.latest);
    put_var(out, d.value);
    out.u8(static_cast<std::uint8_t>(d.type));
    out.u8(static_cast<std::uint8_t>(d.reference));
    put_shift(out, d.dct_shift);
    put_shift(out, d.anchor_offset);
    put_var(out, d.line);
    put_var(out, d.column);
  }
  put_var(out, static_cast<std::uint32_t>(w.mentions.size()));
  for (const MentionFacts& m : w.mentions) write_mention(out, m);
  put_var(out, static_cast<std::uint32_t>(w.links.size()));
  for (const events::MentionLink& l : w.links) {
    put_var(out, static_cast<std::uint32_t>(l.from));
    put_var(out, static_cast<std::uint32_t>(l.to));
    out.u8(static_cast<std::uint8_t>(l.type));
    put_var(out, static_cast<std::uint32_t>(l.start));
    put_var(out, static_cast<std::uint32_t>(l.end));
    out.str(l.rule);
    put_var(out, static_cast<std::uint32_t>(l.cue_start));
    put_var(out, static_cast<std::uint32_t>(l.cue_end));
    out.u64(std::bit_cast<std::uint64_t>(l.confidence));
    out.str(l.claimed_by);
  }
  // The kept text: its regions, then its bytes.
  put_var(out, static_cast<std::uint32_t>(w.kept.regions_.size()));
  for (const auto& r : w.kept.regions_) {
    put_var(out, static_cast<std::uint32_t>(r.start));
    put_var(out, static_cast<std::uint32_t>(r.end));
    put_var(out, static_cast<std::uint32_t>(r.at));
  }
  out.str(w.kept.bytes_.view());
}

void ShardCodec::write_mention(base::BinaryWriter& out, const MentionFacts& m) {
  for (const std::uint32_t v : {m.start, m.end, m.sentence_start, m.sentence_end, m.sentence})
    put_var(out, v);
  for (const Index i : {m.timex, m.anchor_timex, m.since_timex, m.anchor_mention})
    put_index(out, i);
  put_svar(out, m.claim_group);
  put_svar(out, m.ordinal);
  for (const StrId s : {m.type, m.label, m.name, m.speaker, m.speaker_role}) put_var(out, s);
  for (const StrList l : {m.actors, m.places}) {
    put_var(out, l.first);
    put_var(out, l.count);
  }
  put_var(out, m.line);
  put_var(out, m.column);
  out.u8(static_cast<std::uint8_t>(m.tense));
  out.u8(static_cast<std::uint8_t>(m.kind));
  for (const bool b : {m.headline, m.specific, m.definite, m.title, m.open_domain, m.dct_dated})
    out.u8(b ? 1 : 0);
  out.u8(static_cast<std::uint8_t>(m.event_class));
  out.u8(static_cast<std::uint8_t>(m.factuality));
  put_var(out, m.cue_start);
  put_var(out, m.cue_end);
  put_svar(out, m.confidence);
}

void ShardCodec::read(base::BinaryReader& in, DocWork& w, base::TextArena& arena) {
  RecordReader r(in);
  w.title = std::string(in.str());
  if (r.flag()) {
    base::DateValue v;
    v.value = std::string(in.str());
    v.earliest = r.day();
    v.latest = r.day();
    v.basis = r.enumerated<base::Basis>(static_cast<unsigned>(base::Basis::unknown));
    w.fixed = v;
    w.fixed_rule = std::string(in.str());
  }
  if (r.flag()) {
    temporal::DctGuess g{date::sys_days(date::days(in.i32())), 0, 0, {}};
    g.start = r.var();
    g.end = r.var();
    g.rule = std::string(in.str());
    w.dct = std::move(g);
  }
  const std::string_view pool = in.str();
  w.pool_ = std::make_unique<char[]>(pool.size());
  if (!pool.empty()) std::memcpy(w.pool_.get(), pool.data(), pool.size());
  w.strings_.resize(r.count(2));
  for (auto& [at, size] : w.strings_) {
    at = r.var();
    size = r.var();
    if (at > pool.size() || size > pool.size() - at) in.fail("bad record: string out of its pool");
  }
  if (w.strings_.empty() || w.strings_[0].second != 0) in.fail("bad record: string 0 is not ''");
  const std::size_t strings = w.strings_.size();
  w.list_items_.resize(r.count(1));
  for (StrId& s : w.list_items_) s = r.below(strings, "string");
  auto list = [&] {
    StrList l;
    l.first = r.var();
    l.count = r.var();
    if (l.first > w.list_items_.size() || l.count > w.list_items_.size() - l.first)
      in.fail("bad record: list out of range");
    return l;
  };
  w.places_mentioned = list();
  w.dates.resize(r.count(10));
  for (DateFacts& d : w.dates) {
    d.start = r.var();
    d.end = r.var();
    d.earliest = r.day();
    d.latest = r.day();
    d.value = r.below(strings, "string");
    d.type = r.enumerated<temporal::TimexType>(static_cast<unsigned>(temporal::TimexType::set));
    d.reference =
        r.enumerated<temporal::Reference>(static_cast<unsigned>(temporal::Reference::none));
    d.dct_shift = r.shift();
    d.anchor_offset = r.shift();
    d.line = r.var();
    d.column = r.var();
  }
  const std::uint32_t mentions = r.count(30);
  w.mentions.resize(mentions);
  for (MentionFacts& m : w.mentions) {
    m.start = r.var();
    m.end = r.var();
    m.sentence_start = r.var();
    m.sentence_end = r.var();
    m.sentence = r.var();
    m.timex = r.index(w.dates.size(), "date");
    m.anchor_timex = r.index(w.dates.size(), "date");
    m.since_timex = r.index(w.dates.size(), "date");
    m.anchor_mention = r.index(mentions, "mention");
    m.claim_group = r.svar();
    m.ordinal = r.svar();
    for (StrId* s : {&m.type, &m.label, &m.name, &m.speaker, &m.speaker_role})
      *s = r.below(strings, "string");
    m.actors = list();
    m.places = list();
    m.line = r.var();
    m.column = r.var();
    m.tense = static_cast<std::int8_t>(in.u8());
    m.kind = r.enumerated<events::EventKind>(static_cast<unsigned>(events::EventKind::claim));
    for (bool* b : {&m.headline, &m.specific, &m.definite, &m.title, &m.open_domain, &m.dct_dated})
      *b = r.flag();
    m.event_class =
        r.enumerated<events::EventClass>(static_cast<unsigned>(events::EventClass::perception));
    m.factuality =
        r.enumerated<events::Factuality>(static_cast<unsigned>(events::Factuality::intended));
    m.cue_start = r.var();
    m.cue_end = r.var();
    m.confidence = r.svar();
  }
  w.links.resize(r.count(16));
  for (events::MentionLink& l : w.links) {
    l.from = r.below(mentions, "mention");
    l.to = r.below(mentions, "mention");
    l.type = r.enumerated<events::LinkType>(static_cast<unsigned>(events::LinkType::claim_about));
    l.start = r.var();
    l.end = r.var();
    l.rule = std::string(in.str());
    l.cue_start = r.var();
    l.cue_end = r.var();
    l.confidence = std::bit_cast<double>(in.u64());
    l.claimed_by = std::string(in.str());
  }
  read_kept(r.count(3), in, w.kept, arena);
  check_spans(in, w);
}

void ShardCodec::read_kept(std::uint32_t regions, base::BinaryReader& in, KeptText& kept,
                           base::TextArena& arena) {
  RecordReader r(in);
  kept.regions_.resize(regions);
  std::size_t end = 0, at = 0;
  for (auto& g : kept.regions_) {
    g.start = r.var();
    g.end = r.var();
    g.at = r.var();
    // Sorted, disjoint and packed: the bytes of region i follow those of region i - 1.
    if (g.start < end || g.end < g.start || g.at != at)
      in.fail("bad record: kept text regions out of order");
    end = g.end;
    at += g.end - g.start;
  }
  const std::string_view bytes = in.str();
  if (bytes.size() != at) in.fail("bad record: kept text size does not match its regions");
  kept.bytes_ = arena.copy(bytes);
}

void ShardCodec::check_spans(base::BinaryReader& in, const DocWork& w) {
  // Every span a later stage quotes must lie in the kept text (KeptText::region).
  auto kept = [&](std::size_t start, std::size_t end) {
    try {
      (void)w.kept.region(start, end);
    } catch (const std::logic_error&) {
      in.fail("bad record: quotes bytes " + std::to_string(start) + "-" + std::to_string(end) +
              " it did not keep");
    }
  };
  for (const MentionFacts& m : w.mentions) {
    kept(m.sentence_start, m.sentence_end);
    kept(m.start, m.end);
    if (m.cue_end > m.cue_start) kept(m.cue_start, m.cue_end);
  }
  for (const DateFacts& d : w.dates) kept(d.start, d.end);
  for (const events::MentionLink& l : w.links) {
    kept(l.start, l.end);
    if (l.cue_end > l.cue_start) kept(l.cue_start, l.cue_end);
  }
  if (w.dct) kept(w.dct->start, w.dct->end);
}

std::string encode_record(const DocWork& w) {
  base::BinaryWriter out;
  ShardCodec::write(out, w);
  return std::move(out.data());
}

}  // namespace chronograph::graph
