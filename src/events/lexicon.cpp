// Loading the trigger lexicon from YAML (the only place outside overrides that uses yaml-cpp).
#include "chronograph/events/lexicon.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/nesting.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/utf8.hpp"
#include "chronograph/embedded.hpp"

namespace chronograph::events {

namespace {

[[noreturn]] void fail(const std::string& file, const YAML::Node& node, const std::string& msg) {
  const auto m = node.Mark();
  throw base::InputError(file, m.line >= 0 ? static_cast<std::size_t>(m.line) + 1 : 1,
                         m.column >= 0 ? static_cast<std::size_t>(m.column) + 1 : 1, msg);
}

std::vector<std::string> string_list(const std::string& file, const YAML::Node& node,
                                     const char* what) {
  std::vector<std::string> out;
  if (!node) return out;
  if (node.IsScalar()) {
    out.push_back(node.as<std::string>());
    return out;
  }
  if (!node.IsSequence()) fail(file, node, std::string(what) + " must be a list of strings");
  for (const auto& item : node) {
    if (!item.IsScalar()) fail(file, item, std::string(what) + " must be a list of strings");
    out.push_back(item.as<std::string>());
  }
  return out;
}

using Errors = std::vector<base::InputError>;

// Runs one part of the file; its error is collected so the next part's are found too.
template <typename F>
void collecting(Errors& errors, F&& part, const std::string& file) {
  try {
    part();
  } catch (const base::InputError& e) {
    errors.push_back(e);
  } catch (const YAML::Exception& e) {
    // A value of the wrong shape (a map where a name goes): yaml-cpp's own error, positioned.
    errors.emplace_back(file, e.mark.line >= 0 ? static_cast<std::size_t>(e.mark.line) + 1 : 1,
                        e.mark.column >= 0 ? static_cast<std::size_t>(e.mark.column) + 1 : 1,
                        "unexpected value: " + e.msg);
  }
}

// Every unknown key is told, and the rest of the mapping still read.
void check_keys(const std::string& file, const YAML::Node& map,
                std::initializer_list<const char*> allowed, Errors& errors) {
  for (const auto& kv : map)
    collecting(
        errors,
        [&] {
          // A key that is not a name ("? [a, b]: x") is a positioned error, not an exception
          // out of yaml-cpp's conversion (found by fuzz_lexicon).
          if (!kv.first.IsScalar()) fail(file, kv.first, "a key must be a plain name");
          const auto key = kv.first.as<std::string>();
          bool ok = false;
          for (const char* a : allowed) ok = ok || key == a;
          if (!ok) fail(file, kv.first, "unknown key '" + key + "'");
        },
        file);
}

// Runs `entry(name, value)` for each entry of a section that maps names to entries, collecting
// each entry's errors so one bad entry does not hide the next.
template <typename Entry>
void for_each_entry(const std::string& file, const YAML::Node& section, const std::string& shape,
                    Errors& errors, Entry entry) {
  if (!section) return;
  if (!section.IsMap()) fail(file, section, shape);
  for (const auto& kv : section)
    collecting(
        errors, [&] { entry(kv.first.as<std::string>(), kv.second); }, file);
}

std::vector<NameEntry> names(const std::string& file, const YAML::Node& node, const char* what,
                             Errors& errors) {
  std::vector<NameEntry> out;
  for_each_entry(file, node, std::string(what) + " must map names to entries", errors,
                 [&](std::string name, const YAML::Node& v) {
                   NameEntry e;
                   e.name = std::move(name);
                   if (v.IsMap()) {
                     check_keys(file, v, {"aliases", "kind"}, errors);
                     e.aliases = string_list(file, v["aliases"], "aliases");
                     if (v["kind"]) e.kind = v["kind"].as<std::string>();
                   } else if (v.IsSequence() || v.IsScalar()) {
                     e.aliases = string_list(file, v, "aliases");
                   } else if (!v.IsNull()) {
                     fail(file, v, std::string(what) + " entry must be a list of aliases or a map");
                   }
                   out.push_back(std::move(e));
                 });
  return out;
}

void event_types(const std::string& file, const YAML::Node& types, Lexicon& lex, Errors& errors) {
  for_each_entry(file, types, "event_types must map type names to entries", errors,
                 [&](std::string type, const YAML::Node& v) {
                   EventTypeEntry e;
                   e.type = std::move(type);
                   if (v.IsMap()) {
                     check_keys(file, v, {"label", "triggers"}, errors);
                     e.label = v["label"] ? v["label"].as<std::string>() : e.type;
                     e.triggers = string_list(file, v["triggers"], "triggers");
                   } else {
                     e.label = e.type;
                     e.triggers = string_list(file, v, "triggers");
                   }
                   lex.event_types.push_back(std::move(e));
                 });
}

}  // namespace

Lexicon parse_lexicon(std::string_view yaml_text, const std::string& file) {
  // Every type, label and alias ends up in outputs that must stay UTF-8.
  if (const auto bad = base::find_invalid_utf8(yaml_text))
    throw base::InputError::at_offset(
        file, yaml_text, *bad, "not UTF-8 text (bad byte at offset " + std::to_string(*bad) + ")");
  YAML::Node root;
  base::check_yaml_nesting(yaml_text, file);
  try {
    if (const auto second = base::second_yaml_document(yaml_text))
      throw base::InputError::at_offset(file, yaml_text, *second,
                                        "a second YAML document ('---'): a lexicon holds one");
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    const bool deep = dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr;
    throw base::InputError(file, e.mark.line >= 0 ? static_cast<std::size_t>(e.mark.line) + 1 : 1,
                           e.mark.column >= 0 ? static_cast<std::size_t>(e.mark.column) + 1 : 1,
                           deep ? std::string(base::kYamlTooDeep) : e.msg);
  }
  Lexicon lex;
  if (root.IsNull()) return lex;
  if (!root.IsMap()) fail(file, root, "a lexicon is a map with event_types, actors, places, ...");
  // Every mistake in one run: each section and entry is read on after an error in another.
  Errors errors;
  check_keys(file, root, {"event_types", "actors", "places", "speech_verbs", "reaction_cues"},
             errors);
  collecting(
      errors, [&] { event_types(file, root["event_types"], lex, errors); }, file);
  collecting(
      errors, [&] { lex.actors = names(file, root["actors"], "actors", errors); }, file);
  collecting(
      errors, [&] { lex.places = names(file, root["places"], "places", errors); }, file);
  collecting(
      errors, [&] { lex.speech_verbs = string_list(file, root["speech_verbs"], "speech_verbs"); },
      file);
  collecting(
      errors,
      [&] { lex.reaction_cues = string_list(file, root["reaction_cues"], "reaction_cues"); }, file);
  std::stable_sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
    return std::make_pair(a.line(), a.column()) < std::make_pair(b.line(), b.column());
  });
  base::InputErrors::throw_if_any(std::move(errors));
  return lex;
}

const Lexicon& default_lexicon() {
  static const Lexicon lex = parse_lexicon(embedded::default_lexicon(), "data/lexicon.yaml");
  return lex;
}

Lexicon load_lexicon(const std::string& path) {
  std::string text;
  try {
    text = base::read_file(path);
  } catch (const std::exception&) {
    throw base::InputError(path, 1, 1, "cannot read lexicon file");
  }
  Lexicon extra = parse_lexicon(text, path);
  Lexicon lex = default_lexicon();
  auto append = [](auto& into, auto& from) { into.insert(into.end(), from.begin(), from.end()); };
  append(lex.event_types, extra.event_types);
  append(lex.actors, extra.actors);
  append(lex.places, extra.places);
  append(lex.speech_verbs, extra.speech_verbs);
  append(lex.reaction_cues, extra.reaction_cues);
  return lex;
}

}  // namespace chronograph::events
