// Claims: statements attributed to a speaker, what they say, and the events they are about.
#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

bool closing_quote(const DocState& st, std::size_t k) {
  return st.raw(k) == "”" || st.raw(k) == "\"";
}

// The quoted span that opens at `open` (a curly or straight quote), up to its closing mark.
std::pair<std::size_t, std::size_t> quote_from(std::string_view text, std::size_t open) {
  const bool curly = text.substr(open, 3) == "“";
  const std::size_t close = curly ? text.find("”", open + 3) : text.find('"', open + 1);
  if (close == std::string_view::npos || close - open > 8000) return {open, open};
  return {open, close + (curly ? 3 : 1)};
}

// The quoted span that closes at token k, empty when its opening mark is not found.
std::pair<std::size_t, std::size_t> quote_closing_at(const DocState& st, std::size_t k) {
  const std::string_view text(st.doc.text);
  const std::size_t qclose = st.toks[k].start;
  const bool plain = text[qclose] == '"';
  const std::size_t open =
      plain ? (qclose == 0 ? std::string_view::npos : text.rfind('"', qclose - 1))
            : text.rfind("“", qclose);
  if (open == std::string_view::npos || qclose - open >= 8000) return {qclose, qclose};
  return {open, qclose + (plain ? 1 : 3)};
}

bool w_is_prep(const DocState& st, std::size_t k) {
  const auto words = st.detector.sentence_words();
  const auto prep = st.detector.word_lists().classes.prep;
  return k < words.size() && prep != 0 && words[k]->word_class == prep;
}

bool in_timex_start(const DocState& st, const SentenceState& ss, std::size_t k, std::size_t& end) {
  for (std::size_t x : ss.timexes)
    if (st.timexes[x].start == st.toks[k].start) {
      end = k;
      while (end < st.toks.size() && st.toks[end].start < st.timexes[x].end) ++end;
      return true;
    }
  return false;
}

