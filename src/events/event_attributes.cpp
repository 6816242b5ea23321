// Tense, aspect, polarity, modality and factuality of a detected event, from its verb group.
#include <algorithm>
#include <array>

#include "chronograph/events/event_detector.hpp"
#include "chronograph/events/event_word_lists.hpp"

namespace chronograph::events {

namespace {

constexpr std::array<std::string_view, 7> kTenseNames = {
    "NONE", "PAST", "PRESENT", "FUTURE", "INFINITIVE", "PRESPART", "PASTPART"};
constexpr std::array<std::string_view, 4> kAspectNames = {"NONE", "PROGRESSIVE", "PERFECTIVE",
                                                          "PERFECTIVE_PROGRESSIVE"};
constexpr std::array<std::string_view, 6> kFactualityNames = {
    "asserted", "future", "negated", "modal", "hypothetical", "intended"};

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.substr(w.size() - s.size()) == s;
}

// The auxiliaries, "to", negations and adverbs right before a verb: "has not yet been".
struct VerbGroup {
  std::ptrdiff_t to = -1, modal = -1, will = -1, have = -1, be = -1, do_ = -1, neg = -1;
  std::ptrdiff_t first = -1;  // leftmost word of the group
};

VerbGroup verb_group(std::span<const WordInfo* const> words, std::size_t i,
                     const EventWordLists& fw) {
  VerbGroup g;
  const auto& k = fw.classes;
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 1, seen = 0; j >= 0 && seen < 6;
       --j, ++seen) {
    const WordInfo& w = *words[static_cast<std::size_t>(j)];
    const std::uint8_t c = w.word_class;
    if (c == k.to && g.to < 0 && g.modal < 0 && g.have < 0 && g.be < 0) {
      g.to = j;
    } else if (c == k.modal) {
      (w.lower == "will" || w.lower == "shall" || w.lower == "'ll" || w.lower == "’ll" ||
               w.lower == "wo"
           ? g.will
           : g.modal) = j;
    } else if (c == k.negaux) {
      g.neg = j;
      if (w.lower.starts_with("won") || w.lower.starts_with("wo"))
        g.will = j;
      else if (w.lower.starts_with("do") || w.lower.starts_with("di"))
        g.do_ = j;
      else if (w.lower.starts_with("ha"))
        g.have = j;
      else if (w.lower.starts_with("is") || w.lower.starts_with("are") ||
               w.lower.starts_with("was") || w.lower.starts_with("were"))
        g.be = j;
      else
        g.modal = j;
    } else if (c == k.have) {
      if (g.have < 0) g.have = j;
    } else if (c == k.be) {
      if (g.be < 0) g.be = j;
    } else if (c == k.do_) {
      if (g.do_ < 0) g.do_ = j;
    } else if (c == k.neg && w.lower != "no" && w.lower != "without") {
      g.neg = j;
    } else if (c == k.adv || (w.word_class == 0 && !w.capitalized && ends_with(w.lower, "ly"))) {
      // "has also", "had already", "quickly": adverbs inside the group
    } else {
      break;
    }
    g.first = j;
  }
  // "to" counts only when it is the last group word before the verb ("failed to agree"), not
  // "to be" ("was to be held"): then the group goes on past it.
  return g;
}

// "could miss most of the quarter and lose $1.2 billion", "will hire staff and expand": a
// bare verb right after "and"/"or" shares the modal, "will" or "to" of the verb it is joined
// to. Looks back through the first verb's object to the nearest such word in the sentence.
void coordinated_group(std::span<const WordInfo* const> words, std::size_t i,
                       const EventWordLists& fw, VerbGroup& g) {
  const WordInfo& w = *words[i];
  if (g.first >= 0 || i < 2 || w.verb_lemma.empty() || w.lower != w.verb_lemma) return;
  if (words[i - 1]->lower != "and" && words[i - 1]->lower != "or") return;
  const auto& k = fw.classes;
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 2, seen = 0; j >= 0 && seen < 14;
       --j, ++seen) {
    const WordInfo& x = *words[static_cast<std::size_t>(j)];
    if (x.punct && x.lower != "," && x.lower != "$") return;
    // A clause opener between them: "... that they said and leave" is another clause's verb.
    if (x.lower == "that" || x.lower == "which" || x.lower == "who" || x.lower == "if" ||
        x.lower == "when" || x.lower == "because")
      return;
    if (x.word_class == k.modal) {
      (x.lower == "will" || x.lower == "shall" || x.lower == "'ll" || x.lower == "’ll" ? g.will
                                                                                       : g.modal) =
          j;
      return;
    }
    if (x.word_class == k.to) {
      g.to = j;
      return;
    }
    // A finite verb of its own in between ("said", "has") ends the search.
    if (x.word_class == k.be || x.word_class == k.have || x.word_class == k.do_ ||
        x.word_class == k.negaux)
      return;
  }
}

