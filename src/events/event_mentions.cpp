// Event mentions of a sentence: lexicon hits, then one mention per event type with its details.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

constexpr std::array<std::string_view, 12> kOrdinals = {"first", "second", "third",    "fourth",
                                                        "fifth", "sixth",  "seventh",  "eighth",
                                                        "ninth", "tenth",  "eleventh", "twelfth"};

int ordinal_value(std::string_view w) {
  for (std::size_t i = 0; i < kOrdinals.size(); ++i)
    if (kOrdinals[i] == w) return static_cast<int>(i) + 1;
  // 18th, 2nd, 1st, 3rd
  std::size_t d = 0;
  int v = 0;
  // At most four digits are read (more is no ordinal): a long run would overflow v.
  while (d < w.size() && d <= 3 && w[d] >= '0' && w[d] <= '9') v = v * 10 + (w[d++] - '0');
  if (d == 0 || d > 3) return 0;
  const std::string_view suffix = w.substr(d);
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ? v : 0;
}

// "Russian", "Anglo-French", "Turkish", "Ukrainian": adjectives of nationality.
bool demonym(std::string_view w) {
  if (w.find('-') != std::string_view::npos) return true;
  for (std::string_view suffix : {"ian", "ean", "ish", "ese", "ch", "an", "ic"})
    if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
  return false;
}

int sentence_tense(const DocState& st) {
  bool past = false, future = false;
  for (std::size_t k = 0; k < st.toks.size(); ++k) {
    if (!st.toks[k].word) continue;
    const auto w = st.word(k);
    if (st.is(k, kFutureWord)) future = true;
    if (st.is(k, kPastWord) || (w.size() > 4 && w[w.size() - 2] == 'e' && w.back() == 'd' && k > 0))
      past = true;
  }
  if (future && !past) return 1;
  if (past && !future) return -1;
  return 0;
}

void add_unique(std::vector<std::string>& names, const std::string& name) {
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
}

// Proper name: capitalized words right before the trigger ("Spiderweb operation"), or a
// capitalized trigger inside a name ("Pruth Campaign", "Paris Peace Accords").
std::string event_name(const DocState& st, const SentenceState& ss, const Hit& h) {
  std::size_t b = h.tb;
  while (b > 0 && st.toks[b - 1].word && st.toks[b - 1].upper && !st.is(b - 1, kNotNameWord) &&
         (b - 1 > 0 || st.toks[h.tb].upper)) {
    bool lex_name = false;
    for (const auto& a : ss.actor_hits) lex_name = lex_name || (b - 1 >= a.tb && b - 1 < a.te);
    for (const auto& p : ss.place_hits)
      lex_name = lex_name || (b - 1 >= p.tb && p.tb < p.te && b - 1 < p.te);
    // "Istanbul talks", "Russian-Ukrainian negotiations": places and adjectives of
    // nationality describe the event; they do not name it ("Spiderweb operation" does).
    if ((lex_name || demonym(st.raw(b - 1))) && !st.toks[h.tb].upper) break;
    --b;
  }
  if (b < h.tb && !ss.sentence->headline && (b > 0 || st.toks[h.tb].upper))
    return st.text(st.toks[b].start, st.toks[h.te - 1].end);
  return {};
}

// Actors in a window around the trigger.
std::vector<std::string> actors_near(const DocState& st, const SentenceState& ss, const Hit& h) {
  std::vector<std::string> actors;
  for (const auto& a : ss.actor_hits) {
    const std::size_t dist = a.te <= h.tb ? h.tb - a.te : (a.tb >= h.te ? a.tb - h.te : 0);
    if (dist <= 12) add_unique(actors, st.tables.lex.actors[static_cast<std::size_t>(a.id)].name);
  }
  return actors;
}