// Where the words of a speech verb begin after it, past its listener ("told reporters",
// "assured Trump"), where it was said ("in a statement", "on a call with analysts"), when ("on
// Monday") and "that". `that` tells whether "that" (or a colon or quote) opened them; n when
// nothing follows but those.
std::size_t words_after(const DocState& st, const SentenceState& ss, std::size_t k, bool& that) {
  const std::size_t n = st.toks.size();
  const auto& cls = st.detector.word_lists().classes;
  that = false;
  // "explained Umerov that ...": a name right before "that" is the listener of any verb.
  for (const auto& nm : ss.names)
    if (nm.tb == k && nm.te < n && st.word(nm.te) == "that") k = nm.te;
  if (k < n && st.is(k - 1, kListenerVerbWord)) {
    bool named = false;
    for (const auto& nm : ss.names)
      if (nm.tb == k) k = nm.te, named = true;
    if (!named && st.word(k) == "the" && k + 1 < n && st.is(k + 1, kAudienceWord))
      k += 2;
    else if (!named && st.is(k, kAudienceWord))
      ++k;
  }
  bool after_medium = false;
  for (bool skipped = true; skipped && k < n;) {
    skipped = false;
    std::size_t end = k;
    if (in_timex_start(st, ss, k, end)) {
      k = end, skipped = true;
      continue;
    }
    const WordInfo* w =
        k < st.detector.sentence_words().size() ? st.detector.sentence_words()[k] : nullptr;
    if (!w || w->word_class != cls.prep || cls.prep == 0) break;
    // A phrase that ends at a medium, a listener, a name or a time: "with analysts".
    for (std::size_t j = k + 1; j < n && j <= k + 8 && st.toks[j].word; ++j) {
      if (st.word(j) == "that") {
        k = j, skipped = true;
        break;
      }
      bool ends = st.is(j, kMediumWord) || st.is(j, kAudienceWord);
      std::size_t tend = j;
      ends = ends || (in_timex_start(st, ss, j, tend) && (j = tend - 1, true));
      if (ends) {
        after_medium = st.is(j, kMediumWord);
        k = j + 1, skipped = true;
        if (k < n && (st.raw(k) == "'s" || st.raw(k) == "’s")) skipped = false;
        break;
      }
    }
  }
  // "told reporters outside the courthouse that ...": a short phrase of the telling, no verb
  // of its own, before the "that" of what was said.
  // The phrase is a word and a determined noun ("outside the courthouse", "after the
  // hearing"), not the words' own subject ("thousands of hectares of rice that ...").
  constexpr std::size_t kPhrase = 4;
  const auto det = k + 1 < n ? st.word(k + 1) : std::string_view();
  const auto lead = k < n ? st.word(k) : std::string_view();
  const bool phrase = k < n && st.toks[k].word && !st.toks[k].digit &&
                      (det == "the" || det == "a" || det == "an" || det == "his" || det == "her" ||
                       det == "their" || det == "its" || lead == "outside" || lead == "after" ||
                       lead == "during" || lead == "following");
  for (std::size_t j = k + 1; phrase && j < n && j <= k + kPhrase && st.toks[j].word; ++j) {
    const std::size_t at = st.toks[j].start;
    if (std::any_of(ss.detected.begin(), ss.detected.end(), [&](const DocumentEvent& e) {
          return e.pos == EventPos::verb && e.start >= st.toks[k].start && e.start < at;
        }))
      break;
    if (st.word(j) == "that") {
      k = j;
      break;
    }
  }
  if (k < n && st.word(k) == "that") return that = true, k + 1;
  if (k < n && (st.raw(k) == ":" || st.raw(k) == "“" || st.raw(k) == "\"")) that = true;
  if (k >= n || st.raw(k) == "." || st.raw(k) == "," || st.raw(k) == ";") return n;
  // "said in a statement released after markets closed": a participle after the medium is the
  // medium's, not what was said.
  if (!that && after_medium && st.word(k).size() > 3 && st.word(k).ends_with("ed")) return n;
  // Words that open with a preposition are a phrase of the verb, not what was said ("insists
  // on negotiating", "told reporters at the mine"), but for "at least 3,000 houses ..." and
  // "in ... , the ...".
  const bool at_amount =
      st.word(k) == "at" && k + 1 < n && (st.word(k + 1) == "least" || st.word(k + 1) == "most");
  if (!that && w_is_prep(st, k) && !at_amount && st.word(k) != "in") return n;
  return k;
}

// Whether the clause from token k holds a time of its own before its first verb, or ends in
// another attribution: the narrator telling what happened next, not the speaker's words.
bool narrator_clause(const DocState& st, const SentenceState& ss, std::size_t k) {
  if (k >= st.toks.size() || st.word(k) == "that") return false;
  const std::size_t from = st.toks[k].start;
  std::size_t verb_at = ss.sentence->end;
  for (const auto& e : ss.detected)
    if (e.pos == EventPos::verb && e.start >= from) {
      verb_at = e.start;
      break;
    }
  for (const std::size_t x : ss.timexes) {
    const auto& t = st.timexes[x];
    if (t.start >= from && t.start < ss.sentence->end) {
      if (t.start < verb_at) return true;  // "but on Tuesday it ordered ..."
      break;
    }
  }
  // "..., and the first convoy reached the town on Tuesday, according to the institute."
  for (std::size_t j = k; j + 1 < st.toks.size(); ++j)
    if (st.raw(j) == "," && st.word(j + 1) == "according") return true;
  return false;
}

