// Causal cues: the cue table read from data, and the links a sentence's cues state.
#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <string_view>

#include "causal_rules.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/event_features.hpp"
#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

constexpr std::array<std::string_view, kCueFamilyCount> kFamilyNames = {
    "connective_prefix", "reaction",     "connective_clause",
    "causative_verb",    "reverse_verb", "passive_agent",
    "result_noun_from",  "conclusive",   "sentence_initial",
    "purpose",           "hedge"};

constexpr std::array<std::pair<std::string_view, CausalWord>, 27> kWordClasses = {{
    {"adverb", kAdverb},
    {"aux", kAux},
    {"be", kBe},
    {"subordinator", kSubordinator},
    {"wh", kWh},
    {"governor", kGovernor},
    {"preposition", kPreposition},
    {"determiner", kDeterminer},
    {"relative", kRelative},
    {"paren_opener", kParenOpener},
    {"pronoun", kPronoun},
    {"modal", kModal},
    {"negation", kNegation},
    {"conditional", kConditional},
    {"noun_hedge", kNounHedge},
    {"reporting", kReporting},
    {"hard", kHard},
    {"causative_skip", kCausativeSkip},
    {"subject_boundary", kSubjectBoundary},
    {"clause_opener", kClauseOpener},
    {"bare_governor", kBareGovernor},
    {"perfect_aux", kPerfectAux},
    {"coordination_stop", kCoordinationStop},
    {"since_not_after", kSinceNotAfter},
    {"since_not_before", kSinceNotBefore},
    {"irregular_passive", kIrregularPassive},
    {"contest", kContest},
}};

constexpr std::string_view kCuesFile = "data/events/causal_cues.txt";
constexpr std::string_view kWordsFile = "data/events/causal_words.txt";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Splits on `sep`, trimming each part; empty parts are dropped.
template <typename F>
void each_part(std::string_view s, char sep, F&& f) {
  while (!s.empty()) {
    const auto at = s.find(sep);
    const auto part = trim(s.substr(0, at));
    if (!part.empty()) f(part);
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
}

[[noreturn]] void fail(std::size_t line, std::string message) {
  throw base::InputError(std::string(kCuesFile), line, 1, std::move(message));
}

// "family NAME LINK CONFIDENCE [off]"
void parse_family(std::string_view rest, std::size_t line, CueTable& t, CueFamily& current) {
  std::array<std::string_view, 4> f{};
  std::size_t n = 0;
  each_part(rest, ' ', [&](std::string_view p) {
    if (n < f.size()) f[n] = p;
    ++n;
  });
  if (n < 3 || n > 4 || (n == 4 && f[3] != "off"))
    fail(line, "expected 'family NAME LINK CONFIDENCE [off]'");
  const auto it = std::find(kFamilyNames.begin(), kFamilyNames.end(), f[0]);
  if (it == kFamilyNames.end()) fail(line, "unknown cue family '" + std::string(f[0]) + "'");
  current = static_cast<CueFamily>(it - kFamilyNames.begin());
  FamilyInfo& info = t.families[static_cast<std::size_t>(current)];
  info.off = n == 4;
  info.links = f[1] != "none" && !info.off;
  if (f[1] != "none") {
    const auto type = link_type_from_string(f[1]);
    if (!type) fail(line, "unknown link type '" + std::string(f[1]) + "'");
    info.type = *type;
  }
  const auto r = std::from_chars(f[2].data(), f[2].data() + f[2].size(), info.confidence);
  if (r.ec != std::errc() || r.ptr != f[2].data() + f[2].size() || info.confidence < 0 ||
      info.confidence > 1)
    fail(line, "confidence must be a number in [0, 1]");
}

void parse_flags(std::string_view flags, std::size_t line, WordTable& words, Cue& cue) {
  const auto ids = [&](std::string_view list, std::vector<int>& out) {
    each_part(list, '/', [&](std::string_view w) { out.push_back(words.intern(lower_ascii(w))); });
  };
  each_part(flags, ' ', [&](std::string_view flag) {
    const auto eq = flag.find('=');
    const auto name = flag.substr(0, eq);
    const auto value = eq == std::string_view::npos ? std::string_view() : flag.substr(eq + 1);
    if (name == "control")
      cue.control = true;
    else if (name == "control_only")
      cue.control_only = true;
    else if (name == "pred_object")
      cue.pred_object = true;
    else if (name == "since")
      cue.since = true;
    else if (name == "not_before" && !value.empty())
      ids(value, cue.not_before);
    else if (name == "after" && !value.empty())
      ids(value, cue.after);
    else if (name == "prep" && !value.empty())
      cue.prep = words.intern(lower_ascii(value));
    else
      fail(line, "unknown cue flag '" + std::string(flag) + "'");
  });
}

void parse_cues(std::string_view text, CueTable& t, WordTable& words, PhraseMatcher& matcher) {
  std::size_t line_no = 0;
  bool in_family = false;
  CueFamily current = CueFamily::connective_prefix;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    if (line.starts_with("family ")) {
      parse_family(line.substr(7), line_no, t, current);
      in_family = true;
      continue;
    }
    if (!in_family) fail(line_no, "a cue before any 'family' line");
    Cue cue;
    cue.family = current;
    cue.line = line_no;
    const auto semi = line.find(';');
    if (semi != std::string_view::npos) parse_flags(line.substr(semi + 1), line_no, words, cue);
    const int id = static_cast<int>(t.cues.size());
    each_part(line.substr(0, semi), '|', [&](std::string_view form) {
      if (cue.name.empty()) cue.name = std::string(form);
      matcher.add(form, id);
    });
    if (cue.name.empty()) fail(line_no, "a cue without forms");
    t.cues.push_back(std::move(cue));
  }
}

