// Open-domain events of a sentence: the detector's events, dated, as mentions typed by lemma.
#include <algorithm>
#include <string>
#include <string_view>

#include "causal_rules.hpp"
#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

bool covered(const std::vector<Hit>& hits, std::size_t k) {
  return std::any_of(hits.begin(), hits.end(), [&](const Hit& h) { return k >= h.tb && k < h.te; });
}

// A mention as an event, told as a fact: a mention told otherwise is kept, with what it is,
// but gives no date and no cause.
bool told_as_fact(Factuality f) { return f == Factuality::asserted || f == Factuality::future; }

// Places of an open-domain event: the lexicon's places near it, and names WordNet knows as
// locations ("Indonesia", "Sumatra") after in/at/near/off or right before it.
std::vector<std::string> open_places(const DocState& st, const SentenceState& ss, std::size_t at) {
  std::vector<std::string> places;
  const auto add = [&](std::string name) {
    if (std::find(places.begin(), places.end(), name) == places.end())
      places.push_back(std::move(name));
  };
  for (const auto& p : ss.place_hits) {
    const std::size_t dist = p.te <= at ? at - p.te : p.tb > at ? p.tb - at : 0;
    if (dist <= 8) add(st.tables.lex.places[static_cast<std::size_t>(p.id)].name);
  }
  for (std::size_t k = 0; k < st.toks.size(); ++k) {
    if (!st.toks[k].upper || covered(ss.actor_hits, k) || covered(ss.place_hits, k)) continue;
    const std::size_t dist = k < at ? at - k : k - at;
    if (dist > 10) continue;
    const auto prev = k > 0 ? st.word(k - 1) : std::string_view();
    const bool prep = prev == "in" || prev == "at" || prev == "near" || prev == "off" ||
                      prev == "across" || prev == "from";
    // A run of capitalized words whose last is a WordNet location, or unknown to WordNet after
    // a preposition of place ("in Camarines Sur", "near Calabanga").
    std::size_t e = k;
    while (e < st.toks.size() && st.toks[e].upper && st.toks[e].word && !st.toks[e].digit &&
           e - k < 4)
      ++e;
    const WordInfo& last = *st.detector.sentence_words()[e - 1];
    const bool location = last.proper_lexname == WordInfo::kLocation;
    const bool unknown = last.pos_bits == 0 && !last.word_class;
    // Where the event was: after a preposition of place, or naming it ("the Jakarta bombing").
    const bool right_before = e == at || (e + 1 == at && !st.toks[e].word);
    if ((location && (prep || right_before)) ||
        (prep && unknown && e - k <= 3 && !st.is(k, kNotNameWord))) {
      bool month_or_person = false;
      for (std::size_t j = k; j < e; ++j) {
        const WordInfo& w = *st.detector.sentence_words()[j];
        const auto c = st.detector.model().classes().name(w.word_class);
        month_or_person = month_or_person || c == "month" || c == "day" || c == "title" ||
                          w.proper_lexname == WordInfo::kPerson;
      }
      if (!month_or_person) add(st.text(st.toks[k].start, st.toks[e - 1].end));
    }
    k = e - 1;
  }
  return places;
}

// Lexicon actors near the event, and the people the sentence names close to it.
std::vector<std::string> open_actors(const DocState& st, const SentenceState& ss, std::size_t at) {
  std::vector<std::string> actors;
  const auto add = [&](const std::string& name) {
    if (std::find(actors.begin(), actors.end(), name) == actors.end()) actors.push_back(name);
  };
  // "cleared the deal last month, but the U.S. FTC has not ...": a name past a clause's end
  // is the next clause's.
  const auto next_clause = [&](std::size_t tb) {
    for (std::size_t k = at + 1; k < tb; ++k)
      if (!st.toks[k].word || st.word(k) == "and" || st.word(k) == "but") return true;
    return false;
  };
  // "Peña Los Leones criticised the sale", "Susilo said high swells had caused ...": who
  // reacts to an event or tells of it is not its actor.
  const auto told_by = [&](std::size_t te) {
    for (std::size_t k = te; k < at; ++k)
      if ((st.is(k, kStartsReaction) && st.tables.reactions.match_at(st.low_ids, k).length) ||
          (st.is(k, kStartsSpeech) && st.tables.speech.match_at(st.low_ids, k).length))
        return true;
    return false;
  };
  for (const auto& a : ss.actor_hits) {
    const std::size_t dist = a.te <= at ? at - a.te : a.tb > at ? a.tb - at : 0;
    if (dist <= 12 && !next_clause(a.tb) && !told_by(a.te))
      add(st.tables.lex.actors[static_cast<std::size_t>(a.id)].name);
  }
  for (const auto& n : ss.names) {
    const std::size_t dist = n.te <= at ? at - n.te : n.tb > at ? n.tb - at : 0;
    const WordInfo& last = *st.detector.sentence_words()[n.te - 1];
    // "in Camarines Sur", "in the Saluang Strait", "the port of Tanjung Weru" read like names
    // but are places.
    std::size_t p = n.tb;
    if (p > 1 && st.word(p - 1) == "the") --p;
    const auto prev = p > 0 ? st.word(p - 1) : std::string_view();
    const bool place = last.proper_lexname == WordInfo::kLocation || prev == "in" || prev == "at" ||
                       prev == "near" || prev == "across" || prev == "of" || prev == "from" ||
                       prev == "into" || prev == "off";
    if (n.person && !n.actor && !place && dist <= 6 && !next_clause(n.tb) && !told_by(n.te))
      add(n.name);
  }
  return actors;
}