// The span of the words from token k to the sentence's end, or the quote that opens there.
void words_from(const DocState& st, const SentenceState& ss, std::size_t k, Claim& claim) {
  const std::string_view text(st.doc.text);
  while (k < st.toks.size() && st.raw(k) == ",") ++k;
  if (k >= st.toks.size()) return;
  claim.start = st.toks[k].start;
  claim.end = ss.sentence->end;
  // "Cumberland said it had set aside $12 million; Haines said ...": a semicolon ends them.
  // So does ", and" or ", but" opening a clause the narrator dates on its own ("said on Sunday
  // it would send tents, and the first convoy reached the town on Tuesday, according to ...",
  // "said it had found no evidence, but on Tuesday it ordered a recount").
  for (std::size_t j = k; j < st.toks.size(); ++j) {
    if (st.inside_quotes(st.toks[j].start)) continue;
    if (st.raw(j) == ";" ||
        (j > k && st.raw(j - 1) == "," && (st.word(j) == "and" || st.word(j) == "but") &&
         narrator_clause(st, ss, j + 1))) {
      claim.end = st.toks[j - (st.raw(j) == ";" ? 0 : 1)].start;
      break;
    }
  }
  if (st.raw(k) == "“" || st.raw(k) == "\"") {
    const auto [a, b] = quote_from(text, claim.start);
    if (b > a) claim.end = b;
  } else if (st.raw(k) == ":") {
    // "Dymov noted:" introduces the quote that follows.
    std::size_t q = ss.sentence->end;
    while (q < text.size() && (text[q] == ' ' || text[q] == '\n' || text[q] == '\r')) ++q;
    if (text.substr(q, 3) == "“" || (q < text.size() && text[q] == '"')) {
      const auto [a, b] = quote_from(text, q);
      if (b > a) claim.start = a, claim.end = b;
    }
  }
}

// The words before token k (a comma or the speaker), to the sentence's start: "..., the
// agency said." A quote that closes right before is the words.
bool words_before(const DocState& st, const SentenceState& ss, std::size_t k, Claim& claim) {
  while (k > 0 && (st.raw(k - 1) == "," || closing_quote(st, k - 1))) {
    if (closing_quote(st, k - 1)) {
      const auto [a, b] = quote_closing_at(st, k - 1);
      if (b <= a) return false;
      claim.start = a, claim.end = b;
      return true;
    }
    --k;
  }
  // '"The dam is safe," the chief inspector, Ernesto Valdivia, told reporters': the speaker's
  // role set off before the name; the quote closes before the role.
  constexpr std::size_t kMaxRole = 5;
  for (std::size_t j = k; j > 0 && k - j <= kMaxRole; --j) {
    if (st.is(j - 1, kRoleNounWord)) {
      std::size_t q = j - 1;
      while (q > 0 && k - q <= kMaxRole + 1 && !closing_quote(st, q - 1) && st.raw(q - 1) != "," &&
             st.toks[q - 1].word)
        --q;
      if (q > 0 && st.raw(q - 1) == ",") --q;
      if (q > 1 && closing_quote(st, q - 1) && st.raw(q - 2) == ",") {
        const auto [a, b] = quote_closing_at(st, q - 1);
        if (b <= a) return false;
        claim.start = a, claim.end = b;
        return true;
      }
      break;
    }
    if (!st.toks[j - 1].word && st.raw(j - 1) != ",") break;
  }
  if (k < 3) return false;
  claim.start = ss.sentence->start;
  claim.end = st.toks[k - 1].end;
  return true;
}

// "According to X, ..." and "..., according to X": X is the speaker, the rest the words; an
// aside naming a medium ("according to media reports") names no speaker.
bool attribute_according(const DocState& st, const SentenceState& ss, std::size_t v,
                         std::size_t len, Claim& claim) {
  const std::size_t n = st.toks.size();
  const TokenRange np = phrase_after(st, ss, v + len);
  if (np.empty()) return false;
  std::string who = speaker_in(st, ss, np);
  std::size_t words_at = np.te;
  // "According to ... expert and Doctor of Political Science, Petro Oleschuk, ...": a name
  // set off by commas after its description.
  for (const auto& nm : ss.names)
    if (nm.person && nm.tb > np.tb && nm.tb <= v + len + 16 && st.raw(nm.tb - 1) == "," &&
        nm.te < n && st.raw(nm.te) == ",") {
      bool one_phrase = true;
      for (std::size_t k = v + len; k + 1 < nm.tb; ++k)
        one_phrase = one_phrase && (st.toks[k].word || st.raw(k) == "'s" || st.raw(k) == "’s");
      if (one_phrase) who = nm.name, words_at = nm.te;
      break;
    }
  if (who.empty()) return false;
  claim.speaker = who;
  claim.verb = {v, v + len};
  if (v > 0 && words_before(st, ss, v, claim)) return true;
  if (v == 0 || (v == 1 && !st.toks[0].word)) {
    words_from(st, ss, words_at, claim);
    return claim.start > ss.sentence->start;
  }
  return false;
}

