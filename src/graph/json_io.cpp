// Serialization of the event graph to and from chronograph/graph@1 JSON.
#include "chronograph/graph/json_io.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "chronograph/base/shared_text.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/utf8.hpp"

namespace chronograph::graph {

using Json = nlohmann::ordered_json;

namespace {

// Writes JSON exactly as nlohmann's dump(2) spells it (same indentation, same escapes), but
// straight from the graph into a buffer that is handed to the sink in large chunks: no DOM,
// no per-value allocation, and the whole document never has to be in memory at once.
class Emitter {
 public:
  // compact: one line with no spaces, as nlohmann's dump() (JSON Lines); else dump(2).
  explicit Emitter(const std::function<void(std::string_view)>& sink, bool compact = false,
                   EvidenceDetail detail = EvidenceDetail::text)
      : sink_(sink), compact_(compact), detail_(detail) {
    buf_.reserve(kChunk + 4096);
  }
  EvidenceDetail detail() const { return detail_; }
  ~Emitter() = default;
  void flush() {
    if (!buf_.empty()) sink_(buf_);
    buf_.clear();
  }

  void begin_object() { open('{', false); }
  void end_object() { close('}'); }
  void begin_array() { open('[', true); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    separator();
    quoted(k);
    buf_ += compact_ ? ":" : ": ";
    keyed_ = true;
  }
  void string(std::string_view s) {
    value_start();
    quoted(s);
  }
  void number(std::size_t n) {
    value_start();
    char tmp[24];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, n);
    buf_.append(tmp, r.ptr);
  }
  // A double as nlohmann spells it: the shortest digits that read back the same, and ".0"
  // after a whole number.
  void decimal(double d) {
    value_start();
    char tmp[32];
    const auto r = std::to_chars(tmp, tmp + sizeof tmp, d);
    const std::string_view digits(tmp, static_cast<std::size_t>(r.ptr - tmp));
    buf_.append(digits);
    if (digits.find_first_of(".e") == std::string_view::npos) buf_ += ".0";
  }
  void null() {
    value_start();
    buf_ += "null";
  }
  void day_or_null(const std::optional<date::sys_days>& d) {
    if (d)
      string(base::format_day(*d));
    else
      null();
  }
  void strings(const std::vector<std::string>& xs) {
    begin_array();
    for (const auto& x : xs) string(x);
    end_array();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;
  struct Level {
    bool array;
    bool empty = true;
  };
  void newline_indent(std::size_t depth) {
    if (compact_) return;
    buf_ += '\n';
    buf_.append(2 * depth, ' ');
  }
  // Inside an object the key has placed the value; inside an array each value starts a line.
  void separator() {
    Level& l = stack_.back();
    if (!l.empty) buf_ += ',';
    l.empty = false;
    newline_indent(stack_.size());
  }
  void value_start() {
    if (keyed_)
      keyed_ = false;
    else if (!stack_.empty())
      separator();
  }
  void open(char c, bool array) {
    value_start();
    buf_ += c;
    stack_.push_back({array});
  }
  void close(char c) {
    const bool empty = stack_.back().empty;
    stack_.pop_back();
    if (!empty) newline_indent(stack_.size());
    buf_ += c;
    if (stack_.empty() || buf_.size() >= kChunk) flush();
  }
  void quoted(std::string_view s) {
    buf_ += '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        // Whatever reached the graph, the file stays UTF-8: a stray byte becomes U+FFFD.
        if (const std::size_t len = base::utf8_sequence_length(s, i)) {
          i += len - 1;
          continue;
        }
        buf_.append(s.data() + run, i - run);
        run = i + 1;
        buf_ += "\xEF\xBF\xBD";
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      buf_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"':
          buf_ += "\\\"";
          break;
        case '\\':
          buf_ += "\\\\";
          break;
        case '\b':
          buf_ += "\\b";
          break;
        case '\f':
          buf_ += "\\f";
          break;
        case '\n':
          buf_ += "\\n";
          break;
        case '\r':
          buf_ += "\\r";
          break;
        case '\t':
          buf_ += "\\t";
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          buf_.append(esc, 6);
        }
      }
    }
    buf_.append(s.data() + run, s.size() - run);
    buf_ += '"';
  }

  const std::function<void(std::string_view)>& sink_;
  std::string buf_;
  std::vector<Level> stack_;
  bool keyed_ = false;
  bool compact_ = false;
  EvidenceDetail detail_ = EvidenceDetail::text;
};

