// Reactions: who reacts ("X condemned ...", "Y welcomed ..."), and to which event.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

// The tokens of a reaction cue at token k, empty when none starts there: a phrase of the
// lexicon, or one with a gap ("losing ... patience" takes "losing the last shreds of patience").
TokenRange cue_at(const DocState& st, std::size_t k) {
  const auto m = st.tables.reactions.match_at(st.low_ids, k);
  if (!m.length) return {};
  const std::size_t te = k + m.length;
  if (!st.tables.reaction_has_tail[static_cast<std::size_t>(m.id)]) return {k, te};
  for (std::size_t j = te; j < st.toks.size() && j <= te + 5 && st.toks[j].word; ++j) {
    const auto tail = st.tables.reaction_tails.match_at(st.low_ids, j);
    if (tail.length && tail.id == m.id) return {k, j + tail.length};
  }
  return {};
}

bool pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "it";
}

// Whether a mention can be what someone reacts to: an event, not a report of one.
bool reactable(const EventMention& em) {
  return em.kind == EventKind::event && em.event_class != EventClass::reporting &&
         em.factuality != Factuality::negated;
}

// Whether a detected event is a word that refers back ("the move", "the decision").
bool refers_back(const DocState& st, const EventMention& em) {
  for (std::size_t k = 0; k < st.toks.size(); ++k)
    if (st.toks[k].start == em.start) return st.is(k, kAnaphorWord);
  return false;
}

// The reaction's object in its own sentence: the first event mentioned after the cue, within a
// few words ("condemned the attack", "welcomed the outcome of the talks"); the lexicon's
// events before the detector's.
std::optional<std::size_t> object_event(const DocState& st, const SentenceState& ss, std::size_t ci,
                                        TokenRange cue) {
  const std::size_t n = st.toks.size();
  const std::size_t from = st.toks[cue.te - 1].end;
  // "criticized the decision, saying it had received no notice", "criticised it, writing on
  // social media that ...": the object ends at a comma, unless a naming verb goes on naming it
  // ("expressed optimism, calling the outcome of the talks remarkable"); one that names it
  // again by a pronoun judges it ("criticized the stance, calling it an attempt to undermine").
  const auto words = st.detector.sentence_words();
  std::size_t last = std::min(cue.te + 20, n) - 1;
  for (std::size_t k = cue.te; k < last; ++k) {
    // "criticized the federation ... before the appeal is heard": a clause of time or reason
    // is no part of the object.
    const auto w = st.word(k);
    // Nor is where or when it was done: "welcomed the news at a press conference".
    if (w == "before" || w == "after" || w == "when" || w == "while" || w == "until" ||
        w == "because" || w == "if" || w == "unless" || w == "at" || w == "during" ||
        // "for taking two hours to tell officials what the train was carrying": a clause
        // inside the object is no part of what is judged.
        (k > cue.te && (w == "what" || w == "whether" || w == "how" || w == "who"))) {
      last = k;
      break;
    }
    // "welcomed the result and said her party was ready to begin talks": a verb of the
    // reacting subject's own after "and" ends the object.
    if (w == "and" && k + 1 < n && (st.is(k + 1, kClauseVerbWord) || detected_verb_at(ss, k + 1))) {
      last = k;
      break;
    }
    if (st.raw(k) != "," && st.raw(k) != ";") continue;
    const bool naming = st.raw(k) == "," && k + 1 < n && st.word(k + 1).ends_with("ing") &&
                        words[k + 1] && in_list(*words[k + 1], EventWordLists::naming_verb) &&
                        !(k + 2 < n && (pronoun(st.word(k + 2)) || st.word(k + 2) == "them"));
    if (!naming) last = k;
  }
  const std::size_t until = st.toks[last].end;
  std::optional<std::size_t> named, detected;
  for (std::size_t k = ss.first_event; k < ci; ++k) {
    const EventMention& em = st.out.mentions[k];
    if (!reactable(em) || em.start < from || em.start > until) continue;
    if (em.open_domain && refers_back(st, em)) continue;  // "the move": see anaphor_event
    auto& best = em.open_domain ? detected : named;
    if (!best || em.start < st.out.mentions[*best].start) best = k;
  }
  return named ? named : detected;
}

// "condemned the move", "welcomed it": the most recent event of the two sentences before that
// the word can refer to (of the same type when the word names one, as "the attack" does).
std::optional<std::size_t> anaphor_event(const DocState& st, const SentenceState& ss,
                                         TokenRange cue) {
  const std::size_t n = st.toks.size();
  std::optional<std::size_t> word;
  for (std::size_t j = cue.te; j < n && j < cue.te + 4 && !word; ++j) {
    if (!st.toks[j].word) break;
    // "condemned what it called a culture of favours": a wh-clause object; its "it" is the
    // reactor, not an event referred back to.
    const auto w = st.word(j);
    if (w == "what" || w == "how" || w == "why" || w == "whatever") break;
    if (st.is(j, kAnaphorWord)) word = j;
  }
  if (!word) return std::nullopt;
  std::string_view type;
  if (const auto m = st.tables.triggers.match_at(st.low_ids, *word); m.length)
    type = st.tables.lex.event_types[static_cast<std::size_t>(m.id)].type;
  const bool act = st.is(*word, kActAnaphorWord);
  const std::size_t first_sentence = ss.index >= 2 ? ss.index - 2 : 0;
  const std::size_t from = st.sentence_first_mention[first_sentence];
  for (std::size_t k = ss.first_event; k-- > from;) {
    const EventMention& em = st.out.mentions[k];
    if (!reactable(em) || !(em.specific || em.definite)) continue;
    // "said it would cut 4,000 jobs ... criticized the decision": the latest act is a plan,
    // which the word most likely means; an older fact is no safe guess.
    if (act && em.kind == EventKind::event &&
        (em.factuality == Factuality::future || em.factuality == Factuality::intended ||
         em.factuality == Factuality::modal))
      return std::nullopt;
    if (em.factuality != Factuality::asserted) continue;
    // "the decision" names an act: not a market's fall, a storm, or another such word.
    const auto& words = st.tables.words;
    if (act && (words.flags(em.type) & kNotAnActWord)) continue;
    // "the announcement" itself refers back.
    const auto said = std::string_view(st.lower).substr(em.start, em.end - em.start);
    if (em.definite && (words.flags(said) & kAnaphorWord)) continue;
    if (type.empty() || em.type == type) return k;
  }
  return std::nullopt;
}