// Whether a verb (the detector's, or an auxiliary) comes at or after token k before a comma.
bool verb_before_comma(const DocState& st, const SentenceState& ss, std::size_t k) {
  const auto& cls = st.detector.word_lists().classes;
  const auto words = st.detector.sentence_words();
  for (std::size_t j = k; j < st.toks.size() && st.raw(j) != ";"; ++j) {
    // "3,000": a comma inside a number ends nothing.
    const bool in_number = j > 0 && j + 1 < st.toks.size() && st.toks[j - 1].digit &&
                           st.toks[j + 1].digit && st.toks[j].start == st.toks[j - 1].end &&
                           st.toks[j + 1].start == st.toks[j].end;
    if (st.raw(j) == "," && !in_number) break;
    if (!st.toks[j].word) {
      if (st.raw(j) == "“" || st.raw(j) == "\"" || st.raw(j) == ":") return true;  // a quote
      continue;
    }
    const auto c = words[j] ? words[j]->word_class : 0;
    if (c && (c == cls.be || c == cls.have || c == cls.modal || c == cls.negaux || c == cls.do_))
      return true;
    if (detected_verb_at(ss, j)) return true;
  }
  return false;
}

// "..., said Dwi Prasetyo, a spokesman" and "“...,” said Yuliani": the speaker after the verb.
bool attribute_inverted(const DocState& st, const SentenceState& ss, std::size_t v, std::size_t len,
                        Claim& claim) {
  if (v == 0 || !st.is(v, kPostposedVerbWord)) return false;
  if (st.raw(v - 1) != "," && !closing_quote(st, v - 1)) return false;
  const TokenRange np = phrase_after(st, ss, v + len);
  if (np.empty() || st.is(np.tb, kSubjectStopWord) || st.word(np.tb) == "that") return false;
  // The phrase ends the sentence or an apposition follows: "said the board had ..." is not one.
  if (np.te < st.toks.size() && st.raw(np.te) != "," && st.raw(np.te) != ".") return false;
  std::string who = speaker_in(st, ss, np);
  if (who.empty()) return false;
  if (!words_before(st, ss, v, claim)) return false;
  claim.speaker = std::move(who);
  claim.verb = {v, v + len};
  return true;
}

// "BMKG lifted the warning, saying ...": the speaker is the subject the sentence opens with.
bool attribute_participle(const DocState& st, const SentenceState& ss, std::size_t v,
                          std::size_t len, Claim& claim) {
  const auto w = st.word(v);
  if (v == 0 || st.raw(v - 1) != "," || w.size() < 5 || !w.ends_with("ing")) return false;
  std::size_t b = 0;
  // "..., but they did not issue a warning, saying ...": the clause the participle ends opens
  // after the last "but" or semicolon; its subject is who says it.
  for (std::size_t k = v; k-- > 1;)
    if (st.raw(k) == ";" || (st.word(k) == "but" && st.raw(k - 1) == ",")) {
      // "..., but they did not ..." opens a clause with its own subject; "..., but warned
      // residents ..., saying" goes on with the sentence's.
      const auto& cls = st.detector.word_lists().classes;
      const auto words = st.detector.sentence_words();
      const auto next_class = k + 1 < words.size() && words[k + 1] ? words[k + 1]->word_class : 0;
      const bool subject =
          k + 1 < v && ((cls.pron && next_class == cls.pron) ||
                        (cls.det && next_class == cls.det) || st.toks[k + 1].upper);
      if (subject) b = k + 1;
      break;
    }
  while (b < v && st.is(b, kSubjectStopWord)) ++b;
  TokenRange np = phrase_after(st, ss, b);
  // "Pryce's barrister, Nicholas Orme, disputed that, saying ...": the name set off after the
  // phrase is who speaks; a possessor alone never is.
  std::string who;
  for (const auto& nm : ss.names)
    if (nm.person && np.te < v && nm.tb == np.te + 1 && st.raw(np.te) == "," && nm.te < v &&
        st.raw(nm.te) == ",")
      who = nm.name;
  for (std::size_t k = np.tb; who.empty() && k + 1 < np.te; ++k)
    if (st.raw(k) == "'s" || st.raw(k) == "’s") np.tb = k + 1;
  if (who.empty()) who = speaker_in(st, ss, np);
  if (who.empty()) return false;
  bool that = false;
  const std::size_t at = words_after(st, ss, v + len, that);
  if (at >= st.toks.size()) return false;
  claim.speaker = std::move(who);
  claim.verb = {v, v + len};
  words_from(st, ss, at, claim);
  return true;
}

