// The dates a mention loses because they are another event's: an object's, a cause's, an
// offence's or a reason's day is the clause's verb's, not theirs.
#include <algorithm>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

// The event noun heading the subject of a passive verb, if any (its first token): "The
// election was called", "the snap vote had been announced".
std::optional<std::size_t> passive_subject(const DocState& st, const SentenceState& ss,
                                           std::size_t verb) {
  const auto words = st.detector.sentence_words();
  std::size_t k = verb;
  bool be = false;
  while (k > 0 && verb - k < 4) {
    const auto c = st.detector.model().classes().name(words[k - 1]->word_class);
    if (c != "be" && c != "have" && c != "modal" && c != "adv") break;
    be = be || c == "be";
    --k;
  }
  if (!be || k == 0 || words[verb]->verb_form == 'g') return std::nullopt;
  for (const auto& h : ss.trig_hits)
    if (h.te == k) return h.tb;
  if (std::any_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& o) {
        return o.token == k - 1 && o.pos == EventPos::noun;
      }))
    return k - 1;
  return std::nullopt;
}

// "The FTC cleared the deal on July 31", "contained the wildfire on Tuesday", "expects the deal
// to close in the third quarter", "The election was called in August": a date after the object
// (or passive subject) of a verb that does not bring it about is that verb's clause's, not the
// object's (the deal, the fire came before; the election came after). The object's mention,
// the lexicon's or the detector's, loses it. A date a passive verb moves it to stays ("the vote
// was postponed until March", "the meeting was set for July 21").
// A mention's date is another event's: it loses it, and stays specific only by what else
// singles it out.
void drop_date(EventMention& m) {
  m.timex.reset();
  m.since_timex.reset();
  m.specific = m.ordinal > 0 || !m.name.empty() || !m.places.empty() || m.headline;
}

// The first token of a mention's phrase: back from the mention's own first token over at most
// `max` determiners and possessives (and adjectives, when asked): "the", "its", "the alleged".
std::size_t phrase_start(const DocState& st, const EventMention& m, std::size_t max,
                         bool adjectives) {
  const auto& words = st.detector.sentence_words();
  const auto& cls = st.detector.word_lists().classes;
  std::size_t k = token_at(st.toks, m.start);
  for (std::size_t seen = 0; k > 0 && seen < max && words[k - 1]; ++seen, --k) {
    const WordInfo& w = *words[k - 1];
    const bool adjective = adjectives && !w.word_class && !w.punct && (w.pos_bits & 4);
    if (w.word_class != cls.det && w.word_class != cls.poss && !adjective) break;
  }
  return k;
}

// Whether a verb the detector found lies between two byte offsets.
bool verb_between(const SentenceState& ss, std::size_t from, std::size_t to) {
  return std::any_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& d) {
    return d.pos == EventPos::verb && d.start >= from && d.end <= to;
  });
}

void undate_cause_subject(DocState& st, const SentenceState& ss, const DocumentEvent& e) {
  const TokenRange subject = subject_before(st, ss, e.token);
  if (subject.empty()) return;
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || !m.timex || m.start < st.toks[subject.tb].start ||
        m.end > st.toks[subject.te - 1].end || st.timexes[*m.timex].start < e.end)
      continue;
    drop_date(m);
  }
}

// "The winner of the runoff is due to take office on June 12", "the victims of the attack were
// buried on Friday": a time past the verb of people named by an event is their act's, not the
// event's.
void undate_events_of_people(DocState& st, const SentenceState& ss) {
  const auto& words = st.detector.sentence_words();
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || !m.timex || st.timexes[*m.timex].start < m.end) continue;
    const std::size_t k = phrase_start(st, m, st.toks.size(), false);
    if (k < 2 || st.word(k - 1) != "of") continue;
    const WordInfo& head = *words[k - 2];
    if (!(head.pos_bits & 1) ||
        head.first_lexname[static_cast<std::size_t>(WnPos::noun)] != WordInfo::kPerson)
      continue;
    if (!verb_between(ss, m.end, st.timexes[*m.timex].start)) continue;
    drop_date(m);
  }
}