Tense tense_of_aux(const WordInfo& aux) {
  const std::string_view w = aux.lower;
  if (w == "was" || w == "were" || w == "had" || w == "did" || w.starts_with("wasn") ||
      w.starts_with("weren") || w.starts_with("hadn") || w.starts_with("didn") || w == "'d" ||
      w == "’d")
    return Tense::past;
  if (w == "being" || w == "having" || w == "doing") return Tense::prespart;
  if (w == "been") return Tense::pastpart;
  if (w == "be" || w == "have" || w == "do") return Tense::infinitive;
  return Tense::present;
}

void set_tense(std::span<const WordInfo* const> words, std::size_t i, const VerbGroup& g,
               DetectedEvent& e) {
  const WordInfo& w = *words[i];
  const bool ing = ends_with(w.lower, "ing");
  const bool base = !w.verb_lemma.empty() && w.lower == w.verb_lemma;
  const bool third = !base && ends_with(w.lower, "s") && !ends_with(w.lower, "ss");
  const bool participle = !base && !ing && !third;  // "held", "approved", "struck"
  if (g.to >= 0 && (base || g.be >= 0 || g.have >= 0)) {
    e.tense = Tense::infinitive;
  } else if (g.will >= 0) {
    e.tense = Tense::future;
  } else if (g.have >= 0 || g.be >= 0 || g.do_ >= 0) {
    const auto aux = g.have >= 0 ? g.have : g.be >= 0 ? g.be : g.do_;
    e.tense = tense_of_aux(*words[static_cast<std::size_t>(aux)]);
    // "organisers have removed her": a bare "have" with no modal before it is the present
    // ("could have removed" stays an infinitive).
    if (e.tense == Tense::infinitive && g.modal < 0) e.tense = Tense::present;
  } else if (g.modal >= 0) {
    e.tense = Tense::none;
  } else if (e.pos != EventPos::verb) {
    e.tense = Tense::none;
  } else {
    e.tense = ing ? Tense::prespart : participle ? Tense::past : Tense::present;
  }
  if (e.pos == EventPos::verb) {
    // "has been set", "have cut": a base-form participle is perfective all the same.
    if (g.have >= 0 && (participle || ing || base))
      e.aspect = ing && g.be >= 0 ? Aspect::perfective_progressive : Aspect::perfective;
    else if (g.be >= 0 && ing)
      e.aspect = Aspect::progressive;
  }
}

// The nearest condition word ("if", "unless") to the left with no clause break in between.
std::ptrdiff_t condition_before(std::span<const WordInfo* const> words, std::size_t i) {
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 1; j >= 0; --j) {
    const WordInfo& w = *words[static_cast<std::size_t>(j)];
    if (w.punct && (w.lower == ";" || w.lower == ":" || w.lower == "." || w.lower == "—"))
      return -1;
    if (in_list(w, EventWordLists::conditional)) return j;
    if (w.lower == ",") {
      // "If X, Y": Y is the consequence. Y's own modal or future says what it is.
      return -1;
    }
  }
  return -1;
}

// A subject that denies its verb: "no date has been set", "no one was hurt", "nobody died",
// "none of the passengers were injured". Returns the denying word, or -1.
std::ptrdiff_t denying_subject(std::span<const WordInfo* const> words, std::ptrdiff_t first,
                               const EventWordLists& fw) {
  const auto& k = fw.classes;
  auto at = [&](std::ptrdiff_t j) -> const WordInfo& {
    return *words[static_cast<std::size_t>(j)];
  };
  for (std::ptrdiff_t j = first - 1, seen = 0; j >= 0 && seen < 4; --j, ++seen) {
    const WordInfo& w = at(j);
    if (w.lower == "nobody" || w.lower == "nothing" || w.lower == "none" || w.lower == "no")
      return j;
    // "none of the passengers": the phrase after "none of" is the subject's.
    if (w.word_class == k.det && j >= 2 && at(j - 1).lower == "of" && at(j - 2).lower == "none")
      return j - 2;
    // The subject's own words only: "no [major] damage", "no [one]".
    if (w.punct || w.word_class == k.prep || w.word_class == k.det || w.word_class == k.be ||
        w.word_class == k.have || w.word_class == k.modal || w.word_class == k.to)
      return -1;
  }
  return -1;
}