void parse_words(std::string_view text, CueTable& t, WordTable& words) {
  for (const auto& list : parse_word_lists(text, std::string(kWordsFile))) {
    const auto it = std::find_if(kWordClasses.begin(), kWordClasses.end(),
                                 [&](const auto& c) { return c.first == list.name; });
    if (it == kWordClasses.end())
      throw base::InputError(std::string(kWordsFile), list.line, 1,
                             "unknown word class '" + list.name + "'");
    for (const auto& w : list.words) {
      const auto id = static_cast<std::size_t>(words.intern(w));
      if (t.classes.size() <= id) t.classes.resize(id + 1, 0);
      t.classes[id] |= it->second;
    }
  }
}

}  // namespace

std::string_view to_string(CueFamily family) {
  return kFamilyNames[static_cast<std::size_t>(family)];
}

CueTable CueTable::parse(std::string_view cues_text, std::string_view words_text, WordTable& words,
                         PhraseMatcher& matcher) {
  CueTable t;
  parse_cues(cues_text, t, words, matcher);
  parse_words(words_text, t, words);
  const auto id = [&](std::string_view w) { return words.intern(w); };
  t.to = id("to");
  t.and_ = id("and");
  t.or_ = id("or");
  t.but = id("but");
  t.comma = id(",");
  t.by = id("by");
  t.from = id("from");
  t.that = id("that");
  t.in = id("in");
  t.case_ = id("case");
  t.will = id("will");
  t.not_ = id("not");
  return t;
}

namespace {
void add_detected_ends(const DocState& st, SentenceState& ss);
void add_named_ends(const DocState& st, SentenceState& ss);
}  // namespace