void emit_date(Emitter& j, const base::DateValue& d) {
  j.begin_object();
  j.key("value");
  j.string(d.value);
  j.key("earliest");
  j.day_or_null(d.earliest);
  j.key("latest");
  j.day_or_null(d.latest);
  j.key("basis");
  j.string(base::to_string(d.basis));
  j.end_object();
}

// As much of it as the emitter's detail asks for: the document always; the span unless none;
// the quoted words (and the trigger's) only with text.
void emit_evidence(Emitter& j, const base::Evidence& e, const Mention* trigger = nullptr) {
  j.begin_object();
  j.key("doc");
  j.string(e.doc);
  if (j.detail() != EvidenceDetail::none) {
    j.key("start");
    j.number(e.start);
    j.key("end");
    j.number(e.end);
  }
  const bool text = j.detail() == EvidenceDetail::text;
  if (text) {
    j.key("text");
    j.string(e.text);
  }
  if (trigger && trigger->has_trigger() && j.detail() != EvidenceDetail::none) {
    j.key("trigger");
    j.begin_object();
    j.key("start");
    j.number(trigger->trigger_start);
    j.key("end");
    j.number(trigger->trigger_end);
    if (text) {
      j.key("text");
      j.string(std::string_view(e.text).substr(trigger->trigger_start - e.start,
                                               trigger->trigger_end - trigger->trigger_start));
    }
    j.end_object();
  }
  j.end_object();
}

// What a link's source says beyond its sentence: the rule, the cue's words, the confidence.
void emit_link_source(Emitter& j, const std::string& rule, const std::optional<base::Evidence>& cue,
                      double confidence, const std::string& claimed_by) {
  if (!rule.empty()) {
    j.key("rule");
    j.string(rule);
  }
  if (cue) {
    j.key("cue");
    emit_evidence(j, *cue);
  }
  if (confidence > 0) {
    j.key("confidence");
    j.decimal(confidence);
  }
  if (!claimed_by.empty()) {
    j.key("claimed_by");
    j.string(claimed_by);
  }
}

void emit_steps(Emitter& j, const std::vector<DateStep>& steps) {
  j.begin_array();
  for (const auto& s : steps) {
    j.begin_object();
    j.key("rule");
    j.string(s.rule);
    j.key("detail");
    j.string(s.detail);
    if (s.evidence) {
      j.key("evidence");
      emit_evidence(j, *s.evidence);
    }
    j.end_object();
  }
  j.end_array();
}

void emit_event(Emitter& j, const EventNode& n) {
  j.begin_object();
  j.key("id");
  j.string(n.id);
  j.key("kind");
  j.string(to_string(n.kind));
  j.key("type");
  j.string(n.type);
  j.key("label");
  j.string(n.label);
  j.key("date");
  emit_date(j, n.date);
  j.key("actors");
  j.strings(n.actors);
  j.key("places");
  j.strings(n.places);
  j.key("class");
  j.string(events::to_string(n.event_class));
  j.key("factuality");
  j.string(events::to_string(n.factuality));
  j.key("salience");
  j.decimal(n.salience);
  if (n.kind == EventKind::claim) {
    j.key("speaker");
    j.string(n.speaker);
    if (!n.speaker_role.empty()) {
      j.key("speaker_role");
      j.string(n.speaker_role);
    }
  }
  j.key("mentions");
  j.begin_array();
  for (const auto& m : n.mentions) emit_evidence(j, m, &m);
  j.end_array();
  j.key("date_steps");
  emit_steps(j, n.date_steps);
  if (!n.overrides.empty()) {
    j.key("overrides");
    j.strings(n.overrides);
  }
  if (!n.former_ids.empty()) {
    j.key("former_ids");
    j.strings(n.former_ids);
  }
  j.end_object();
}

