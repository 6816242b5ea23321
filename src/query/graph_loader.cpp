// A DOM-free graph@1 reader: one pass over the bytes, strings decoded in place, ids indexed once.
#include "chronograph/query/graph_loader.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstring>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/text.hpp"
#include "chronograph/graph/json_io.hpp"

namespace chronograph::query {

namespace {

// Thrown for anything the fast path does not handle; the caller falls back.
struct Unsupported {};

// Event id -> vertex, looked up twice per link. Open addressing over a copy of the ids in one
// contiguous block: a lookup touches the slot array and that block, not the vertices' heap
// strings scattered across the graph.
class IdIndex {
 public:
  // Throws Unsupported on a duplicate id (the reference reader reports it).
  void build(const graph::EventGraph& g) {
    const std::size_t n = boost::num_vertices(g);
    if (n >= UINT32_MAX / 2) throw Unsupported{};
    std::size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    mask_ = cap - 1;
    slots_.assign(cap, Slot{});
    starts_.clear();
    starts_.reserve(n + 1);
    ids_.clear();
    for (std::size_t v = 0; v < n; ++v) {
      starts_.push_back(ids_.size());
      ids_ += g[v].id;
    }
    starts_.push_back(ids_.size());
    for (std::size_t v = 0; v < n; ++v) {
      const std::string_view id = id_of(v);
      const std::uint64_t h = hash(id);
      std::size_t i = h & mask_;
      for (; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask_)
        if (slots_[i].tag == tag_of(h) && id_of(slots_[i].vertex_plus_one - 1) == id)
          throw Unsupported{};
      slots_[i] = Slot{tag_of(h), static_cast<std::uint32_t>(v + 1)};
    }
  }
  graph::Vertex find(std::string_view id) const {
    const std::uint64_t h = hash(id);
    for (std::size_t i = h & mask_; slots_[i].vertex_plus_one != 0; i = (i + 1) & mask_) {
      const std::size_t v = slots_[i].vertex_plus_one - 1;
      if (slots_[i].tag == tag_of(h) && id_of(v) == id) return v;
    }
    throw Unsupported{};  // unknown id: the reference reader names it
  }

 private:
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t vertex_plus_one = 0;  // 0: empty
  };
  static std::uint32_t tag_of(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32); }
  // Eight bytes at a time, multiply and fold; ids are not adversarial and a collision only
  // costs a comparison.
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    }
    if (i < s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, s.size() - i);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    }
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 32);
  }
  std::string_view id_of(std::size_t v) const {
    return std::string_view(ids_.data() + starts_[v], starts_[v + 1] - starts_[v]);
  }

  std::vector<Slot> slots_;
  std::vector<std::size_t> starts_;
  std::string ids_;
  std::size_t mask_ = 0;
};

class Reader {
 public:
  explicit Reader(std::string_view text) : p_(text.data()), end_(text.data() + text.size()) {}

  // Fills t, which must be empty; throws Unsupported, leaving t partly filled.
  void run(graph::Timeline& t) {
    bool schema = false, docs = false, events = false, links = false, events_done = false;
    expect('{');
    if (!try_consume('}')) do {
        key(key_);
        if (key_ == "schema") {
          string(tmp_);
          if (tmp_ != graph::kGraphSchema) throw Unsupported{};
          schema = true;
        } else if (key_ == "documents") {
          array([&] { t.documents.push_back(document()); });
          docs = true;
        } else if (key_ == "events") {
          array([&] { add_vertex(t.graph, event()); });
          events = events_done = true;
          index_.build(t.graph);
        } else if (key_ == "links") {
          if (!events_done) throw Unsupported{};  // links before events need the slow path
          array([&] { link(t.graph); });
          links = true;
        } else if (key_ == "diagnostics") {
          array([&] { t.diagnostics.push_back(diagnostic()); });
        } else {
          skip_value();
        }
      } while (try_consume(','));
    expect('}');
    ws();
    if (p_ != end_ || !schema || !docs || !events || !links) throw Unsupported{};
  }