// The events the rules may take as ends: the sentence's event mentions, then the detector's
// events no mention covers. Reporting verbs are never ends (the report, not the event).
void read_cue_sentence(const DocState& st, SentenceState& ss) {
  CueSentence& s = ss.cue;
  const std::size_t n = st.toks.size();
  const CueTable& t = st.tables.causal;
  s.cls.resize(n);
  for (std::size_t k = 0; k < n; ++k) s.cls[k] = t.of(st.low_ids[k]);
  s.end_at.assign(n, -1);
  s.ends.clear();
  s.used.assign(n, 0);
  s.hedge_ends.clear();
  s.found.clear();
  const auto detected_at = [&](std::size_t k) -> long {
    for (std::size_t d = 0; d < ss.detected.size(); ++d)
      if (ss.detected[d].token == k) return static_cast<long>(d);
    return -1;
  };
  const auto told_as_fact = [](Factuality f) {
    return f == Factuality::asserted || f == Factuality::future;
  };
  for (std::size_t mi = ss.first_event; mi < st.out.mentions.size(); ++mi) {
    const EventMention& m = st.out.mentions[mi];
    if (m.kind != EventKind::event) continue;
    const std::size_t first = token_at(st.toks, m.start);
    std::size_t head = first;
    while (head + 1 < n && st.toks[head + 1].end <= m.end) ++head;
    if (first >= n || (s.cls[head] & kReporting) || m.event_class == EventClass::reporting)
      continue;
    CueEnd e;
    e.token = head;
    e.mention = static_cast<long>(mi);
    e.detected = detected_at(head);
    const EventPos pos = e.detected >= 0 ? ss.detected[static_cast<std::size_t>(e.detected)].pos
                                         : st.detector.describe(head).pos;
    e.pred = pos != EventPos::noun;
    e.verb = pos == EventPos::verb;
    e.fact = told_as_fact(m.factuality);
    e.future = m.factuality == Factuality::future ||
               (e.detected >= 0 &&
                ss.detected[static_cast<std::size_t>(e.detected)].tense == Tense::future);
    for (std::size_t k = first; k <= head; ++k) s.end_at[k] = static_cast<long>(s.ends.size());
    s.ends.push_back(e);
  }
  add_detected_ends(st, ss);
  add_named_ends(st, ss);
}

namespace {

void add_detected_ends(const DocState& st, SentenceState& ss) {
  CueSentence& s = ss.cue;
  const std::size_t n = st.toks.size();
  for (std::size_t d = 0; d < ss.detected.size(); ++d) {
    const DocumentEvent& de = ss.detected[d];
    if (de.token >= n || s.end_at[de.token] >= 0 || (s.cls[de.token] & kReporting) ||
        de.event_class == EventClass::reporting)
      continue;
    CueEnd e;
    e.token = de.token;
    e.detected = static_cast<long>(d);
    e.pred = de.pos != EventPos::noun;
    e.verb = de.pos == EventPos::verb;
    e.fact = de.factuality == Factuality::asserted || de.factuality == Factuality::future;
    e.future = de.factuality == Factuality::future || de.tense == Tense::future;
    s.end_at[de.token] = static_cast<long>(s.ends.size());
    s.ends.push_back(e);
  }
}

// Nouns whose most frequent sense is an act, event, communication ("the warning"), phenomenon,
// process or state, lower-case and no event yet: ends a cue may name.
void add_named_ends(const DocState& st, SentenceState& ss) {
  CueSentence& s = ss.cue;
  constexpr std::uint8_t kAct = 4, kCommunication = 10, kEvent = 11, kPhenomenon = 19,
                         kProcess = 22, kState = 26;
  const auto words = st.detector.sentence_words();
  for (std::size_t k = 0; k < st.toks.size(); ++k) {
    if (s.end_at[k] >= 0 || !st.toks[k].word || st.toks[k].upper || st.toks[k].digit ||
        names_a_group(st, k))
      continue;
    const WordInfo& w = *words[k];
    // "prompted the authority to order checks": a bare verb after "to" the model missed.
    const bool bare_verb =
        k > 0 && st.word(k - 1) == "to" && !w.word_class && (w.pos_bits & 2) && w.verb_form == 'b';
    const std::uint8_t lex = w.first_lexname[static_cast<std::size_t>(WnPos::noun)];
    if (!bare_verb &&
        (w.word_class || !(w.pos_bits & 1) || w.verb_form == 'g' || w.verb_form == 'd' ||
         (lex != kAct && lex != kCommunication && lex != kEvent && lex != kPhenomenon &&
          lex != kProcess && lex != kState)))
      continue;
    CueEnd e;
    e.token = k;
    e.licensed_only = true;
    e.pred = e.verb = bare_verb;
    s.end_at[k] = static_cast<long>(s.ends.size());
    s.ends.push_back(e);
  }
}

}  // namespace