int tense_sign(const DocumentEvent& e) {
  if (e.tense == Tense::future || e.factuality == Factuality::future) return 1;
  if (e.tense == Tense::past || e.tense == Tense::pastpart || e.aspect == Aspect::perfective ||
      e.aspect == Aspect::perfective_progressive)
    return -1;
  return 0;
}

// Whether a detected event is worth a mention of its own under the selection.
bool selected(const DocState& st, const DocumentEvent& e) {
  if (st.options.events == EventSelection::all) return true;
  if (!told_as_fact(e.factuality)) return false;
  if (e.event_class != EventClass::occurrence && e.event_class != EventClass::i_action)
    return false;
  if (e.pos != EventPos::verb && e.pos != EventPos::noun) return false;
  // "The decision followed ...": a definite word for somebody's act refers back to an event
  // told before, whose date is not its sentence's; "the decision to close" names a new one.
  if (e.pos == EventPos::noun && st.is(e.token, kActAnaphorWord) && definite_before(st, e.token)) {
    const auto next = e.token + 1 < st.toks.size() ? st.word(e.token + 1) : std::string_view();
    if (next != "to" && next != "of" && next != "on" && next != "by") return false;
  }
  const auto in = [&](EventWordLists::List l) { return (e.lists >> l) & 1u; };
  // "X followed Y" relates two events; "More than 60 aftershocks followed." tells one.
  // So do "That report led to his suspension", "the blast triggered a fire": a verb of the
  // causative cue family brings about the event it links; the link carries it.
  const bool relation =
      (in(EventWordLists::relation_verb) || causative_verb(st, e.token) ||
       (e.lemma == "lead" && e.token + 1 < st.toks.size() && st.word(e.token + 1) == "to")) &&
      e.token + 1 < st.toks.size() && st.toks[e.token + 1].word;
  // "surgeries scheduled for Monday", "set to rise": the plan word is no event; what it plans is.
  const auto next = e.token + 1 < st.toks.size() ? st.word(e.token + 1) : std::string_view();
  // "Ortega stressed that arson had not been confirmed": a report, whatever class the model
  // gave it; its claim carries it.
  if (e.pos == EventPos::verb && st.is(e.token, kClauseVerbWord) && next == "that") return false;
  if (e.pos == EventPos::verb && in(EventWordLists::naming_verb)) {
    const auto pron = st.detector.word_lists().classes.pron;
    const auto& words = st.detector.sentence_words();
    if (e.token + 1 < st.toks.size() && words[e.token + 1]->word_class == pron) return false;
    // "condemned what he called a decade of negligence": the judgment is the claim's.
    if (e.token >= 2 && st.word(e.token - 2) == "what" && words[e.token - 1]->word_class == pron)
      return false;
  }
  if (e.pos == EventPos::verb && in(EventWordLists::position_verb)) return false;
  // So is "set sentencing for Feb. 21", "scheduled the vote for Friday": the object is planned.
  bool plan = in(EventWordLists::scheduled_for) && next == "to";
  for (std::size_t j = e.token + 1; in(EventWordLists::scheduled_for) && !plan &&
                                    j < st.toks.size() && j <= e.token + 5 && st.toks[j].word;
       ++j)
    plan = st.word(j) == "for";
  // "The privately built probe", "the newly formed party": a participle between a determiner
  // (and its adverb) and a noun describes the noun; it tells no event of the sentence's time.
  if (e.pos == EventPos::verb && e.token >= 1 && e.token + 1 < st.toks.size() &&
      st.toks[e.token + 1].word) {
    const auto& words = st.detector.sentence_words();
    const auto& cls = st.detector.word_lists().classes;
    std::size_t b = e.token - 1;
    if (words[b]->word_class == cls.adv || st.word(b).ends_with("ly")) b = b > 0 ? b - 1 : b;
    const WordInfo& noun = *words[e.token + 1];
    const bool participle = words[e.token]->verb_form == 'd' || words[e.token]->verb_form == 'i';
    const auto det = st.word(b);
    const bool article = det == "the" || det == "a" || det == "an" ||
                         (words[b]->word_class == cls.poss && det != "'s" && det != "’s");
    if (participle && b < e.token && article && !noun.word_class &&
        (!noun.noun_lemma.empty() || st.toks[e.token + 1].upper))
      return false;
  }
  // "a continuation of March 2022" stands for the event it continues, not one of its own.
  return !in(EventWordLists::light_verb) && !in(EventWordLists::generic_noun) &&
         !in(EventWordLists::sequel_noun) && !relation && !plan;
}

