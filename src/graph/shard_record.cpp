// One document's record in a shard: DocWork to bytes and back, every index checked on the way in.
#include <bit>
#include <cstring>
#include <stdexcept>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/graph/shard.hpp"
#include "shard_codec.hpp"

namespace chronograph::graph {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

void put_index(base::BinaryWriter& out, Index i) {
  out.u32(i ? static_cast<std::uint32_t>(*i) : kNone);
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
  std::uint32_t below(std::size_t count, const char* what) {
    const std::uint32_t v = in_.u32();
    if (v >= count) in_.fail(std::string("bad record: ") + what + " index out of range");
    return v;
  }
  Index index(std::size_t count, const char* what) {
    const std::uint32_t v = in_.u32();
    if (v == kNone) return {};
    if (v >= count) in_.fail(std::string("bad record: ") + what + " index out of range");
    return std::optional<std::size_t>(v);
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
    const std::uint32_t n = in_.u32();
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
    out.u32(static_cast<std::uint32_t>(w.dct->start));
    out.u32(static_cast<std::uint32_t>(w.dct->end));
    out.str(w.dct->rule);
  }
  // The string pool: its bytes, then (offset, size) of each string.
  std::size_t pool_size = 0;
  for (const auto& [at, size] : w.strings_) pool_size = std::max<std::size_t>(pool_size, at + size);
  out.str(std::string_view(w.pool_.get(), pool_size));
  out.u32(static_cast<std::uint32_t>(w.strings_.size()));
  for (const auto& [at, size] : w.strings_) {
    out.u32(at);
    out.u32(size);
  }
  out.u32(static_cast<std::uint32_t>(w.list_items_.size()));
  for (const StrId s : w.list_items_) out.u32(s);
  out.u32(w.places_mentioned.first);
  out.u32(w.places_mentioned.count);
  out.u32(static_cast<std::uint32_t>(w.dates.size()));
  for (const DateFacts& d : w.dates) {
    out.u32(d.start);
    out.u32(d.end);
    put_day(out, d.earliest);
    put_day(out, d.latest);
    out.u32(d.value);
    out.u8(static_cast<std::uint8_t>(d.type));
    out.u8(static_cast<std::uint8_t>(d.reference));
    put_shift(out, d.dct_shift);
    put_shift(out, d.anchor_offset);
    out.u32(d.line);
    out.u32(d.column);
  }
  out.u32(static_cast<std::uint32_t>(w.mentions.size()));
  for (const MentionFacts& m : w.mentions) write_mention(out, m);
  out.u32(static_cast<std::uint32_t>(w.links.size()));
  for (const events::MentionLink& l : w.links) {
    out.u32(static_cast<std::uint32_t>(l.from));
    out.u32(static_cast<std::uint32_t>(l.to));
    out.u8(static_cast<std::uint8_t>(l.type));
    out.u32(static_cast<std::uint32_t>(l.start));
    out.u32(static_cast<std::uint32_t>(l.end));
    out.str(l.rule);
    out.u32(static_cast<std::uint32_t>(l.cue_start));
    out.u32(static_cast<std::uint32_t>(l.cue_end));
    out.u64(std::bit_cast<std::uint64_t>(l.confidence));
  }
  // The kept text: its regions, then its bytes.
  out.u32(static_cast<std::uint32_t>(w.kept.regions_.size()));
  for (const auto& r : w.kept.regions_) {
    out.u32(static_cast<std::uint32_t>(r.start));
    out.u32(static_cast<std::uint32_t>(r.end));
    out.u32(static_cast<std::uint32_t>(r.at));
  }
  out.str(w.kept.bytes_.view());
}

void ShardCodec::write_mention(base::BinaryWriter& out, const MentionFacts& m) {
  for (const std::uint32_t v : {m.start, m.end, m.sentence_start, m.sentence_end, m.sentence})
    out.u32(v);
  for (const Index i : {m.timex, m.anchor_timex, m.since_timex, m.anchor_mention})
    put_index(out, i);
  out.i32(m.claim_group);
  out.i32(m.ordinal);
  for (const StrId s : {m.type, m.label, m.name, m.speaker, m.speaker_role}) out.u32(s);
  for (const StrList l : {m.actors, m.places}) {
    out.u32(l.first);
    out.u32(l.count);
  }
  out.u32(m.line);
  out.u32(m.column);
  out.u8(static_cast<std::uint8_t>(m.tense));
  out.u8(static_cast<std::uint8_t>(m.kind));
  for (const bool b : {m.headline, m.specific, m.definite, m.title, m.open_domain, m.dct_dated})
    out.u8(b ? 1 : 0);
  out.u8(static_cast<std::uint8_t>(m.event_class));
  out.u8(static_cast<std::uint8_t>(m.factuality));
  out.u32(m.cue_start);
  out.u32(m.cue_end);
  out.i32(m.confidence);
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
    g.start = in.u32();
    g.end = in.u32();
    g.rule = std::string(in.str());
    w.dct = std::move(g);
  }
  const std::string_view pool = in.str();
  w.pool_ = std::make_unique<char[]>(pool.size());
  if (!pool.empty()) std::memcpy(w.pool_.get(), pool.data(), pool.size());
  w.strings_.resize(r.count(8));
  for (auto& [at, size] : w.strings_) {
    at = in.u32();
    size = in.u32();
    if (at > pool.size() || size > pool.size() - at) in.fail("bad record: string out of its pool");
  }
  if (w.strings_.empty() || w.strings_[0].second != 0) in.fail("bad record: string 0 is not ''");
  const std::size_t strings = w.strings_.size();
  w.list_items_.resize(r.count(4));
  for (StrId& s : w.list_items_) s = r.below(strings, "string");
  auto list = [&] {
    StrList l;
    l.first = in.u32();
    l.count = in.u32();
    if (l.first > w.list_items_.size() || l.count > w.list_items_.size() - l.first)
      in.fail("bad record: list out of range");
    return l;
  };
  w.places_mentioned = list();
  w.dates.resize(r.count(20));
  for (DateFacts& d : w.dates) {
    d.start = in.u32();
    d.end = in.u32();
    d.earliest = r.day();
    d.latest = r.day();
    d.value = r.below(strings, "string");
    d.type = r.enumerated<temporal::TimexType>(static_cast<unsigned>(temporal::TimexType::set));
    d.reference =
        r.enumerated<temporal::Reference>(static_cast<unsigned>(temporal::Reference::none));
    d.dct_shift = r.shift();
    d.anchor_offset = r.shift();
    d.line = in.u32();
    d.column = in.u32();
  }
  const std::uint32_t mentions = r.count(60);
  w.mentions.resize(mentions);
  for (MentionFacts& m : w.mentions) {
    m.start = in.u32();
    m.end = in.u32();
    m.sentence_start = in.u32();
    m.sentence_end = in.u32();
    m.sentence = in.u32();
    m.timex = r.index(w.dates.size(), "date");
    m.anchor_timex = r.index(w.dates.size(), "date");
    m.since_timex = r.index(w.dates.size(), "date");
    m.anchor_mention = r.index(mentions, "mention");
    m.claim_group = in.i32();
    m.ordinal = in.i32();
    for (StrId* s : {&m.type, &m.label, &m.name, &m.speaker, &m.speaker_role})
      *s = r.below(strings, "string");
    m.actors = list();
    m.places = list();
    m.line = in.u32();
    m.column = in.u32();
    m.tense = static_cast<std::int8_t>(in.u8());
    m.kind = r.enumerated<events::EventKind>(static_cast<unsigned>(events::EventKind::claim));
    for (bool* b : {&m.headline, &m.specific, &m.definite, &m.title, &m.open_domain, &m.dct_dated})
      *b = r.flag();
    m.event_class =
        r.enumerated<events::EventClass>(static_cast<unsigned>(events::EventClass::perception));
    m.factuality =
        r.enumerated<events::Factuality>(static_cast<unsigned>(events::Factuality::intended));
    m.cue_start = in.u32();
    m.cue_end = in.u32();
    m.confidence = in.i32();
  }
  w.links.resize(r.count(33));
  for (events::MentionLink& l : w.links) {
    l.from = r.below(mentions, "mention");
    l.to = r.below(mentions, "mention");
    l.type = r.enumerated<events::LinkType>(static_cast<unsigned>(events::LinkType::claim_about));
    l.start = in.u32();
    l.end = in.u32();
    l.rule = std::string(in.str());
    l.cue_start = in.u32();
    l.cue_end = in.u32();
    l.confidence = std::bit_cast<double>(in.u64());
  }
  read_kept(r.count(12), in, w.kept, arena);
  check_spans(in, w);
}

void ShardCodec::read_kept(std::uint32_t regions, base::BinaryReader& in, KeptText& kept,
                           base::TextArena& arena) {
  kept.regions_.resize(regions);
  std::size_t end = 0, at = 0;
  for (auto& g : kept.regions_) {
    g.start = in.u32();
    g.end = in.u32();
    g.at = in.u32();
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