namespace {

// The mention of an end, made when the end is a detected event without one.
std::optional<std::size_t> mention_of(DocState& st, SentenceState& ss, std::size_t token,
                                      bool realized) {
  CueEnd& e = ss.cue.ends[static_cast<std::size_t>(ss.cue.end_at[token])];
  if (e.mention < 0) {
    const auto m = add_linked_mention(
        st, ss,
        e.detected >= 0 ? ss.detected[static_cast<std::size_t>(e.detected)]
                        : undetected_event(st, ss, token, e.verb ? EventPos::verb : EventPos::noun),
        realized);
    if (!m) return std::nullopt;
    e.mention = static_cast<long>(*m);
  }
  // "forced officials to close": the verb makes the infinitive happen.
  EventMention& m = st.out.mentions[static_cast<std::size_t>(e.mention)];
  if (realized && m.factuality != Factuality::asserted && m.factuality != Factuality::future) {
    m.factuality = Factuality::asserted;
    m.cue_start = m.cue_end = 0;
  }
  return static_cast<std::size_t>(e.mention);
}

// A cue inside what someone said ("the cuts led to the strike, the union said"): the link is
// that speaker's account, not the text's.
std::string speaker_of(const DocState& st, const SentenceState& ss, std::size_t cue_start) {
  for (std::size_t i = ss.first_event; i < st.out.mentions.size(); ++i) {
    const EventMention& m = st.out.mentions[i];
    if (m.kind == EventKind::claim && m.type == "statement" && m.start <= cue_start &&
        cue_start < m.end)
      return m.speaker;
  }
  return {};
}

void write_links(DocState& st, SentenceState& ss, const Cue& cue, std::size_t i0, std::size_t i1,
                 std::size_t first_found) {
  const ingest::Sentence& s = *ss.sentence;
  const FamilyInfo& family = st.tables.causal.families[static_cast<std::size_t>(cue.family)];
  for (std::size_t f = first_found; f < ss.cue.found.size(); ++f) {
    const CueLink link = ss.cue.found[f];
    if (!blocked(st, ss, cue, i0, link).empty()) continue;
    const auto cause = mention_of(st, ss, link.cause, false);
    const auto effect = mention_of(st, ss, link.effect, link.realized);
    if (!cause || !effect || *cause == *effect) continue;
    // "Y in response to X" is written Y reaction_to X.
    const bool reaction = family.type == LinkType::reaction_to;
    MentionLink l;
    l.from = reaction ? *effect : *cause;
    l.to = reaction ? *cause : *effect;
    l.type = family.type;
    l.start = s.start;
    l.end = s.end;
    l.rule = std::string(to_string(cue.family));
    l.cue_start = st.toks[i0].start;
    l.cue_end = st.toks[i1 - 1].end;
    l.confidence = family.confidence;
    l.claimed_by = speaker_of(st, ss, l.cue_start);
    const bool seen = std::any_of(st.out.links.begin(), st.out.links.end(), [&](const auto& o) {
      return o.from == l.from && o.to == l.to && o.type == l.type;
    });
    if (!seen) st.out.links.push_back(std::move(l));
  }
}

}  // namespace

// Each cue of the sentence, longest first and left to right, with the links its family finds
// and no blocker stops. A cue whose conditions fail gives way to a shorter one at its place.
void link_causal_cues(DocState& st, SentenceState& ss) {
  if (!st.has(kStartsCue)) return;
  const std::size_t n = st.toks.size();
  const CueTable& t = st.tables.causal;
  bool read = false;
  for (std::size_t k = 0; k < n; ++k) {
    if (!st.is(k, kStartsCue)) continue;
    if (read && ss.cue.used[k]) continue;
    // The matcher returns the longest form at k; shorter forms starting at k are tried by
    // matching on a shortened view of the sentence.
    std::size_t limit = n;
    while (limit > k) {
      const auto cm = st.tables.cues.match_at(std::span<const int>(st.low_ids).first(limit), k);
      if (!cm.length) break;
      const Cue& cue = t.cues[static_cast<std::size_t>(cm.id)];
      const FamilyInfo& family = t.families[static_cast<std::size_t>(cue.family)];
      const std::size_t end = k + cm.length;
      if (!read) {  // only a sentence with a cue pays for reading its ends
        read_cue_sentence(st, ss);
        read = true;
      }
      const std::size_t first_found = ss.cue.found.size();
      if (!family.off && apply_cue(st, ss, cue, k, end)) {
        if (family.links) write_links(st, ss, cue, k, end, first_found);
        std::fill(ss.cue.used.begin() + static_cast<std::ptrdiff_t>(k),
                  ss.cue.used.begin() + static_cast<std::ptrdiff_t>(end), 1);
        break;
      }
      limit = end - 1;  // try a shorter cue at k
    }
  }
}

}  // namespace chronograph::events::detail