void emit_link(Emitter& j, const EventGraph& g, Edge e) {
  j.begin_object();
  j.key("from");
  j.string(g[boost::source(e, g)].id);
  j.key("to");
  j.string(g[boost::target(e, g)].id);
  j.key("type");
  j.string(to_string(g[e].type));
  j.key("evidence");
  emit_evidence(j, g[e].evidence);
  emit_link_source(j, g[e].rule, g[e].cue, g[e].confidence, g[e].claimed_by);
  if (!g[e].sources.empty()) {
    j.key("sources");
    j.begin_array();
    for (const auto& s : g[e].sources) {
      j.begin_object();
      j.key("evidence");
      emit_evidence(j, s.evidence);
      emit_link_source(j, s.rule, s.cue, s.confidence, s.claimed_by);
      j.end_object();
    }
    j.end_array();
  }
  j.end_object();
}

// One part spelled by the emitter on one line, as nlohmann's dump() would.
template <typename Emit>
std::string json_line(Emit&& emit, EvidenceDetail detail = EvidenceDetail::text) {
  std::string text;
  const std::function<void(std::string_view)> sink = [&text](std::string_view c) { text += c; };
  Emitter j(sink, true, detail);
  emit(j);
  j.flush();
  return text;
}

// The same as a DOM for writers that build one (query results): the graph file and those
// results cannot drift apart.
template <typename Emit>
Json part_json(Emit&& emit, EvidenceDetail detail = EvidenceDetail::text) {
  return Json::parse(json_line(std::forward<Emit>(emit), detail));
}

}  // namespace

Json date_to_json(const base::DateValue& d) {
  return part_json([&](Emitter& j) { emit_date(j, d); });
}

Json evidence_to_json(const base::Evidence& e, EvidenceDetail detail) {
  return part_json([&](Emitter& j) { emit_evidence(j, e); }, detail);
}

Json steps_to_json(const std::vector<DateStep>& steps, EvidenceDetail detail) {
  return part_json([&](Emitter& j) { emit_steps(j, steps); }, detail);
}

std::string event_to_json_line(const EventNode& node, EvidenceDetail detail) {
  return json_line([&](Emitter& j) { emit_event(j, node); }, detail);
}

std::string link_to_json_line(const EventGraph& g, Edge e, EvidenceDetail detail) {
  return json_line([&](Emitter& j) { emit_link(j, g, e); }, detail);
}

void write_json(const Timeline& t, const std::function<void(std::string_view)>& sink) {
  const EventGraph& g = t.graph;
  Emitter j(sink, false, t.evidence_detail);
  j.begin_object();
  j.key("schema");
  j.string(kGraphSchema);
  if (t.evidence_detail != EvidenceDetail::text) {  // the default is not spelled: old bytes
    j.key("evidence");
    j.string(to_string(t.evidence_detail));
  }
  j.key("documents");
  j.begin_array();
  for (const auto& d : t.documents) {
    j.begin_object();
    j.key("id");
    j.string(d.id);
    j.key("path");
    j.string(d.path);
    j.key("title");
    j.string(d.title);
    j.key("published");
    emit_date(j, d.published);
    j.key("date_steps");
    emit_steps(j, d.date_steps);
    j.end_object();
  }
  j.end_array();
  j.key("events");
  j.begin_array();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) emit_event(j, g[v]);
  j.end_array();
  j.key("links");
  j.begin_array();
  for (auto e : boost::make_iterator_range(boost::edges(g))) emit_link(j, g, e);
  j.end_array();
  j.key("diagnostics");
  j.begin_array();
  for (const auto& d : t.diagnostics) {
    j.begin_object();
    j.key("severity");
    j.string(d.severity);
    j.key("message");
    j.string(d.message);
    if (d.evidence) {
      j.key("evidence");
      emit_evidence(j, *d.evidence);
    }
    j.end_object();
  }
  j.end_array();
  j.end_object();
  sink("\n");
}

