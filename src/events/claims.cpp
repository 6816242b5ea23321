// Claims: statements attributed to a speaker, reactions, and the events they are about.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

// Whether a closing quote stands between the name and token `until`: the name is inside it.
bool inside_quote(const DocState& st, const Name& nm, std::size_t until) {
  for (std::size_t k = nm.te; k < until; ++k)
    if (st.raw(k) == "”" || st.raw(k) == "\"") return true;
  return false;
}

// The quoted span that opens at `open` (a curly or straight quote), up to its closing mark.
std::pair<std::size_t, std::size_t> quote_from(std::string_view text, std::size_t open) {
  const bool curly = text.substr(open, 3) == "“";
  const std::size_t close = curly ? text.find("”", open + 3) : text.find('"', open + 1);
  if (close == std::string_view::npos || close - open > 8000) return {open, open};
  return {open, close + (curly ? 3 : 1)};
}

// The name a speech verb at token v attributes the words to: after "according to", the
// inverted "..., said Pritchin.", or else the last name before the verb.
const Name* named_speaker(const DocState& st, const SentenceState& ss, std::size_t v,
                          std::size_t verb_len) {
  const std::size_t n = st.toks.size();
  const bool according = st.word(v) == "according";
  // Inversion ("said Pritchin") only after a closing quote and with verbs that take no
  // object: "assured Trump that ..." names the listener, not the speaker.
  bool quote_before = false;
  for (std::size_t k = 0; k < v; ++k)
    quote_before = quote_before || st.raw(k) == "”" || st.raw(k) == "\"";
  const auto vw = st.word(v);
  const bool inverted_ok =
      quote_before && (vw == "said" || vw == "says" || vw == "added" || vw == "noted" ||
                       vw == "explained" || vw == "wrote" || vw == "stressed" || vw == "concluded");
  const Name* best = nullptr;
  for (const auto& nm : ss.names) {
    if (!nm.person) continue;
    if (according) {
      if (nm.tb > v && nm.tb < v + 24 && (!best || (nm.te < n && st.word(nm.te) == ",")))
        best = &nm;
      if (best && best->te < n && st.word(best->te) == ",") break;
    } else if (nm.tb == v + verb_len && inverted_ok) {
      best = &nm;  // "..., said Pritchin."
      break;
    } else if (nm.te <= v && v - nm.te <= 14 && !inside_quote(st, nm, v)) {
      best = &nm;  // the last name before the verb
    }
  }
  return best;
}

// What was said, for a speech verb at token v: the quote that closes before it, what precedes
// "according to X", what follows "according to X,", or what follows the verb.
void said_span(const DocState& st, std::size_t v, std::size_t verb_len, const Name* best,
               Claim& claim) {
  const std::size_t n = st.toks.size();
  const std::string_view text(st.doc.text);
  const bool according = st.word(v) == "according";
  std::size_t qclose = std::string_view::npos;
  for (std::size_t k = v; k-- > 0;) {
    const auto w = st.raw(k);
    if (w == "”" || w == "\"") {
      qclose = st.toks[k].start;
      break;
    }
  }
  if (qclose != std::string_view::npos) {
    const std::size_t open_curly = text.rfind("“", qclose);
    const std::size_t open_plain =
        qclose == 0 ? std::string_view::npos : text.rfind('"', qclose - 1);
    const std::size_t open = text[qclose] == '"' ? open_plain : open_curly;
    if (open != std::string_view::npos && qclose - open < 8000) {
      claim.start = open;
      claim.end = qclose + (text[qclose] == '"' ? 1 : 3);
    }
  } else if (according && v > 3) {
    // "..., according to Russian President Putin": what precedes is the claim.
    claim.end = st.toks[v - 1].end;
    if (st.word(v - 1) == "," && v >= 2) claim.end = st.toks[v - 2].end;
  } else if (according) {
    std::size_t k = best ? best->te : v;
    while (k < n && st.word(k) != ",") ++k;
    if (k + 1 < n) claim.start = st.toks[k + 1].start;
  } else if (v + verb_len < n) {
    std::size_t k = v + verb_len;
    if (st.word(k) == "that") ++k;
    if (k < n && st.word(k) != ",") claim.start = st.toks[k].start;
  }
}

// The speaker and the words of a speech verb at token v.
void attribute(const DocState& st, const SentenceState& ss, std::size_t v, std::size_t verb_len,
               Claim& claim) {
  const ingest::Sentence& s = *ss.sentence;
  const std::string_view text(st.doc.text);
  const Name* best = named_speaker(st, ss, v, verb_len);
  if (best) {
    claim.speaker = best->name;
  } else if (v > 0) {
    const auto w = st.word(v - 1);
    if (w == "he" || w == "she" || st.is(v - 1, kRoleNounWord))
      claim.speaker = speaker_for(st, w, st.toks[v].start);
  }
  said_span(st, v, verb_len, best, claim);
  // "Dymov noted:" introduces the quote that follows.
  const std::string_view said = text.substr(claim.start, claim.end - claim.start);
  if (!claim.speaker.empty() && !said.empty() && said.back() == ':') {
    std::size_t k = s.end;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\n' || text[k] == '\r')) ++k;
    if (text.substr(k, 3) == "“" || (k < text.size() && text[k] == '"')) {
      const auto [a, b] = quote_from(text, k);
      if (b > a) claim.start = a, claim.end = b;
    }
  }
}

