// Finding a document's open-domain events sentence by sentence, and dating each one.
#include "chronograph/events/document_events.hpp"

#include <algorithm>
#include <array>

#include "chronograph/base/date_value.hpp"
#include "chronograph/events/event_dating.hpp"

namespace chronograph::events {

namespace {
constexpr std::array<std::string_view, 4> kBasisNames = {"none", "timex", "dct", "event"};
}  // namespace

std::string_view to_string(DateBasis basis) { return kBasisNames[static_cast<std::size_t>(basis)]; }

namespace {

bool told_as_fact(Factuality f) { return f == Factuality::asserted || f == Factuality::future; }

std::string_view token_text(std::string_view text, std::span<const Token> tokens, std::size_t k) {
  return text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
}

// A verb told as fact that cancels what it acts on: "cancelled", "scrapped", "called off".
bool cancelling_verb(std::string_view text, std::span<const Token> tokens, const DocumentEvent& g) {
  if (g.pos != EventPos::verb || !told_as_fact(g.factuality)) return false;
  const auto in = [&](EventWordLists::List l) { return (g.lists >> l) & 1u; };
  return in(EventWordLists::cancelling) ||
         (in(EventWordLists::cancelling_with_off) && g.token + 1 < tokens.size() &&
          token_text(text, tokens, g.token + 1) == "off");
}

// Whether a "that" follows the verb at `from` after nothing but a time ("alleged on Monday
// evening that"), before token `to`.
bool that_after_time(std::string_view text, std::span<const Token> tokens,
                     const EventDetector& detector, std::size_t from, std::size_t to) {
  for (std::size_t k = from + 1; k < to; ++k) {
    const auto w = token_text(text, tokens, k);
    if (w == "that") return k > from + 1;
    const auto c = detector.model().classes().name(detector.word(w).word_class);
    const bool time_word = c == "day" || c == "month" || c == "prep" || c == "det" || c == "num" ||
                           w == "morning" || w == "afternoon" || w == "evening" || w == "night" ||
                           w == "week" || w == "last" || w == "late" || w == "early" ||
                           tokens[k].digit;
    if (!time_word) return false;
  }
  return false;
}

// Whether an event is negated by a particle ("not", "never", "no"), not by a verb of denial or
// cancelling whose object is what did not happen.
// The negation words are the model's closed classes "neg" and "negaux".
bool plain_negation(std::string_view text, const EventDetector& detector, const DocumentEvent& g) {
  if (g.cue_end <= g.cue_start) return true;
  const auto c = detector.model().classes().name(
      detector.word(text.substr(g.cue_start, g.cue_end - g.cue_start)).word_class);
  return c == "neg" || c == "negaux";
}

// What a verb of intention governs is intended, not done ("demanded that the forces withdraw",
// "proposed a ceasefire"); a noun right after a non-factual verb, or its one preposition, shares
// its mode ("would sign an agreement", "to agree to a ceasefire"). Events are in token order;
// words between governor and governed are checked.
void propagate_factuality(std::string_view text, std::span<const Token> tokens,
                          const EventDetector& detector, std::span<DocumentEvent> events) {
  for (std::size_t i = 1; i < events.size(); ++i) {
    DocumentEvent& e = events[i];
    if (!told_as_fact(e.factuality)) continue;
    if (const auto f = governed_factuality(text, tokens, detector, events[i - 1], e.token, e.pos)) {
      e.factuality = f->factuality;
      e.cue_start = f->cue_start;
      e.cue_end = f->cue_end;
    }
  }
}

// An infinitive a scheduling word opens ("due to open", "set to start") within an aside's
// length before token `end`, with no comma between.
bool scheduled_infinitive(std::string_view text, std::span<const Token> tokens,
                          const EventDetector& detector, const DocumentEvent& n, std::size_t end) {
  if (n.pos != EventPos::verb || n.token < 2 || end - n.token > 10 ||
      token_text(text, tokens, n.token - 1) != "to")
    return false;
  if (!in_list(detector.word(token_text(text, tokens, n.token - 2)), EventWordLists::scheduling))
    return false;
  for (std::size_t j = n.token + 1; j < end; ++j)
    if (token_text(text, tokens, j) == ",") return false;
  return true;
}

// "A second strike, planned for December, has been called off", "the vote was scrapped": the
// event noun heading the subject of a passive cancelling verb did not happen. The subject may
// carry a phrase set off by commas and an "of" phrase ("the launch of the probe").
void negate_cancelled_subjects(std::string_view text, std::span<const Token> tokens,
                               const EventDetector& detector, std::span<DocumentEvent> events) {
  const auto class_of = [&](std::size_t k) {
    return detector.model().classes().name(detector.word(token_text(text, tokens, k)).word_class);
  };
  for (std::size_t i = 1; i < events.size(); ++i) {
    const DocumentEvent& v = events[i];
    if (!cancelling_verb(text, tokens, v)) continue;
    // The verb group before it must hold a form of "be": a passive.
    std::size_t k = v.token;
    bool be = false;
    while (k > 0) {
      const auto c = class_of(k - 1);
      if (c != "be" && c != "have" && c != "modal" && c != "adv") break;
      be = be || c == "be";
      --k;
    }
    if (!be) continue;
    constexpr std::size_t kMaxAside = 10, kMaxSubject = 5;
    if (k > 0 && token_text(text, tokens, k - 1) == ",") {
      std::size_t j = k - 1;
      while (j > 0 && k - j <= kMaxAside && token_text(text, tokens, j - 1) != ",") --j;
      if (j == 0 || k - j > kMaxAside) continue;
      k = j - 1;  // the comma that opens the aside
    }
    // "A joint news conference that the two airlines had planned for Friday was called off":
    // the subject ends at the pronoun of its restrictive relative clause.
    constexpr std::size_t kMaxRelative = 12;
    for (std::size_t j = k; j > 1 && k - j < kMaxRelative; --j) {
      const auto w = token_text(text, tokens, j - 1);
      if (w == "," || w == ";" || w == ":") break;
      if (w == "that" || w == "which" || w == "whom") {
        k = j - 1;
        // "A hearing at which he was due to speak": the preposition belongs to the clause.
        if (k > 0 && class_of(k - 1) == "prep") --k;
        break;
      }
    }
    for (std::size_t e = i; e-- > 0;) {
      DocumentEvent& n = events[e];
      if (n.token >= k) continue;
      // "a trade fair due to open in Tuguegarao on Tuesday was postponed": what the subject
      // was scheduled to do did not happen either.
      if (scheduled_infinitive(text, tokens, detector, n, k)) {
        n.factuality = Factuality::negated;
        n.cue_start = v.start;
        n.cue_end = v.end;
        break;
      }
      // "A second attempt planned for Sunday was called off": the plan's participle is part
      // of the subject; the noun before it is what did not happen.
      if (n.pos == EventPos::verb && e > 0 && k - n.token <= kMaxSubject &&
          in_list(detector.word(token_text(text, tokens, n.token)),
                  EventWordLists::scheduled_for) &&
          events[e - 1].token + 1 == n.token && events[e - 1].pos == EventPos::noun) {
        k = n.token;
        continue;
      }
      if (k - n.token > kMaxSubject) break;
      bool phrase = true;  // only the noun's own words ("of the probe", "by the mayor") between
      for (std::size_t j = n.token + 1; j < k && phrase; ++j) {
        const auto c = class_of(j);
        const auto w = token_text(text, tokens, j);
        phrase = (c.empty() || c == "det" || c == "poss" || c == "num" || c == "prep") &&
                 w != "," && w != ";" && w != ":";
      }
      // "A rally in support of the strike at the port was called off": the subject's head, the
      // first event noun of its phrase, is what did not happen, not the last one named in it.
      DocumentEvent* head = &n;
      if (phrase) {
        std::size_t s0 = n.token;
        while (s0 > 0 && n.token - s0 < kMaxSubject + 4 && tokens[s0 - 1].word &&
               token_text(text, tokens, s0 - 1) != "," && class_of(s0 - 1) != "be" &&
               class_of(s0 - 1) != "comp")
          --s0;
        for (std::size_t h = 0; h < e; ++h)
          if (events[h].token >= s0 && events[h].pos == EventPos::noun) {
            head = &events[h];
            break;
          }
      }
      if (phrase && head->pos == EventPos::noun && told_as_fact(head->factuality)) {
        head->factuality = Factuality::negated;
        head->cue_start = v.start;
        head->cue_end = v.end;
      }
      break;
    }
  }
}

}  // namespace

std::optional<GovernedFactuality> governed_factuality(std::string_view text,
                                                      std::span<const Token> tokens,
                                                      const EventDetector& detector,
                                                      const DocumentEvent& g, std::size_t token,
                                                      EventPos pos) {
  if (token <= g.token || token - g.token > 10) return std::nullopt;
  bool clause = true, np = true;  // nothing but a complementizer or a noun phrase between
  bool coordinated = false;       // "withdraw ... and recognize"
  const auto that_after = [&](std::size_t k) {
    for (std::size_t j = k + 1; j < token; ++j)
      if (token_text(text, tokens, j) == "that") return true;
    return false;
  };
  for (std::size_t k = g.token + 1; k < token && clause; ++k) {
    const WordInfo& w =
        detector.word(text.substr(tokens[k].start, tokens[k].end - tokens[k].start));
    const auto c = detector.model().classes().name(w.word_class);
    const bool np_word = c == "det" || c == "poss" || c == "num" || c == "prep" ||
                         (!w.word_class && !w.punct && w.verb_form != 'g');
    // "alleged on Monday evening that ...": a time between the verb and its "that" clause.
    const bool time_word = (c == "day" || c == "month") && that_after(k);
    // One preposition right after the verb opens its object: "agree to a ceasefire".
    const bool object_prep = k == g.token + 1 && (c == "prep" || c == "to");
    np = np && (np_word || object_prep) && (c != "prep" || object_prep);
    coordinated = coordinated || w.lower == "and" || w.lower == "or";
    const bool wh = w.lower == "how" || w.lower == "whether" || w.lower == "why" ||
                    w.lower == "what" || w.lower == "if";
    np = np && !wh;
    // "faulty scanning machines", "the cracking welds": an -ing word before a noun modifies it.
    const bool modifier = w.verb_form == 'g' && k + 1 < token;
    clause = np_word || object_prep || wh || modifier || time_word || c == "comp" || c == "pron" ||
             c == "be" || c == "have" || c == "do" || c == "modal" || w.lower == "for" ||
             w.lower == "on" || w.lower == "and" || w.lower == "or";
  }
  if (!clause) return std::nullopt;
  const bool non_fact = g.factuality == Factuality::intended || g.factuality == Factuality::modal ||
                        g.factuality == Factuality::hypothetical;
  const bool verb = g.pos == EventPos::verb && told_as_fact(g.factuality);
  const auto in = [&](EventWordLists::List l) { return (g.lists >> l) & 1u; };
  // Past six words, only a verb of claim, denial or intention whose "that" follows a time
  // ("alleged on Monday evening that faulty scanning machines had caused ..."), or what is
  // coordinated with an alleged event ("knew about the cracking welds in 2023 and delayed"),
  // is still governed; "asked residents of the streets that were damaged" is not.
  constexpr std::size_t kNearWords = 6;
  if (token - g.token > kNearWords) {
    const bool claim_verb = verb && (in(EventWordLists::intention) || in(EventWordLists::doubt) ||
                                     in(EventWordLists::denial));
    if (!(coordinated && g.factuality == Factuality::modal) &&
        !(claim_verb && that_after_time(text, tokens, detector, g.token, token)))
      return std::nullopt;
  }
  if (coordinated)  // coordinated events share the mode of the first
    return non_fact ? std::optional<GovernedFactuality>({g.factuality, g.cue_start, g.cue_end})
                    : std::nullopt;
  if (np && pos == EventPos::noun && cancelling_verb(text, tokens, g))
    return GovernedFactuality{Factuality::negated, g.start, g.end};
  if (verb && in(EventWordLists::intention))
    return GovernedFactuality{Factuality::intended, g.start, g.end};
  if (verb && in(EventWordLists::doubt))
    return GovernedFactuality{Factuality::modal, g.start, g.end};
  // "ruled out joining", "ruled out sabotage": its object only, not "a link between the fire
  // and the protest" or "sabotage in the crash".
  if (verb && (in(EventWordLists::denial) ||
               (in(EventWordLists::denial_with_out) && g.token + 1 < tokens.size() &&
                token_text(text, tokens, g.token + 1) == "out" &&
                (token == g.token + 2 || (np && pos == EventPos::noun)))))
    return GovernedFactuality{Factuality::negated, g.start, g.end};
  // "ruled out joining any government led by Kranjc", "would back any deal reached by ...": a
  // participle after an "any" object of a verb told as no fact describes no fact either. A
  // definite object exists ("to accept the plan developed in Jeddah": it was developed), and a
  // plain negation keeps it ("did not attend any meeting held in Paris": some may have been).
  if (np && pos == EventPos::verb && g.pos == EventPos::verb && token > g.token + 2 &&
      (non_fact || (g.factuality == Factuality::negated && !plain_negation(text, detector, g)))) {
    const WordInfo& w = detector.word(token_text(text, tokens, token));
    const WordInfo& before = detector.word(token_text(text, tokens, token - 1));
    if ((w.verb_form == 'd' || w.verb_form == 'i') && !before.word_class && !before.punct &&
        token_text(text, tokens, token - 2) == "any")
      return GovernedFactuality{non_fact ? g.factuality : Factuality::modal, g.start, g.end};
  }
  // "will begin talks next month": the object of a verb told as to come is to come too.
  if (np && pos == EventPos::noun && g.pos == EventPos::verb &&
      (non_fact || g.factuality == Factuality::future))
    return GovernedFactuality{g.factuality, g.cue_start, g.cue_end};
  if (np && pos == EventPos::noun && g.pos == EventPos::verb &&
      g.factuality == Factuality::negated && in(EventWordLists::resulting))
    return GovernedFactuality{Factuality::negated, g.cue_start, g.cue_end};
  // "had not shown how long protection lasted", "did not say whether talks resumed": a clause
  // a negated verb governs is not told as fact.
  if (!np && g.pos == EventPos::verb && g.factuality == Factuality::negated &&
      pos == EventPos::verb)
    return GovernedFactuality{Factuality::modal, g.cue_start, g.cue_end};
  return std::nullopt;
}

namespace {
// Where a non-factual verb's scope ends: "; : but", and a relative or adverbial clause set off
// by a comma ("to close at 2082.1, down 6.8% from Oct. 13, when Wall Street's plunge ...").
bool opens_clause(std::string_view text, std::span<const Token> tokens, std::size_t k) {
  const auto w = token_text(text, tokens, k);
  if (w == ";" || w == ":" || w == "but") return true;
  if (k == 0 || token_text(text, tokens, k - 1) != ",") return false;
  return w == "when" || w == "where" || w == "which" || w == "who" || w == "while" ||
         w == "because" || w == "although";
}
}  // namespace

std::optional<GovernedFactuality> scope_factuality(std::string_view text,
                                                   std::span<const Token> tokens,
                                                   std::span<const DocumentEvent> events,
                                                   std::size_t token) {
  std::optional<GovernedFactuality> scope;
  std::size_t from = 0;  // tokens before it are checked for clause breaks
  for (const DocumentEvent& g : events) {
    if (g.token >= token) break;
    for (std::size_t k = from; k < g.token; ++k)
      if (opens_clause(text, tokens, k)) scope.reset();
    from = g.token;
    const bool finite =
        g.pos == EventPos::verb &&
        (g.tense == Tense::past || g.tense == Tense::present || g.tense == Tense::future);
    if (g.pos == EventPos::verb &&
        (g.factuality == Factuality::modal || g.factuality == Factuality::hypothetical ||
         g.factuality == Factuality::intended)) {
      if (!scope) scope = GovernedFactuality{g.factuality, g.cue_start, g.cue_end};
    } else if (finite && told_as_fact(g.factuality)) {
      scope.reset();  // a clause of its own told as fact
    }
  }
  for (std::size_t k = from; scope && k < token; ++k)
    if (opens_clause(text, tokens, k)) scope.reset();
  return scope;
}

void detect_sentence_events(std::string_view text, std::span<const Token> tokens,
                            std::size_t sentence, const EventDetector& detector,
                            std::vector<DocumentEvent>& out) {
  thread_local std::vector<DetectedEvent> found;
  found.clear();
  const std::size_t first = out.size();
  detector.detect(text, tokens, found);
  for (const auto& e : found) {
    DocumentEvent d;
    const Token& t = tokens[e.token];
    d.start = t.start;
    d.end = t.end;
    d.sentence = sentence;
    d.token = e.token;
    d.event_class = e.event_class;
    d.pos = e.pos;
    d.tense = e.tense;
    d.aspect = e.aspect;
    d.factuality = e.factuality;
    d.negated = e.negated;
    if (e.modal_token >= 0) {
      const Token& m = tokens[static_cast<std::size_t>(e.modal_token)];
      d.modality = text.substr(m.start, m.end - m.start);
    }
    if (e.cue_token >= 0) {
      const Token& c = tokens[static_cast<std::size_t>(e.cue_token)];
      d.cue_start = c.start;
      d.cue_end = c.end;
    }
    d.margin = e.margin;
    d.listed = e.listed;
    d.lemma =
        e.pos == EventPos::noun && !e.word->noun_lemma.empty() ? e.word->noun_lemma : e.word->lemma;
    // After a determiner an -ing form is a noun ("after a briefing"), whatever the model says;
    // so after a verb that plans or cancels it ("set sentencing for Feb. 21").
    if (d.pos == EventPos::verb && e.token > 0) {
      const WordInfo& prev = detector.word(text.substr(
          tokens[e.token - 1].start, tokens[e.token - 1].end - tokens[e.token - 1].start));
      const auto c = detector.model().classes().name(prev.word_class);
      const bool planned =
          e.word->lower.ends_with("ing") && (in_list(prev, EventWordLists::scheduled_for) ||
                                             in_list(prev, EventWordLists::cancelling));
      if (((c == "det" || c == "poss") && !e.word->noun_lemma.empty()) || planned) {
        d.pos = EventPos::noun;
        d.lemma = e.word->noun_lemma.empty() ? e.word->lower : e.word->noun_lemma;
        d.tense = Tense::none;
      }
    }
    // A reporting verb is typed by itself: its derived noun can be another act ("tell": "tale").
    // So is a news event noun, unless WordNet's word for it is a form of it ("flooding":
    // "flood", "quake": "earthquake"): its most frequent sense is often not the news one
    // ("trial" is a test run there, "takeover" a coup).
    const std::string_view concept_word = e.word->event_concept;
    const bool own_type =
        (d.event_class == EventClass::reporting && d.pos == EventPos::verb) ||
        (d.pos == EventPos::noun && in_list(*e.word, EventWordLists::event_noun) &&
         d.lemma.find(concept_word) == std::string::npos &&
         concept_word.find(d.lemma) == std::string_view::npos);
    d.event_concept = own_type ? d.lemma : e.word->event_concept;
    d.lists = e.word->lists;
    // "Carmaker recalls 120,000 SUVs", "launched a probe": a news event noun used as a verb with
    // an object is that event, not a state of mind ("recalled that ..." stays one).
    if (d.pos == EventPos::verb && d.event_class == EventClass::i_state &&
        in_list(*e.word, EventWordLists::event_noun) && e.token + 1 < tokens.size()) {
      const auto next = token_text(text, tokens, e.token + 1);
      if (next != "that" && next != "how" && next != "what" && next != "when" && next != "," &&
          next != "." && next != "having")
        d.event_class = EventClass::occurrence;
    }
    // "declared a state of emergency": an act done by saying it, when a noun follows.
    if (d.pos == EventPos::verb && d.event_class == EventClass::reporting &&
        in_list(*e.word, EventWordLists::performative_verb) && e.token + 1 < tokens.size()) {
      const Token& after = tokens[e.token + 1];
      const WordInfo& next = detector.word(text.substr(after.start, after.end - after.start));
      const auto c = detector.model().classes().name(next.word_class);
      // A determiner, or a bare common noun ("declared war", "declared bankruptcy").
      if (after.word && !after.upper &&
          (c == "det" || c == "poss" || (next.word_class == 0 && !next.noun_lemma.empty())))
        d.event_class = EventClass::occurrence;
    }
    out.push_back(std::move(d));
  }
  const auto found_here = std::span<DocumentEvent>(out).subspan(first);
  propagate_factuality(text, tokens, detector, found_here);
  negate_cancelled_subjects(text, tokens, detector, found_here);
  // Nouns and infinitives later in a clause a non-factual verb opens share its mode ("would
  // lead the Kremlin to agree ... after the elections in Ukraine").
  for (DocumentEvent& e : found_here) {
    const bool headless = e.pos != EventPos::verb || e.tense == Tense::infinitive ||
                          e.tense == Tense::none || e.tense == Tense::prespart;
    if (!headless || !told_as_fact(e.factuality)) continue;
    if (const auto f = scope_factuality(text, tokens, found_here, e.token)) {
      e.factuality = f->factuality;
      e.cue_start = f->cue_start;
      e.cue_end = f->cue_end;
    }
  }
}

std::vector<DocumentEvent> find_document_events(std::string_view text, const ingest::Layout& layout,
                                                const std::vector<temporal::Timex>& timexes,
                                                std::optional<date::sys_days> dct,
                                                const EventDetector& detector,
                                                const DatingModel& dating) {
  std::vector<DocumentEvent> out;
  std::vector<Token> tokens;
  SentenceDater dater(text, timexes, dct, dating, detector.word_lists());
  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const auto& s = layout.sentences[si];
    tokens.clear();
    tokenize(text, s.start, s.end, tokens);
    const std::size_t first = out.size();
    detect_sentence_events(text, tokens, si, detector, out);
    dater.date_sentence(s, tokens, std::span<DocumentEvent>(out).subspan(first));
  }
  dater.date_by_anchors(out);
  return out;
}

}  // namespace chronograph::events
