// Parsing the event rules' word lists, and which lists each word is in.
#include "chronograph/events/event_word_lists.hpp"

#include "chronograph/base/source_error.hpp"

namespace chronograph::events {

namespace {
constexpr std::array<std::string_view, EventWordLists::kListCount> kListNames = {
    "realizing",    "failing",       "conditional",     "irrealis_modifier", "future_modifier",
    "scheduling",   "scheduled_for", "plan_topic",      "purpose",           "intention",
    "doubt",        "denial",        "denial_with_out", "cancelling",        "cancelling_with_off",
    "resulting",    "hedge",         "habit",           "likelihood",        "light_verb",
    "generic_noun", "support_verb",  "phase_verb",      "relation_verb",     "performative_verb",
    "naming_verb",  "group_noun",    "sequel_noun",     "event_noun",        "subject_place_prep",
    "scale_word",   "position_verb", "charge_verb"};
}  // namespace

void EventWordLists::add(std::string_view text, const std::string& file) {
  for (const auto& list : parse_word_lists(text, file)) {
    std::size_t k = 0;
    while (k < kListNames.size() && kListNames[k] != list.name) ++k;
    if (k == kListNames.size())
      throw base::InputError(file, list.line, 1, "unknown word list '" + list.name + "'");
    for (const auto& w : list.words) lists_[k].insert(w);
  }
}

EventWordLists EventWordLists::parse(std::string_view factuality_text,
                                     std::string_view timeline_text,
                                     const WordClasses& model_classes) {
  EventWordLists lists;
  lists.add(factuality_text, "data/events/factuality_words.txt");
  lists.add(timeline_text, "data/events/timeline_words.txt");
  auto& c = lists.classes;
  const auto id = [&](std::string_view n) { return model_classes.id(n); };
  c.be = id("be");
  c.have = id("have");
  c.do_ = id("do");
  c.modal = id("modal");
  c.negaux = id("negaux");
  c.to = id("to");
  c.neg = id("neg");
  c.adv = id("adv");
  c.det = id("det");
  c.poss = id("poss");
  c.prep = id("prep");
  c.comp = id("comp");
  c.pron = id("pron");
  c.num = id("num");
  return lists;
}

std::uint64_t EventWordLists::lists_of(const WordInfo& w) const {
  std::uint64_t bits = 0;
  for (std::size_t k = 0; k < kListCount; ++k) {
    const Set& set = lists_[k];
    if (set.count(w.lower) || set.count(w.lemma) ||
        (!w.verb_lemma.empty() && set.count(w.verb_lemma)) ||
        (!w.noun_lemma.empty() && set.count(w.noun_lemma)))
      bits |= std::uint64_t{1} << k;
  }
  return bits;
}

bool EventWordLists::holds(List list, std::string_view word) const {
  // List words are short; a longer word is in no list.
  std::array<char, 32> buf{};
  if (word.size() > buf.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    buf[k] = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] - 'A' + 'a') : word[k];
  return lists_[list].count(std::string_view(buf.data(), word.size())) > 0;
}

}  // namespace chronograph::events