// "X said (that) ...", "“...,” X said", "..., X said.", "X, a spokesman, said ...".
bool attribute_subject(const DocState& st, const SentenceState& ss, std::size_t v, std::size_t len,
                       Claim& claim) {
  const std::size_t n = st.toks.size();
  const TokenRange np = subject_before(st, ss, v);
  if (np.empty()) return false;
  std::string who = speaker_in(st, ss, np);
  if (who.empty()) return false;
  bool that = false;
  const std::size_t at = words_after(st, ss, v + len, that);
  const bool after_comma = np.tb > 0 && (st.raw(np.tb - 1) == "," || closing_quote(st, np.tb - 1));
  const bool after_quote =
      np.tb > 0 && (closing_quote(st, np.tb - 1) ||
                    (np.tb > 1 && st.raw(np.tb - 1) == "," && closing_quote(st, np.tb - 2)));
  // "..., club president Julián Arroyo told local radio station Onda Capital on Thursday.": what
  // follows a postposed verb up to the sentence's end, with no verb or "that" in it, is its
  // listener, not what was said.
  if (after_comma && !that && at < n && st.is(v, kPostposedVerbWord) &&
      st.is(v, kListenerVerbWord)) {
    const std::size_t from = st.toks[at].start;
    const bool verb = std::any_of(
        ss.detected.begin(), ss.detected.end(),
        [&](const DocumentEvent& e) { return e.pos == EventPos::verb && e.start >= from; });
    bool mark = false;
    for (std::size_t j = at; j < n; ++j)
      mark = mark || st.raw(j) == "“" || st.raw(j) == "\"" || st.raw(j) == ":";
    if (!verb && !mark) {
      if (!words_before(st, ss, np.tb, claim)) return false;
      claim.speaker = std::move(who);
      claim.verb = {v, v + len};
      return true;
    }
  }
  if (after_quote && st.is(v, kPostposedVerbWord)) {
    // "“...,” Dana Whitfield told reporters after the meeting": the quote, whatever follows.
    if (!words_before(st, ss, np.tb, claim)) return false;
  } else if (after_comma && at >= n && st.is(v, kPostposedVerbWord) && v + len + 2 < n &&
             st.raw(v + len) == ",") {
    // "Russia, Dymov said, insists ...": the words are the whole sentence.
    claim.start = ss.sentence->start;
    claim.end = ss.sentence->end;
  } else if (after_comma && at >= n && st.is(v, kPostposedVerbWord)) {
    if (!words_before(st, ss, np.tb, claim)) return false;
  } else if (at < n && (that || st.is(v, kClauseVerbWord))) {
    // "claimed responsibility on Tuesday, writing ...": words with no "that" are a clause, a
    // verb before their first comma; an object alone is no claim.
    if (!that && !verb_before_comma(st, ss, at)) return false;
    words_from(st, ss, at, claim);
    // "The group, which researchers say attacked a school district in 2022, threatened ...":
    // inside a relative clause the words end with it.
    if (np.tb >= 2 && st.raw(np.tb - 2) == "," &&
        (st.word(np.tb - 1) == "which" || st.word(np.tb - 1) == "who"))
      for (std::size_t j = at; j < n && st.toks[j].start < claim.end; ++j)
        if (st.raw(j) == ",") {
          claim.end = st.toks[j].start;
          break;
        }
  } else {
    return false;
  }
  claim.speaker = std::move(who);
  claim.verb = {v, v + len};
  return true;
}