// "suspended classes", "halted production": an aspectual verb with no event as its object or
// subject is the event itself ("suspended the talks", "the trial began" tell that event's phase).
bool aspectual_on_its_own(const DocState& st, const SentenceState& ss, const DocumentEvent& e) {
  if (e.event_class != EventClass::aspectual || e.pos != EventPos::verb ||
      e.factuality != Factuality::asserted || ((e.lists >> EventWordLists::light_verb) & 1u))
    return false;
  std::size_t end = e.token + 1;
  while (end < st.toks.size() && end <= e.token + 4 && st.toks[end].word) ++end;
  if (end == e.token + 1) return false;  // "talks resumed.": the phase of its subject
  // "The trial began on Monday": the phase of an event that heads its subject, too.
  std::size_t begin = e.token;
  while (begin > 0 && e.token - begin < 3 && st.toks[begin - 1].word) --begin;
  return std::none_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& d) {
    return d.token != e.token && d.token >= begin && d.token < end;
  });
}

}  // namespace

namespace {
void add_light_verbs(DocState& st, SentenceState& ss);
bool selected(const DocState& st, const DocumentEvent& e);
bool aspectual_on_its_own(const DocState& st, const SentenceState& ss, const DocumentEvent& e);
std::optional<std::size_t> light_verb_object(const DocState& st, const DocumentEvent& e);
}  // namespace

// "the opposition won", "Opposition wins election": a group, no event (its words are data:
// group_noun). "opposition to the plan" stays.
bool names_a_group(const DocState& st, std::size_t k) {
  if (!in_list(*st.detector.sentence_words()[k], EventWordLists::group_noun)) return false;
  const auto next = k + 1 < st.toks.size() ? st.word(k + 1) : std::string_view();
  if (next == "to" || next == "against" || next == "from" || next == "of") return false;
  const bool title_word = st.toks[k].upper && (k == 0 || title_case(st));
  return title_word || definite_before(st, k);
}

// Groups, and "according to" (an attribution, which the claim carries: "Accord in Antwerp" was
// drawn from "..., according to the union").
static void drop_group_nouns(const DocState& st, SentenceState& ss) {
  std::erase_if(ss.detected, [&](const DocumentEvent& e) {
    if (st.word(e.token) == "according" && e.token + 1 < st.toks.size() &&
        st.word(e.token + 1) == "to")
      return true;
    return e.pos == EventPos::noun && names_a_group(st, e.token);
  });
}

void detect_events(DocState& st, SentenceState& ss) {
  ss.detected.clear();
  if (!ss.timexes.empty()) st.last_timex_sentence = ss.index;
  // Under `--events salient` a detected event is kept only with a date, in a title or headline,
  // or as an end of a cause: a sentence with no time expression near it (its own or the
  // narrative's, two sentences back), no headline, no lexicon trigger (whose class and
  // factuality come from here), no speech or reaction (whose speakers and verbs it finds) and
  // no causal cue can give none, so the detector skips it.
  const bool dated_near = st.last_timex_sentence && ss.index - *st.last_timex_sentence <= 2;
  if (st.options.events == EventSelection::salient && !dated_near && !ss.sentence->headline &&
      ss.trig_hits.empty() && !st.has(kStartsCue | kStartsSpeech | kStartsReaction)) {
    st.dater.skip_sentence(*ss.sentence);
    return;
  }
  detect_sentence_events(st.doc.text, st.toks, ss.index, st.detector, ss.detected);
  drop_group_nouns(st, ss);
  add_light_verbs(st, ss);
  // Under `--events salient` only the events that may become mentions need a date.
  ss.wanted.assign(ss.detected.size(), true);
  if (st.options.events == EventSelection::salient)
    for (std::size_t i = 0; i < ss.detected.size(); ++i)
      ss.wanted[i] = selected(st, ss.detected[i]) || light_verb_object(st, ss.detected[i]) ||
                     aspectual_on_its_own(st, ss, ss.detected[i]);
  st.dater.date_sentence(*ss.sentence, st.toks, ss.detected, &ss.wanted);
}