// "The EU pledged 10 million euros. The UN welcomed the pledges": a definite object that names
// again an event of the two sentences before (by its noun's or verb's lemma) is that event.
std::optional<std::size_t> repeated_event(const DocState& st, const SentenceState& ss,
                                          TokenRange cue) {
  const auto& cls = st.detector.word_lists().classes;
  const auto words = st.detector.sentence_words();
  std::size_t j = cue.te;
  if (j + 1 >= st.toks.size() || !words[j] ||
      !((cls.det && words[j]->word_class == cls.det) ||
        (cls.poss && words[j]->word_class == cls.poss)) ||
      st.word(j) == "a" || st.word(j) == "an")
    return std::nullopt;
  ++j;
  if (j >= st.toks.size() || !st.toks[j].word || st.toks[j].upper) return std::nullopt;
  // The head: the noun right after the determiner, unless the one after it ("the aid pledges").
  if (j + 1 < st.toks.size() && st.toks[j + 1].word && !words[j + 1]->noun_lemma.empty() &&
      !words[j + 1]->word_class)
    ++j;
  const WordInfo& head = *words[j];
  if (head.noun_lemma.empty()) return std::nullopt;
  const std::size_t first_sentence = ss.index >= 2 ? ss.index - 2 : 0;
  for (std::size_t k = ss.first_event; k-- > st.sentence_first_mention[first_sentence];) {
    const EventMention& em = st.out.mentions[k];
    if (!reactable(em) || em.factuality != Factuality::asserted) continue;
    if (em.type == head.noun_lemma || (!head.verb_lemma.empty() && em.type == head.verb_lemma))
      return k;
  }
  return std::nullopt;
}

}  // namespace

// Reactions: a reaction cue and who reacts, the subject before it ("Erdoğan expressed
// optimism"), or the speaker of the statement whose words hold it ("X said he was losing
// patience"). One found makes the whole sentence the reaction, whatever statement it reports.
void find_reaction(const DocState& st, const SentenceState& ss, Claim& claim) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t n = st.toks.size();
  if (s.headline || s.start < st.quote_covered_until || !st.has(kStartsReaction)) return;
  for (std::size_t k = 0; k < n; ++k) {
    if (!st.is(k, kStartsReaction) || st.inside_quotes(st.toks[k].start)) continue;
    if (k > 0 && st.toks[k].upper) continue;
    const TokenRange cue = cue_at(st, k);
    if (cue.empty()) continue;
    const TokenRange np = subject_before(st, ss, k);
    std::string who;
    const bool in_words = !claim.speaker.empty() && st.toks[k].start >= claim.start &&
                          st.toks[cue.te - 1].end <= claim.end;
    if (in_words && (np.empty() || (np.te == np.tb + 1 && pronoun(st.word(np.tb)))))
      who = claim.speaker;
    else if (!np.empty())
      who = speaker_in(st, ss, np);
    if (who.empty()) continue;
    claim.reaction = true;
    claim.speaker = std::move(who);
    claim.start = s.start;
    claim.end = s.end;
    claim.verb = cue;
    return;
  }
}

// What a reaction is to: its object in the sentence, else the event a word like "the move"
// refers back to, else, for a reaction right after another ("In contrast, Y ..."), what that
// one reacted to. None when nothing fits: a wrong link costs more than a missing one.
void link_reaction(DocState& st, const SentenceState& ss, std::size_t ci, const Claim& claim) {
  const ingest::Sentence& s = *ss.sentence;
  const char* rule = "reaction cue";
  std::optional<std::size_t> target = object_event(st, ss, ci, claim.verb);
  if (!target) {
    target = anaphor_event(st, ss, claim.verb);
    rule = "reaction cue, an event it refers back to";
  }
  if (!target) {
    target = repeated_event(st, ss, claim.verb);
    rule = "reaction cue, the event its object names again";
  }
  // Only a cue with no object of its own ("is losing patience.") takes the one before's.
  const bool no_object = claim.verb.te >= st.toks.size() || !st.toks[claim.verb.te].word;
  if (!target && no_object && st.last_reaction_target &&
      ss.index <= st.last_reaction_sentence + 2) {
    target = st.last_reaction_target;
    rule = "reaction cue, as the reaction before";
  }
  if (!target) return;
  st.out.links.push_back({ci, *target, LinkType::reaction_to, s.start, s.end, rule});
  st.last_reaction_target = target;
  st.last_reaction_sentence = ss.index;
}

}  // namespace chronograph::events::detail