// The speaker and the words of a speech verb at token v, in the first form that fits.
bool attribute(const DocState& st, const SentenceState& ss, std::size_t v, std::size_t len,
               Claim& claim) {
  if (st.word(v) == "according") return attribute_according(st, ss, v, len, claim);
  // ", saying ...": the participle's clause subject speaks, or no one named does ("but they
  // did not issue a warning, saying ..." is not the place named before).
  const auto w = st.word(v);
  const bool participle = v > 0 && st.raw(v - 1) == "," && w.size() >= 5 && w.ends_with("ing");
  if (attribute_inverted(st, ss, v, len, claim)) return true;
  return participle ? attribute_participle(st, ss, v, len, claim)
                    : attribute_subject(st, ss, v, len, claim);
}

// What a statement is about: the events mentioned inside its words.
void link_claim(DocState& st, const ingest::Sentence& s, std::size_t ci, const Claim& claim) {
  const std::size_t verb_start = st.toks.empty() ? 0 : st.toks[claim.verb.tb].start;
  const std::size_t verb_end = claim.verb.empty() ? 0 : st.toks[claim.verb.te - 1].end;
  for (std::size_t k = st.first_mention_from(claim.start); k < ci; ++k) {
    const auto& em = st.out.mentions[k];
    if (em.kind != EventKind::event || !(em.specific || em.definite)) continue;
    if (em.start < verb_end && em.end > verb_start) continue;  // the speech verb itself
    if (em.start >= claim.start && em.end <= claim.end)
      st.out.links.push_back({ci, k, LinkType::claim_about, s.start, s.end, "inside the claim"});
  }
}

// Whether a time of a reaction's sentence is the reacting act's: not one of another clause
// before it ("... lose two contracts last autumn, a claim Marchetti rejected") nor one inside
// a clause of its object ("criticised the network for waiting until Wednesday", "criticised
// what they called a lack of information over the weekend"). The sentence's opening phrase
// ("On Thursday, X condemned ...") is the act's.
bool reaction_time(const DocState& st, const SentenceState& ss, const Claim& claim,
                   const temporal::Timex& t) {
  const std::size_t cue_start = st.toks[claim.verb.tb].start;
  const std::size_t cue_end = st.toks[claim.verb.te - 1].end;
  if (t.end <= cue_start) {
    bool opening = true;
    for (std::size_t k = 0; k < st.toks.size() && st.toks[k].end <= t.start; ++k)
      opening = opening && st.raw(k) != ",";
    opening = opening && std::none_of(ss.detected.begin(), ss.detected.end(), [&](const auto& e) {
                return e.pos == EventPos::verb && e.start < t.start;
              });
    if (opening) return true;
    for (std::size_t k = 0; k < st.toks.size(); ++k)
      if (st.toks[k].start >= t.end && st.toks[k].end <= cue_start && st.raw(k) == ",")
        return false;
    return true;
  }
  for (std::size_t k = claim.verb.te; k < st.toks.size() && st.toks[k].end <= t.start; ++k) {
    if (st.toks[k].start < cue_end) continue;
    const auto w = st.word(k);
    if (w == "what" || w == "that" || w == "who" || w == "which" || w == "whether" || w == "how")
      return false;
    if (w == "for" && k + 1 < st.toks.size() && st.word(k + 1).ends_with("ing")) return false;
  }
  return true;
}