// What the claim is about: events mentioned inside its span; a reaction with none is to the
// event last named before it.
void link_claim(DocState& st, const ingest::Sentence& s, std::size_t ci, const Claim& claim) {
  bool linked = false;
  for (std::size_t k = st.first_mention_from(claim.start); k < ci; ++k) {
    const auto& em = st.out.mentions[k];
    if (em.kind != EventKind::event || !(em.specific || em.definite)) continue;
    // A reaction is to a named event, not to a detected verb of its own wording ("he is losing
    // patience"): those are for claims' contents only.
    if (claim.reaction && em.open_domain) continue;
    if (em.start >= claim.start && em.end <= claim.end) {
      st.out.links.push_back({ci, k, claim.reaction ? LinkType::reaction_to : LinkType::claim_about,
                              s.start, s.end,
                              claim.reaction ? "reaction cue" : "inside the claim"});
      linked = true;
    }
  }
  if (claim.reaction && !linked) {
    // The event last named before: one the lexicon names, when there is one, since a detected
    // event in passing ("calling the outcome ...") is rarely what is reacted to; else the
    // last detected event told as a fact.
    std::optional<std::size_t> target, open_target;
    for (std::size_t k = ci; k-- > 0 && !target;) {
      const auto& em = st.out.mentions[k];
      if (em.kind != EventKind::event || !(em.specific || em.definite)) continue;
      if (!em.open_domain)
        target = k;
      else if (!open_target && em.factuality == Factuality::asserted)
        open_target = k;
    }
    if (!target) target = open_target;
    if (target)
      st.out.links.push_back(
          {ci, *target, LinkType::reaction_to, s.start, s.end, "reaction cue, event named before"});
  }
}

}  // namespace

// Claims: "..." X said. / X said (that) ... / According to X, ... / X noted: "...". A quoted
// paragraph with no attribution continues the last speaker's statement.
Claim find_statement(const DocState& st, const SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t n = st.toks.size();
  const std::string_view text(st.doc.text);
  std::optional<std::size_t> verb_at;
  std::size_t verb_len = 0;
  for (std::size_t k = 0; k < n && !verb_at && st.has(kStartsSpeech); ++k)
    if (const auto m = st.tables.speech.match_at(st.low_ids, k); m.length)
      verb_at = k, verb_len = m.length;
  Claim claim{{}, s.start, s.end, false};
  const bool in_quote = s.start < st.quote_covered_until;
  if (verb_at && st.inside_quotes(s.start)) {
    // Inside someone's quote: only an attribution after the quote closes counts.
    bool closes = false;
    for (std::size_t k = 0; k < *verb_at; ++k) closes = closes || st.raw(k) == "”";
    if (!closes) verb_at.reset();
  }
  if (verb_at && !s.headline && !in_quote) {
    attribute(st, ss, *verb_at, verb_len, claim);
  } else if (!s.headline && !in_quote && !st.last_claim_speaker.empty() &&
             s.start < st.last_claim_end + 2000 &&
             (text.substr(s.start, 3) == "“" || text[s.start] == '"')) {
    const auto [a, b] = quote_from(text, s.start);
    if (b > a) {
      claim.speaker = st.last_claim_speaker;
      claim.start = a;
      claim.end = b;
    }
  }
  return claim;
}

// Reactions: an actor, then a reaction cue ("Erdoğan expressed optimism"). One found makes
// the whole sentence the reaction, whatever statement it also reports.
void find_reaction(const DocState& st, const SentenceState& ss, Claim& claim) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t n = st.toks.size();
  if (s.headline || s.start < st.quote_covered_until) return;
  for (std::size_t k = 0; k < n && !claim.reaction && st.has(kStartsReaction); ++k) {
    if (!st.tables.reactions.match_at(st.low_ids, k).length) continue;
    const Name* who = nullptr;
    for (const auto& nm : ss.names)
      if (nm.te <= k && k - nm.te <= 25 && (nm.person || nm.actor) && !inside_quote(st, nm, k) &&
          (!who || nm.person || !who->person))
        who = &nm;
    if (who) {
      claim.reaction = true;
      claim.speaker = who->name;
      claim.start = s.start;
      claim.end = s.end;
    }
  }
}

// The claim mention, in its statement run (same speaker, adjacent), and its links.
void add_claim(DocState& st, const SentenceState& ss, const Claim& claim) {
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
  if (speaker == st.last_claim_speaker && !reaction)
    c.claim_group = st.claim_groups - 1;
  else
    c.claim_group = st.claim_groups++;
  if (!reaction) {
    st.last_claim_speaker = speaker;
    bool known = false;
    for (const auto& sp : st.speakers) known = known || sp.name == speaker;
    if (!known || st.speakers.back().name != speaker)
      st.speakers.push_back({speaker, role_of(st, speaker), s.start});
  }
  st.last_claim_end = claim.end;
  st.quote_covered_until = std::max(st.quote_covered_until, claim.end);
  const std::size_t ci = st.out.mentions.size();
  st.out.mentions.push_back(std::move(c));
  link_claim(st, s, ci, claim);
}

}  // namespace chronograph::events::detail