std::string to_json(const Timeline& t) {
  std::string out;
  write_json(t, [&out](std::string_view chunk) { out += chunk; });
  return out;
}

namespace {

// Byte offset of the value at a JSON path ("$.events[3].date") in parsed-and-valid JSON text,
// or of the deepest enclosing value found. Only the error path calls it: nlohmann's DOM keeps
// no positions, and an error must point at the line the user has to fix.
std::size_t locate(std::string_view t, std::string_view path) {
  std::size_t i = 0;
  auto ws = [&] {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
  };
  auto skip_string = [&] {  // at the opening quote; stops after the closing one
    for (++i; i < t.size() && t[i] != '"'; ++i)
      if (t[i] == '\\') ++i;
    ++i;
  };
  auto skip_value = [&] {
    ws();
    if (i >= t.size()) return;
    if (t[i] == '"') return skip_string();
    if (t[i] == '{' || t[i] == '[') {
      int depth = 0;
      while (i < t.size()) {
        if (t[i] == '"') {
          skip_string();
          continue;
        }
        if (t[i] == '{' || t[i] == '[') ++depth;
        if (t[i] == '}' || t[i] == ']') --depth;
        ++i;
        if (depth == 0) return;
      }
      return;
    }
    while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']') ++i;
  };
  ws();
  std::size_t p = path.empty() ? 0 : 1;  // past '$'
  while (p < path.size()) {
    const std::size_t here = i;
    if (path[p] == '.') {
      const std::size_t e = std::min(path.find_first_of(".[", p + 1), path.size());
      const std::string_view key = path.substr(p + 1, e - p - 1);
      p = e;
      if (i >= t.size() || t[i] != '{') return here;
      ++i;
      for (;;) {
        ws();
        if (i >= t.size() || t[i] != '"') return here;
        const std::size_t ks = i + 1;
        skip_string();
        const std::string_view k = t.substr(ks, i - 1 - ks);
        ws();
        if (i < t.size() && t[i] == ':') ++i;
        ws();
        if (k == key) break;
        skip_value();
        ws();
        if (i >= t.size() || t[i] != ',') return here;
        ++i;
      }
    } else if (path[p] == '[') {
      const std::size_t e = path.find(']', p);
      if (e == std::string_view::npos) return here;
      std::size_t n = 0;
      for (std::size_t k = p + 1; k < e; ++k) n = n * 10 + static_cast<std::size_t>(path[k] - '0');
      p = e + 1;
      if (i >= t.size() || t[i] != '[') return here;
      ++i;
      for (std::size_t k = 0; k < n; ++k) {
        skip_value();
        ws();
        if (i >= t.size() || t[i] != ',') return here;
        ++i;
      }
      ws();
    } else {
      break;
    }
  }
  return i;
}