// When the words were said: the time that dates the speech verb's own event ("..., the company
// said on Friday"), never one inside the words, which is the time of what they tell.
std::optional<std::size_t> report_time(const DocState& st, const SentenceState& ss,
                                       const Claim& claim) {
  if (claim.verb.empty()) return std::nullopt;
  // The detector's event of the verb, dated by the dating model (a reporting verb is no
  // mention of its own under --events salient).
  const std::size_t verb_start = st.toks[claim.verb.tb].start;
  // A reaction's words are its whole sentence, the act itself ("praised the rescue teams on
  // Thursday"): a time there is the act's.
  const auto inside_words = [&](const temporal::Timex& t) {
    if (claim.reaction) return !reaction_time(st, ss, claim, t);
    return t.start < claim.end && t.end > claim.start;
  };
  for (const DocumentEvent& e : ss.detected) {
    if (e.start != verb_start || e.basis != DateBasis::timex || !e.timex) continue;
    if (inside_words(st.timexes[*e.timex])) return std::nullopt;
    return e.timex;
  }
  // Undated by the model (under --events salient it dates only what may be drawn): a time
  // right after the verb, "said on Wednesday", "said Wednesday", or past its audience or
  // medium, "told reporters on Wednesday", "said in a statement on Friday" (a few words, no
  // mark, no "that", no event of their own).
  constexpr std::size_t kMaxWords = 6;
  std::size_t k = claim.verb.te;
  for (std::size_t words = 0; k < st.toks.size() && words <= kMaxWords; ++k, ++words) {
    const std::size_t at = st.toks[k].start;
    for (std::size_t x : ss.timexes) {
      const temporal::Timex& t = st.timexes[x];
      if (t.start == at && (t.earliest || t.latest) && t.type != temporal::TimexType::duration &&
          t.type != temporal::TimexType::set && !inside_words(t))
        return x;
    }
    if (!st.toks[k].word || st.word(k) == "that") break;
    const bool event = std::any_of(ss.detected.begin(), ss.detected.end(),
                                   [&](const DocumentEvent& e) { return e.start == at; });
    if (event) break;
  }
  return std::nullopt;
}

// Whether the words after a closing quote, up to the line's or sentence's end, credit it to
// someone named other than `last`: '," said Farah Quddus' (a speech verb and a name). '," she
// said', '," the analyst said' and '," Pritchin noted' after Pritchin's words go on with his.
bool attributed_after(const DocState& st, std::size_t at, std::string_view last) {
  const std::string_view text(st.doc.text);
  // '... will flow again." The council said ...': a quote that ends its own sentence is not
  // credited by the next sentence's verb.
  std::size_t mark = at;
  while (mark > 0 && (text[mark - 1] == '"' || static_cast<unsigned char>(text[mark - 1]) >= 0x80))
    --mark;
  if (mark > 0 && (text[mark - 1] == '.' || text[mark - 1] == '!' || text[mark - 1] == '?'))
    return false;
  constexpr std::size_t kMaxWords = 12, kMaxBytes = 160;
  std::array<int, kMaxWords> ids{};
  std::size_t n = 0, word_start = at;
  bool other_name = false;
  for (std::size_t i = at; i <= text.size() && i < at + kMaxBytes && n < kMaxWords; ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) continue;
    if (i > word_start) {
      const std::string_view raw = text.substr(word_start, i - word_start);
      if (raw.size() > 1 && raw[0] >= 'A' && raw[0] <= 'Z' &&
          last.find(raw) == std::string_view::npos)
        other_name = true;
      std::string w(raw);
      for (char& ch : w) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
      ids[n++] = st.tables.words.find(w);
    }
    word_start = i + 1;
    if (c == '\n' || c == '.' || c == '!' || c == '?') break;
  }
  if (!other_name) return false;
  const std::span<const int> words(ids.data(), n);
  for (std::size_t k = 0; k < n; ++k)
    if (st.tables.speech.match_at(words, k).length) return true;
  return false;
}

}  // namespace

