// Event, claim and link extraction: lexicon triggers, dating, speakers, causal cues.
#include "chronograph/events/extractor.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "chronograph/events/phrase_matcher.hpp"
#include "chronograph/events/tokenizer.hpp"

namespace chronograph::events {

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

constexpr std::array<std::string_view, 12> kOrdinals = {"first", "second", "third",    "fourth",
                                                        "fifth", "sixth",  "seventh",  "eighth",
                                                        "ninth", "tenth",  "eleventh", "twelfth"};

constexpr std::array<std::string_view, 13> kDeterminers = {"the", "this",  "these", "that", "those",
                                                           "its", "their", "his",   "her",  "our",
                                                           "'s",  "’s",    "such"};

constexpr std::array<std::string_view, 16> kVerbUse = {
    "to",     "will",  "would", "can",    "could", "may",   "might",   "must",
    "should", "shall", "not",   "cannot", "won't", "don't", "doesn't", "didn't"};

constexpr std::array<std::string_view, 17> kPast = {
    "was",      "were",     "had",      "did",       "held",    "took",
    "agreed",   "launched", "rejected", "presented", "arrived", "sent",
    "proposed", "approved", "imposed",  "happened",  "occurred"};

constexpr std::array<std::string_view, 9> kFuture = {
    "will", "’ll", "'ll", "scheduled", "planned", "upcoming", "next", "expected", "set"};

constexpr std::array<std::string_view, 10> kBlockPrep = {
    "since", "until", "till", "by", "before", "after", "of", "than", "from", "through"};

constexpr std::array<std::string_view, 14> kDatePrep = {
    "on",        "in",    "at",        "during", "held", "this",     "last",
    "yesterday", "today", "literally", "just",   "only", "launched", "took"};

constexpr std::array<std::string_view, 24> kRoleNouns = {
    "analyst",     "expert",       "president", "minister",  "official",      "spokesman",
    "spokeswoman", "spokesperson", "diplomat",  "author",    "general",       "ambassador",
    "negotiator",  "chief",        "head",      "leader",    "correspondent", "adviser",
    "advisor",     "secretary",    "publicist", "commander", "professor",     "journalist"};

constexpr std::array<std::string_view, 20> kNotNames = {
    "The", "A",    "An", "In", "On",   "At",   "For",   "But",   "And",     "Or",
    "If",  "When", "As", "It", "This", "That", "These", "Those", "However", "Meanwhile"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

int ordinal_value(std::string_view w) {
  for (std::size_t i = 0; i < kOrdinals.size(); ++i)
    if (kOrdinals[i] == w) return static_cast<int>(i) + 1;
  // 18th, 2nd, 1st, 3rd
  std::size_t d = 0;
  int v = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') v = v * 10 + (w[d++] - '0');
  if (d == 0 || d > 3) return 0;
  const std::string_view suffix = w.substr(d);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ? v : 0;
}

struct Hit {
  std::size_t tb = 0, te = 0;  // token range within the sentence
  int id = -1;
};

}  // namespace

struct Extractor::Impl {
  Lexicon lex;
  PhraseMatcher triggers{false};
  PhraseMatcher actors{true};
  PhraseMatcher places{true};
  PhraseMatcher speech{false};
  PhraseMatcher reactions{false};
  PhraseMatcher cues{false};