// Field errors name the JSON path and point at its line and column.
struct Reader {
  const std::string& file;
  std::string_view text;
  base::TextInterner doc_ids = {};
  base::TextArena texts = {};
  EvidenceDetail detail = EvidenceDetail::text;  // what each evidence must carry

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw base::InputError::at_offset(file, text, locate(text, where), where + ": " + what);
  }
  const Json& field(const Json& obj, const char* key, const std::string& where) const {
    if (!obj.is_object()) fail(where, "expected an object");
    auto it = obj.find(key);
    if (it == obj.end()) fail(where, std::string("missing field '") + key + "'");
    return *it;
  }
  const std::string& str_ref(const Json& obj, const char* key, const std::string& where) const {
    const Json& v = field(obj, key, where);
    if (!v.is_string()) fail(where + "." + key, "expected a string");
    return v.get_ref<const std::string&>();
  }
  std::string str(const Json& obj, const char* key, const std::string& where) const {
    return str_ref(obj, key, where);
  }
  std::string opt_str(const Json& obj, const char* key) const {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
  }
  std::vector<std::string> strings(const Json& obj, const char* key,
                                   const std::string& where) const {
    std::vector<std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) return out;
    if (!it->is_array()) fail(where + "." + key, "expected an array");
    for (const auto& s : *it) {
      if (!s.is_string()) fail(where + "." + key, "expected strings");
      out.push_back(s.get<std::string>());
    }
    return out;
  }
  std::optional<date::sys_days> day(const Json& obj, const char* key,
                                    const std::string& where) const {
    const Json& v = field(obj, key, where);
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) fail(where + "." + key, "expected \"YYYY-MM-DD\" or null");
    auto d = base::parse_day(v.get_ref<const std::string&>());
    if (!d) fail(where + "." + key, "invalid date '" + v.get<std::string>() + "'");
    return d;
  }
  base::DateValue date_value(const Json& obj, const std::string& where) const {
    base::DateValue d;
    d.value = str(obj, "value", where);
    d.earliest = day(obj, "earliest", where);
    d.latest = day(obj, "latest", where);
    const std::string b = str(obj, "basis", where);
    auto basis = base::basis_from_string(b);
    if (!basis) fail(where + ".basis", "unknown basis '" + b + "'");
    d.basis = *basis;
    return d;
  }
  // Evidence allocates nothing of its own: document ids are interned, texts share chunks.
  base::Evidence evidence(const Json& obj, const std::string& where) {
    base::Evidence e;
    e.doc = doc_ids.intern(str_ref(obj, "doc", where));
    // A graph written with less evidence (top-level "evidence") leaves out the rest.
    if (detail == EvidenceDetail::none) return e;
    const Json& s = field(obj, "start", where);
    const Json& en = field(obj, "end", where);
    if (!s.is_number_unsigned() || !en.is_number_unsigned())
      fail(where, "start/end must be byte offsets");
    e.start = s.get<std::size_t>();
    e.end = en.get<std::size_t>();
    if (detail == EvidenceDetail::text) e.text = texts.copy(str_ref(obj, "text", where));
    return e;
  }
  // An event mention: its evidence and, when given, the trigger inside it.
  Mention mention(const Json& obj, const std::string& where) {
    Mention m{evidence(obj, where)};
    if (auto t = obj.find("trigger"); t != obj.end()) {
      const Json& ts = field(*t, "start", where + ".trigger");
      const Json& te = field(*t, "end", where + ".trigger");
      if (!ts.is_number_unsigned() || !te.is_number_unsigned())
        fail(where + ".trigger", "start/end must be byte offsets");
      m.trigger_start = ts.get<std::size_t>();
      m.trigger_end = te.get<std::size_t>();
      if (m.trigger_start >= m.trigger_end || m.trigger_start < m.start || m.trigger_end > m.end)
        fail(where + ".trigger", "the trigger must lie inside its evidence span");
    }
    return m;
  }
  // A link's evidence, rule, cue and confidence (each optional), or one of its sources'.
  LinkSource link_source(const Json& obj, const std::string& where) {
    if (!obj.is_object()) fail(where, "expected an object");
    LinkSource s;
    if (obj.contains("evidence")) s.evidence = evidence(obj["evidence"], where + ".evidence");
    s.rule = opt_str(obj, "rule");
    if (obj.contains("cue")) s.cue = evidence(obj["cue"], where + ".cue");
    if (auto it = obj.find("confidence"); it != obj.end()) {
      if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 1)
        fail(where + ".confidence", "expected a number from 0 to 1");
      s.confidence = it->get<double>();
    }
    s.claimed_by = opt_str(obj, "claimed_by");
    return s;
  }
  std::vector<DateStep> steps(const Json& obj, const std::string& where) {
    std::vector<DateStep> out;
    auto it = obj.find("date_steps");
    if (it == obj.end() || !it->is_array()) return out;
    for (const auto& s : *it) {
      DateStep step;
      step.rule = opt_str(s, "rule");
      step.detail = opt_str(s, "detail");
      if (s.contains("evidence")) step.evidence = evidence(s["evidence"], where + ".date_steps");
      out.push_back(std::move(step));
    }
    return out;
  }
};