 private:
  // --- lexical level ---
  void ws() {
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
  bool peek(char c) {
    ws();
    return p_ < end_ && *p_ == c;
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
  static bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      std::size_t n = c < 0x80         ? 1
                      : (c >> 5) == 6  ? 2
                      : (c >> 4) == 14 ? 3
                      : (c >> 3) == 30 ? 4
                                       : 0;
      if (n == 0 || i + n > s.size()) return false;
      for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      i += n;
    }
    return true;
  }

  // Decodes a JSON string into out (reusing its capacity).
  void string(std::string& out) {
    expect('"');
    out.clear();
    // Fast path: no escapes up to the closing quote. The flag loop has no early exit, so the
    // compiler vectorizes it.
    if (const void* q = std::memchr(p_, '"', static_cast<std::size_t>(end_ - p_))) {
      const char* close = static_cast<const char*>(q);
      unsigned flags = 0;
      for (const char* c = p_; c < close; ++c) {
        const auto b = static_cast<unsigned char>(*c);
        flags |= (b == '\\' ? 1u : 0u) | (b < 0x20 ? 2u : 0u) | (b >= 0x80 ? 4u : 0u);
      }
      if ((flags & 3u) == 0) {
        out.assign(p_, close);
        p_ = close + 1;
        if ((flags & 4u) && !valid_utf8(out)) throw Unsupported{};
        return;
      }
    }
    bool high = false;
    for (;;) {
      const char* q = p_;
      while (q < end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20) {
        high |= static_cast<unsigned char>(*q) >= 0x80;
        ++q;
      }
      out.append(p_, q);
      p_ = q;
      if (p_ >= end_) throw Unsupported{};
      if (*p_ == '"') {
        ++p_;
        break;
      }
      if (*p_ != '\\') throw Unsupported{};  // a raw control character
      ++p_;
      if (p_ >= end_) throw Unsupported{};
      const char e = *p_++;
      switch (e) {
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
    }
    if (high && !valid_utf8(out)) throw Unsupported{};
  }
  // A view of the string's bytes when it has no escapes (no copy), else of its decoded form.
  std::string_view view() {
    ws();
    if (p_ < end_ && *p_ == '"') {
      const char* open = p_ + 1;
      if (const void* q = std::memchr(open, '"', static_cast<std::size_t>(end_ - open))) {
        const char* close = static_cast<const char*>(q);
        bool plain = true;
        for (const char* c = open; c < close; ++c)
          plain &= *c != '\\' && static_cast<unsigned char>(*c) >= 0x20 &&
                   static_cast<unsigned char>(*c) < 0x80;
        if (plain) {
          p_ = close + 1;
          return std::string_view(open, static_cast<std::size_t>(close - open));
        }
      }
    }
    string(tmp_);
    return tmp_;
  }
  std::string string() {
    std::string s;
    string(s);
    return s;
  }
  void key(std::string& out) {
    string(out);
    expect(':');
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
  template <typename F>
  void array(F&& each) {
    expect('[');
    if (try_consume(']')) return;
    do each();
    while (try_consume(','));
    expect(']');
  }
  template <typename F>
  void object(F&& each_key) {
    expect('{');
    if (try_consume('}')) return;
    do {
      // Keys are plain ASCII in graph@1; a key with escapes is copied so the view stays valid.
      std::string_view k = view();
      std::string copy;
      if (k.data() == tmp_.data()) k = copy = tmp_;
      expect(':');
      each_key(k);
    } while (try_consume(','));
    expect('}');
  }
  void skip_value() {
    ws();
    if (p_ >= end_) throw Unsupported{};
    switch (*p_) {
      case '"':
        string(tmp_);
        return;
      case '{':
        object([&](std::string_view) { skip_value(); });
        return;
      case '[':
        array([&] { skip_value(); });
        return;
      case 't':
        if (!literal("true")) throw Unsupported{};
        return;
      case 'f':
        if (!literal("false")) throw Unsupported{};
        return;
      case 'n':
        if (!literal("null")) throw Unsupported{};
        return;
      default: {
        // Numbers are validated by the reference reader; here they only need skipping.
        const char* q = p_;
        while (q < end_ && std::strchr("+-.eE0123456789", *q) && *q) ++q;
        if (q == p_) throw Unsupported{};
        p_ = q;
      }
    }
  }

  // Boost 1.74's add_vertex/add_edge take the property by const& and deep-copy it (every
  // string and vector); adding a default property and move-assigning avoids that copy.
  static void add_vertex(graph::EventGraph& g, graph::EventNode&& n) {
    g[boost::add_vertex(g)] = std::move(n);
  }
  static void add_edge(graph::EventGraph& g, graph::Vertex from, graph::Vertex to,
                       graph::LinkEdge&& e) {
    g[boost::add_edge(from, to, g).first] = std::move(e);
  }

  // --- graph@1 level ---
  std::optional<date::sys_days> day_or_null() {
    ws();
    if (literal("null")) return std::nullopt;
    string(tmp_);
    auto d = base::parse_day(tmp_);
    if (!d) throw Unsupported{};
    return d;
  }
  base::DateValue date_value() {
    base::DateValue d;
    int seen = 0;
    object([&](std::string_view k) {
      if (k == "value")
        string(d.value), seen |= 1;
      else if (k == "earliest")
        d.earliest = day_or_null(), seen |= 2;
      else if (k == "latest")
        d.latest = day_or_null(), seen |= 4;
      else if (k == "basis") {
        string(tmp_);
        auto b = base::basis_from_string(tmp_);
        if (!b) throw Unsupported{};
        d.basis = *b;
        seen |= 8;
      } else
        skip_value();
    });
    if (seen != 15) throw Unsupported{};
    return d;
  }
  base::Evidence evidence() {
    base::Evidence e;
    int seen = 0;
    object([&](std::string_view k) {
      if (k == "doc")
        string(e.doc), seen |= 1;
      else if (k == "start")
        e.start = unsigned_number(), seen |= 2;
      else if (k == "end")
        e.end = unsigned_number(), seen |= 4;
      else if (k == "text")
        string(e.text), seen |= 8;
      else
        skip_value();
    });
    if (seen != 15) throw Unsupported{};
    return e;
  }
  std::vector<std::string> strings() {
    std::vector<std::string> out;
    array([&] { out.push_back(string()); });
    return out;
  }
  std::vector<graph::DateStep> steps() {
    std::vector<graph::DateStep> out;
    array([&] {
      graph::DateStep s;
      object([&](std::string_view k) {
        if (k == "rule")
          string(s.rule);
        else if (k == "detail")
          string(s.detail);
        else if (k == "evidence")
          s.evidence = evidence();
        else
          skip_value();
      });
      out.push_back(std::move(s));
    });
    return out;
  }
  graph::DocumentInfo document() {
    graph::DocumentInfo d;
    int seen = 0;
    object([&](std::string_view k) {
      if (k == "id")
        string(d.id), seen |= 1;
      else if (k == "path")
        string(d.path), seen |= 2;
      else if (k == "title")
        string(d.title);
      else if (k == "published")
        d.published = date_value(), seen |= 4;
      else if (k == "date_steps")
        d.date_steps = steps();
      else
        skip_value();
    });
    if (seen != 7) throw Unsupported{};
    return d;
  }
  graph::EventNode event() {
    graph::EventNode n;
    int seen = 0;
    object([&](std::string_view k) {
      if (k == "id")
        string(n.id), seen |= 1;
      else if (k == "kind") {
        string(tmp_);
        auto kind = graph::event_kind_from_string(tmp_);
        if (!kind) throw Unsupported{};
        n.kind = *kind;
        seen |= 2;
      } else if (k == "type")
        string(n.type), seen |= 4;
      else if (k == "label")
        string(n.label), seen |= 8;
      else if (k == "date")
        n.date = date_value(), seen |= 16;
      else if (k == "actors")
        n.actors = strings();
      else if (k == "places")
        n.places = strings();
      else if (k == "speaker")
        string(n.speaker);
      else if (k == "speaker_role")
        string(n.speaker_role);
      else if (k == "mentions")
        array([&] { n.mentions.push_back(evidence()); });
      else if (k == "date_steps")
        n.date_steps = steps();
      else if (k == "overrides")
        n.overrides = strings();
      else
        skip_value();
    });
    if (seen != 31) throw Unsupported{};
    return n;
  }
  void link(graph::EventGraph& g) {
    graph::LinkEdge e;
    int seen = 0;
    graph::Vertex from = 0, to = 0;
    object([&](std::string_view k) {
      if (k == "from")
        from = index_.find(view()), seen |= 1;
      else if (k == "to")
        to = index_.find(view()), seen |= 2;
      else if (k == "type") {
        auto lt = graph::link_type_from_string(view());
        if (!lt) throw Unsupported{};
        e.type = *lt;
        seen |= 4;
      } else if (k == "evidence")
        e.evidence = evidence();
      else if (k == "rule")
        string(e.rule);
      else
        skip_value();
    });
    if (seen != 7) throw Unsupported{};
    add_edge(g, from, to, std::move(e));
  }
  graph::Diagnostic diagnostic() {
    graph::Diagnostic d;
    object([&](std::string_view k) {
      if (k == "severity")
        string(d.severity);
      else if (k == "message")
        string(d.message);
      else if (k == "evidence")
        d.evidence = evidence();
      else
        skip_value();
    });
    return d;
  }

  const char* p_;
  const char* end_;
  std::string key_, tmp_;
  IdIndex index_;
};

// The bytes of a file: mapped when it is a non-empty regular file (no copy, and the kernel
// fills the pages ahead of the reader), else read like any other input.
class FileBytes {
 public:
  explicit FileBytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      void* m = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ,
                       MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (m != MAP_FAILED) {
        map_ = m;
        size_ = static_cast<std::size_t>(st.st_size);
        ::madvise(map_, size_, MADV_SEQUENTIAL);
      }
    }
    if (fd >= 0) ::close(fd);
    if (map_ == nullptr) {
      try {
        copy_ = base::read_file(path);
      } catch (const std::exception&) {
        throw base::InputError(path, 1, 1, "cannot read graph file");
      }
    }
  }
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes() {
    if (map_ != nullptr) ::munmap(map_, size_);
  }
  std::string_view view() const {
    return map_ != nullptr ? std::string_view(static_cast<const char*>(map_), size_)
                           : std::string_view(copy_);
  }

 private:
  void* map_ = nullptr;
  std::size_t size_ = 0;
  std::string copy_;
};

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

// The Timeline is built in place and returned by name: Boost 1.74's adjacency_list has no
// move constructor, so moving a Timeline would deep-copy the whole graph.
std::optional<graph::Timeline> read_graph_fast(std::string_view text) {
  std::optional<graph::Timeline> out(std::in_place);
  try {
    Reader(text).run(*out);
  } catch (const Unsupported&) {
    out.reset();
  }
  return out;
}

graph::Timeline load_graph(const std::string& path, LoadTimes* times) {
  auto t0 = std::chrono::steady_clock::now();
  const FileBytes bytes(path);
  if (times) times->read_ms = ms_since(t0);
  t0 = std::chrono::steady_clock::now();
  graph::Timeline t;
  try {
    Reader(bytes.view()).run(t);
  } catch (const Unsupported&) {
    // Rare and slow anyway: the copy-assignment of the graph does not matter here.
    t = graph::from_json(bytes.view(), path);
  }
  if (times) times->parse_ms = ms_since(t0);
  return t;
}

}  // namespace chronograph::query