namespace {

// Whether the word before `at` makes a time expression a bound: "since", "until", "before" ...
bool bounding_word_before(std::string_view text, std::size_t at) {
  std::size_t e = at;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  std::size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  const std::string w = base::lower_ascii(text.substr(b, e - b));
  return w == "since" || w == "until" || w == "till" || w == "by" || w == "before" ||
         w == "after" || w == "from" || w == "through" || w == "than";
}

// No other event between a trigger and a time expression of its sentence ("these talks were a
// continuation of March 2022": a sequel noun does not count), so that the expression is the
// trigger's, not a nearer event's ("... negotiations would be an attempt to stop the war").
bool nothing_between(const SentenceState& ss, const DocumentEvent& e, const temporal::Timex& t) {
  if (t.start < ss.sentence->start || t.end > ss.sentence->end) return false;
  const std::size_t lo = std::min(e.end, t.end), hi = std::max(e.start, t.start);
  return std::none_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& o) {
    return o.start >= lo && o.end <= hi && !((o.lists >> EventWordLists::sequel_noun) & 1u) &&
           o.event_class != EventClass::state;
  });
}

// The class and factuality of the lexicon's mentions of the sentence, from the detector.
void describe_lexicon_mentions(DocState& st, SentenceState& ss) {
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || m.start == ss.sentence->start) continue;  // headline report
    const auto found =
        std::find_if(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& e) {
          // A listed noun (DocumentEvent::listed) is no model verdict: the lexicon's
          // trigger keeps its own rules.
          return !e.listed && e.start >= m.start && e.end <= m.end;
        });
    if (found != ss.detected.end()) {
      m.event_class = found->event_class;
      m.factuality = found->factuality;
      m.cue_start = found->cue_start;
      m.cue_end = found->cue_end;
      m.confidence = found->margin;
      // The dating model's choice where the lexicon's rules found no date ("the parties agreed
      // ..." after "yesterday's negotiations"), unless the expression bounds rather than dates
      // ("since early 2022", "until May"), which the rules read as bounds on purpose.
      if (!m.timex && !m.anchor_timex && !m.since_timex && found->basis == DateBasis::timex &&
          found->timex && !bounding_word_before(st.doc.text, st.timexes[*found->timex].start) &&
          nothing_between(ss, *found, st.timexes[*found->timex]))
        m.timex = found->timex;
      continue;
    }
    // A trigger the model did not take ("talks" as a noun of a title): its factuality still
    // comes from its words.
    const std::size_t k = token_at(st.toks, m.start);
    if (k >= st.toks.size()) continue;
    const DetectedEvent d = st.detector.describe(k);
    m.factuality = d.factuality;
    if (d.cue_token >= 0) {
      m.cue_start = st.toks[static_cast<std::size_t>(d.cue_token)].start;
      m.cue_end = st.toks[static_cast<std::size_t>(d.cue_token)].end;
    }
    // ... and from the event that governs it ("would lead the Kremlin to agree to a ceasefire"),
    // save in a headline, whose present tells a fact ("Ministers agree on new sanctions").
    if (m.headline || m.title) continue;
    const auto governor = std::find_if(ss.detected.rbegin(), ss.detected.rend(),
                                       [&](const DocumentEvent& e) { return e.token < k; });
    auto g =
        told_as_fact(m.factuality) && governor != ss.detected.rend()
            ? governed_factuality(st.doc.text, st.toks, st.detector, *governor, k, EventPos::noun)
            : std::nullopt;
    if (!g && told_as_fact(m.factuality))
      g = scope_factuality(st.doc.text, st.toks, ss.detected, k);
    if (g) {
      m.factuality = g->factuality;
      m.cue_start = g->cue_start;
      m.cue_end = g->cue_end;
    }
  }
}