DocumentInfo read_document(Reader& r, const Json& dj, std::size_t i) {
  const std::string where = "$.documents[" + std::to_string(i) + "]";
  DocumentInfo d;
  d.id = r.str(dj, "id", where);
  d.path = r.str(dj, "path", where);
  d.title = r.opt_str(dj, "title");
  d.published = r.date_value(r.field(dj, "published", where), where + ".published");
  d.date_steps = r.steps(dj, where);
  return d;
}

EventNode read_event(Reader& r, const Json& ej, const std::string& where) {
  EventNode n;
  n.id = r.str(ej, "id", where);
  if (ej.contains("former_ids")) n.former_ids = r.strings(ej, "former_ids", where);
  const std::string kind = r.str(ej, "kind", where);
  auto k = event_kind_from_string(kind);
  if (!k) r.fail(where + ".kind", "unknown kind '" + kind + "'");
  n.kind = *k;
  n.type = r.str(ej, "type", where);
  n.label = r.str(ej, "label", where);
  n.date = r.date_value(r.field(ej, "date", where), where + ".date");
  n.actors = r.strings(ej, "actors", where);
  n.places = r.strings(ej, "places", where);
  n.speaker = r.opt_str(ej, "speaker");
  n.speaker_role = r.opt_str(ej, "speaker_role");
  // Graphs written before these keys read as asserted occurrences of no salience.
  if (const std::string c = r.opt_str(ej, "class"); !c.empty()) {
    n.event_class = events::event_class_from_string(c);
    if (n.event_class == events::EventClass::none)
      r.fail(where + ".class", "unknown class '" + c + "'");
  }
  if (const std::string f = r.opt_str(ej, "factuality"); !f.empty()) {
    const auto fact = events::factuality_from_string(f);
    if (!fact) r.fail(where + ".factuality", "unknown factuality '" + f + "'");
    n.factuality = *fact;
  }
  if (auto it = ej.find("salience"); it != ej.end()) {
    if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 1)
      r.fail(where + ".salience", "expected a number from 0 to 1");
    n.salience = it->get<double>();
  }
  if (auto it = ej.find("mentions"); it != ej.end() && it->is_array())
    for (const auto& m : *it) n.mentions.push_back(r.mention(m, where + ".mentions"));
  n.date_steps = r.steps(ej, where);
  n.overrides = r.strings(ej, "overrides", where);
  return n;
}

// A link between events read before; one to an event that could not be read is left out
// silently (its event's error is reported).
void read_link(Reader& r, const Json& lj, const std::string& where,
               const std::unordered_map<std::string, Vertex>& index,
               const std::unordered_set<std::string>& broken, Timeline& t) {
  const std::string from = r.str(lj, "from", where);
  const std::string to = r.str(lj, "to", where);
  if (broken.count(from) || broken.count(to)) return;
  auto f = index.find(from), tt = index.find(to);
  if (f == index.end()) r.fail(where + ".from", "unknown event id '" + from + "'");
  if (tt == index.end()) r.fail(where + ".to", "unknown event id '" + to + "'");
  const std::string type = r.str(lj, "type", where);
  auto lt = link_type_from_string(type);
  if (!lt) r.fail(where + ".type", "unknown link type '" + type + "'");
  LinkEdge e;
  e.type = *lt;
  LinkSource first = r.link_source(lj, where);
  e.evidence = std::move(first.evidence);
  e.rule = std::move(first.rule);
  e.cue = std::move(first.cue);
  e.confidence = first.confidence;
  e.claimed_by = std::move(first.claimed_by);
  if (auto it = lj.find("sources"); it != lj.end()) {
    if (!it->is_array()) r.fail(where + ".sources", "expected an array");
    for (std::size_t k = 0; k < it->size(); ++k)
      e.sources.push_back(r.link_source((*it)[k], where + ".sources[" + std::to_string(k) + "]"));
  }
  add_link(t.graph, f->second, tt->second, std::move(e));
}

}  // namespace

