// Dating event mentions: the time expression that dates a trigger, and event-anchored ones.
#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

constexpr std::array<std::string_view, 10> kBlockPrep = {
    "since", "until", "till", "by", "before", "after", "of", "than", "from", "through"};

constexpr std::array<std::string_view, 17> kDatePrep = {
    "on",   "in",   "at",   "during", "this",   "last",  "yesterday", "today",        "just",
    "only", "held", "took", "about",  "around", "early", "late",      "approximately"};

// A word that may stand between an event and the date that follows it: a preposition, an
// adverb ("launched literally on the eve"), or a participle ("talks held in Istanbul on").
bool leads_to_date(std::string_view w) {
  const auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 1 && w.substr(w.size() - suffix.size()) == suffix;
  };
  return in(kDatePrep, w) || ends("ly") || ends("ed");
}

// Token index just past a timex together with its anchor phrase ("the eve" + "of the talks").
std::size_t clause_end(const DocState& st, const temporal::Timex& tx) {
  std::size_t end = tx.end;
  if (tx.anchor && tx.anchor->end > end && tx.anchor->start >= tx.start) end = tx.anchor->end;
  std::size_t k = token_at(st.toks, end);
  // "a day | before", "three days | later": the direction word closes the expression.
  while (k < st.toks.size() &&
         (st.word(k) == "before" || st.word(k) == "after" || st.word(k) == "earlier" ||
          st.word(k) == "later" || st.word(k) == "prior"))
    ++k;
  return k;
}

// A timex that opens a clause and is closed by a comma dates the clause that follows it:
// "Just a day before, its security services ...", "...: on the eve of the Istanbul talks,
// Ukraine launched a massive strike".
bool heads_clause(const DocState& st, const temporal::Timex& tx, std::size_t xb) {
  std::size_t b = xb;
  while (b > 0) {
    const auto w = st.word(b - 1);
    const bool adverb = w.size() > 3 && w.substr(w.size() - 2) == "ly";
    if (w == "on" || w == "in" || w == "just" || w == "only" || w == "back" || adverb)
      --b;
    else
      break;
  }
  const bool opens = b == 0 || st.word(b - 1) == ":" || st.word(b - 1) == ";" ||
                     st.word(b - 1) == "—" || st.word(b - 1) == ",";
  const std::size_t e = clause_end(st, tx);
  return opens && e < st.toks.size() && st.word(e) == ",";
}

// Whether a speech verb lies between byte `from` and the mention: "Two days after the vote,
// Zorec said she would open talks on Wednesday" tells the talks in her words; the distance is
// the saying's, not theirs.
bool reported_after(const DocState& st, std::size_t from, const EventMention& m) {
  for (std::size_t k = token_at(st.toks, from); k < st.toks.size() && st.toks[k].start < m.start;
       ++k)
    if (st.is(k, kStartsSpeech) && st.tables.speech.match_at(st.low_ids, k).length) return true;
  return false;
}

// The event mention of this sentence that an event-anchored timex belongs to: "On the eve of
// Y, X ...": the first trigger after it; "X ..., a day after Y": the last trigger before it.
EventMention* anchored_mention(DocState& st, const SentenceState& ss, std::size_t ti) {
  const auto& timexes = st.timexes;
  EventMention* target = nullptr;
  const std::size_t xb = token_at(st.toks, timexes[ti].start);
  // Between commas after an event ("X began to recede yesterday, two days after Y, but ...")
  // the distance is said of that event, not of the clause after it.
  const bool event_before =
      std::any_of(st.out.mentions.begin() + static_cast<std::ptrdiff_t>(ss.first_event),
                  st.out.mentions.end(), [&](const EventMention& m) {
                    return m.kind == EventKind::event && m.end <= timexes[ti].start;
                  });
  const bool after_comma = xb > 0 && st.word(xb - 1) == ",";
  if (heads_clause(st, timexes[ti], xb) && !(after_comma && event_before)) {
    const std::size_t after =
        st.toks[std::min(clause_end(st, timexes[ti]), st.toks.size() - 1)].start;
    for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
      EventMention& m = st.out.mentions[mi];
      if (m.kind == EventKind::event && m.start >= after && !m.anchor_timex &&
          (!target || m.start < target->start) && !reported_after(st, after, m))
        target = &m;
    }
  }
  if (!target) {
    // "X voted on Wednesday to approve the sale, two days after Y": set off by a comma, the
    // distance is the first event's that its own date places (the vote, not its object). Else
    // it is the last event's before it ("resigned on Thursday after his government lost a
    // vote the day before": the vote's).
    const auto before = [&](const EventMention& m) {
      return m.kind == EventKind::event && m.end <= timexes[ti].start && !m.anchor_timex;
    };
    std::size_t p = timexes[ti].start;
    while (p > 0 && st.doc.text[p - 1] == ' ') --p;
    const bool adjunct = p > 0 && st.doc.text[p - 1] == ',';
    for (std::size_t mi = ss.first_event; adjunct && mi < st.out.mentions.size(); ++mi) {
      EventMention& m = st.out.mentions[mi];
      if (before(m) && m.timex && (!target || m.start < target->start)) target = &m;
    }
    if (!target)
      for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
        EventMention& m = st.out.mentions[mi];
        if (before(m) && (!target || m.end > target->end)) target = &m;
      }
  }
  return target;
}

}  // namespace