// "was convicted by a jury on Monday of fraud by abuse of position", "was jailed for six years
// on Friday for siphoning funds": the offence a charge, verdict or penalty names is not dated
// by that act's time.
void undate_offences(DocState& st, const SentenceState& ss) {
  const auto& words = st.detector.sentence_words();
  const auto& cls = st.detector.word_lists().classes;
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || !m.timex) continue;
    std::size_t k = token_at(st.toks, m.start);
    // Back over the offence's own phrase ("the alleged", "two counts of") to its preposition,
    // and over a chain of them ("of fraud by abuse").
    bool charged = false;
    for (std::size_t j = k, seen = 0; j > 0 && seen < 14 && !charged; --j, ++seen) {
      const std::size_t p = j - 1;
      if (!words[p] || st.raw(p) == "," || st.raw(p) == ";" || st.word(p) == "that" ||
          st.word(p) == "and")
        break;
      charged = in_list(*words[p], EventWordLists::charge_verb) &&
                (words[p]->verb_form == 'd' || st.word(p) == "guilty") && seen > 0;
      if (charged) {
        // The preposition that opens the offence must come after the verb.
        bool prep = false;
        for (std::size_t q = p + 1; q < k; ++q)
          prep = prep || (words[q]->word_class == cls.prep &&
                          (st.word(q) == "of" || st.word(q) == "for" || st.word(q) == "with"));
        charged = prep && st.word(k - 1) != "on" && st.word(k - 1) != "in";
      }
    }
    if (charged) drop_date(m);
  }
}

// "Shares fell 7% on Wednesday because of the delay": the reason a connective names came
// before what it explains, at a time the clause does not tell.
void undate_reasons(DocState& st, const SentenceState& ss) {
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || !m.timex || st.timexes[*m.timex].end > m.start) continue;
    const std::size_t k = phrase_start(st, m, 3, true);
    if (k < 2) continue;
    const auto a = st.word(k - 2), b = st.word(k - 1);
    if ((a == "because" && b == "of") || (a == "due" && b == "to") || (a == "owing" && b == "to") ||
        (a == "result" && b == "of") || (a == "thanks" && b == "to"))
      drop_date(m);
  }
}

// "Rail workers went on strike on Wednesday over pay", "protests over the killing": what an
// act is over or about (its topic) is not dated by the act's time.
void undate_topics(DocState& st, const SentenceState& ss) {
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event || !m.timex) continue;
    // A time right after the topic is its own ("the dispute over the vote on Monday"); one
    // past a verb is the act's ("Protests over the killing erupted on Friday").
    const auto& t = st.timexes[*m.timex];
    if (t.start >= m.end && !verb_between(ss, m.end, t.start)) continue;
    const std::size_t k = phrase_start(st, m, 2, false);
    if (k < 2 || (st.word(k - 1) != "over" && st.word(k - 1) != "about")) continue;
    const std::size_t over_at = st.toks[k - 1].start;
    const bool after_an_act = std::any_of(
        st.out.mentions.begin() + static_cast<std::ptrdiff_t>(ss.first_event),
        st.out.mentions.end(), [&](const EventMention& o) {
          return &o != &m && o.kind == EventKind::event && o.end <= over_at && over_at - o.end < 40;
        });
    if (after_an_act) drop_date(m);
  }
}

}  // namespace

void undate_objects(DocState& st, const SentenceState& ss, std::uint32_t instantiating) {
  for (const DocumentEvent& e : ss.detected) {
    if (e.pos != EventPos::verb || (e.lists & instantiating)) continue;
    // "forced the evacuation on Sunday", "triggered a landslide on Friday": what a causative
    // verb brings about happens then; its cause, the subject, came before, at a time the clause
    // does not tell ("The collapse sparked protests on Tuesday").
    if (causative_verb(st, e.token)) {
      undate_cause_subject(st, ss, e);
      continue;
    }
    auto object = lexicon_object(st, ss, e.token);
    const bool subject = !object;
    if (subject) object = passive_subject(st, ss, e.token);
    if (!object) continue;
    for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
      EventMention& m = st.out.mentions[mi];
      if (m.kind != EventKind::event || m.start != st.toks[*object].start || !m.timex ||
          st.timexes[*m.timex].start < m.end)
        continue;
      const std::size_t xb = token_at(st.toks, st.timexes[*m.timex].start);
      const auto before = xb > 0 ? st.word(xb - 1) : std::string_view();
      if (subject && (st.timexes[*m.timex].start < e.end || before == "for" || before == "to" ||
                      before == "until" || before == "till"))
        continue;
      // "set sentencing for Feb. 21": the day a plan names is its object's.
      if (!subject && before == "for" && ((e.lists >> EventWordLists::scheduled_for) & 1u))
        continue;
      drop_date(m);
    }
  }
}

// "The winner of the runoff is due to take office on June 12", "convicted on Monday of fraud",
// "fell on Wednesday because of the delay": after the sentence's mentions are made.
void undate_mentions_of_others(DocState& st, const SentenceState& ss) {
  undate_events_of_people(st, ss);
  undate_offences(st, ss);
  undate_reasons(st, ss);
  undate_topics(st, ss);
}

}  // namespace chronograph::events::detail