// Places after in/at/near or right before the trigger; in a title, every place (a title names
// its topic).
std::vector<std::string> places_of(const DocState& st, const SentenceState& ss, const Hit& h,
                                   bool title) {
  std::vector<std::string> places;
  for (const auto& p : ss.place_hits) {
    const bool right_before = p.te == h.tb || (p.te + 1 == h.tb && st.toks[p.te].word);
    const auto prev = p.tb > 0 ? st.word(p.tb - 1) : std::string_view();
    const bool prep = prev == "in" || prev == "at" || prev == "near" || prev == "to";
    const std::size_t dist = p.te <= h.tb ? h.tb - p.te : (p.tb >= h.te ? p.tb - h.te : 0);
    if (right_before || (prep && dist <= 8))
      add_unique(places, st.tables.lex.places[static_cast<std::size_t>(p.id)].name);
  }
  if (title)
    for (const auto& p : ss.place_hits)
      add_unique(places, st.tables.lex.places[static_cast<std::size_t>(p.id)].name);
  return places;
}

// The mention a trigger makes: its type, ordinal, name, reference, actors, places and date.
EventMention event_mention(const DocState& st, const SentenceState& ss, const Hit& h, int tense) {
  const ingest::Sentence& s = *ss.sentence;
  EventMention m;
  m.kind = EventKind::event;
  const auto& et = st.tables.lex.event_types[static_cast<std::size_t>(h.id)];
  m.type = et.type;
  m.label = et.label;
  // "a week-long strike" is one strike: a plural label ("strikes") of a one-word trigger told
  // in the singular takes the singular.
  if (h.te == h.tb + 1 && m.label.size() == st.word(h.tb).size() + 1 && m.label.back() == 's' &&
      m.label.compare(0, m.label.size() - 1, st.word(h.tb)) == 0)
    m.label.pop_back();
  m.start = st.toks[h.tb].start;
  m.end = st.toks[h.te - 1].end;
  m.sentence_start = s.start;
  m.sentence_end = s.end;
  // A title names the document's main event: it refers to it like "the talks" would.
  const bool title = st.layout.lines[s.line].role == ingest::LineRole::title;
  m.headline = s.headline && !title;
  m.title = title;
  m.tense = tense;
  m.ordinal = ordinal_before(st, h.tb);
  m.name = event_name(st, ss, h);
  m.definite = title || definite_before(st, h.tb);
  m.actors = actors_near(st, ss, h);
  m.places = places_of(st, ss, h, title);
  std::optional<std::size_t> since;
  // A headline of a dated list happened on the list's day, unless it states its own ("meeting
  // set for July 21").
  m.timex = date_for_trigger(st, h.tb, h.te, ss.timexes, ss.trig_hits, since);
  if (m.timex && in_fronted_phrase(st, h.tb, st.timexes[*m.timex])) m.timex.reset();
  if (m.headline && ss.headline_timex && !m.timex) m.timex = ss.headline_timex;
  m.since_timex = since;
  m.specific =
      m.timex.has_value() || m.ordinal > 0 || !m.name.empty() || !m.places.empty() || m.headline;
  if (title) m.specific = false;
  return m;
}

// A headline in a dated list is an event even when no trigger names its type.
void add_headline_report(DocState& st, const SentenceState& ss) {
  const ingest::Sentence& s = *ss.sentence;
  const bool list_headline =
      s.headline && st.layout.lines[s.line].role == ingest::LineRole::headline;
  if (!list_headline || st.out.mentions.size() != ss.first_event) return;
  EventMention m;
  m.type = "report";
  m.label = "report";
  m.start = s.start;
  m.end = s.end;
  m.sentence_start = s.start;
  m.sentence_end = s.end;
  m.headline = true;
  m.specific = true;
  m.timex = ss.headline_timex;
  for (const auto& a : ss.actor_hits)
    add_unique(m.actors, st.tables.lex.actors[static_cast<std::size_t>(a.id)].name);
  for (const auto& p : ss.place_hits)
    add_unique(m.places, st.tables.lex.places[static_cast<std::size_t>(p.id)].name);
  st.out.mentions.push_back(std::move(m));
}

}  // namespace

