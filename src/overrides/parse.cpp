// YAML -> Spec with positioned errors for syntax, unknown keys, bad values and impossible dates.
#include "chronograph/overrides/parse.hpp"

#include <re2/re2.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "chronograph/base/date_spec.hpp"
#include "chronograph/base/nesting.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/base/utf8.hpp"

namespace chronograph::overrides {

namespace {

using Keys = std::vector<std::string>;

const Keys kTopKeys = {"documents", "events", "new_events", "links"};
const Keys kDocumentKeys = {"id", "published", "exclude", "note"};
const Keys kEventKeys = {"id",     "match",  "all",      "date",       "label", "type",
                         "actors", "places", "suppress", "merge_into", "note"};
const Keys kMatchKeys = {"id",    "type", "kind", "actor",  "place",
                         "label", "text", "date", "before", "after"};
const Keys kNewEventKeys = {"id",     "kind",   "type",    "label", "date",
                            "actors", "places", "speaker", "note"};
const Keys kLinkKeys = {"from", "to", "type", "remove", "note"};

std::string join(const Keys& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

// Thrown once a mapping's key errors are recorded: abandons the entry, not the file.
struct EntryAbandoned {};

class Parser {
 public:
  explicit Parser(const std::string& path) : path_(path) {}

  Pos pos(const YAML::Node& node, const Pos& fallback) const {
    const YAML::Mark m = node.Mark();
    if (m.line < 0 || m.column < 0) return fallback;
    return Pos{static_cast<std::size_t>(m.line) + 1, static_cast<std::size_t>(m.column) + 1};
  }

  [[noreturn]] void fail(const Pos& p, const std::string& message) const {
    throw base::InputError(path_, p.line, p.column, message);
  }

  // Checks a mapping's keys: known, not repeated. Returns them with their key positions.
  // With abandon false (the file's top level) the good keys are kept after bad ones are told.
  std::vector<std::pair<std::string, Pos>> keys(const YAML::Node& map, const Keys& allowed,
                                                const std::string& what, const Pos& at,
                                                bool abandon = true) const {
    if (!map.IsMap()) fail(pos(map, at), what + " must be a mapping (key: value lines)");
    std::vector<std::pair<std::string, Pos>> out;
    std::set<std::string> seen;
    // Every bad key of the mapping is told, then the entry is abandoned.
    const std::size_t errors_before = errors_.size();
    auto bad = [&](const Pos& p, const std::string& message) {
      errors_.emplace_back(path_, p.line, p.column, message);
    };
    for (const auto& kv : map) {
      const Pos kp = pos(kv.first, at);
      if (!kv.first.IsScalar()) {
        bad(kp, "expected a plain key in " + what);
        continue;
      }
      const std::string key = kv.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string hint = base::did_you_mean(key, allowed);
        if (hint.empty()) hint = " (expected one of: " + join(allowed) + ")";
        bad(kp, "unknown key '" + key + "' in " + what + hint);
      } else if (!seen.insert(key).second) {
        bad(kp, "duplicate key '" + key + "' in " + what);
      } else {
        out.emplace_back(key, kp);
      }
    }
    if (abandon && errors_.size() > errors_before) throw EntryAbandoned{};
    return out;
  }

  std::string scalar(const YAML::Node& n, const std::string& key, const Pos& at) const {
    if (!n.IsScalar() || n.Scalar().empty())
      fail(pos(n, at), "'" + key + "' expects a single value");
    return n.Scalar();
  }

  bool boolean(const YAML::Node& n, const std::string& key, const Pos& at) const {
    const std::string s = n.IsScalar() ? n.Scalar() : std::string();
    if (s == "true" || s == "yes") return true;
    if (s == "false" || s == "no") return false;
    fail(pos(n, at), "'" + key + "' expects true or false");
  }

  std::vector<std::string> strings(const YAML::Node& n, const std::string& key,
                                   const Pos& at) const {
    if (n.IsScalar()) return {n.Scalar()};
    if (!n.IsSequence()) fail(pos(n, at), "'" + key + "' expects a list of names");
    std::vector<std::string> out;
    for (const auto& item : n) out.push_back(scalar(item, key, pos(n, at)));
    return out;
  }

  base::DateValue date_value(const YAML::Node& n, const std::string& key, const Pos& at) const {
    auto r = base::parse_date_spec(scalar(n, key, at));
    if (auto* e = std::get_if<std::string>(&r)) fail(pos(n, at), *e);
    return std::get<base::DateValue>(r);
  }

  date::sys_days day(const YAML::Node& n, const std::string& key, const Pos& at) const {
    auto r = base::parse_day_spec(scalar(n, key, at));
    if (auto* e = std::get_if<std::string>(&r)) fail(pos(n, at), *e);
    return std::get<date::sys_days>(r);
  }

  std::shared_ptr<const re2::RE2> pattern(const YAML::Node& n, const std::string& key,
                                          const Pos& at) const {
    const std::string p = scalar(n, key, at);
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    auto re = std::make_shared<const re2::RE2>(p, options);
    if (!re->ok()) fail(pos(n, at), "invalid pattern '" + p + "' in '" + key + "': " + re->error());
    return re;
  }

  events::EventKind kind(const YAML::Node& n, const Pos& at) const {
    const std::string s = scalar(n, "kind", at);
    auto k = events::event_kind_from_string(s);
    if (!k) fail(pos(n, at), "unknown kind '" + s + "' (expected event or claim)");
    return *k;
  }

  Selector match(const YAML::Node& n, const Pos& at) const {
    Selector s;
    s.pos = pos(n, at);
    if (n.IsScalar()) {  // a bare string names an id
      s.id = scalar(n, "id", at);
      return s;
    }
    const auto ks = keys(n, kMatchKeys, "match", at);
    if (ks.empty()) fail(s.pos, "an empty match would pick every event");
    for (const auto& [key, kp] : ks) {
      const YAML::Node v = n[key];
      if (key == "id")
        s.id = scalar(v, key, kp);
      else if (key == "type")
        s.type = scalar(v, key, kp);
      else if (key == "kind")
        s.kind = kind(v, kp);
      else if (key == "actor")
        s.actor = scalar(v, key, kp);
      else if (key == "place")
        s.place = scalar(v, key, kp);
      else if (key == "label") {
        s.label_pattern = scalar(v, key, kp);
        s.label_regex = pattern(v, key, kp);
      } else if (key == "text") {
        s.text_pattern = scalar(v, key, kp);
        s.text_regex = pattern(v, key, kp);
      } else if (key == "date")
        s.within = date_value(v, key, kp);
      else if (key == "before")
        s.before = day(v, key, kp);
      else if (key == "after")
        s.after = day(v, key, kp);
    }
    if (s.id && ks.size() > 1) fail(s.pos, "a match by 'id' takes no other fields");
    return s;
  }

  DocumentRule document(const YAML::Node& n, const Pos& at) const {
    DocumentRule r;
    r.pos = pos(n, at);
    bool has_id = false;
    for (const auto& [key, kp] : keys(n, kDocumentKeys, "documents entry", r.pos)) {
      const YAML::Node v = n[key];
      if (key == "id") {
        r.id = scalar(v, key, kp);
        has_id = true;
      } else if (key == "published")
        r.published = date_value(v, key, kp);
      else if (key == "exclude")
        r.exclude = boolean(v, key, kp);
    }
    if (!has_id) fail(r.pos, "a documents entry needs 'id' (the file name without extension)");
    if (!r.published && !r.exclude)
      fail(r.pos, "a documents entry sets nothing (published or exclude)");
    return r;
  }

  EventRule event(const YAML::Node& n, const Pos& at) const {
    EventRule r;
    r.pos = pos(n, at);
    bool has_id = false, has_match = false;
    for (const auto& [key, kp] : keys(n, kEventKeys, "events entry", r.pos)) {
      const YAML::Node v = n[key];
      if (key == "id") {
        r.selector.pos = pos(v, kp);
        r.selector.id = scalar(v, key, kp);
        has_id = true;
      } else if (key == "match") {
        r.selector = match(v, kp);
        has_match = true;
      } else if (key == "all")
        r.all = boolean(v, key, kp);
      else if (key == "date")
        r.date = date_value(v, key, kp);
      else if (key == "label")
        r.label = scalar(v, key, kp);
      else if (key == "type")
        r.type = scalar(v, key, kp);
      else if (key == "actors")
        r.actors = strings(v, key, kp);
      else if (key == "places")
        r.places = strings(v, key, kp);
      else if (key == "suppress")
        r.suppress = boolean(v, key, kp);
      else if (key == "merge_into") {
        r.merge_into = scalar(v, key, kp);
        r.merge_pos = pos(v, kp);
      }
    }
    if (has_id == has_match)
      fail(r.pos, has_id ? "an events entry takes 'id' or 'match', not both"
                         : "an events entry needs 'id' or 'match' to say which event it corrects");
    const bool sets = r.date || r.label || r.type || r.actors || r.places || r.merge_into;
    if (!sets && !r.suppress)
      fail(r.pos,
           "an events entry changes nothing (date, label, type, actors, places, suppress or "
           "merge_into)");
    if (r.suppress && (sets))
      fail(r.pos, "'suppress: true' removes the event; it cannot be combined with other changes");
    return r;
  }

  AddedEvent added(const YAML::Node& n, const Pos& at) const {
    AddedEvent a;
    a.pos = pos(n, at);
    a.date.basis = base::Basis::unknown;
    for (const auto& [key, kp] : keys(n, kNewEventKeys, "new_events entry", a.pos)) {
      const YAML::Node v = n[key];
      if (key == "id") {
        a.id = scalar(v, key, kp);
        a.id_pos = pos(v, kp);
      } else if (key == "kind")
        a.kind = kind(v, kp);
      else if (key == "type")
        a.type = scalar(v, key, kp);
      else if (key == "label")
        a.label = scalar(v, key, kp);
      else if (key == "date")
        a.date = date_value(v, key, kp);
      else if (key == "actors")
        a.actors = strings(v, key, kp);
      else if (key == "places")
        a.places = strings(v, key, kp);
      else if (key == "speaker")
        a.speaker = scalar(v, key, kp);
    }
    if (a.type.empty() || a.label.empty())
      fail(a.pos, "a new event needs at least 'type' and 'label'");
    return a;
  }

  LinkRule link(const YAML::Node& n, const Pos& at) const {
    LinkRule l;
    l.pos = pos(n, at);
    bool has_from = false, has_to = false, has_type = false;
    for (const auto& [key, kp] : keys(n, kLinkKeys, "links entry", l.pos)) {
      const YAML::Node v = n[key];
      if (key == "from") {
        l.from = match(v, kp);
        has_from = true;
      } else if (key == "to") {
        l.to = match(v, kp);
        has_to = true;
      } else if (key == "type") {
        const std::string t = scalar(v, key, kp);
        auto lt = events::link_type_from_string(t);
        if (!lt)
          fail(pos(v, kp),
               "unknown link type '" + t + "' (expected causes, reaction_to or claim_about)");
        l.type = *lt;
        has_type = true;
      } else if (key == "remove")
        l.remove = boolean(v, key, kp);
    }
    if (!has_from || !has_to || !has_type)
      fail(l.pos, "a links entry needs 'from', 'to' and 'type'");
    return l;
  }

  template <typename F>
  void each(const YAML::Node& seq, const std::string& key, const Pos& at, F&& f) const {
    if (seq.IsNull()) return;  // "events:" with every entry commented out
    if (!seq.IsSequence()) fail(pos(seq, at), "'" + key + "' expects a list of entries ('- ...')");
    // One bad entry does not hide the next one's mistakes.
    for (const auto& item : seq) {
      try {
        f(item, pos(seq, at));
      } catch (const base::InputError& e) {
        errors_.push_back(e);
      } catch (const EntryAbandoned&) {
      }
    }
  }

  Spec run(std::string_view text) const {
    // Every label and name the file gives ends up in outputs that must stay UTF-8.
    if (const auto bad = base::find_invalid_utf8(text))
      throw base::InputError::at_offset(
          path_, text, *bad, "not UTF-8 text (bad byte at offset " + std::to_string(*bad) + ")");
    YAML::Node root;
    base::check_yaml_nesting(text, path_);
    try {
      if (const auto second = base::second_yaml_document(text)) {
        const auto at = base::InputError::at_offset(path_, text, *second, "");
        fail(Pos{at.line(), at.column()},
             "a second YAML document ('---'): an overrides file holds one");
      }
      root = YAML::Load(std::string(text));
    } catch (const YAML::DeepRecursion& e) {
      fail(Pos{static_cast<std::size_t>(std::max(0, e.mark.line)) + 1,
               static_cast<std::size_t>(std::max(0, e.mark.column)) + 1},
           std::string(base::kYamlTooDeep));
    } catch (const YAML::ParserException& e) {
      fail(Pos{static_cast<std::size_t>(std::max(0, e.mark.line)) + 1,
               static_cast<std::size_t>(std::max(0, e.mark.column)) + 1},
           "YAML syntax: " + e.msg);
    }
    Spec spec;
    spec.path = path_;
    if (root.IsNull()) return spec;
    try {
      sections(root, spec);
    } catch (const base::InputError& e) {
      errors_.push_back(e);
    } catch (const EntryAbandoned&) {
    }
    std::stable_sort(errors_.begin(), errors_.end(), [](const auto& a, const auto& b) {
      return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
    });
    base::InputErrors::throw_if_any(std::move(errors_));
    return spec;
  }

 private:
  void sections(const YAML::Node& root, Spec& spec) const {
    const Pos top{1, 1};
    for (const auto& [key, kp] : keys(root, kTopKeys, "the overrides file", top, false)) {
      const YAML::Node v = root[key];
      if (key == "documents")
        each(v, key, kp,
             [&](const YAML::Node& n, const Pos& p) { spec.documents.push_back(document(n, p)); });
      else if (key == "events")
        each(v, key, kp,
             [&](const YAML::Node& n, const Pos& p) { spec.events.push_back(event(n, p)); });
      else if (key == "new_events")
        each(v, key, kp,
             [&](const YAML::Node& n, const Pos& p) { spec.added.push_back(added(n, p)); });
      else if (key == "links")
        each(v, key, kp,
             [&](const YAML::Node& n, const Pos& p) { spec.links.push_back(link(n, p)); });
    }
  }

  const std::string& path_;
  mutable std::vector<base::InputError> errors_;  // collected, in file order
};

}  // namespace

Spec parse_spec(std::string_view yaml_text, const std::string& path) {
  return Parser(path).run(yaml_text);
}

}  // namespace chronograph::overrides
