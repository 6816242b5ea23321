// Claim gists: the start of what a claim's speaker said, reporting boilerplate left out.
#include "chronograph/render/claim_gist.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "chronograph/embedded.hpp"
#include "chronograph/events/event_features.hpp"
#include "chronograph/events/lexicon.hpp"
#include "chronograph/render/label_text.hpp"

namespace chronograph::render {

namespace {

struct GistWords {
  std::vector<std::string> openers, attributions, speech;  // lower case, longest first
  std::set<std::string> name_words;
};

const GistWords& gist_words() {
  static const GistWords words = [] {
    GistWords w;
    const std::string file = "data/render/claim_gist.txt";
    for (const auto& list : events::parse_word_lists(embedded::claim_gist_words(), file)) {
      for (auto word : list.words) {
        std::replace(word.begin(), word.end(), '_', ' ');
        if (list.name == "opener") w.openers.push_back(word);
        if (list.name == "attribution") w.attributions.push_back(word);
        if (list.name == "name_word") w.name_words.insert(word);
      }
    }
    for (const auto& verb : events::default_lexicon().speech_verbs)
      if (verb.find("...") == std::string::npos) w.speech.push_back(verb);
    for (auto* list : {&w.openers, &w.attributions, &w.speech})
      std::stable_sort(list->begin(), list->end(),
                       [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return w;
  }();
  return words;
}

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether text starts with the phrase (ASCII case ignored) as whole words.
bool starts_with_words(std::string_view text, std::string_view phrase) {
  if (text.size() < phrase.size()) return false;
  for (std::size_t i = 0; i < phrase.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != phrase[i]) return false;
  return text.size() == phrase.size() || !alnum(text[phrase.size()]);
}

// Drops spaces, quote marks and a trailing ellipsis or comma at both ends.
void trim(std::string& s) {
  static constexpr std::string_view kMarks[] = {"\u201C", "\u201D", "\u2018", "\u2026", "\"",
                                                "'",      " ",      "\u00AB", "\u00BB"};
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    // A quotation cut before its attribution ends in a comma: "... for the city," he said.
    while (!s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':'))
      s.pop_back(), changed = true;
    for (auto m : kMarks) {
      if (s.starts_with(m) && m != "\u2026") s.erase(0, m.size()), changed = true;
      // A closing quote stays when it closes a quotation inside ("... calling it “remarkable.”").
      const bool closes_inner = (m == "\u201D" && s.find("\u201C") != std::string::npos) ||
                                (m == "\"" && std::count(s.begin(), s.end(), '"') % 2 == 0);
      if (s.ends_with(m) && m != "\u2018" && !closes_inner)
        s.erase(s.size() - m.size()), changed = true;
    }
  }
}

// Cuts ", according to media reports," down to nothing (and a leading one with its comma).
void drop_attribution(std::string& text, const GistWords& w) {
  for (std::size_t at = 0; at < text.size() && at < 120; ++at) {
    if (at > 0 && !(at >= 2 && text.compare(at - 2, 2, ", ") == 0)) continue;
    for (const auto& a : w.attributions) {
      if (!starts_with_words(std::string_view(text).substr(at), a)) continue;
      const std::size_t comma = text.find(',', at + a.size());
      if (comma == std::string::npos) return;
      if (at == 0) {
        text.erase(0, comma + 1);
      } else {
        text.erase(at - 2, comma + 1 - (at - 2));
        text.insert(at - 2, " ");
      }
      return;
    }
  }
}

// Drops the phrase naming the speaker at the start, with the speech verb and "that" after it:
// "U.S. President Trump stated that he ..." -> "he ...". The phrase ends in the speaker's
// name (full or last) and holds only capitalized words and a few others ("the", "of").
void drop_speaker_phrase(std::string& text, const std::string& speaker, const GistWords& w) {
  std::vector<std::string> names{speaker};
  const std::size_t space = speaker.rfind(' ');
  if (space != std::string::npos && speaker.size() - space > 3)
    names.push_back(speaker.substr(space + 1));
  for (const auto& name : names) {
    const std::size_t at = text.find(name);
    if (at == std::string::npos || at > 80) continue;
    const std::size_t end = at + name.size();
    if ((at > 0 && alnum(text[at - 1])) || (end < text.size() && alnum(text[end]))) continue;
    bool naming = true;
    for (std::size_t i = 0; i < at && naming;) {
      const std::size_t j = std::min(text.find(' ', i), at);
      const std::string word = text.substr(i, j - i);
      std::string low = word;
      std::transform(low.begin(), low.end(), low.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      naming = word.empty() || std::isupper(static_cast<unsigned char>(word[0])) ||
               w.name_words.count(low) > 0;
      i = j + 1;
    }
    if (!naming) continue;
    std::string rest = text.substr(end);
    trim(rest);
    bool verb = false;
    for (const auto& v : w.speech)
      if (starts_with_words(rest, v)) {
        rest.erase(0, v.size()), verb = true;
        break;
      }
    if (!verb && !rest.empty() && !std::islower(static_cast<unsigned char>(rest[0]))) continue;
    trim(rest);
    if (starts_with_words(rest, "that")) rest.erase(0, 4);
    trim(rest);
    if (!rest.empty()) text = rest;
    return;
  }
}

}  // namespace

std::string claim_gist(const graph::EventNode& n) {
  const GistWords& w = gist_words();
  const std::string speaker = clean_text(n.speaker);
  std::string label = clean_text(n.label);
  if (!speaker.empty() && label.starts_with(speaker)) {
    const std::size_t colon = label.find(": ", speaker.size());
    if (colon != std::string::npos && colon <= speaker.size() + 12) label.erase(0, colon + 2);
  }
  trim(label);
  // The label is cut short; the sentence it was cut from goes on.
  std::string text = label;
  std::string key = label.substr(0, std::min<std::size_t>(label.size(), 24));
  if (label.size() > 24) key.erase(std::min(key.size(), key.rfind(' ')));
  for (const auto& m : n.mentions) {
    const std::string sentence = clean_text(m.text);
    const std::size_t at = key.size() >= 8 ? sentence.find(key) : std::string::npos;
    if (at != std::string::npos) {
      text = sentence.substr(at);
      break;
    }
  }
  for (int pass = 0; pass < 3; ++pass) {
    trim(text);
    for (const auto& o : w.openers)
      if (starts_with_words(text, o) && text.size() > o.size() && text[o.size()] == ',') {
        text.erase(0, o.size() + 1);
        trim(text);
        break;
      }
    drop_attribution(text, w);
    trim(text);
    if (!speaker.empty()) drop_speaker_phrase(text, speaker, w);
  }
  trim(text);
  return text.empty() ? label : text;
}

}  // namespace chronograph::render