  explicit Impl(const Lexicon& l) : lex(l) {
    for (std::size_t i = 0; i < lex.event_types.size(); ++i)
      for (const auto& t : lex.event_types[i].triggers) triggers.add(t, static_cast<int>(i));
    for (std::size_t i = 0; i < lex.actors.size(); ++i) {
      actors.add(lex.actors[i].name, static_cast<int>(i));
      for (const auto& a : lex.actors[i].aliases) actors.add(a, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < lex.places.size(); ++i) {
      places.add(lex.places[i].name, static_cast<int>(i));
      for (const auto& a : lex.places[i].aliases) places.add(a, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < lex.speech_verbs.size(); ++i)
      speech.add(lex.speech_verbs[i], static_cast<int>(i));
    for (std::size_t i = 0; i < lex.reaction_cues.size(); ++i)
      reactions.add(lex.reaction_cues[i], static_cast<int>(i));
    for (std::size_t i = 0; i < kCues.size(); ++i) cues.add(kCues[i].phrase, static_cast<int>(i));
  }

  bool person(int actor) const {
    return actor >= 0 && lex.actors[static_cast<std::size_t>(actor)].kind == "person";
  }
};

Extractor::Extractor(const Lexicon& lexicon) : impl_(new Impl(lexicon)) {}
Extractor::~Extractor() { delete impl_; }

namespace {

// Per-document working state; lives only during one extract() call.
struct DocState {
  const ingest::Document& doc;
  const ingest::Layout& layout;
  const std::vector<temporal::Timex>& timexes;
  std::string lower;
  std::vector<Token> toks;  // tokens of the current sentence
  Extraction out;
  // Speakers named so far (for pronouns and surnames): full name, role, surname, position.
  struct Speaker {
    std::string name, role, surname;
    std::size_t pos;
  };
  std::vector<Speaker> speakers;
  std::vector<std::size_t> sentence_first_mention;  // per sentence: first mention index
  int claim_groups = 0;
  std::string last_claim_speaker;
  std::size_t last_claim_end = 0;

  std::string_view word(std::size_t k) const {
    return std::string_view(lower).substr(toks[k].start, toks[k].end - toks[k].start);
  }
  std::string_view raw(std::size_t k) const {
    return std::string_view(doc.text).substr(toks[k].start, toks[k].end - toks[k].start);
  }
  std::string text(std::size_t a, std::size_t b) const { return doc.text.substr(a, b - a); }
};

// Index of the token containing or following byte offset `at`.
std::size_t token_at(const std::vector<Token>& toks, std::size_t at) {
  auto it = std::lower_bound(toks.begin(), toks.end(), at,
                             [](const Token& t, std::size_t off) { return t.end <= off; });
  return static_cast<std::size_t>(it - toks.begin());
}

int sentence_tense(const DocState& st) {
  bool past = false, future = false;
  for (std::size_t k = 0; k < st.toks.size(); ++k) {
    if (!st.toks[k].word) continue;
    const auto w = st.word(k);
    if (in(kFuture, w)) future = true;
    if (in(kPast, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ed" && k > 0)) past = true;
  }
  if (future && !past) return 1;
  if (past && !future) return -1;
  return 0;
}

// Picks the timex that dates the trigger at tokens [tb, te) of the sentence, if any.
std::optional<std::size_t> date_for_trigger(const DocState& st, std::size_t tb, std::size_t te,
                                            const std::vector<std::size_t>& sentence_timexes,
                                            const std::vector<Hit>& trig_hits,
                                            std::optional<std::size_t>& since) {
  std::optional<std::size_t> best;
  std::size_t best_dist = 1000;
  for (std::size_t ti : sentence_timexes) {
    const auto& tx = st.timexes[ti];
    if (tx.type == temporal::TimexType::duration || tx.type == temporal::TimexType::set) continue;
    const std::size_t xb = token_at(st.toks, tx.start);
    const std::size_t xe = token_at(st.toks, tx.end);
    const std::string_view before = xb > 0 ? st.word(xb - 1) : std::string_view();
    if (xe <= tb) {
      // Timex before the trigger: inside its noun phrase ("the June 2 negotiations",
      // "Yesterday's strikes", "the 2022 Istanbul talks") or heading the sentence.
      const std::size_t gap = tb - xe;
      bool np = gap <= 3;
      for (std::size_t k = xe; k < tb && np; ++k)
        np = st.toks[k].word && (st.toks[k].upper || st.word(k) == "'s" || st.word(k) == "’s" ||
                                 st.word(k).find('-') != std::string_view::npos);
      const bool heads =
          xb <= 2 && xe < st.toks.size() && st.word(xe) == "," && !in(kBlockPrep, before);
      if ((np && !in(kBlockPrep, before)) || heads) {
        const std::size_t dist = np ? gap : 50 + gap;
        if (dist < best_dist) best = ti, best_dist = dist;
      }
    } else if (xb >= te) {
      const std::size_t gap = xb - te;
      if (gap > 10) continue;
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
      if (!in(kDatePrep, before) && !(relative_word && gap <= 3)) continue;
      const std::size_t dist = 10 + gap;
      if (dist < best_dist) best = ti, best_dist = dist;
    }
  }
  return best;
}

std::string role_before(const DocState& st, std::size_t name_tb) {
  // "Turkish President Erdoğan", "Ukrainian political analyst Valeriy Dymov".
  std::size_t b = name_tb;
  bool has_role = false;
  while (b > 0 && name_tb - b < 5 && st.toks[b - 1].word) {
    const auto w = st.word(b - 1);
    if (in(kRoleNouns, w)) has_role = true;
    if (w == "the" || w == "a" || w == "an" || w == "and" || w == "of" || w == "by" ||
        w == "with" || w == "to" || w == "that")
      break;
    --b;
  }
  if (!has_role || b == name_tb) return {};
  return st.text(st.toks[b].start, st.toks[name_tb - 1].end);
}

std::string apposition_after(const DocState& st, std::size_t name_te) {
  // "Stanislav Pritchin, a Russian political analyst, ..."
  if (name_te + 2 >= st.toks.size() || st.word(name_te) != ",") return {};
  const auto det = st.word(name_te + 1);
  if (det != "a" && det != "an" && det != "the") return {};
  std::size_t e = name_te + 2;
  while (e < st.toks.size() && st.toks[e].word && e - name_te < 12) ++e;
  if (e == name_te + 2) return {};
  return st.text(st.toks[name_te + 1].start, st.toks[e - 1].end);
}

}  // namespace

Extraction Extractor::extract(const ingest::Document& doc, const ingest::Layout& layout,
                              const std::vector<temporal::Timex>& timexes) const {
  const Impl& L = *impl_;
  DocState st{doc, layout, timexes, lower_ascii(doc.text), {}, {}, {}, {}, 0, {}, 0};
  st.toks.reserve(256);
  std::size_t timex_cursor = 0;

  for (std::size_t si = 0; si < layout.sentences.size(); ++si) {
    const ingest::Sentence& s = layout.sentences[si];
    st.toks.clear();
    tokenize(doc.text, s.start, s.end, st.toks);
    st.sentence_first_mention.push_back(st.out.mentions.size());
    if (st.toks.empty()) continue;
    const std::size_t n = st.toks.size();

    // Timexes inside the sentence (both lists are sorted by offset).
    while (timex_cursor < timexes.size() && timexes[timex_cursor].end <= s.start) ++timex_cursor;
    std::vector<std::size_t> sent_timexes;
    for (std::size_t k = timex_cursor; k < timexes.size() && timexes[k].start < s.end; ++k)
      if (timexes[k].start >= s.start) sent_timexes.push_back(k);
    // A headline is dated by the heading timex on its clock line above.
    std::optional<std::size_t> headline_timex;
    if (s.headline && s.line > 0) {
      for (std::size_t back = 1; back <= 3 && back <= s.line; ++back) {
        const auto& l = layout.lines[s.line - back];
        if (l.role == ingest::LineRole::clock || l.role == ingest::LineRole::dateline) {
          for (std::size_t k = 0; k < timexes.size(); ++k)
            if (timexes[k].start >= l.start && timexes[k].end <= l.end && timexes[k].earliest)
              headline_timex = k;
          break;
        }
        if (l.role != ingest::LineRole::label && l.role != ingest::LineRole::blank) break;
      }
    }

    // Lexicon hits.
    std::vector<Hit> actor_hits, place_hits, trig_hits;
    for (std::size_t k = 0; k < n;) {
      if (!st.toks[k].word) {
        ++k;
        continue;
      }
      const auto a = L.actors.match_at(doc.text, st.toks, k);
      const auto p = L.places.match_at(doc.text, st.toks, k);
      if (a.length) actor_hits.push_back({k, k + a.length, a.id});
      if (p.length) {
        place_hits.push_back({k, k + p.length, p.id});
        st.out.places_mentioned.push_back(L.lex.places[static_cast<std::size_t>(p.id)].name);
      }
      k += std::max<std::size_t>({a.length, p.length, 1});
    }
    auto inside_name = [&](std::size_t k) {
      for (const auto& h : actor_hits)
        if (k >= h.tb && k < h.te && h.te - h.tb > 1) return true;
      return false;
    };
    for (std::size_t k = 0; k < n;) {
      const auto m =
          st.toks[k].word ? L.triggers.match_at(st.lower, st.toks, k) : PhraseMatcher::Match{};
      if (m.length && !inside_name(k)) {
        const bool verb_use =
            k > 0 && in(kVerbUse, st.word(k - 1)) &&
            L.lex.event_types[static_cast<std::size_t>(m.id)].type != "appointment";
        if (!verb_use) trig_hits.push_back({k, k + m.length, m.id});
        k += m.length;
      } else {
        ++k;
      }
    }

    const int tense = sentence_tense(st);

    // Events: one mention per event type per sentence (the best-dated trigger).
    std::map<int, std::size_t> by_type;  // type id -> mention index
    for (const auto& h : trig_hits) {
      EventMention m;
      m.kind = EventKind::event;
      const auto& et = L.lex.event_types[static_cast<std::size_t>(h.id)];
      m.type = et.type;
      m.label = et.label;
      m.start = st.toks[h.tb].start;
      m.end = st.toks[h.te - 1].end;
      m.sentence_start = s.start;
      m.sentence_end = s.end;
      // A title names the document's main event: it refers to it like "the talks" would.
      const bool title = layout.lines[s.line].role == ingest::LineRole::title;
      m.headline = s.headline && !title;
      m.definite = title;
      m.tense = tense;
      // Ordinal: "the second round of talks", "the first high-level talks", "18th sanctions
      // package".
      for (std::size_t k = h.tb; k > 0 && h.tb - k < 5; --k) {
        const auto w = st.word(k - 1);
        if (const int o = ordinal_value(w)) {
          m.ordinal = o;
          break;
        }
        if (!st.toks[k - 1].word || w == "and") break;
      }
      // Proper name: capitalized words right before the trigger ("Spiderweb operation"),
      // or a capitalized trigger inside a name ("Pruth Campaign", "Paris Peace Accords").
      {
        std::size_t b = h.tb;
        while (b > 0 && st.toks[b - 1].word && st.toks[b - 1].upper &&
               !in(kNotNames, st.raw(b - 1)) && (b - 1 > 0 || st.toks[h.tb].upper)) {
          bool lex_name = false;
          for (const auto& a : actor_hits) lex_name = lex_name || (b - 1 >= a.tb && b - 1 < a.te);
          if (lex_name && !st.toks[h.tb].upper) break;
          --b;
        }
        if (b < h.tb && !s.headline && (b > 0 || st.toks[h.tb].upper))
          m.name = st.text(st.toks[b].start, st.toks[h.te - 1].end);
      }
      // Definite reference: a determiner or possessive within the noun phrase.
      for (std::size_t k = h.tb; k > 0 && h.tb - k < 4; --k) {
        const auto w = st.word(k - 1);
        if (in(kDeterminers, w)) {
          m.definite = true;
          break;
        }
        if (!st.toks[k - 1].word || w == "of" || w == "and" || w == "in" || w == "to") break;
      }
      // Actors in a window around the trigger; places after in/at/near or right before it.
      std::vector<std::string> actors, places;
      for (const auto& a : actor_hits) {
        const std::size_t dist = a.te <= h.tb ? h.tb - a.te : (a.tb >= h.te ? a.tb - h.te : 0);
        if (dist <= 12) {
          const auto& name = L.lex.actors[static_cast<std::size_t>(a.id)].name;
          if (std::find(actors.begin(), actors.end(), name) == actors.end()) actors.push_back(name);
        }
      }
      for (const auto& p : place_hits) {
        const bool right_before = p.te == h.tb || (p.te + 1 == h.tb && st.toks[p.te].word);
        const auto prev = p.tb > 0 ? st.word(p.tb - 1) : std::string_view();
        const bool prep = prev == "in" || prev == "at" || prev == "near" || prev == "to";
        const std::size_t dist = p.te <= h.tb ? h.tb - p.te : (p.tb >= h.te ? p.tb - h.te : 0);
        if ((right_before || (prep && dist <= 8))) {
          const auto& name = L.lex.places[static_cast<std::size_t>(p.id)].name;
          if (std::find(places.begin(), places.end(), name) == places.end()) places.push_back(name);
        }
      }
      m.actors = std::move(actors);
      m.places = std::move(places);
      std::optional<std::size_t> since;
      m.timex = m.headline && headline_timex
                    ? headline_timex
                    : date_for_trigger(st, h.tb, h.te, sent_timexes, trig_hits, since);
      m.since_timex = since;
      m.specific = m.timex.has_value() || m.ordinal > 0 || !m.name.empty() || !m.places.empty() ||
                   m.headline;
      if (title) m.specific = false;
      auto existing = by_type.find(h.id);
      if (existing != by_type.end()) {
        EventMention& prev = st.out.mentions[existing->second];
        if (!prev.timex && m.timex) prev = m;  // keep the better-dated trigger
        continue;
      }
      by_type.emplace(h.id, st.out.mentions.size());
      st.out.mentions.push_back(std::move(m));
    }
    const std::size_t first_event = st.sentence_first_mention.back();
    // A headline in a dated list is an event even when no trigger names its type.
    const bool list_headline =
        s.headline && layout.lines[s.line].role == ingest::LineRole::headline;
    if (list_headline && st.out.mentions.size() == first_event) {
      EventMention m;
      m.type = "report";
      m.label = "report";
      m.start = s.start;
      m.end = s.end;
      m.sentence_start = s.start;
      m.sentence_end = s.end;
      m.headline = true;
      m.specific = true;
      m.timex = headline_timex;
      for (const auto& a : actor_hits) {
        const auto& name = L.lex.actors[static_cast<std::size_t>(a.id)].name;
        if (std::find(m.actors.begin(), m.actors.end(), name) == m.actors.end())
          m.actors.push_back(name);
      }
      for (const auto& p : place_hits) {
        const auto& name = L.lex.places[static_cast<std::size_t>(p.id)].name;
        if (std::find(m.places.begin(), m.places.end(), name) == m.places.end())
          m.places.push_back(name);
      }
      st.out.mentions.push_back(std::move(m));
    }

    // Event-anchored timexes ("a day before", "a day after the talks"): kept apart from the
    // mention's own date, attached to the trigger they follow or head, and resolved to the event
    // they count from.
    for (std::size_t mi = first_event; mi < st.out.mentions.size(); ++mi) {
      EventMention& m = st.out.mentions[mi];
      if (m.timex && timexes[*m.timex].reference == temporal::Reference::event) {
        m.anchor_timex = m.timex;
        m.timex.reset();
      }
    }
    for (std::size_t ti : sent_timexes) {
      if (timexes[ti].reference != temporal::Reference::event) continue;
      bool used = false;
      for (std::size_t mi = first_event; mi < st.out.mentions.size(); ++mi)
        used = used || st.out.mentions[mi].anchor_timex == ti;
      if (used) continue;
      // "X ..., a day after Y": the last trigger before it in the sentence.
      EventMention* target = nullptr;
      for (std::size_t mi = first_event; mi < st.out.mentions.size(); ++mi) {
        EventMention& m = st.out.mentions[mi];
        if (m.kind == EventKind::event && m.end <= timexes[ti].start && !m.anchor_timex &&
            (!target || m.end > target->end))
          target = &m;
      }
      if (target && timexes[ti].start - target->end < 120) target->anchor_timex = ti;
    }
    for (std::size_t mi = first_event; mi < st.out.mentions.size(); ++mi) {
      EventMention& m = st.out.mentions[mi];
      if (!m.anchor_timex) continue;
      const auto& anchor = timexes[*m.anchor_timex].anchor;
      std::optional<std::size_t> found;
      if (anchor && anchor->end > anchor->start) {
        for (std::size_t k = 0; k < st.out.mentions.size(); ++k)
          if (k != mi && st.out.mentions[k].kind == EventKind::event &&
              st.out.mentions[k].start >= anchor->start && st.out.mentions[k].end <= anchor->end)
            found = k;
      }
      if (!found) {
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

    // Speakers: named persons in this sentence (lexicon or capitalized runs), for claims.
    struct Name {
      std::size_t tb, te;
      std::string name;
      bool person;
    };
    std::vector<Name> names;
    for (const auto& a : actor_hits)
      names.push_back(
          {a.tb, a.te, L.lex.actors[static_cast<std::size_t>(a.id)].name, L.person(a.id)});
    for (std::size_t k = 0; k < n; ++k) {
      if (!st.toks[k].word || !st.toks[k].upper) continue;
      bool covered = false;
      for (const auto& a : actor_hits) covered = covered || (k >= a.tb && k < a.te);
      for (const auto& p : place_hits) covered = covered || (k >= p.tb && k < p.te);
      if (covered) continue;
      std::size_t e = k;
      while (e < n && st.toks[e].word && st.toks[e].upper && !st.toks[e].digit) ++e;
      if (e - k >= 2 && e - k <= 4 && !in(kNotNames, st.raw(k))) {
        names.push_back({k, e, st.text(st.toks[k].start, st.toks[e - 1].end), true});
        const std::string surname(st.raw(e - 1));
        const std::string role = [&] {
          auto r = apposition_after(st, e);
          return r.empty() ? role_before(st, k) : r;
        }();
        st.speakers.push_back({names.back().name, role, surname, st.toks[k].start});
        k = e - 1;
      } else if (e - k == 1) {
        for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it)
          if (it->surname == st.raw(k)) {
            names.push_back({k, k + 1, it->name, true});
            break;
          }
      }
    }
    for (const auto& a : actor_hits)
      if (L.person(a.id)) {
        const auto& name = L.lex.actors[static_cast<std::size_t>(a.id)].name;
        std::string role = apposition_after(st, a.te);
        if (role.empty()) role = role_before(st, a.tb);
        st.speakers.push_back({name, role, name.substr(name.rfind(' ') + 1), st.toks[a.tb].start});
      }
    std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.tb < b.tb; });

    auto resolve_pronoun = [&](std::string_view w, std::size_t at) -> std::string {
      // "he said" / "the political analyst noted": the last named person before it whose role fits.
      for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it) {
        if (it->pos >= at) continue;
        if (w == "he" || w == "she" || w.empty()) return it->name;
        if (lower_ascii(it->role).find(std::string(w)) != std::string::npos) return it->name;
      }
      for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it)
        if (it->pos < at) return it->name;
      return {};
    };
    auto role_of = [&](const std::string& name) -> std::string {
      for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it)
        if (it->name == name && !it->role.empty()) return it->role;
      return {};
    };

    // Claims: "..." X said. / X said (that) ... / According to X, ...
    std::optional<std::size_t> verb_at;
    std::size_t verb_len = 0;
    for (std::size_t k = 0; k < n && !verb_at; ++k)
      if (const auto m = L.speech.match_at(st.lower, st.toks, k); m.length)
        verb_at = k, verb_len = m.length;
    std::string speaker;
    std::size_t claim_start = s.start, claim_end = s.end;
    if (verb_at && !s.headline) {
      const std::size_t v = *verb_at;
      const bool according = st.word(v) == "according";
      // Speaker: nearest person name before the verb (or after it: "said Pritchin"), else a
      // pronoun or role noun right before the verb.
      const Name* best = nullptr;
      for (const auto& nm : names) {
        if (!nm.person) continue;
        if (according) {
          if (nm.tb > v && nm.tb < v + 14 && !best) best = &nm;
        } else if (nm.tb == v + verb_len) {
          best = &nm;  // "said Pritchin"
          break;
        } else if (nm.te <= v && v - nm.te <= 14) {
          best = &nm;  // the last name before the verb
        }
      }
      if (best) {
        speaker = best->name;
      } else if (v > 0) {
        const auto w = st.word(v - 1);
        if (w == "he" || w == "she")
          speaker = resolve_pronoun(w, st.toks[v].start);
        else if (in(kRoleNouns, w) && v >= 2)
          speaker = resolve_pronoun(w, st.toks[v].start);
      }
      // The claim text: the quote closing before the attribution, else what follows the verb.
      const std::string_view text(doc.text);
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
        const std::size_t open_plain = text.rfind('"', qclose == 0 ? 0 : qclose - 1);
        std::size_t open = open_curly != std::string_view::npos ? open_curly : open_plain;
        if (open != std::string_view::npos && qclose - open < 6000) {
          claim_start = open;
          claim_end = qclose + (text[qclose] == '"' ? 1 : 3);
        }
      } else if (according) {
        std::size_t k = v;
        while (k < n && st.word(k) != ",") ++k;
        if (k + 1 < n) claim_start = st.toks[k + 1].start;
      } else if (v + verb_len < n) {
        std::size_t k = v + verb_len;
        if (st.word(k) == "that") ++k;
        if (k < n && st.word(k) != ",") claim_start = st.toks[k].start;
      }
    }
    // Reactions: a person and a reaction cue in one sentence.
    bool reaction = false;
    for (std::size_t k = 0; k < n; ++k)
      if (L.reactions.match_at(st.lower, st.toks, k).length) {
        reaction = true;
        break;
      }
    if (reaction && speaker.empty() && !s.headline)
      for (const auto& nm : names)
        if (nm.person) {
          speaker = nm.name;
          break;
        }
    if (!speaker.empty() && !s.headline) {
      EventMention c;
      c.kind = EventKind::claim;
      c.type = reaction ? "reaction" : "statement";
      c.label = c.type;
      c.start = claim_start;
      c.end = claim_end;
      c.sentence_start = s.start;
      c.sentence_end = s.end;
      c.speaker = speaker;
      c.speaker_role = role_of(speaker);
      c.specific = true;
      c.tense = -1;
      if (speaker == st.last_claim_speaker && !reaction && claim_start <= st.last_claim_end + 400)
        c.claim_group = st.claim_groups - 1;
      else
        c.claim_group = st.claim_groups++;
      st.last_claim_speaker = reaction ? std::string() : speaker;
      st.last_claim_end = claim_end;
      const std::size_t ci = st.out.mentions.size();
      st.out.mentions.push_back(std::move(c));
      // What the claim is about: events mentioned inside its span.
      bool linked = false;
      for (std::size_t k = 0; k < ci; ++k) {
        const auto& em = st.out.mentions[k];
        if (em.kind != EventKind::event || !(em.specific || em.definite)) continue;
        if (em.start >= claim_start && em.end <= claim_end) {
          st.out.links.push_back({ci, k, reaction ? LinkType::reaction_to : LinkType::claim_about,
                                  s.start, s.end, reaction ? "reaction cue" : "inside the claim"});
          linked = true;
        }
      }
      if (reaction && !linked) {
        // The reaction is to the event last named before it.
        for (std::size_t k = ci; k-- > 0;) {
          const auto& em = st.out.mentions[k];
          if (em.kind == EventKind::event && (em.specific || em.definite)) {
            st.out.links.push_back(
                {ci, k, LinkType::reaction_to, s.start, s.end, "reaction cue, event named before"});
            break;
          }
        }
      }
    }

