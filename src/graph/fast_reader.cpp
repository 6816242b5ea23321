// A DOM-free graph@1 reader: one pass over the bytes, strings decoded in place, ids indexed once.
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>

#include "chronograph/base/shared_text.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/graph/graph_reader.hpp"
#include "chronograph/graph/json_io.hpp"
#include "fast_scan.hpp"

namespace chronograph::graph {

namespace {

using fast::IdIndex;
using fast::load8;
using fast::Unsupported;
using fast::valid_utf8;
using fast::word_non_space;
using fast::word_stops;

// A link read before any edge is added, so that every vertex's edge lists can be sized first.
// Its ends are looked up in a batch, when later lookups can be prefetched: ends[i] views the id
// in the file's bytes until then (null data: already resolved, e.g. an id with escapes).
struct PendingLink {
  graph::Vertex from = 0, to = 0;
  graph::LinkEdge edge;
  std::array<std::string_view, 2> ends;
  std::array<std::uint64_t, 2> hashes{};
};

class FastReader {
 public:
  explicit FastReader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  // Fills t, which must be empty; throws Unsupported, leaving t partly filled.
  void run(graph::Timeline& t) {
    static constexpr std::array<std::string_view, 6> keys = {"schema", "documents",   "events",
                                                             "links",  "diagnostics", "evidence"};
    const auto seen = fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          if (view() != graph::kGraphSchema) throw Unsupported{};
          break;
        case 1:
          array([&] { document(t.documents.emplace_back()); });
          break;
        case 2:
          array([&] { event(t.graph); });
          index_.build(t.graph);
          events_done_ = true;
          break;
        case 3:
          if (!events_done_) throw Unsupported{};  // links before events need the slow path
          array([&] { link(); });
          add_links(t.graph);
          break;
        case 4:
          array([&] { diagnostic(t.diagnostics.emplace_back()); });
          break;
        case 5: {  // decides what every evidence after it must carry
          const auto d = graph::evidence_detail_from_string(view());
          if (!d || !t.documents.empty() || events_done_) throw Unsupported{};
          t.evidence_detail = *d;
          evidence_keys_ = *d == graph::EvidenceDetail::text    ? 15u
                           : *d == graph::EvidenceDetail::spans ? 7u
                                                                : 1u;
          break;
        }
      }
    });
    ws();
    if (p_ != end_ || (seen & 15u) != 15u) throw Unsupported{};
  }

 private:
  // --- lexical level ---
  void ws() {
    if (p_<end_&& static_cast<unsigned char>(*p_)> ' ') return;  // most tokens are adjacent
    ws_run();
  }
  void ws_run() {
    while (end_ - p_ >= 8) {
      if (const std::uint64_t m = word_non_space(load8(p_))) {
        p_ += __builtin_ctzll(m) / 8;
        return;
      }
      p_ += 8;
    }
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  void expect(char c) {
    ws();
    if (p_ >= end_ || *p_ != c) throw Unsupported{};
    ++p_;
  }
  bool try_consume(char c) {
    ws();
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool literal(const char* word) {
    const std::size_t n = std::strlen(word);
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  unsigned hex4() {
    if (end_ - p_ < 4) throw Unsupported{};
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = *p_++;
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<unsigned>(c - 'A' + 10);
      else
        throw Unsupported{};
    }
    return v;
  }

  // The first '"', '\\' or control byte at or after s (end_ if none); high tells whether a byte
  // >= 0x80 may be among those before it (then the text needs a UTF-8 check).
  const char* plain_end(const char* s, bool& high) const {
    std::uint64_t highs = 0;
    while (end_ - s >= 8) {
      const std::uint64_t w = load8(s);
      if (const std::uint64_t m = word_stops(w)) {
        const unsigned at = static_cast<unsigned>(__builtin_ctzll(m)) / 8;
        highs |= w & (at == 0 ? 0 : ~0ull >> (64 - 8 * at)) & 0x8080808080808080ull;
        high = highs != 0;
        return s + at;
      }
      highs |= w & 0x8080808080808080ull;
      s += 8;
    }
    high = highs != 0;
    for (; s < end_; ++s) {
      const auto b = static_cast<unsigned char>(*s);
      if (b == '"' || b == '\\' || b < 0x20) break;
      high |= b >= 0x80;
    }
    return s;
  }

  // A JSON string: a view of its bytes when it has no escapes (no copy), else its decoded form
  // in tmp_ (valid until the next call).
  std::string_view view() {
    ws();
    if (p_ >= end_ || *p_ != '"') throw Unsupported{};
    const char* open = p_ + 1;
    bool high;
    const char* close = plain_end(open, high);
    if (close < end_ && *close == '"') {
      const std::string_view s(open, static_cast<std::size_t>(close - open));
      if (high && !valid_utf8(s)) throw Unsupported{};
      p_ = close + 1;
      return s;
    }
    tmp_.assign(open, close);
    p_ = close;
    decode_rest(tmp_, high);
    return tmp_;
  }
  // A JSON string decoded into out (reusing its capacity).
  void string(std::string& out) {
    ws();
    if (p_ >= end_ || *p_ != '"') throw Unsupported{};
    const char* open = p_ + 1;
    bool high;
    const char* close = plain_end(open, high);
    out.assign(open, close);
    p_ = close;
    if (close < end_ && *close == '"') {
      ++p_;
      if (high && !valid_utf8(out)) throw Unsupported{};
      return;
    }
    decode_rest(out, high);
  }
  // Continues a string at p_ (an escape or a control byte) to its closing quote, appending.
  void decode_rest(std::string& out, bool high) {
    for (;;) {
      if (p_ >= end_) throw Unsupported{};
      if (*p_ == '"') {
        ++p_;
        break;
      }
      if (*p_ != '\\') throw Unsupported{};  // a raw control character
      ++p_;
      if (p_ >= end_) throw Unsupported{};
      switch (*p_++) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00) {
            if (!literal("\\u")) throw Unsupported{};
            const unsigned lo = hex4();
            if (lo < 0xDC00 || lo >= 0xE000) throw Unsupported{};
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            throw Unsupported{};
          }
          base::append_utf8(out, static_cast<char32_t>(cp));
          break;
        }
        default:
          throw Unsupported{};
      }
      bool more_high;
      const char* q = plain_end(p_, more_high);
      out.append(p_, q);
      high |= more_high;
      p_ = q;
    }
    // Decoded \u escapes are valid UTF-8 by construction; raw bytes are checked here.
    if (high && !valid_utf8(out)) throw Unsupported{};
  }
  std::size_t unsigned_number() {
    ws();
    if (p_ >= end_ || *p_ < '0' || *p_ > '9') throw Unsupported{};
    std::size_t v = 0;
    const char* start = p_;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9')
      v = v * 10 + static_cast<std::size_t>(*p_++ - '0');
    if (p_ - start > 18 || (p_ - start > 1 && *start == '0')) throw Unsupported{};
    if (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) throw Unsupported{};
    return v;
  }
  // A number from 0 to 1 ("0.62", "1.0", "1"): anything else goes to the reference reader.
  double fraction() {
    ws();
    const char* start = p_;
    while (p_ < end_ && ((*p_ >= '0' && *p_ <= '9') || *p_ == '.')) ++p_;
    double v = 0;
    const auto r = std::from_chars(start, p_, v);
    if (r.ec != std::errc() || r.ptr != p_ || v < 0 || v > 1) throw Unsupported{};
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) throw Unsupported{};
    return v;
  }
  template <typename F>
  void array(F&& each) {
    expect('[');
    if (try_consume(']')) return;
    do each();
    while (try_consume(','));
    expect(']');
  }
  // Whether the next token is the key k written plainly (no escapes); consumes it if so.
  bool key_is(std::string_view k) {
    if (static_cast<std::size_t>(end_ - p_) < k.size() + 2 || p_[0] != '"' ||
        p_[k.size() + 1] != '"')
      return false;
    for (std::size_t i = 0; i < k.size(); ++i)
      if (p_[i + 1] != k[i]) return false;
    p_ += k.size() + 2;
    return true;
  }
  // An object whose known keys are `keys`: calls each(i) with the reader at the value of
  // keys[i], skips unknown keys, returns the set of keys seen (bit i for keys[i]). A key given
  // twice is left to the reference reader. Keys are tried in the writer's order first, so a
  // graph written by chronograph costs one comparison per key.
  template <std::size_t N, typename F>
  std::uint32_t fields(const std::array<std::string_view, N>& keys, F&& each) {
    static_assert(N <= 32);
    expect('{');
    std::uint32_t seen = 0;
    if (try_consume('}')) return seen;
    std::size_t next = 0;
    do {
      ws();
      std::size_t i = 0;
      if (next < N && key_is(keys[next])) {
        i = next;
      } else {
        const std::string_view k = view();
        while (i < N && keys[i] != k) ++i;
      }
      expect(':');
      if (i < N) {
        if (seen & (1u << i)) throw Unsupported{};
        seen |= 1u << i;
        each(i);
        next = i + 1;
      } else {
        skip_value();
      }
    } while (try_consume(','));
    expect('}');
    return seen;
  }
  // Skips one value of any kind. Iterative, with the open brackets on the heap: an unknown
  // field may nest without bound, and a recursive skip overflowed the stack at ~300k '['.
  void skip_value() {
    std::string open;  // the closing bracket of each open container, innermost last
    for (;;) {
      ws();
      if (p_ >= end_) throw Unsupported{};
      switch (*p_) {
        case '{':
          ++p_;
          if (try_consume('}')) break;
          open += '}';
          view();  // the first key
          expect(':');
          continue;
        case '[':
          ++p_;
          if (try_consume(']')) break;
          open += ']';
          continue;
        case '"':
          view();
          break;
        case 't':
          if (!literal("true")) throw Unsupported{};
          break;
        case 'f':
          if (!literal("false")) throw Unsupported{};
          break;
        case 'n':
          if (!literal("null")) throw Unsupported{};
          break;
        default: {
          // Numbers are validated by the reference reader; here they only need skipping.
          const char* q = p_;
          while (q < end_ && *q && std::strchr("+-.eE0123456789", *q)) ++q;
          if (q == p_) throw Unsupported{};
          p_ = q;
        }
      }
      // A value ended: close the containers it ends, or go on to the next element.
      for (;;) {
        if (open.empty()) return;
        if (try_consume(',')) {
          if (open.back() == '}') {
            view();
            expect(':');
          }
          break;
        }
        expect(open.back());
        open.pop_back();
      }
    }
  }

  // --- graph@1 level ---
  std::optional<date::sys_days> day_or_null() {
    ws();
    if (literal("null")) return std::nullopt;
    auto d = base::parse_day(view());
    if (!d) throw Unsupported{};
    return d;
  }
  void date_value(base::DateValue& d) {
    static constexpr std::array<std::string_view, 4> keys = {"value", "earliest", "latest",
                                                             "basis"};
    const auto seen = fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          string(d.value);
          break;
        case 1:
          d.earliest = day_or_null();
          break;
        case 2:
          d.latest = day_or_null();
          break;
        case 3: {
          auto b = base::basis_from_string(view());
          if (!b) throw Unsupported{};
          d.basis = *b;
          break;
        }
      }
    });
    if (seen != 15u) throw Unsupported{};
  }
  // Evidence allocates nothing of its own: its document id is interned (a graph has few
  // documents) and its text is copied into the arena's shared chunks.
  void evidence(base::Evidence& e) {
    static constexpr std::array<std::string_view, 4> keys = {"doc", "start", "end", "text"};
    const auto seen = fields(keys, [&](std::size_t k) { evidence_field(e, k); });
    if (seen != evidence_keys_) throw Unsupported{};
  }
  void evidence_field(base::Evidence& e, std::size_t k) {
    switch (k) {
      case 0:
        e.doc = doc_ids_.intern(view());
        break;
      case 1:
        e.start = unsigned_number();
        break;
      case 2:
        e.end = unsigned_number();
        break;
      case 3:
        e.text = texts_.copy(view());
        break;
    }
  }
  // An event mention: evidence, and its trigger's offsets (whose text is the evidence's own
  // bytes, so not kept twice). An odd trigger is the checking reader's to report.
  void mention(graph::Mention& m) {
    static constexpr std::array<std::string_view, 5> keys = {"doc", "start", "end", "text",
                                                             "trigger"};
    const auto seen = fields(keys, [&](std::size_t k) {
      if (k < 4) return evidence_field(m, k);
      static constexpr std::array<std::string_view, 3> tkeys = {"start", "end", "text"};
      const auto tseen = fields(tkeys, [&](std::size_t t) {
        if (t == 0)
          m.trigger_start = unsigned_number();
        else if (t == 1)
          m.trigger_end = unsigned_number();
        else
          view();
      });
      if ((tseen & 3u) != 3u) throw Unsupported{};
    });
    if ((seen & 15u) != evidence_keys_) throw Unsupported{};
    if (seen & 16u &&
        (m.trigger_start >= m.trigger_end || m.trigger_start < m.start || m.trigger_end > m.end))
      throw Unsupported{};
  }
  void strings(std::vector<std::string>& out) {
    array([&] { string(out.emplace_back()); });
  }
  void steps(std::vector<graph::DateStep>& out) {
    static constexpr std::array<std::string_view, 3> keys = {"rule", "detail", "evidence"};
    array([&] {
      graph::DateStep& s = out.emplace_back();
      fields(keys, [&](std::size_t k) {
        switch (k) {
          case 0:
            string(s.rule);
            break;
          case 1:
            string(s.detail);
            break;
          case 2:
            evidence(s.evidence.emplace());
            break;
        }
      });
    });
  }
  void document(graph::DocumentInfo& d) {
    static constexpr std::array<std::string_view, 5> keys = {"id", "path", "title", "published",
                                                             "date_steps"};
    const auto seen = fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          string(d.id);
          break;
        case 1:
          string(d.path);
          break;
        case 2:
          string(d.title);
          break;
        case 3:
          date_value(d.published);
          break;
        case 4:
          steps(d.date_steps);
          break;
      }
    });
    if ((seen & 0b1011u) != 0b1011u) throw Unsupported{};  // id, path, published
  }
  // Boost 1.74's add_vertex/add_edge take the property by const& and deep-copy it (every
  // string and vector); the vertex is added with a default property and filled in place.
  void event(graph::EventGraph& g) {
    static constexpr std::array<std::string_view, 16> keys = {
        "id",     "kind",       "type",         "label",     "date",       "actors",
        "places", "speaker",    "speaker_role", "mentions",  "date_steps", "overrides",
        "class",  "factuality", "salience",     "former_ids"};
    graph::EventNode& n = g[boost::add_vertex(g)];
    const auto seen = fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          string(n.id);
          break;
        case 1: {
          auto kind = graph::event_kind_from_string(view());
          if (!kind) throw Unsupported{};
          n.kind = *kind;
          break;
        }
        case 2:
          string(n.type);
          break;
        case 3:
          string(n.label);
          break;
        case 4:
          date_value(n.date);
          break;
        case 5:
          strings(n.actors);
          break;
        case 6:
          strings(n.places);
          break;
        case 7:
          string(n.speaker);
          break;
        case 8:
          string(n.speaker_role);
          break;
        case 9:
          array([&] { mention(n.mentions.emplace_back()); });
          break;
        case 10:
          steps(n.date_steps);
          break;
        case 11:
          strings(n.overrides);
          break;
        case 12:
          n.event_class = events::event_class_from_string(view());
          if (n.event_class == events::EventClass::none) throw Unsupported{};
          break;
        case 13: {
          const auto f = events::factuality_from_string(view());
          if (!f) throw Unsupported{};
          n.factuality = *f;
          break;
        }
        case 14:
          n.salience = fraction();
          break;
        case 15:
          strings(n.former_ids);
          break;
      }
    });
    if ((seen & 31u) != 31u) throw Unsupported{};  // id, kind, type, label, date
  }
  // A link type through a small cache: the spelling of each type is checked once.
  graph::LinkType link_type(std::string_view word) {
    for (const auto& [name, type] : link_types_)
      if (name == word) return type;
    auto type = graph::link_type_from_string(word);
    if (!type) throw Unsupported{};
    link_types_.emplace_back(std::string(word), *type);
    return *type;
  }
  void link() {
    static constexpr std::array<std::string_view, 9> keys = {
        "from", "to", "type", "evidence", "rule", "cue", "confidence", "sources", "claimed_by"};
    if (pending_.empty() || pending_.back().size() == pending_.back().capacity())
      pending_.emplace_back().reserve(kPendingChunk);
    PendingLink& l = pending_.back().emplace_back();
    const auto seen = fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          end(l, 0);
          break;
        case 1:
          end(l, 1);
          break;
        case 2:
          l.edge.type = link_type(view());
          break;
        case 3:
          evidence(l.edge.evidence);
          break;
        case 4:
          string(l.edge.rule);
          break;
        case 5:
          evidence(l.edge.cue.emplace());
          break;
        case 6:
          l.edge.confidence = fraction();
          break;
        case 7:
          array([&] { link_source(l.edge.sources.emplace_back()); });
          break;
        case 8:
          string(l.edge.claimed_by);
          break;
      }
    });
    if ((seen & 7u) != 7u) throw Unsupported{};  // from, to, type
  }
  void link_source(graph::LinkSource& s) {
    static constexpr std::array<std::string_view, 5> keys = {"evidence", "rule", "cue",
                                                             "confidence", "claimed_by"};
    fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          evidence(s.evidence);
          break;
        case 1:
          string(s.rule);
          break;
        case 2:
          evidence(s.cue.emplace());
          break;
        case 3:
          s.confidence = fraction();
          break;
        case 4:
          string(s.claimed_by);
          break;
      }
    });
  }
  // Reads a link end: kept for the batch lookup when it views the file, else looked up now.
  void end(PendingLink& l, std::size_t which) {
    const std::string_view id = view();
    if (id.data() == tmp_.data()) {
      (which == 0 ? l.from : l.to) = index_.find(id);
    } else {
      l.ends[which] = id;
      l.hashes[which] = IdIndex::hash(id);
    }
  }
  // Resolves the ends of all pending links, prefetching the slots and ids of later ones.
  void resolve_ends(std::size_t total) {
    constexpr std::size_t far = 16, near = 8;
    for (std::size_t i = 0; i < total; ++i) {
      if (i + far < total) {
        const PendingLink& f = at(i + far);
        index_.prefetch_slot(f.hashes[0]);
        index_.prefetch_slot(f.hashes[1]);
      }
      if (i + near < total) {
        const PendingLink& f = at(i + near);
        index_.prefetch_id(f.hashes[0]);
        index_.prefetch_id(f.hashes[1]);
      }
      PendingLink& l = at(i);
      if (l.ends[0].data() != nullptr) l.from = index_.find(l.ends[0], l.hashes[0]);
      if (l.ends[1].data() != nullptr) l.to = index_.find(l.ends[1], l.hashes[1]);
    }
  }
  PendingLink& at(std::size_t i) { return pending_[i / kPendingChunk][i % kPendingChunk]; }

  // Adds the links in file order once every vertex's out- and in-edge vectors have their final
  // size reserved: growing them one push at a time was most of the cost of add_edge, and left
  // the heap fragmented for the graph's teardown.
  void add_links(graph::EventGraph& g) {
    std::size_t total = 0;
    for (const auto& chunk : pending_) total += chunk.size();
    resolve_ends(total);
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::uint32_t> outs(n), ins(n);
    for (const auto& chunk : pending_)
      for (const auto& l : chunk) ++outs[l.from], ++ins[l.to];
    for (std::size_t v = 0; v < n; ++v) {
      g.out_edge_list(v).reserve(outs[v]);
      in_edge_list(g, v).reserve(ins[v]);
    }
    // Each add_edge lands on two random vertices and their edge vectors: cache misses, so the
    // vertices of later links are prefetched, then the ends of their vectors.
    constexpr std::size_t far = 16, near = 8;
    for (std::size_t i = 0; i < total; ++i) {
      if (i + far < total) {
        const PendingLink& f = at(i + far);
        __builtin_prefetch(&g.out_edge_list(f.from), 1);
        __builtin_prefetch(&in_edge_list(g, f.to), 1);
      }
      if (i + near < total) {
        const PendingLink& f = at(i + near);
        const auto& out = g.out_edge_list(f.from);
        const auto& in = in_edge_list(g, f.to);
        __builtin_prefetch(out.data() + out.size(), 1);
        __builtin_prefetch(in.data() + in.size(), 1);
      }
      PendingLink& l = at(i);
      g[boost::add_edge(l.from, l.to, g).first] = std::move(l.edge);
      if (i % kPendingChunk == kPendingChunk - 1)  // done with a chunk: give its memory back
        std::vector<PendingLink>().swap(pending_[i / kPendingChunk]);
    }
    pending_.clear();
  }
  void diagnostic(graph::Diagnostic& d) {
    static constexpr std::array<std::string_view, 3> keys = {"severity", "message", "evidence"};
    fields(keys, [&](std::size_t k) {
      switch (k) {
        case 0:
          string(d.severity);
          break;
        case 1:
          string(d.message);
          break;
        case 2:
          evidence(d.evidence.emplace());
          break;
      }
    });
  }

  static constexpr std::size_t kPendingChunk = 1 << 14;

  const char* p_;
  const char* end_;
  std::string tmp_;
  base::TextInterner doc_ids_;
  base::TextArena texts_;
  bool events_done_ = false;
  unsigned evidence_keys_ = 15u;  // doc, start, end, text: which each evidence must have
  IdIndex index_;
  std::vector<std::pair<std::string, graph::LinkType>> link_types_;
  std::vector<std::vector<PendingLink>> pending_;
};

}  // namespace

namespace fast {

bool read_into(std::string_view text, Timeline& t) {
  try {
    FastReader(text).run(t);
    return true;
  } catch (const Unsupported&) {
    return false;
  }
}

}  // namespace fast

// The Timeline is built in place and returned by name: Boost 1.74's adjacency_list has no
// move constructor, so moving a Timeline would deep-copy the whole graph.
std::optional<Timeline> read_graph_fast(std::string_view text) {
  std::optional<Timeline> out(std::in_place);
  if (!fast::read_into(text, *out)) out.reset();
  return out;
}

Timeline read_graph(std::string_view text, const std::string& file) {
  Timeline t;
  if (!fast::read_into(text, t)) t = from_json(text, file);  // rare, and slow anyway
  return t;
}

}  // namespace chronograph::graph
