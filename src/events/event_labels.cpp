// Headline-style labels of open-domain events ("Shareholders approve merger", "Levee
// breached"), made from the noun phrases around the event's verb.
#include <optional>
#include <string>
#include <string_view>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

// Headlines and titles capitalize every word: there a capital says nothing of a name.
bool title_case(const DocState& st) {
  std::size_t words = 0, upper = 0;
  for (const auto& t : st.toks)
    if (t.word && !t.digit) ++words, upper += t.upper;
  return words >= 3 && upper * 4 >= words * 3;
}

std::string capitalized(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

// "the earthquake that struck Varenia", "The toll from the quake that struck on Monday rose":
// the relative pronoun of a clause without commas ending at the verb group at g, or whose own
// verb comes before it; the subject is then the noun phrase before the pronoun.
std::optional<std::size_t> relative_pronoun_before(const DocState& st, const SentenceState& ss,
                                                   std::size_t g) {
  constexpr std::size_t kReach = 20;  // tokens
  const auto verb_at = [&](std::size_t k) {
    for (const DocumentEvent& v : ss.detected)
      if (v.token == k && v.pos == EventPos::verb) return true;
    return false;
  };
  for (std::size_t k = g; k-- > 1 && g - k <= kReach;) {
    const auto w = st.word(k);
    if (w == "," || w == ";" || w == ":" || w == "and" || w == "or") return std::nullopt;
    if (w != "that" && w != "which" && w != "who") continue;
    if (!st.toks[k - 1].word || verb_at(k - 1)) return std::nullopt;  // "said that"
    if (verb_at(k + 1) || verb_at(k + 2)) return k;
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {

// The third person of a verb lemma for a headline label ("approve" -> "approves").
std::string third_person(const std::string& lemma) {
  if (lemma.empty()) return lemma;
  const auto ends = [&](std::string_view s) { return lemma.ends_with(s); };
  if (ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z") || ends("o"))
    return lemma + "es";
  if (lemma.size() > 1 && ends("y") &&
      std::string_view("aeiou").find(lemma[lemma.size() - 2]) == std::string_view::npos)
    return lemma.substr(0, lemma.size() - 1) + "ies";
  return lemma + "s";
}

// Words of a noun phrase: nouns, names, adjectives, numbers; not verbs in use, function words,
// punctuation or parts of a time expression ("early 2022").
bool phrase_word(const DocState& st, const SentenceState& ss, std::size_t k) {
  const WordInfo& w = *st.detector.sentence_words()[k];
  if (w.punct || w.word_class || (w.lower.size() < 2 && !st.toks[k].digit)) return false;
  for (const std::size_t t : ss.timexes)
    if (st.toks[k].start < st.timexes[t].end && st.toks[k].end > st.timexes[t].start) return false;
  if (w.capitalized || w.digit) return true;
  return (w.pos_bits & (1 | 4)) != 0 && w.verb_form != 'd' && w.verb_form != 'g' &&
         w.verb_form != 'i';
}

// Whether token k is a verb's particle, not a preposition: "turned down, one of ...", "called
// off last week", "ordered out of their homes" (not "struck off the coast").
bool particle_at(const DocState& st, const SentenceState& ss, std::size_t k) {
  const std::size_t n = st.toks.size();
  if (k >= n) return false;
  const auto w = st.word(k);
  if (w != "down" && w != "off" && w != "up" && w != "out") return false;
  if (k + 1 >= n || !st.toks[k + 1].word || st.word(k + 1) == "of" || st.word(k + 1) == "by")
    return true;
  return std::any_of(ss.timexes.begin(), ss.timexes.end(),
                     [&](std::size_t x) { return st.timexes[x].start == st.toks[k + 1].start; });
}

// Whether token k is the ",ddd" group of a number the tokenizer split at its comma ("40,000").
bool thousands_group(const DocState& st, std::size_t k) {
  if (k < 2 || k >= st.toks.size() || !st.toks[k].digit || !st.toks[k - 2].digit ||
      st.raw(k).size() != 3 || st.raw(k - 1) != ",")
    return false;
  return st.toks[k - 1].start == st.toks[k - 2].end && st.toks[k].start == st.toks[k - 1].end;
}

// Tokens [b, e) as words of a label: spaced, a number's groups kept whole ("40,000 e-bikes").
std::string label_words(const DocState& st, std::size_t b, std::size_t e) {
  std::string out;
  for (std::size_t k = b; k < e; ++k) {
    if (k > b && thousands_group(st, k)) continue;  // with the digits before its comma
    if (!out.empty() && st.raw(k) != "%") out += ' ';
    out += st.raw(k);
    while (k + 2 < e && thousands_group(st, k + 2)) {
      out += ',';
      out += st.raw(k + 2);
      k += 2;
    }
  }
  return out;
}

// The words that hedge a number, "more than", "at least", "about": how many tokens, else 0.
std::size_t quantity_hedge(const DocState& st, std::size_t k) {
  const std::size_t n = st.toks.size();
  const auto w = k < n ? st.word(k) : std::string_view();
  std::size_t len = 0;
  if (k + 1 < n && (w == "more" || w == "less" || w == "fewer") && st.word(k + 1) == "than")
    len = 2;
  else if (k + 1 < n && w == "at" && (st.word(k + 1) == "least" || st.word(k + 1) == "most"))
    len = 2;
  else if (k + 1 < n && w == "up" && st.word(k + 1) == "to")
    len = 2;
  else if (w == "about" || w == "nearly" || w == "almost" || w == "some" || w == "over" ||
           w == "around" || w == "roughly" || w == "approximately")
    len = 1;
  return len && k + len < n && st.toks[k + len].digit ? len : 0;
}

// A plural WordNet lists as a word of its own ("authorities", "forces"): its singular is a noun.
bool plural_entry(const DocState& st, const std::string& lower) {
  if (lower.size() < 4 || lower.back() != 's' || lower.ends_with("ss") || lower.ends_with("us") ||
      lower.ends_with("is"))
    return false;
  const std::string singular = lower.ends_with("ies") ? lower.substr(0, lower.size() - 3) + "y"
                                                      : lower.substr(0, lower.size() - 1);
  return (st.detector.word(singular).pos_bits & 1) != 0;
}

}  // namespace

// "Shareholders approve merger", "Levee breached": a headline-style label of a verb event from
// the noun phrase before its verb group and the one after it.
std::string clause_label(const DocState& st, const SentenceState& ss, const DocumentEvent& e) {
  const auto info = [&](std::size_t k) -> const WordInfo& {
    return *st.detector.sentence_words()[k];
  };
  const std::size_t v = e.token;
  // The verb group: auxiliaries, negations and adverbs before the verb.
  std::size_t g = v;
  bool passive = false;
  // "NordSky's board is scheduled to meet", "the shaft is set to start": a plan word and its
  // "to" belong to the group, so the subject before them names who meets.
  // So do "began to unravel", "failed to agree", and "began sending ambulances".
  const auto inflected = [&](std::size_t k) { return info(k).lower != info(k).verb_lemma; };
  const auto phase = [&](std::size_t k) {
    return in_list(info(k), EventWordLists::realizing) || in_list(info(k), EventWordLists::failing);
  };
  if (g >= 2 && st.word(g - 1) == "to" &&
      (in_list(info(g - 2), EventWordLists::scheduling) ||
       ((in_list(info(g - 2), EventWordLists::intention) || phase(g - 2)) && inflected(g - 2))))
    g -= 2;
  else if (g >= 1 && info(v).verb_form == 'g' && phase(g - 1) && inflected(g - 1))
    g -= 1;
  const std::size_t plan_at = g;
  while (g > 0) {
    const WordInfo& w = info(g - 1);
    const auto c = st.detector.model().classes().name(w.word_class);
    if (c == "be" || c == "have" || c == "do" || c == "modal" || c == "negaux" || c == "neg" ||
        c == "adv" || (!w.word_class && w.lower.ends_with("ly") && !w.capitalized)) {
      passive = passive || c == "be";
      --g;
    } else {
      break;
    }
  }
  // The "is" of "is scheduled to meet" is the plan word's, not a passive of the verb.
  passive = passive && info(v).verb_form != 'g' && plan_at == v;
  // "the talks held in Istanbul": a participle right after its noun, before a preposition or a
  // comma, is passive too.
  if (!passive && g == v && v > 0 && v + 1 < st.toks.size() &&
      (info(v).verb_form == 'd' || info(v).verb_form == 'i')) {
    // "the deal reached late on Sunday": an adverb may come between.
    std::size_t n = v + 1;
    if (n + 1 < st.toks.size() && !info(n).word_class && (info(n).pos_bits & 8) &&
        !(info(n).pos_bits & 1))
      ++n;
    const WordInfo& next = info(n);
    const auto nc = st.detector.model().classes().name(next.word_class);
    passive = (nc == "prep" || next.lower == "," || next.lower == "by" ||
               (info(v).verb_form == 'd' && particle_at(st, ss, v + 1))) &&
              phrase_word(st, ss, v - 1);
  }
  // The particle a passive label keeps: "Bids turned down", "Arrangement called off".
  const bool particle = particle_at(st, ss, v + 1);
  std::string subject;
  bool plural = false;
  // The clause's own verb: its subject is the noun right before the pronoun ("the earthquake
  // that struck"), not a head that noun hangs on ("the toll from the earthquake").
  bool antecedent = false;
  // "strong gusts on Tuesday night pushed the fire", "regulators on Thursday blocked the
  // deal": the subject is before a time told between it and its verb.
  for (const std::size_t t : ss.timexes) {
    const auto& x = st.timexes[t];
    if (g == 0 || x.end != st.toks[g - 1].end) continue;
    std::size_t tb = g - 1;
    while (tb > 0 && st.toks[tb - 1].start >= x.start) --tb;
    if (tb > 0 && (st.word(tb - 1) == "on" || st.word(tb - 1) == "in" || st.word(tb - 1) == "at"))
      --tb;
    if (tb > 0 && phrase_word(st, ss, tb - 1)) g = tb;
    break;
  }
  if (const auto r = relative_pronoun_before(st, ss, g)) {
    antecedent = *r + 1 == g;
    g = *r;
  }
  {
    // "Shares in the main investor, NordSpace, fell": the subject ends before an apposition.
    if (g > 2 && st.word(g - 1) == ",") {
      std::size_t j = g - 1;
      while (j > 0 && g - j <= 5 && phrase_word(st, ss, j - 1)) --j;
      if (j + 1 < g && j > 1 && st.word(j - 1) == ",") g = j - 1;
    }
    std::size_t b = g, subject_end = g;
    while (b > 0 && g - b < 3 && phrase_word(st, ss, b - 1)) --b;
    // "European Union competition regulators": no half of a name ("Union competition ..."):
    // the words after it, or else the whole name ("U.S. Federal Trade Commission").
    // A title opens a name of its own ("Governor Hendra Saputra"); "of" and "and" join one
    // ("the Department of Social Welfare and Development").
    // (The capital opening the sentence says nothing: "Shares of Nimbus fell".)
    const auto name_cap = [&](std::size_t k) {
      return st.toks[k].upper && (k > 0 || info(k).proper_lexname != 0xFF || !info(k).pos_bits);
    };
    const auto joins = [&](std::size_t k) {
      return (st.word(k) == "of" || st.word(k) == "and") && k > 0 && name_cap(k - 1);
    };
    if (b > 0 && b < g && (name_cap(b - 1) || joins(b - 1)) && st.toks[b].upper &&
        st.toks[b - 1].word && !st.is(b, kRoleNounWord)) {
      std::size_t r = b;
      while (r < g && st.toks[r].upper) ++r;
      if (r < g) {
        b = r;
      } else {
        while (b > 0 && g - b < 6 && st.toks[b - 1].word &&
               ((name_cap(b - 1) && phrase_word(st, ss, b - 1)) || joins(b - 1)))
          --b;
        if (!st.toks[b].upper) b = g;  // a name cut short by the limit is no subject
      }
    }
    while (thousands_group(st, b)) b -= 2;  // "40,000 bikes sold", not "000 bikes sold"
    // "At least 14 people injured", not "Least 14 people injured".
    if (b > 0 && b < g && st.word(b - 1) == "at" && (st.word(b) == "least" || st.word(b) == "most"))
      --b;
    // "Shares of Nimbus fell", "The mayor of Lisbon resigned": the head before "of" is the
    // subject's.
    std::size_t head_at = g - 1;
    if (!antecedent && b >= 2 && b < g && st.word(b - 1) == "of" && phrase_word(st, ss, b - 2) &&
        !st.toks[b - 2].digit) {
      head_at = b - 2;
      b -= 2;
      if (b > 0 && phrase_word(st, ss, b - 1) && !st.toks[b - 1].upper) --b;
      while (thousands_group(st, b)) b -= 2;  // "4,200 residents of Harlow Creek"
    }
    // "Dock workers at the port of Rotterdam returned", "Trade between the two countries fell":
    // the head comes before a place, company or parties phrase.
    if (std::size_t p = b; !antecedent && b < subject_end && p > 1) {
      // "in the company's main investor": past the possessor too.
      if (p > 2 && (st.word(p - 1) == "'s" || st.word(p - 1) == "\u2019s")) p -= 2;
      // "the two countries", "a second defendant", "within a mile of the site".
      for (int steps = 0, hops = 0; steps < 3 && p > 2; ++steps) {
        const auto c = st.detector.model().classes().name(info(p - 1).word_class);
        const bool modifier =
            !info(p - 1).word_class && !st.toks[p - 1].upper && (info(p - 1).pos_bits & 4);
        if (hops == 0 && st.word(p - 1) == "of" && p > 3 && phrase_word(st, ss, p - 2)) {
          p -= 2, steps = -1, hops = 1;  // the "of" phrase is the place phrase's own
          continue;
        }
        if (c != "det" && c != "poss" && c != "num" && !st.toks[p - 1].digit && !modifier) break;
        --p;
      }
      // "A previous attempt to reach the asteroid failed": the head is before the infinitive.
      if (p > 3 && st.word(p - 2) == "to" && info(p - 1).verb_form == 'b' &&
          phrase_word(st, ss, p - 3)) {
        head_at = p - 3;
        b = p - 3;
        while (b > 0 && head_at + 1 - b < 3 && phrase_word(st, ss, b - 1)) --b;
        subject_end = head_at + 1;
        p = b;
      }
      // "A probe drilled from the surface broke", "Residents living within a mile of the site
      // were evacuated": past a participle that hangs the phrase on its head.
      const bool participle = p > 2 && !st.toks[p - 2].upper &&
                              (info(p - 2).verb_form == 'd' || info(p - 2).verb_form == 'g') &&
                              phrase_word(st, ss, p - 3);
      if (p > 1 && in_list(info(p - 1), EventWordLists::subject_place_prep) &&
          (phrase_word(st, ss, p - 2) || participle)) {
        if (participle && !phrase_word(st, ss, p - 2)) --p;
        head_at = p - 2;
        b = p - 1;
        while (b > 0 && head_at + 1 - b < 3 && phrase_word(st, ss, b - 1)) --b;
        subject_end = head_at + 1;
      }
    }
    subject = label_words(st, b, subject_end);
    if (b < subject_end) {
      // A capital opening the sentence says nothing of a name: "Authorities in X ordered".
      const bool opening = head_at == 0 || st.raw(head_at - 1) == ":";
      const WordInfo& head =
          opening && info(head_at).capitalized ? st.detector.word(st.word(head_at)) : info(head_at);
      plural = (!head.capitalized || opening) && !head.noun_lemma.empty() &&
               (head.noun_lemma != head.lower || plural_entry(st, head.lower));
      // "Floodwaters began to recede": a plural WordNet does not list.
      const auto low = head.lower;
      plural = plural || ((!head.capitalized || opening) && head.noun_lemma.empty() &&
                          head.verb_lemma.empty() && low.size() > 4 && low.ends_with("s") &&
                          !low.ends_with("ss") && !low.ends_with("us") && !low.ends_with("is"));
    }
  }
  std::string object;
  if (!passive) {
    std::size_t k = v + 1;
    while (k < st.toks.size() && k <= v + 2) {
      const auto c = st.detector.model().classes().name(info(k).word_class);
      if (c != "det" && c != "poss") break;
      ++k;
    }
    const std::size_t b = k;
    // A number counts as no word of the object: "recalls 40,000 e-bikes", not "recalls 40".
    // Its hedge and unit stay with it: "cancels more than 400 flights", "falls 12%".
    std::size_t words_from = b;
    k += quantity_hedge(st, k);
    if (k < st.toks.size() && st.toks[k].digit && phrase_word(st, ss, k)) {
      ++k;
      while (thousands_group(st, k + 1)) k += 2;
      if (k < st.toks.size() && in_list(info(k), EventWordLists::scale_word))
        ++k;  // "pledged 200 million yen"
      if (k < st.toks.size() && (st.raw(k) == "%" || st.word(k) == "percent")) ++k;
      words_from = k;
    } else if (k < st.toks.size() && st.toks[k].digit &&
               st.word(k).find('-') != std::string_view::npos) {
      words_from = ++k;  // "declared a 14-day state of emergency": a measure, no head
    } else {
      k = b;
    }
    // "lit a controlled burn": a participle before the object's noun describes it.
    if (k == words_from && k + 1 < st.toks.size() && info(k).verb_form == 'd' &&
        !st.toks[k].upper && phrase_word(st, ss, k + 1))
      ++k;
    while (k < st.toks.size() && k - words_from < 2 && phrase_word(st, ss, k)) ++k;
    // "declared a state of emergency": a one-word head keeps the noun of its "of".
    if (k == words_from + 1 && k + 1 < st.toks.size() && st.word(k) == "of" &&
        phrase_word(st, ss, k + 1) && !st.toks[k + 1].digit)
      k += 2;
    // "presented its document back in May": an adverb ends the object.
    while (k > words_from + 1 && (st.detector.sentence_words()[k - 1]->pos_bits & 8)) --k;
    std::size_t ob = b;
    // "blocked Dutch carrier Vantair Group's planned 1.8 billion euro takeover of NordSky":
    // the words before a possessor's name are its own; the head comes after the possessive.
    for (std::size_t p = k; p < st.toks.size() && p <= k + 3; ++p) {
      if (st.raw(p) != "'s" && st.raw(p) != "\u2019s") {
        if (!st.toks[p].upper) break;
        continue;
      }
      std::size_t q = p + 1;
      while (q < st.toks.size() && q <= p + 7 && st.toks[q].word && st.word(q) != "of" &&
             !st.is(q, kSubjectStopWord))
        ++q;
      if (q > p + 1 && phrase_word(st, ss, q - 1) && !st.toks[q - 1].digit) ob = q - 1, k = q;
      break;
    }
    object = label_words(st, ob, k);
  }
  const WordInfo& verb = info(v);
  const std::string& lemma = verb.verb_lemma.empty() ? verb.lemma : verb.verb_lemma;
  if (subject.empty() && object.empty()) return capitalized(e.event_concept);
  std::string label;
  if (passive)
    label = subject + " " + std::string(st.raw(v)) +
            (particle ? " " + std::string(st.raw(v + 1)) : std::string());
  else
    label = (subject.empty() ? "" : subject + " ") +
            (subject.empty() || plural ? lemma : third_person(lemma)) +
            (object.empty() ? "" : " " + object);
  return capitalized(label);
}
}  // namespace chronograph::events::detail