    // Causal cues between event mentions.
    std::vector<std::size_t> evs;  // event mentions of this sentence, by position
    for (std::size_t k = first_event; k < st.out.mentions.size(); ++k)
      if (st.out.mentions[k].kind == EventKind::event) evs.push_back(k);
    std::sort(evs.begin(), evs.end(), [&](std::size_t a, std::size_t b) {
      return st.out.mentions[a].start < st.out.mentions[b].start;
    });
    auto prev_sentence_event = [&]() -> std::optional<std::size_t> {
      if (st.sentence_first_mention.size() < 2) return std::nullopt;
      const std::size_t from = st.sentence_first_mention[st.sentence_first_mention.size() - 2];
      for (std::size_t k = first_event; k-- > from;)
        if (st.out.mentions[k].kind == EventKind::event &&
            (st.out.mentions[k].specific || st.out.mentions[k].definite))
          return k;
      return std::nullopt;
    };
    for (std::size_t k = 0; k < n; ++k) {
      const auto cm = L.cues.match_at(st.lower, st.toks, k);
      if (!cm.length) continue;
      const CueDef& cue = kCues[static_cast<std::size_t>(cm.id)];
      const std::size_t cue_start = st.toks[k].start, cue_end = st.toks[k + cm.length - 1].end;
      auto first_after = [&](std::size_t at) -> std::optional<std::size_t> {
        for (std::size_t e : evs)
          if (st.out.mentions[e].start >= at) return e;
        return std::nullopt;
      };
      auto last_before = [&](std::size_t at) -> std::optional<std::size_t> {
        std::optional<std::size_t> r;
        for (std::size_t e : evs)
          if (st.out.mentions[e].end <= at) r = e;
        return r;
      };
      std::optional<std::size_t> cause, effect;
      std::size_t ev_start = s.start;
      switch (cue.kind) {
        case CueKind::forward:
          cause = last_before(cue_start);
          effect = first_after(cue_end);
          break;
        case CueKind::prefix: {
          cause = first_after(cue_end);
          if (!cause || st.out.mentions[*cause].start - cue_end > 80) {
            cause.reset();
            break;
          }
          if (k == 0 || (k > 0 && st.word(k - 1) == ",")) {
            // "After X, Y": the effect follows the comma after the cause.
            std::size_t comma = st.out.mentions[*cause].end;
            const auto pos = doc.text.find(',', comma);
            if (pos != std::string::npos && pos < s.end) effect = first_after(pos);
          }
          if (!effect) effect = last_before(cue_start);
          break;
        }
        case CueKind::purpose:
          effect = first_after(cue_end);
          cause = last_before(cue_start);
          if (!cause) {
            cause = prev_sentence_event();
            if (cause) ev_start = st.out.mentions[*cause].sentence_start;
          }
          break;
        case CueKind::cross:
          if (k > 1) break;  // only at the start of a sentence
          cause = prev_sentence_event();
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
  auto& pm = st.out.places_mentioned;
  std::sort(pm.begin(), pm.end());
  pm.erase(std::unique(pm.begin(), pm.end()), pm.end());
  return std::move(st.out);
}

}  // namespace chronograph::events