// "made landfall", "took part", "gave a speech": a light verb's meaning is its object. The
// noun its object is headed by, when WordNet files it under events or acts; none otherwise.
std::optional<std::size_t> light_verb_object(const DocState& st, const DocumentEvent& e) {
  if (e.pos != EventPos::verb || !((e.lists >> EventWordLists::support_verb) & 1u))
    return std::nullopt;
  constexpr std::uint16_t kEventlike = 0b111;  // event, act, happening (wordnet.hpp)
  // ... unless its usual sense is a person, an artifact, a group or an organization.
  constexpr std::uint16_t kThings = (1u << 6) | (1u << 8) | (1u << 9) | (1u << 12);
  for (std::size_t k = e.token + 1; k < st.toks.size() && k <= e.token + 4; ++k) {
    const WordInfo& w = *st.detector.sentence_words()[k];
    const auto c = st.detector.model().classes().name(w.word_class);
    if (c == "det" || c == "poss" || c == "num") continue;
    if (w.punct || w.word_class || w.capitalized) return std::nullopt;
    if ((w.pos_bits & 1) && (w.any_ancestors & kEventlike) && !(w.first_ancestors & kThings) &&
        w.verb_form != 'd')
      return in_list(w, EventWordLists::generic_noun) ? std::nullopt  // "took place"
                                                      : std::optional<std::size_t>(k);
    if (!(w.pos_bits & 4)) return std::nullopt;  // an adjective may come before the noun
  }
  return std::nullopt;
}

// The model rarely takes a light verb ("made landfall"): each one with an event noun for its
// object joins the detected events, so that it is dated with them.
void add_light_verbs(DocState& st, SentenceState& ss) {
  const std::size_t found = ss.detected.size();
  for (std::size_t k = 0; k < st.toks.size(); ++k) {
    if (!st.toks[k].word) continue;
    const WordInfo& w = *st.detector.sentence_words()[k];
    if (w.verb_form == 0 || !in_list(w, EventWordLists::support_verb)) continue;
    if (std::any_of(ss.detected.begin(), ss.detected.begin() + static_cast<std::ptrdiff_t>(found),
                    [&](const DocumentEvent& e) { return e.token == k; }))
      continue;
    DocumentEvent e = undetected_event(st, ss, k, EventPos::verb);
    if (!light_verb_object(st, e)) continue;
    ss.detected.push_back(std::move(e));
  }
  std::sort(ss.detected.begin(), ss.detected.end(),
            [](const DocumentEvent& a, const DocumentEvent& b) { return a.token < b.token; });
}

// "The toll from the quake that struck on Monday rose on Thursday": a time before the event in
// a relative clause without commas ("that"/"which"/"who" after a noun, with a verb of its own)
// is that clause's, not the main verb's after it.
bool in_relative_clause_before(const DocState& st, const SentenceState& ss, const DocumentEvent& e,
                               const temporal::Timex& t) {
  if (t.end > e.start) return false;
  const std::size_t tb = token_at(st.toks, t.start);
  for (std::size_t k = token_at(st.toks, t.end); k < e.token; ++k) {
    const auto w = st.word(k);
    if (w == "," || w == "and" || w == "or" || w == ";") return false;
  }
  return relative_pronoun_before(st, ss, tb).has_value();
}

// "Argentina imposed the tariffs yesterday, a day after the talks broke down": an event in a
// clause of its own that "after", "before", "since", "until" or "when" opens, away from the
// time expression, is timed by that clause, not by the expression.
bool subordinated(const DocState& st, const DocumentEvent& e, std::size_t timex) {
  const auto& t = st.timexes[timex];
  if (t.end > e.start)
    return in_fronted_phrase(st, e.token, t);  // the expression follows the event
  for (std::size_t k = token_at(st.toks, t.end); k < e.token && k < st.toks.size(); ++k) {
    const auto w = st.word(k);
    if (w == "after" || w == "before" || w == "since" || w == "until" || w == "when" ||
        w == "while")
      return true;
  }
  return false;
}