Timeline from_json(std::string_view text, const std::string& file) {
  Json root;
  try {
    root = Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    std::string msg = e.what();
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: "
    if (auto p = msg.find(": ");
        p != std::string::npos && msg.find("parse error") != std::string::npos)
      msg = msg.substr(p + 2);
    throw base::InputError::at_offset(file, text, at, "invalid JSON: " + msg);
  } catch (const nlohmann::json::out_of_range& e) {
    // "number overflow parsing '1e400'" carries no position: point at the literal it names.
    std::string msg = e.what();
    if (auto p = msg.find("] "); p != std::string::npos) msg = msg.substr(p + 2);
    std::size_t at = 0;
    if (const auto q = msg.find('\''), q2 = msg.rfind('\''); q != std::string::npos && q2 > q + 1)
      at = std::min(text.find(msg.substr(q + 1, q2 - q - 1)), text.size());
    throw base::InputError::at_offset(file, text, at, "invalid JSON: " + msg);
  }
  Reader r{file, text};
  if (!root.is_object()) r.fail("$", "expected a JSON object");
  const std::string schema = r.str(root, "schema", "$");
  if (schema != kGraphSchema)
    r.fail("$.schema",
           "unsupported schema '" + schema + "' (expected " + std::string(kGraphSchema) + ")");
  Timeline t;
  if (root.contains("evidence")) {
    const std::string detail = r.str(root, "evidence", "$");
    const auto d = evidence_detail_from_string(detail);
    if (!d) r.fail("$.evidence", "unknown evidence detail '" + detail + "' (text, spans, none)");
    t.evidence_detail = r.detail = *d;
  }
  // A broken document, event or link is reported and the next one read, so that one run names
  // every mistake (base::InputErrors); a file that is no graph at all stops at once.
  std::vector<base::InputError> errors;
  const auto attempt = [&errors](auto&& step) {
    try {
      step();
      return true;
    } catch (const base::InputError& e) {
      errors.push_back(e);
      return false;
    }
  };
  const Json& docs = r.field(root, "documents", "$");
  if (!docs.is_array()) r.fail("$.documents", "expected an array");
  for (std::size_t i = 0; i < docs.size(); ++i)
    attempt([&] { t.documents.push_back(read_document(r, docs[i], i)); });
  const Json& events = r.field(root, "events", "$");
  if (!events.is_array()) r.fail("$.events", "expected an array");
  std::unordered_map<std::string, Vertex> index;
  std::unordered_set<std::string> broken;  // ids of events not read: their links only cascade
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::string where = "$.events[" + std::to_string(i) + "]";
    const bool read = attempt([&] {
      EventNode n = read_event(r, events[i], where);
      if (index.count(n.id)) r.fail(where + ".id", "duplicate event id '" + n.id + "'");
      const std::string id = n.id;
      index.emplace(id, add_event(t.graph, std::move(n)));
    });
    if (!read && events[i].is_object())
      if (auto it = events[i].find("id"); it != events[i].end() && it->is_string())
        broken.insert(it->get<std::string>());
  }
  const Json& links = r.field(root, "links", "$");
  if (!links.is_array()) r.fail("$.links", "expected an array");
  for (std::size_t i = 0; i < links.size(); ++i)
    attempt(
        [&] { read_link(r, links[i], "$.links[" + std::to_string(i) + "]", index, broken, t); });
  if (auto it = root.find("diagnostics"); it != root.end() && it->is_array()) {
    for (const auto& dj : *it) {
      Diagnostic d;
      d.severity = r.opt_str(dj, "severity");
      d.message = r.opt_str(dj, "message");
      if (dj.contains("evidence")) d.evidence = r.evidence(dj["evidence"], "$.diagnostics");
      t.diagnostics.push_back(std::move(d));
    }
  }
  base::InputErrors::throw_if_any(std::move(errors));
  return t;
}

}  // namespace chronograph::graph