// Claims: "..." X said. / X said (that) ... / According to X, ... / X noted: "...". A quoted
// paragraph with no attribution continues the last speaker's statement.
Claim find_statement(const DocState& st, const SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t n = st.toks.size();
  const std::string_view text(st.doc.text);
  Claim claim{{}, s.start, s.end, false, {}};
  if (s.headline || s.start < st.quote_covered_until) return claim;
  // A line that does not end as a sentence does is a title or a link of the page, not a report.
  const auto last = st.raw(n - 1);
  const bool ends_as_sentence = last == "." || last == "!" || last == "?" || last == ":" ||
                                last == "”" || last == "\"" || last == "’" || last == "…";
  bool verb_seen = false;
  for (std::size_t k = 0; k < n && ends_as_sentence && st.has(kStartsSpeech); ++k) {
    const auto m = st.tables.speech.match_at(st.low_ids, k);
    // A verb inside someone's quote is theirs to say, not an attribution.
    if (!m.length || st.inside_quotes(st.toks[k].start)) continue;
    if (k > 0 && st.toks[k].upper) continue;  // "the United States" says nothing
    verb_seen = true;
    Claim found{{}, s.start, s.end, false, {}};
    if (attribute(st, ss, k, m.length, found)) return found;
  }
  if (!verb_seen && !st.last_claim_speaker.empty() && s.start < st.last_claim_end + 2000 &&
      (text.substr(s.start, 3) == "“" || text[s.start] == '"')) {
    const auto [a, b] = quote_from(text, s.start);
    // A quote of several sentences that someone else is credited with after it closes
    // ('"The loss destroyed confidence. Nobody needed a rumour," said an analyst') is theirs:
    // the sentence that closes it attributes the whole quote.
    if (b > a && !(b > s.end && attributed_after(st, b, st.last_claim_speaker))) {
      claim.speaker = st.last_claim_speaker;
      claim.start = a;
      claim.end = b;
    }
  }
  return claim;
}

// The claim mention, in its statement run (same speaker, adjacent), and its links.
// Whether the claim's words hold an open-class word: "as forecasters had warned it might"
// leaves "it might.", which says nothing a reader could use.
bool says_something(const DocState& st, const SentenceState& ss, const Claim& claim) {
  // Words past this sentence ("Dymov noted:" and the quote after it) are not read here.
  if (claim.start < ss.sentence->start || claim.end > ss.sentence->end) return true;
  const auto words = st.detector.sentence_words();
  for (std::size_t k = 0; k < st.toks.size(); ++k)
    if (st.toks[k].start >= claim.start && st.toks[k].end <= claim.end && st.toks[k].word &&
        (words[k]->word_class == 0 || st.toks[k].digit))
      return true;
  return false;
}

void add_claim(DocState& st, const SentenceState& ss, const Claim& claim) {
  if (!says_something(st, ss, claim)) return;
  const ingest::Sentence& s = *ss.sentence;
  const std::string& speaker = claim.speaker;
  const bool reaction = claim.reaction;
  EventMention c;
  c.kind = EventKind::claim;
  c.type = reaction ? "reaction" : "statement";
  c.label = c.type;
  c.start = claim.start;
  c.end = claim.end;
  c.sentence_start = s.start;
  c.sentence_end = s.end;
  c.speaker = speaker;
  c.speaker_role = role_of(st, speaker);
  c.specific = true;
  c.tense = -1;
  c.timex = report_time(st, ss, claim);
  // One statement runs over adjacent sentences: the same speaker later, after other news
  // ("..., saying staff needed time." ... "In a filing, Cumberland said ..."), says another.
  // A quoted paragraph with no verb of its own continues the speaker's run.
  const bool continues = claim.verb.empty() || ss.index <= st.last_claim_sentence + 1;
  if (speaker == st.last_claim_speaker && !reaction && continues)
    c.claim_group = st.claim_groups - 1;
  else
    c.claim_group = st.claim_groups++;
  if (!reaction) st.last_claim_speaker = speaker, st.last_claim_sentence = ss.index;
  // A person who spoke or reacted is who a "she said" to come may stand for.
  bool person = false;
  for (const auto& nm : ss.names) person = person || (nm.person && nm.name == speaker);
  for (const auto& sp : st.speakers) person = person || sp.name == speaker;
  if (person && (st.speakers.empty() || st.speakers.back().name != speaker))
    st.speakers.push_back({speaker, role_of(st, speaker), s.start});
  st.last_claim_end = claim.end;
  st.quote_covered_until = std::max(st.quote_covered_until, claim.end);
  const std::size_t ci = st.out.mentions.size();
  st.out.mentions.push_back(std::move(c));
  if (reaction)
    link_reaction(st, ss, ci, claim);
  else
    link_claim(st, s, ci, claim);
}

}  // namespace chronograph::events::detail