// "The crash prompted the authority to order checks in April": a time after the infinitive
// its own verb governs is that infinitive's, not the subject noun's.
bool subject_of_a_complement(const DocState& st, const SentenceState& ss, const DocumentEvent& e,
                             const temporal::Timex& t) {
  constexpr std::size_t kMaxSpan = 30;  // tokens from the noun to the time
  if (e.pos != EventPos::noun || t.start < e.end) return false;
  const std::size_t xb = token_at(st.toks, t.start);
  if (xb > e.token + kMaxSpan) return false;
  // ss.detected is in token order: walk it along with the tokens.
  auto o = std::lower_bound(ss.detected.begin(), ss.detected.end(), e.token + 1,
                            [](const DocumentEvent& x, std::size_t k) { return x.token < k; });
  bool verb = false;
  for (std::size_t k = e.token + 1; k + 1 < xb; ++k) {
    for (; o != ss.detected.end() && o->token <= k; ++o) verb = verb || finite_verb(*o);
    const WordInfo& next = *st.detector.sentence_words()[k + 1];
    if (verb && st.word(k) == "to" && (next.pos_bits & 2) && next.verb_form == 'b') return true;
  }
  return false;
}

// The mention of a detected event, typed `type`, labelled from its clause and dated.
EventMention open_mention(const DocState& st, const SentenceState& ss, const DocumentEvent& e,
                          const std::string& type, bool headline, bool title) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t k = e.token;
  EventMention m;
  m.kind = EventKind::event;
  m.open_domain = true;
  m.type = type;
  m.label = e.pos == EventPos::verb ? clause_label(st, ss, e) : capitalized(e.lemma);
  m.start = e.start;
  m.end = e.end;
  m.sentence_start = s.start;
  m.sentence_end = s.end;
  m.headline = headline;
  m.title = title;
  // "the storm" refers back; a verb's "the" is its subject's ("the European Union approved").
  m.definite = title || (e.pos == EventPos::noun && definite_before(st, k));
  m.ordinal = ordinal_before(st, k);
  m.actors = open_actors(st, ss, k);
  m.places = open_places(st, ss, k);
  // "in South Bengkulu and Kaur regencies, where houses collapsed": the place the "where"
  // clause hangs on.
  for (std::size_t j = k; m.places.empty() && j-- > 1 && k - j <= 8;) {
    if (!st.toks[j].word) break;
    if (st.word(j) == "where" && st.raw(j - 1) == ",") m.places = open_places(st, ss, j - 1);
  }
  m.tense = tense_sign(e);
  // "The verdict came ...": a noun is past when the verb it is the subject of is.
  if (e.pos == EventPos::noun)
    for (const DocumentEvent& v : ss.detected)
      if (v.token == k + 1 && v.pos == EventPos::verb && v.tense == Tense::past) m.tense = -1;
  m.event_class = e.event_class;
  m.factuality = e.factuality;
  m.cue_start = e.cue_start;
  m.cue_end = e.cue_end;
  m.confidence = e.margin;
  // Inside the phrase an anchored expression counts from ("a day after the talks broke
  // down") an event is that expression's anchor: dated through it, not by the sentence.
  std::optional<std::size_t> anchor_end;
  for (std::size_t t : ss.timexes) {
    const auto& a = st.timexes[t].anchor;
    if (st.timexes[t].reference == temporal::Reference::event && a && a->start <= e.start &&
        e.end <= a->end)
      anchor_end = a->end;
  }
  const bool anchor = anchor_end.has_value();
  if (told_as_fact(e.factuality) && anchor) {
    // "five weeks after the trial opened on Oct. 3": a time right after the phrase is the
    // anchor's own, which the distance then counts from.
    constexpr std::size_t kRightAfter = 4;  // " on "
    std::optional<std::size_t> since;
    const auto t = date_for_trigger(st, k, k + 1, ss.timexes, ss.trig_hits, since);
    if (t && st.timexes[*t].reference != temporal::Reference::event &&
        st.timexes[*t].start >= *anchor_end && st.timexes[*t].start - *anchor_end <= kRightAfter)
      m.timex = t;
  }
  if (told_as_fact(e.factuality) && !anchor) {
    // The lexicon's dating rules first (they read "on Tuesday" after the verb, a date inside
    // the noun phrase, a heading clause), then the dating model's choice.
    std::optional<std::size_t> since;
    if (headline && ss.headline_timex)
      m.timex = ss.headline_timex;
    else if (const auto t = e.listed
                                ? std::optional<std::size_t>()  // own phrase's date only
                                : date_for_trigger(st, k, k + 1, ss.timexes, ss.trig_hits, since);
             t && !in_fronted_phrase(st, k, st.timexes[*t]) &&
             !against_tense(e, st.timexes[*t], st.options.dct) &&
             !timed_by_a_report(st.doc.text, ss.detected, e, st.timexes[*t].start) &&
             !in_relative_clause_before(st, ss, e, st.timexes[*t]) &&
             // A cause's time is its effect's: "caused the crash ... in March".
             (causative_verb(st, k) ||
              st.timexes[*t].reference == temporal::Reference::event ||  // "two days before X"
              !nearer_event_between(ss.detected, e, st.timexes[*t].start)))
      m.timex = t;
    else if (e.basis == DateBasis::timex && e.timex && !subordinated(st, e, *e.timex) &&
             st.timexes[*e.timex].reference != temporal::Reference::event &&    // anchors: apart
             !bounding_word_before(st.doc.text, st.timexes[*e.timex].start) &&  // "until ..."
             !(st.timexes[*e.timex].start > e.end && possessive_time(st, st.timexes[*e.timex])) &&
             !subject_of_a_complement(st, ss, e, st.timexes[*e.timex]))
      m.timex = e.timex;
    m.since_timex = since;
    m.dct_dated = !m.timex && e.basis == DateBasis::dct;
  }
  m.specific = !title && (m.timex || m.ordinal > 0 || !m.places.empty() || headline);
  return m;
}

}  // namespace

