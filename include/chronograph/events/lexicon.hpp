// The trigger lexicon kept as data (data/lexicon.yaml): event types, actors, places, cues.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::events {

struct EventTypeEntry {
  std::string type;                   // "talks"
  std::string label;                  // label head ("talks", "drone strikes")
  std::vector<std::string> triggers;  // lower-case words or phrases ("talks", "negotiations")
};

struct NameEntry {
  std::string name;                  // canonical ("Russia")
  std::vector<std::string> aliases;  // surface forms, case-sensitive ("the Kremlin", "Moscow")
  std::string kind;                  // "person", "country", "organization", "city", ...
};

struct Lexicon {
  std::vector<EventTypeEntry> event_types;
  std::vector<NameEntry> actors;
  std::vector<NameEntry> places;
  std::vector<std::string> speech_verbs;   // "said", "noted", "believes", "stated", ...
  std::vector<std::string> reaction_cues;  // "expressed optimism", "welcomed", "condemned", ...
};

// Parses lexicon YAML; throws base::InputError "file:line:column: error: ..." on bad input.
Lexicon parse_lexicon(std::string_view yaml_text, const std::string& file);

// The lexicon compiled into the binary (a copy of data/lexicon.yaml at build time).
const Lexicon& default_lexicon();

// Loads a lexicon file; its entries extend the default ones.
Lexicon load_lexicon(const std::string& path);

}  // namespace chronograph::events