// Ordinal: "the second round of talks", "the first high-level talks", "18th sanctions package".
int ordinal_before(const DocState& st, std::size_t tb) {
  for (std::size_t k = tb; k > 0 && tb - k < 5; --k) {
    const auto w = st.word(k - 1);
    // "Homeland First criticized the deal": a capital after a capital ends a name.
    if (const int o = ordinal_value(w))
      return k >= 2 && st.toks[k - 1].upper && st.toks[k - 2].upper ? 0 : o;
    // A verb ends the noun phrase the ordinal would count in.
    const WordInfo& info = *st.detector.sentence_words()[k - 1];
    if (!st.toks[k - 1].word || w == "and" || (info.pos_bits & 7) == 2) break;
  }
  return 0;
}

// Definite reference: a determiner or possessive within the noun phrase.
bool definite_before(const DocState& st, std::size_t tb) {
  for (std::size_t k = tb; k > 0 && tb - k < 4; --k) {
    const auto w = st.word(k - 1);
    if (st.is(k - 1, kDeterminerWord)) return true;
    if (!st.toks[k - 1].word || w == "of" || w == "and" || w == "in" || w == "to") break;
  }
  return false;
}

// Actors and places (matched as written), then event triggers (matched lower-cased) outside
// multi-word actor names and not used as verbs ("to talk").
void find_lexicon_hits(DocState& st, SentenceState& ss) {
  const ExtractorTables& L = st.tables;
  const std::size_t n = st.toks.size();
  ss.actor_hits.clear();
  ss.place_hits.clear();
  ss.trig_hits.clear();
  for (std::size_t k = 0; k < n && st.has(kStartsActor | kStartsPlace);) {
    if (!st.toks[k].word || !st.is(k, kStartsActor | kStartsPlace)) {
      ++k;
      continue;
    }
    const auto a = L.actors.match_at(st.raw_ids, k);
    const auto p = L.places.match_at(st.raw_ids, k);
    if (a.length) ss.actor_hits.push_back({k, k + a.length, a.id});
    if (p.length) {
      ss.place_hits.push_back({k, k + p.length, p.id});
      st.out.places_mentioned.push_back(L.lex.places[static_cast<std::size_t>(p.id)].name);
    }
    k += std::max<std::size_t>({a.length, p.length, 1});
  }
  auto inside_name = [&](std::size_t k) {
    for (const auto& h : ss.actor_hits)
      if (k >= h.tb && k < h.te && h.te - h.tb > 1) return true;
    return false;
  };
  for (std::size_t k = 0; k < n && st.has(kStartsTrigger);) {
    const auto m = st.toks[k].word && st.is(k, kStartsTrigger) ? L.triggers.match_at(st.low_ids, k)
                                                               : PhraseMatcher::Match{};
    if (m.length && !inside_name(k)) {
      const bool verb_use = k > 0 && st.is(k - 1, kVerbUseWord) &&
                            L.lex.event_types[static_cast<std::size_t>(m.id)].type != "appointment";
      if (!verb_use) ss.trig_hits.push_back({k, k + m.length, m.id});
      k += m.length;
    } else {
      ++k;
    }
  }
}

// One mention per event type per sentence (the best-dated trigger); a headline of a dated list
// with none makes a report.
void add_event_mentions(DocState& st, SentenceState& ss) {
  const int tense = sentence_tense(st);
  ss.by_type.clear();  // type id -> mention index
  for (const auto& h : ss.trig_hits) {
    EventMention m = event_mention(st, ss, h, tense);
    auto existing = std::find_if(ss.by_type.begin(), ss.by_type.end(),
                                 [&](const auto& e) { return e.first == h.id; });
    if (existing != ss.by_type.end()) {
      EventMention& prev = st.out.mentions[existing->second];
      if (!prev.timex && m.timex) prev = m;  // keep the better-dated trigger
      continue;
    }
    ss.by_type.emplace_back(h.id, st.out.mentions.size());
    st.out.mentions.push_back(std::move(m));
  }
  add_headline_report(st, ss);
}

}  // namespace chronograph::events::detail