// The lexicon trigger heading the noun phrase right after a verb, if any (its first token).
std::optional<std::size_t> lexicon_object(const DocState& st, const SentenceState& ss,
                                          std::size_t verb) {
  const auto words = st.detector.sentence_words();
  for (std::size_t k = verb + 1; k < st.toks.size() && k <= verb + 4; ++k) {
    if (covered(ss.trig_hits, k)) return k;
    // An event noun the detector found: "contained the wildfire", "were battling the blaze".
    if (std::any_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& o) {
          return o.token == k && o.pos == EventPos::noun;
        }))
      return k;
    const WordInfo& w = *words[k];
    const auto c = st.detector.model().classes().name(w.word_class);
    if (c != "det" && c != "poss" && c != "num" && !(w.pos_bits & 4 && !w.word_class))
      return std::nullopt;
  }
  return std::nullopt;
}

// A verb of data/events/causal_cues.txt's causative_verb family in one word: "forced",
// "triggered" (not "cleared", which only "cleared the way for" makes one).
bool causative_verb(const DocState& st, std::size_t k) {
  if (!st.is(k, kStartsCue)) return false;
  const auto cm = st.tables.cues.match_at(std::span<const int>(st.low_ids).first(k + 1), k);
  if (cm.length != 1) return false;
  // "led the city" is no cause: "led" brings about only an infinitive ("led them to flee").
  const auto& cue = st.tables.causal.cues[static_cast<std::size_t>(cm.id)];
  return cue.family == CueFamily::causative_verb && !cue.control_only;
}

DocumentEvent undetected_event(const DocState& st, const SentenceState& ss, std::size_t k,
                               EventPos pos) {
  const WordInfo& w = *st.detector.sentence_words()[k];
  const DetectedEvent d = st.detector.describe(k);
  DocumentEvent e;
  e.start = st.toks[k].start;
  e.end = st.toks[k].end;
  e.sentence = ss.index;
  e.token = k;
  e.pos = pos;
  e.factuality = d.factuality;
  e.negated = d.negated;
  e.lists = w.lists;
  if (pos == EventPos::verb) {
    e.tense = d.tense;
    e.aspect = d.aspect;
    e.lemma = w.verb_lemma;
    e.event_concept = w.event_concept;
  } else {
    e.lemma = w.noun_lemma.empty() ? w.lemma : w.noun_lemma;
    // A news event noun names its own type: WordNet's most frequent sense is often not the news
    // one ("trial" is a test run there, "takeover" a coup).
    e.event_concept = w.event_concept.empty() || in_list(w, EventWordLists::event_noun)
                          ? e.lemma
                          : w.event_concept;
  }
  return e;
}