// "Because of the evacuation, schools were closed on Thursday": an event in a phrase that opens
// the sentence and ends at a comma is not timed by an expression after that comma.
bool in_fronted_phrase(const DocState& st, std::size_t token, const temporal::Timex& t) {
  if (st.toks.empty() || token >= st.toks.size()) return false;
  const auto first = st.word(0);
  if (first != "because" && first != "after" && first != "following" && first != "despite" &&
      first != "amid" && first != "due" && first != "owing" && first != "thanks" &&
      first != "since" && first != "before" && first != "until")
    return false;
  for (std::size_t k = 1; k < token; ++k)
    if (st.word(k) == ",") return false;  // the event is past the opening phrase
  for (std::size_t k = token + 1; k < st.toks.size() && st.toks[k].start < t.start; ++k)
    if (st.word(k) == ",") return true;
  return false;
}

// "rose to 5.1% from 4.6% in July", "up from 58% in the 2021 election": a time right after a
// quantity that "from" or "than" compares with is that quantity's, no event's.
bool baseline_time(const DocState& st, std::size_t xb) {
  std::size_t j = xb;
  if (j > 0 && (st.word(j - 1) == "the")) --j;
  if (j > 0 && in(kDatePrep, st.word(j - 1))) --j;
  if (j > 0 && !st.toks[j - 1].digit && (st.word(j - 1) == "%" || st.word(j - 1) == "percent")) --j;
  while (j > 1 && st.toks[j - 1].digit) --j;  // "1,200": groups and points
  if (j == xb || j == 0) return false;
  const std::string_view w = st.word(j - 1);
  // "more than 13% in September" is an amount, not a figure compared with (as for detected
  // events, event_dating.cpp's compared_figure_time).
  if (w == "than" && j >= 2) {
    const auto q = st.word(j - 2);
    if (q == "more" || q == "less" || q == "fewer") return false;
  }
  return st.toks[j].digit && (w == "from" || w == "than" || w == "versus" || w == "vs");
}

// Picks the timex that dates the trigger at tokens [tb, te) of the sentence, if any.
bool possessive_time(const DocState& st, const temporal::Timex& t) {
  const std::size_t xe = token_at(st.toks, t.end);
  return xe < st.toks.size() && (st.word(xe) == "'s" || st.word(xe) == "\u2019s");
}

std::optional<std::size_t> date_for_trigger(const DocState& st, std::size_t tb, std::size_t te,
                                            const std::vector<std::size_t>& sentence_timexes,
                                            const std::vector<Hit>& trig_hits,
                                            std::optional<std::size_t>& since) {
  std::optional<std::size_t> best;
  std::size_t best_dist = 1000;
  for (std::size_t ti : sentence_timexes) {
    const auto& tx = st.timexes[ti];
    // "recently", "in the future" (PAST_REF, FUTURE_REF) say too little to date an event.
    if (tx.value.size() > 4 && tx.value.compare(tx.value.size() - 4, 4, "_REF") == 0) continue;
    // Durations and sets do not date an event, unless anchored to one ("a day before").
    if ((tx.type == temporal::TimexType::duration || tx.type == temporal::TimexType::set) &&
        tx.reference != temporal::Reference::event)
      continue;
    const std::size_t xb = token_at(st.toks, tx.start);
    const std::size_t xe = token_at(st.toks, tx.end);
    if (baseline_time(st, xb)) continue;
    const std::string_view before = xb > 0 ? st.word(xb - 1) : std::string_view();
    if (xe <= tb) {
      // Timex before the trigger: inside its noun phrase ("the June 2 negotiations",
      // "Yesterday's strikes", "the 2022 Istanbul talks") or heading the sentence.
      const std::size_t gap = tb - xe;
      bool np = gap <= 3;
      for (std::size_t k = xe; k < tb && np; ++k)
        np = st.toks[k].word && (st.toks[k].upper || st.word(k) == "'s" || st.word(k) == "’s" ||
                                 st.word(k).find('-') != std::string_view::npos);
      const bool heads = heads_clause(st, tx, xb) && tb < clause_end(st, tx) + 14;
      // "since May 2024, when Zelenskyy's presidential term officially ended": the when-clause
      // happened at the date it follows, whatever preposition introduced that date.
      const std::size_t ce = clause_end(st, tx);
      const bool when_clause =
          ce + 1 < tb && st.word(ce) == "," && st.word(ce + 1) == "when" && tb < ce + 12;
      if ((np && !in(kBlockPrep, before)) || heads || when_clause) {
        const std::size_t dist = np ? gap : 50 + gap;
        if (dist < best_dist) best = ti, best_dist = dist;
      }
    } else if (xb >= te) {
      const std::size_t gap = xb - te;
      if (gap > 10 || possessive_time(st, tx)) continue;
      bool blocked = false;
      for (std::size_t k = te; k < xb && !blocked; ++k) {
        const auto w = st.word(k);
        blocked = w == ";" || w == "." || w == "—" || w == "(";
        for (const auto& h : trig_hits) blocked = blocked || (h.tb == k);
      }
      if (blocked) continue;
      if (before == "since" || before == "after") {
        if (!since) since = ti;
        continue;
      }
      const bool relative_word =
          tx.reference == temporal::Reference::event || tx.reference == temporal::Reference::dct;
      if (in(kBlockPrep, before)) continue;
      const auto& lists = st.detector.word_lists();
      // "a strike over pay planned for Wednesday": the plan is the strike's, not its topic's.
      const bool topic = tb > 1 && lists.holds(EventWordLists::plan_topic, st.word(tb - 1));
      // "meeting set for July 21", "vote scheduled for Friday": the scheduled day (of the
      // meeting, not of the setting); so is "set sentencing for Feb. 21", the plan verb right
      // before the trigger.
      const bool scheduled_for =
          before == "for" && !topic &&
          ((xb >= te + 2 && lists.holds(EventWordLists::scheduled_for, st.word(xb - 2))) ||
           (xb == te + 1 && tb > 0 && lists.holds(EventWordLists::scheduled_for, st.word(tb - 1))));
      if (!leads_to_date(before) && !scheduled_for && !(relative_word && gap <= 3)) continue;
      if (topic && before == "for" && xb >= 2 &&
          lists.holds(EventWordLists::scheduled_for, st.word(xb - 2)))
        continue;
      // "set sentencing for Feb. 21": the day is the sentencing's, not the setting's.
      if (before == "for" &&
          st.detector.word_lists().holds(EventWordLists::scheduled_for, st.word(tb)))
        continue;
      const std::size_t dist = 10 + gap;
      if (dist < best_dist) best = ti, best_dist = dist;
    }
  }
  return best;
}

