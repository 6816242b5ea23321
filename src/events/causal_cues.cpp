// Causal cues: links between event mentions that a phrase states ("X led to Y", "after X, Y").
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

enum class CueKind {
  forward,  // X led to Y
  prefix,   // after X, Y / Y in response to X
  purpose,  // X ... (aimed) to derail Y
  cross,    // As a result, Y (cause in the previous sentence)
};

struct CueDef {
  std::string_view phrase;
  CueKind kind;
  LinkType type;
};

constexpr std::array<CueDef, 33> kCues = {{
    {"led to", CueKind::forward, LinkType::causes},
    {"lead to", CueKind::forward, LinkType::causes},
    {"leads to", CueKind::forward, LinkType::causes},
    {"resulted in", CueKind::forward, LinkType::causes},
    {"results in", CueKind::forward, LinkType::causes},
    {"caused", CueKind::forward, LinkType::causes},
    {"triggered", CueKind::forward, LinkType::causes},
    {"prompted", CueKind::forward, LinkType::causes},
    {"sparked", CueKind::forward, LinkType::causes},
    {"forced", CueKind::forward, LinkType::causes},
    {"after", CueKind::prefix, LinkType::causes},
    {"following", CueKind::prefix, LinkType::causes},
    {"because of", CueKind::prefix, LinkType::causes},
    {"as a result of", CueKind::prefix, LinkType::causes},
    {"due to", CueKind::prefix, LinkType::causes},
    {"in response to", CueKind::prefix, LinkType::reaction_to},
    {"in retaliation for", CueKind::prefix, LinkType::reaction_to},
    {"in reaction to", CueKind::prefix, LinkType::reaction_to},
    {"responding to", CueKind::prefix, LinkType::reaction_to},
    {"derail", CueKind::purpose, LinkType::causes},
    {"to disrupt", CueKind::purpose, LinkType::causes},
    {"to sabotage", CueKind::purpose, LinkType::causes},
    {"to undermine", CueKind::purpose, LinkType::causes},
    {"to provoke", CueKind::purpose, LinkType::causes},
    {"aimed to", CueKind::purpose, LinkType::causes},
    {"aimed at", CueKind::purpose, LinkType::causes},
    {"intended to", CueKind::purpose, LinkType::causes},
    {"as a result", CueKind::cross, LinkType::causes},
    {"therefore", CueKind::cross, LinkType::causes},
    {"consequently", CueKind::cross, LinkType::causes},
    {"in response", CueKind::cross, LinkType::reaction_to},
    {"in retaliation", CueKind::cross, LinkType::reaction_to},
    {"thus", CueKind::cross, LinkType::causes},
}};

// The last specific or definite event mention of the previous sentence.
std::optional<std::size_t> prev_sentence_event(const DocState& st, const SentenceState& ss) {
  if (st.sentence_first_mention.size() < 2) return std::nullopt;
  const std::size_t from = st.sentence_first_mention[st.sentence_first_mention.size() - 2];
  for (std::size_t k = ss.first_event; k-- > from;)
    if (st.out.mentions[k].kind == EventKind::event &&
        (st.out.mentions[k].specific || st.out.mentions[k].definite))
      return k;
  return std::nullopt;
}

// The sentence's first event mention starting at or after byte `at`.
std::optional<std::size_t> first_after(const DocState& st, const SentenceState& ss,
                                       std::size_t at) {
  for (std::size_t e : ss.evs)
    if (st.out.mentions[e].start >= at) return e;
  return std::nullopt;
}

// The sentence's last event mention ending at or before byte `at`.
std::optional<std::size_t> last_before(const DocState& st, const SentenceState& ss,
                                       std::size_t at) {
  std::optional<std::size_t> r;
  for (std::size_t e : ss.evs)
    if (st.out.mentions[e].end <= at) r = e;
  return r;
}

}  // namespace

void add_cue_phrases(PhraseMatcher& cues) {
  for (std::size_t i = 0; i < kCues.size(); ++i) cues.add(kCues[i].phrase, static_cast<int>(i));
}

// For each cue of the sentence, its cause and effect among the event mentions around it (or,
// for a cue that opens the sentence, in the previous one).
void link_causal_cues(DocState& st, SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  const std::size_t n = st.toks.size();
  auto& evs = ss.evs;
  evs.clear();
  for (std::size_t k = ss.first_event; k < st.out.mentions.size(); ++k)
    if (st.out.mentions[k].kind == EventKind::event) evs.push_back(k);
  std::sort(evs.begin(), evs.end(), [&](std::size_t a, std::size_t b) {
    return st.out.mentions[a].start < st.out.mentions[b].start;
  });
  for (std::size_t k = 0; k < n && st.has(kStartsCue); ++k) {
    if (!st.is(k, kStartsCue)) continue;
    const auto cm = st.tables.cues.match_at(st.low_ids, k);
    if (!cm.length) continue;
    const CueDef& cue = kCues[static_cast<std::size_t>(cm.id)];
    const std::size_t cue_start = st.toks[k].start, cue_end = st.toks[k + cm.length - 1].end;
    std::optional<std::size_t> cause, effect;
    std::size_t ev_start = s.start;
    switch (cue.kind) {
      case CueKind::forward:
        cause = last_before(st, ss, cue_start);
        effect = first_after(st, ss, cue_end);
        break;
      case CueKind::prefix: {
        cause = first_after(st, ss, cue_end);
        if (!cause || st.out.mentions[*cause].start - cue_end > 80) {
          cause.reset();
          break;
        }
        if (k == 0 || (k > 0 && st.word(k - 1) == ",")) {
          // "After X, Y": the effect follows the comma after the cause.
          std::size_t comma = st.out.mentions[*cause].end;
          const auto pos = st.doc.text.find(',', comma);
          if (pos != std::string::npos && pos < s.end) effect = first_after(st, ss, pos);
        }
        if (!effect) effect = last_before(st, ss, cue_start);
        break;
      }
      case CueKind::purpose:
        effect = first_after(st, ss, cue_end);
        cause = last_before(st, ss, cue_start);
        if (!cause) {
          cause = prev_sentence_event(st, ss);
          if (cause) ev_start = st.out.mentions[*cause].sentence_start;
        }
        break;
      case CueKind::cross:
        if (k > 1) break;  // only at the start of a sentence
        cause = prev_sentence_event(st, ss);
        effect = evs.empty() ? std::nullopt : std::optional<std::size_t>(evs.front());
        if (cause) ev_start = st.out.mentions[*cause].sentence_start;
        break;
    }
    if (cause && effect && *cause != *effect) {
      st.out.links.push_back({*cause, *effect, cue.type, ev_start, s.end,
                              std::string("cue '") + std::string(cue.phrase) + "'"});
    }
    k += cm.length - 1;
  }
}

}  // namespace chronograph::events::detail