// "a ruling before then is unlikely", "further strikes are possible": an event noun heading the
// subject of "be" + a likelihood adjective is a possibility. Returns the adjective, or -1.
std::ptrdiff_t likelihood_predicate(std::span<const WordInfo* const> words, std::size_t i,
                                    const DetectedEvent& e, const EventWordLists& fw) {
  if (e.pos != EventPos::noun) return -1;
  const auto& k = fw.classes;
  constexpr std::size_t kMaxSubjectTail = 5;  // "before then", "of the two sides"
  for (std::size_t j = i + 1; j + 1 < words.size() && j <= i + kMaxSubjectTail; ++j) {
    const WordInfo& w = *words[j];
    if (w.word_class == k.be) {
      std::size_t a = j + 1;
      // "is highly unlikely"; but "likely" itself may read as an adverb ("are likely.").
      if (a + 1 < words.size() && words[a]->word_class == k.adv &&
          !in_list(*words[a], EventWordLists::likelihood))
        ++a;
      if (!in_list(*words[a], EventWordLists::likelihood)) return -1;
      // "The attack was impossible to prevent", "The evacuation was possible because ...":
      // said of an event that happened.
      if (a + 1 < words.size() &&
          (words[a + 1]->word_class == k.to || words[a + 1]->lower == "because" ||
           words[a + 1]->lower == "thanks"))
        return -1;
      return static_cast<std::ptrdiff_t>(a);
    }
    if (w.punct || w.word_class == k.modal || w.word_class == k.have || w.verb_form == 'd' ||
        w.verb_form == 's')
      return -1;
  }
  return -1;
}

}  // namespace

std::string_view to_string(Tense t) { return kTenseNames[static_cast<std::size_t>(t)]; }
std::string_view to_string(Aspect a) { return kAspectNames[static_cast<std::size_t>(a)]; }
std::string_view to_string(Factuality f) { return kFactualityNames[static_cast<std::size_t>(f)]; }
std::optional<Factuality> factuality_from_string(std::string_view word) {
  for (std::size_t i = 0; i < kFactualityNames.size(); ++i)
    if (kFactualityNames[i] == word) return static_cast<Factuality>(i);
  return std::nullopt;
}

