// Parsing of the factuality word lists, and the model's closed classes the rules read.
#include "chronograph/events/factuality_words.hpp"

#include "chronograph/base/source_error.hpp"
#include "chronograph/embedded.hpp"

namespace chronograph::events {

namespace {
constexpr std::array<std::string_view, FactualityWords::kListCount> kListNames = {
    "realizing",       "failing",    "conditional", "irrealis_modifier",
    "future_modifier", "scheduling", "purpose",     "intention",
    "doubt",           "denial"};
}  // namespace

FactualityWords FactualityWords::parse(std::string_view text, const std::string& file,
                                       const WordClasses& model_classes) {
  FactualityWords fw;
  for (const auto& list : parse_word_lists(text, file)) {
    std::size_t k = 0;
    while (k < kListNames.size() && kListNames[k] != list.name) ++k;
    if (k == kListNames.size())
      throw base::InputError(file, list.line, 1, "unknown word list '" + list.name + "'");
    for (const auto& w : list.words) fw.lists_[k].insert(w);
  }
  auto& c = fw.classes;
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
  return fw;
}

std::string_view FactualityWords::shipped_text() { return embedded::factuality_words(); }

}  // namespace chronograph::events