void add_open_event_mentions(DocState& st, SentenceState& ss) {
  describe_lexicon_mentions(st, ss);
  const ingest::Sentence& s = *ss.sentence;
  const bool title = st.layout.lines[s.line].role == ingest::LineRole::title;
  const bool headline = s.headline && !title;
  // A headline of a dated list is one event: the lexicon's, or else typed by its first event
  // told as a fact instead of "report".
  if (headline && st.layout.lines[s.line].role == ingest::LineRole::headline) {
    if (st.out.mentions.size() == ss.first_event + 1 && st.out.mentions.back().type == "report")
      for (const DocumentEvent& e : ss.detected)
        if (told_as_fact(e.factuality) && selected(st, e)) {
          EventMention& m = st.out.mentions.back();
          m.type = e.event_concept;
          m.label = capitalized(e.lemma);
          m.event_class = e.event_class;
          m.open_domain = true;
          m.confidence = e.margin;
          break;
        }
    return;
  }
  const bool caps = title_case(st);
  const std::size_t lexicon_end = st.out.mentions.size();
  // "imposed the tariffs", "signed an agreement": a verb that brings about the event its
  // object names is that event's occurrence, which the lexicon's mention stands for. Other
  // verbs are events of their own ("regulators cleared the deal").
  const std::uint64_t instantiating = (std::uint64_t{1} << EventWordLists::support_verb) |
                                      (std::uint64_t{1} << EventWordLists::phase_verb) |
                                      (std::uint64_t{1} << EventWordLists::light_verb);
  undate_objects(st, ss, instantiating);
  for (const DocumentEvent& e : ss.detected) {
    const std::size_t k = e.token;
    if (covered(ss.trig_hits, k) || covered(ss.actor_hits, k) || covered(ss.place_hits, k))
      continue;
    if (std::any_of(ss.names.begin(), ss.names.end(),
                    [&](const Name& n) { return k >= n.tb && k < n.te; }))
      continue;
    // A capital inside running text is a name's ("Tropical Storm Dalisay"), not an event's.
    if (st.toks[k].upper && k > 0 && !caps) continue;
    // "Talks opened": a phase of the lexicon's event named just before, not an event apart.
    if (e.pos == EventPos::verb && ((e.lists >> EventWordLists::phase_verb) & 1u) && k > 0 &&
        std::any_of(ss.trig_hits.begin(), ss.trig_hits.end(),
                    [&](const Hit& h) { return h.te == k || h.te + 1 == k; }))
      continue;
    const auto lex_object = e.pos == EventPos::verb ? lexicon_object(st, ss, k) : std::nullopt;
    if (lex_object && (e.lists & instantiating)) continue;
    // The noun a light verb takes stands for the event: "Dalisay made landfall" (unless the
    // lexicon names it: "launched a strike" is the lexicon's strike).
    auto object = light_verb_object(st, e);
    if (object && covered(ss.trig_hits, *object)) continue;
    const bool aspectual_alone = aspectual_on_its_own(st, ss, e);
    if (!selected(st, e) && !(object && told_as_fact(e.factuality)) && !aspectual_alone) continue;
    // One mention per concept per sentence, as the lexicon's are one per type.
    const std::string type =
        object ? st.detector.sentence_words()[*object]->event_concept : e.event_concept;
    const bool seen =
        std::any_of(st.out.mentions.begin() + static_cast<std::ptrdiff_t>(lexicon_end),
                    st.out.mentions.end(), [&](const EventMention& m) { return m.type == type; });
    if (seen) continue;
    st.out.mentions.push_back(open_mention(st, ss, e, type, headline, title));
    // With no event to be a phase of, the suspension is an occurrence of its own.
    if (aspectual_alone) st.out.mentions.back().event_class = EventClass::occurrence;
  }
  undate_objects(st, ss, instantiating);  // now for the detector's nouns too
  undate_mentions_of_others(st, ss);
}

std::optional<std::size_t> add_linked_mention(DocState& st, const SentenceState& ss,
                                              DocumentEvent e, bool realized) {
  const std::size_t k = e.token;
  if (covered(ss.actor_hits, k) || covered(ss.place_hits, k) ||
      std::any_of(ss.names.begin(), ss.names.end(),
                  [&](const Name& n) { return k >= n.tb && k < n.te; }) ||
      (st.toks[k].upper && k > 0 && !title_case(st)))
    return std::nullopt;
  const auto object = light_verb_object(st, e);
  std::string type =
      object ? st.detector.sentence_words()[*object]->event_concept : e.event_concept;
  if (type.empty()) type = e.lemma;
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    const EventMention& m = st.out.mentions[mi];
    if (m.kind == EventKind::event && m.open_domain && m.type == type) return mi;
  }
  if (realized && !told_as_fact(e.factuality)) {
    e.factuality = Factuality::asserted;
    e.cue_start = e.cue_end = 0;
  }
  const ingest::Sentence& s = *ss.sentence;
  const bool title = st.layout.lines[s.line].role == ingest::LineRole::title;
  st.out.mentions.push_back(open_mention(st, ss, e, type, s.headline && !title, title));
  return st.out.mentions.size() - 1;
}

}  // namespace chronograph::events::detail