void describe_event(std::span<const WordInfo* const> words, std::size_t i, const EventWordLists& fw,
                    DetectedEvent& e) {
  VerbGroup g = verb_group(words, i, fw);
  coordinated_group(words, i, fw, g);
  set_tense(words, i, g, e);
  e.modal_token = static_cast<std::int32_t>(g.modal);
  const auto& k = fw.classes;
  // Negation: in the verb group, or a determiner "no" / a "without" before a noun.
  std::ptrdiff_t neg = g.neg;
  if (neg < 0 && e.pos != EventPos::verb) {
    for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 1;
         j >= 0 && j >= static_cast<std::ptrdiff_t>(i) - 3; --j) {
      const WordInfo& w = *words[static_cast<std::size_t>(j)];
      if (w.lower == "no" || w.lower == "without" || w.lower == "never") {
        neg = j;
        break;
      }
      if (w.punct || w.word_class == k.prep || w.word_class == k.det) break;
    }
  }
  // "received no advance notice", "found no evidence": a verb whose object is "no" thing did
  // not happen ("voted no on the bill", "said no." did).
  if (neg < 0 && e.pos == EventPos::verb && i + 2 < words.size() && words[i + 1]->lower == "no" &&
      !words[i + 2]->punct && words[i + 2]->word_class != k.prep)
    neg = static_cast<std::ptrdiff_t>(i) + 1;
  // "cleared the deal without asking for changes": a gerund after "without" did not happen;
  // nor did what comes after "rather than" or "instead of" ("rather than just pretending").
  if (neg < 0 && e.pos == EventPos::verb && i > 0 && words[i - 1]->lower == "without")
    neg = static_cast<std::ptrdiff_t>(i) - 1;
  if (neg < 0 && e.pos == EventPos::verb && g.to < 0)
    neg = denying_subject(words, g.first >= 0 ? g.first : static_cast<std::ptrdiff_t>(i), fw);
  for (std::size_t j = i; neg < 0 && j >= 2 && i - j <= 1; --j) {
    const auto& a = words[j - 2]->lower;
    const auto& b = words[j - 1]->lower;
    if ((a == "rather" && b == "than") || (a == "instead" && b == "of"))
      neg = static_cast<std::ptrdiff_t>(j) - 1;
    if (j - 1 < i && !(words[j - 1]->word_class == k.adv)) break;
  }
  e.negated = neg >= 0;

  // Factuality, the strongest reason first.
  auto set = [&](Factuality f, std::ptrdiff_t cue) {
    e.factuality = f;
    e.cue_token = static_cast<std::int32_t>(cue);
  };
  if (const auto cond = condition_before(words, i); cond >= 0)
    return set(Factuality::hypothetical, cond);
  if (neg >= 0) return set(Factuality::negated, neg);
  if (g.modal >= 0) return set(Factuality::modal, g.modal);
  // "everything allegedly collapsed", "was supposedly killed": hedged, so modal.
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 1;
       j >= 0 && j >= static_cast<std::ptrdiff_t>(i) - 3; --j) {
    const WordInfo& w = *words[static_cast<std::size_t>(j)];
    if (in_list(w, EventWordLists::hedge)) return set(Factuality::modal, j);
    // A habit adverb counts right before the verb or its one auxiliary ("usually take", "has
    // rarely been"), not before an adjective ("the normally busy port closed").
    const bool next_to_verb =
        static_cast<std::size_t>(j) + 1 == i ||
        (static_cast<std::size_t>(j) + 2 == i &&
         (words[i - 1]->word_class == k.be || words[i - 1]->word_class == k.have ||
          words[i - 1]->word_class == k.modal));
    // Present forms only: "generally opened on time on Sunday" tells one event.
    const char form = words[i]->verb_form;
    if (e.pos == EventPos::verb && next_to_verb && (form == 'b' || form == 's') &&
        in_list(w, EventWordLists::habit))
      return set(Factuality::modal, j);
    if (w.punct || w.word_class == k.det || w.word_class == k.prep) break;
  }
  if (const auto cue = likelihood_predicate(words, i, e, fw); cue >= 0)
    return set(Factuality::modal, cue);
  if (e.tense == Tense::infinitive && g.to >= 0) {
    // What governs the infinitive: "began to rise" happened, "failed to agree" did not,
    // "in order to", "plans to", "aimed to" are intentions.
    const std::ptrdiff_t gov = g.to - 1;
    if (gov >= 0) {
      const WordInfo& gw = *words[static_cast<std::size_t>(gov)];
      if (in_list(gw, EventWordLists::realizing)) return;  // asserted
      if (in_list(gw, EventWordLists::failing)) return set(Factuality::negated, gov);
      if (in_list(gw, EventWordLists::scheduling)) {
        // "had been scheduled to unveil the phone on September 9", "which had been due to
        // open": a plan told in the past perfect is one overtaken, not what is to come.
        const bool overtaken = gov >= 2 &&
                               words[static_cast<std::size_t>(gov - 1)]->lower == "been" &&
                               (words[static_cast<std::size_t>(gov - 2)]->lower == "had" ||
                                words[static_cast<std::size_t>(gov - 2)]->lower == "'d");
        return set(overtaken ? Factuality::intended : Factuality::future, gov);
      }
    }
    return set(Factuality::intended, g.to);
  }
  if (g.will >= 0) return set(Factuality::future, g.will);
  if (e.pos != EventPos::verb) {
    // "the planned merger", "a possible strike", "the upcoming vote", "Vantair's planned 1.8
    // billion euro takeover" (amounts and nouns of the phrase in between).
    for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) - 1;
         j >= 0 && j >= static_cast<std::ptrdiff_t>(i) - 5; --j) {
      const WordInfo& w = *words[static_cast<std::size_t>(j)];
      if (in_list(w, EventWordLists::irrealis_modifier)) return set(Factuality::intended, j);
      if (in_list(w, EventWordLists::future_modifier)) return set(Factuality::future, j);
      if (w.punct || w.word_class == k.det || w.word_class == k.poss || w.word_class == k.prep ||
          w.word_class == k.be || w.word_class == k.have ||
          (!w.verb_lemma.empty() && w.lower != w.verb_lemma))
        break;
    }
  }
}

}  // namespace chronograph::events