// Event-anchored timexes ("a day before", "a day after the talks") are kept apart from the
// mention's own date, and attached to the trigger they follow or head.
void attach_event_anchors(DocState& st, const SentenceState& ss) {
  const auto& timexes = st.timexes;
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (m.timex && timexes[*m.timex].reference == temporal::Reference::event) {
      // A mention inside the phrase the expression counts from ("two days after the storm made
      // landfall") is its anchor, not what it dates.
      const auto& a = timexes[*m.timex].anchor;
      // Set off by a comma (", two days after ..."), the distance belongs to the clause, whose
      // event the loop below picks, not to the noun just before it.
      std::size_t p = timexes[*m.timex].start;
      while (p > 0 && st.doc.text[p - 1] == ' ') --p;
      const bool adjunct = p > 0 && st.doc.text[p - 1] == ',';
      if (!adjunct && !(a && a->start <= m.start && m.end <= a->end) &&
          !reported_after(st, timexes[*m.timex].end, m))
        m.anchor_timex = m.timex;
      m.timex.reset();
    }
  }
  for (std::size_t ti : ss.timexes) {
    if (timexes[ti].reference != temporal::Reference::event) continue;
    bool used = false;
    for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi)
      used = used || st.out.mentions[mi].anchor_timex == ti;
    if (used) continue;
    EventMention* target = anchored_mention(st, ss, ti);
    if (target && (target->start > timexes[ti].start || timexes[ti].start - target->end < 120))
      target->anchor_timex = ti;
  }
}

// Each event-anchored timex is resolved to the event it counts from: the one its anchor phrase
// names, or else the one last named before it. A timex with neither is dropped.
void resolve_event_anchors(DocState& st, const SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    EventMention& m = st.out.mentions[mi];
    if (!m.anchor_timex) continue;
    const auto& anchor = st.timexes[*m.anchor_timex].anchor;
    std::optional<std::size_t> found;
    if (anchor && anchor->end > anchor->start) {
      // Event mentions of earlier sentences start before this one, so before the phrase.
      for (std::size_t k = anchor->start >= s.start ? ss.first_event : 0;
           k < st.out.mentions.size(); ++k)
        if (k != mi && st.out.mentions[k].kind == EventKind::event &&
            st.out.mentions[k].start >= anchor->start && st.out.mentions[k].end <= anchor->end)
          found = k;
    }
    // "resigned on Thursday after his government lost a vote the day before": the day before
    // the event of the sentence that its own date places.
    for (std::size_t k = ss.first_event; !found && k < mi; ++k) {
      const auto& c = st.out.mentions[k];
      if (c.kind == EventKind::event && c.timex && c.type != m.type) found = k;
    }
    // "two weeks after chief financial officer Sam Whitfield said he would retire": an anchor
    // phrase that names no mention counts from an event not found, never from another one.
    const bool named = anchor && anchor->end > anchor->start;
    if (!found && !named) {
      // "Just a day before, ..." refers to the event last named before it.
      for (std::size_t k = mi; k-- > 0;) {
        const auto& c = st.out.mentions[k];
        if (c.kind == EventKind::event && c.type != m.type && (c.specific || c.definite)) {
          found = k;
          break;
        }
      }
    }
    m.anchor_mention = found;
    if (!found)
      m.anchor_timex.reset();
    else
      m.specific = true;
  }
}

}  // namespace chronograph::events::detail
