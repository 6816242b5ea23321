// Names and speakers: who a sentence names, who has a role, and who a pronoun stands for.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extraction_state.hpp"

namespace chronograph::events::detail {

namespace {

// Role words that describe commentators: "the political analyst" may be an expert quoted earlier.
constexpr std::array<std::string_view, 9> kCommentators = {
    "analyst",       "expert",     "author",   "publicist", "professor",
    "correspondent", "journalist", "observer", "scholar"};

bool role_fits(const std::string& role, std::string_view noun) {
  const std::string r = lower_ascii(role);
  if (r.find(std::string(noun)) != std::string::npos) return true;
  if (!in(kCommentators, noun)) return false;
  for (auto c : kCommentators)
    if (r.find(std::string(c)) != std::string::npos) return true;
  return false;
}

// The detector's analysis of token k of the sentence (null past its end).
const WordInfo* info(const DocState& st, std::size_t k) {
  const auto words = st.detector.sentence_words();
  return k < words.size() ? words[k] : nullptr;
}

// A lower-case word that is a verb here ("fooled", "lifted": the detector took it for one) or
// can only be one: no noun phrase runs across it.
bool verb_only(const DocState& st, const SentenceState& ss, std::size_t k) {
  const WordInfo* w = info(st, k);
  if (!w || st.toks[k].upper) return false;
  // "rescue chief Rodrigo Salas", "strike committee": a word before a role or speaker noun
  // modifies it, whatever the detector made of it.
  if ((w->pos_bits & 1) && k + 1 < st.toks.size() &&
      (st.is(k + 1, kRoleNounWord) || st.is(k + 1, kSpeakerNounWord)))
    return false;
  if (detected_verb_at(ss, k)) return true;
  const auto& c = st.detector.word_lists().classes;
  if (w->word_class && (w->word_class == c.be || w->word_class == c.have ||
                        w->word_class == c.modal || w->word_class == c.negaux))
    return true;
  return w->verb_form != 0 && (w->pos_bits & 5) == 0;  // no noun (1) or adjective (4) sense
}

// The apostrophe of a plural possessive: "The Swedish Travellers' Association".
bool plural_possessive(const DocState& st, std::size_t k) {
  const auto w = st.raw(k);
  return (w == "'" || w == "’") && k > 0 && k + 1 < st.toks.size() && st.toks[k - 1].word &&
         st.toks[k].start == st.toks[k - 1].end && st.raw(k - 1).ends_with("s") &&
         st.toks[k + 1].word;
}

// "and" between capitalized words: "Disaster Risk Reduction and Management Office".
bool inside_name(const DocState& st, std::size_t k) {
  return st.word(k) == "and" && k > 0 && k + 1 < st.toks.size() && st.toks[k - 1].upper &&
         st.toks[k + 1].upper;
}

bool word_class_is(const DocState& st, std::size_t k, std::uint8_t cls) {
  const WordInfo* w = info(st, k);
  return cls != 0 && w && w->word_class == cls;
}

std::string role_before(const DocState& st, const SentenceState& ss, std::size_t name_tb) {
  // "Turkish President Erdoğan", "Ukrainian political analyst Valeriy Dymov", "According to
  // Ukrainian international affairs expert and Doctor of Political Science, Petro Oleschuk".
  std::size_t e = name_tb;
  if (e > 0 && st.word(e - 1) == ",") --e;
  std::size_t b = e;
  bool has_role = false;
  while (b > 0 && e - b < 10 && st.toks[b - 1].word) {
    const auto w = st.word(b - 1);
    if (w == "the" || w == "a" || w == "an" || w == "by" || w == "with" || w == "to" ||
        w == "that" || w == "according" || w == "said" || w == "from" || verb_only(st, ss, b - 1) ||
        (st.is(b - 1, kSubjectStopWord) && w != "and"))
      break;
    if (st.is(b - 1, kRoleNounWord)) has_role = true;
    --b;
  }
  if (!has_role || b == e) return {};
  return st.text(st.toks[b].start, st.toks[e - 1].end);
}

std::string apposition_after(const DocState& st, std::size_t name_te) {
  // "Stanislav Pritchin, a Russian political analyst, ...": closed by a comma or the
  // sentence's end, so that "X, the main obstacle is ..." gives no role.
  const std::size_t n = st.toks.size();
  if (name_te + 2 >= n || st.word(name_te) != ",") return {};
  const auto det = st.word(name_te + 1);
  if (det != "a" && det != "an" && det != "the") return {};
  std::size_t e = name_te + 2;
  while (e < n && (st.toks[e].word || st.raw(e) == "(" || st.raw(e) == ")") && e - name_te < 16)
    ++e;
  if (e == name_te + 2 || e - name_te >= 16) return {};
  if (e < n && st.word(e) != "," && !(e + 1 == n && st.word(e) == ".")) return {};
  return st.text(st.toks[name_te + 1].start, st.toks[e - 1].end);
}

// A capitalized run that reads as a person's name: no acronyms, titles or institution words.
bool person_like(const DocState& st, std::size_t tb, std::size_t te) {
  if (st.is(tb, kNotNameWord)) return false;
  for (std::size_t k = tb; k < te; ++k) {
    const auto raw = st.raw(k);
    if (st.is(k, kNotPersonWord) || st.is(k, kRoleNounWord)) return false;
    std::size_t upper = 0;
    for (char c : raw) upper += (c >= 'A' && c <= 'Z');
    if (upper > 1 && raw.size() > 1) return false;  // IMEMO, RAS, U.S.
  }
  // "Metro Manila", "Hong Kong": a run ending in a place WordNet knows is the place's name, so
  // a later lone "Manila" is no surname standing for it.
  const WordInfo* last = info(st, te - 1);
  return !(last && last->proper_lexname == WordInfo::kLocation);
}

// Titles before a name are a role, not part of it: "Interior Secretary Ana Cruz" is Ana Cruz.
std::size_t after_titles(const DocState& st, std::size_t tb, std::size_t te) {
  std::size_t last_title = te;
  for (std::size_t k = tb; k < te; ++k)
    if (st.is(k, kRoleNounWord)) last_title = k;
  return last_title == te ? tb : last_title + 1;
}

}  // namespace

// Names in this sentence: lexicon actors and person-like capitalized runs ("Stanislav
// Pritchin"); a lone surname stands for a full name seen earlier ("Pritchin").
void find_names(DocState& st, SentenceState& ss) {
  const std::size_t n = st.toks.size();
  auto& names = ss.names;
  names.clear();
  for (const auto& a : ss.actor_hits)
    names.push_back({a.tb, a.te, st.tables.lex.actors[static_cast<std::size_t>(a.id)].name,
                     st.tables.person(a.id), true});
  for (std::size_t k = 0; k < n; ++k) {
    if (!st.toks[k].word || !st.toks[k].upper) continue;
    bool covered = false;
    for (const auto& a : ss.actor_hits) covered = covered || (k >= a.tb && k < a.te);
    for (const auto& p : ss.place_hits) covered = covered || (k >= p.tb && k < p.te);
    if (covered) continue;
    std::size_t e = k;
    for (bool particles = true; particles;) {
      while (e < n && ((st.toks[e].word && st.toks[e].upper && !st.toks[e].digit) ||
                       (e > k && plural_possessive(st, e) && st.toks[e + 1].upper)))
        ++e;
      // "Femke de Wit", "Ursula von der Leyen": particles in lower case inside the name.
      std::size_t p = e;
      while (p < n && p - e < 2 && st.toks[p].word && !st.toks[p].upper &&
             st.is(p, kNameParticleWord))
        ++p;
      particles =
          p > e && e > k && p < n && st.toks[p].word && st.toks[p].upper && !st.toks[p].digit;
      if (particles) e = p;
    }
    std::size_t b = k;  // "Yet Putin", "But Senator Abaya": a closed-class word opens no name
    while (b < e && info(st, b) && info(st, b)->word_class != 0) ++b;
    b = after_titles(st, b, e);
    // "Former Brightwater council chief jailed": the capital a sentence opens with is no
    // name's when the word is a common one.
    if (b == 0 && e > 1 && info(st, 0) && info(st, 0)->pos_bits != 0 &&
        info(st, 0)->proper_lexname == 0xFF)
      ++b;
    if (e - b >= 2 && e - b <= 5 && person_like(st, b, e)) {
      names.push_back({b, e, st.text(st.toks[b].start, st.toks[e - 1].end), true, false});
      st.full_name_of.insert_or_assign(std::string(st.raw(e - 1)), names.back().name);
    } else if (e - b == 1) {
      if (const auto it = st.full_name_of.find(st.raw(b)); it != st.full_name_of.end())
        names.push_back({b, b + 1, it->second, true, false});
    }
    k = e - 1;
  }
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.tb < b.tb; });
}

// People introduced with a role are speakers-to-be ("Stanislav Pritchin, a Russian political
// analyst, ...", "Ukrainian political analyst Valeriy Dymov").
void note_speakers_with_roles(DocState& st, const SentenceState& ss) {
  for (const auto& nm : ss.names) {
    if (!nm.person) continue;
    std::string role = apposition_after(st, nm.te);
    if (role.empty()) role = role_before(st, ss, nm.tb);
    if (!role.empty()) st.speakers.push_back({nm.name, role, st.toks[nm.tb].start});
  }
}

// People the narrative names, outside anyone's quote or claim, are who a "he said" to come may
// stand for: "regarding President Trump, ... He recently said" is Trump, not the last speaker.
void note_named_people(DocState& st, const SentenceState& ss, const Claim& claim) {
  for (const auto& nm : ss.names) {
    const std::size_t at = st.toks[nm.tb].start;
    if (!nm.person || st.inside_quotes(at)) continue;
    if (!claim.speaker.empty() && !claim.reaction && at >= claim.start && at < claim.end) continue;
    if (!st.speakers.empty() && st.speakers.back().name == nm.name) continue;
    st.speakers.push_back({nm.name, {}, at});
  }
}

// "he said" / "the political analyst noted": the last speaker before it whose role fits.
std::string speaker_for(const DocState& st, std::string_view w, std::size_t at) {
  for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it) {
    if (it->pos >= at) continue;
    if (w == "he" || w == "she" || role_fits(it->role, w)) return it->name;
  }
  return {};
}

// The role a speaker was last given, empty when none.
std::string role_of(const DocState& st, const std::string& name) {
  for (auto it = st.speakers.rbegin(); it != st.speakers.rend(); ++it)
    if (it->name == name && !it->role.empty()) return it->role;
  return {};
}

// The noun phrase that ends right before token `v`, the subject of a verb there: across
// adverbs and auxiliaries ("had claimed"), an aside ("Trump, according to media reports,
// said") and an apposition ("Dwi Prasetyo, a spokesman for the agency, said").
TokenRange subject_before(const DocState& st, const SentenceState& ss, std::size_t v) {
  const auto& cls = st.detector.word_lists().classes;
  std::size_t e = v;
  // "X now says", "X has said"; but "Transparency Now said": a capitalized adverb after a
  // capitalized word is the name's.
  while (e > 0 &&
         (word_class_is(st, e - 1, cls.adv) || word_class_is(st, e - 1, cls.have) ||
          word_class_is(st, e - 1, cls.modal)) &&
         !(st.toks[e - 1].upper && e >= 2 && st.toks[e - 2].upper && st.toks[e - 2].word))
    --e;
  if (e > 1 && st.word(e - 1) == ",") {
    // An aside closed by this comma: ", according to ...," or an apposition after a name.
    std::size_t c = e - 1;
    while (c > 0 && st.word(c - 1) != "," && e - c < 24) --c;
    if (c > 0 && st.word(c - 1) == "," && st.word(c) == "according") {
      e = c - 1;
    } else {
      for (const auto& nm : ss.names) {
        if (nm.te + 2 < e && e - nm.te <= 24 && st.word(nm.te) == "," && c == nm.te + 1)
          return {nm.tb, nm.te};
        // A name set off after its role: "His lawyer, Carla Mendes, said".
        if (nm.person && nm.tb == c && nm.te + 1 == e) return {nm.tb, nm.te};
      }
      return {};
    }
  }
  std::size_t b = e;
  while (b > 0 && e - b < 12) {
    const std::size_t k = b - 1;
    const auto w = st.word(k);
    const bool possessive = w == "'s" || w == "’s" || plural_possessive(st, k);
    if (!st.toks[k].word && !possessive) break;
    if ((st.is(k, kSubjectStopWord) && !inside_name(st, k)) || verb_only(st, ss, k)) break;
    if (word_class_is(st, k, cls.prep) && w != "of" && w != "in" && w != "for" && w != "at") break;
    bool in_timex = false;
    for (std::size_t x : ss.timexes)
      in_timex = in_timex ||
                 (st.toks[k].start >= st.timexes[x].start && st.toks[k].end <= st.timexes[x].end);
    if (in_timex) break;
    --b;
  }
  // "of the province" cannot open it: what the scan stopped before was its head.
  while (b < e && (word_class_is(st, b, cls.prep) || st.raw(b) == "'s")) ++b;
  return {b, e};
}

// The noun phrase that starts at token `b`, up to a comma, a clause word or the sentence's end:
// "according to the state weather bureau PAGASA", "..., said Yuliani, 41, who ...".
TokenRange phrase_after(const DocState& st, const SentenceState& ss, std::size_t b) {
  const std::size_t n = st.toks.size();
  std::size_t e = b;
  while (e < n && e - b < 16) {
    const auto w = st.raw(e);
    // "Dr. Amina Yusuf": the full stop of an abbreviated title before a name.
    const bool title_stop = w == "." && e > b && st.is(e - 1, kHonorificWord) && e + 1 < n &&
                            st.toks[e + 1].word && st.toks[e + 1].upper;
    if (!st.toks[e].word && !title_stop && w != "'s" && w != "’s" && w != "(" && w != ")" &&
        w != ",")
      break;
    if (w == ",") {
      // "Meteorology, Climatology and Geophysics Agency": a comma inside a capitalized name.
      bool listed = false;
      for (std::size_t k = e + 1; k < n && k <= e + 3 && st.toks[k].upper; ++k)
        listed = listed || (k + 1 < n && st.word(k + 1) == "and" && inside_name(st, k + 1));
      if (!listed || e == b || !st.toks[e - 1].upper) break;
    } else if ((st.is(e, kSubjectStopWord) && !inside_name(st, e)) || verb_only(st, ss, e)) {
      break;
    }
    ++e;
  }
  while (e > b && !st.toks[e - 1].word && st.raw(e - 1) != ")") --e;
  return {b, e};
}

// Who a noun phrase names as the one speaking, empty when it names no one who can: a person,
// a lexicon actor, an organization, a pronoun or role noun for someone quoted before, or a
// group ("officials", "the regional police"). Never the audience or the medium ("reporters",
// "media reports").
std::string speaker_in(const DocState& st, const SentenceState& ss, TokenRange np) {
  // Plain variables, not a structured binding: clang 14 cannot capture bindings in lambdas.
  std::size_t b = np.tb, e = np.te;
  const auto& cls = st.detector.word_lists().classes;
  while (
      e > b && !st.toks[e - 1].upper && !st.is(e - 1, kSpeakerNounWord) &&
      (word_class_is(st, e - 1, cls.adv) || (info(st, e - 1) && (info(st, e - 1)->pos_bits & 8))))
    --e;  // "Families there"
  // "European Union competition regulators on Thursday": the time is the verb's.
  for (std::size_t k = b + 1; k < e; ++k)
    if (std::any_of(ss.timexes.begin(), ss.timexes.end(),
                    [&](std::size_t x) { return st.timexes[x].start == st.toks[k].start; })) {
      e = k;
      while (e > b + 1 && word_class_is(st, e - 1, cls.prep)) --e;
      break;
    }
  if (b >= e || e - b > 14) return {};
  std::size_t head = e - 1;  // before any "of"/"in" phrase
  for (std::size_t k = b + 1; k < e; ++k)
    if (word_class_is(st, k, cls.prep)) {
      head = k - 1;
      break;
    }
  if (st.is(head, kAudienceWord) || st.is(head, kMediumWord)) return {};
  const Name* person = nullptr;
  const Name* actor = nullptr;
  for (const auto& nm : ss.names)
    if (nm.tb >= b && nm.te <= e) {
      if (nm.person) person = &nm;
      if (nm.actor && !nm.person && !actor) actor = &nm;
    }
  // "Brennan's lawyers said": the possessor is not who spoke.
  const bool possessor =
      person && person->te < e && (st.raw(person->te) == "'s" || st.raw(person->te) == "’s");
  if (person && !possessor) return person->name;
  const auto w = st.word(head);
  if (e - b == 1 && (w == "he" || w == "she")) return speaker_for(st, w, st.toks[b].start);
  if (word_class_is(st, head, cls.pron) || w == "i") return {};  // "I said", "we believe"
  const bool definite = st.word(b) == "the";
  if (st.is(head, kRoleNounWord) && definite && head + 1 == e) {
    std::string who = speaker_for(st, w, st.toks[b].start);
    if (!who.empty()) return who;
  }
  if (actor && actor->tb <= b + (definite ? 1 : 0) && actor->te == e) return actor->name;
  // "the state weather bureau PAGASA": a name after its description.
  std::size_t caps = e;
  // "the campaign group Homes for Brightwater": "of", "for" or "and" between capitals too.
  const auto joiner = [&](std::size_t k) {
    const auto j = st.word(k);
    return (j == "of" || j == "for" || j == "and") && k > b && st.toks[k - 1].upper &&
           st.toks[k + 1].upper;
  };
  while (caps > b && st.toks[caps - 1].word && (st.toks[caps - 1].upper || joiner(caps - 1)))
    --caps;
  const bool name_last = caps < e && caps > b && (!st.toks[b].upper || st.word(b) == "the") &&
                         (st.is(caps - 1, kSpeakerNounWord) || st.is(caps - 1, kRoleNounWord));
  // "Meadowbrook", "the Civil Aviation Authority of the Philippines": a name of its own, but
  // not a common word that opens the sentence ("Many said").
  const bool all_caps_words = [&] {
    const std::size_t first = definite ? b + 1 : b;
    if (first >= e || (st.is(first, kNotNameWord) && !definite)) return false;
    for (std::size_t k = first; k < e; ++k)
      if (!st.toks[k].upper && st.word(k) != "of" && st.word(k) != "and" && st.word(k) != "the" &&
          st.raw(k) != "'s" && st.raw(k) != "’s" && !plural_possessive(st, k) && st.toks[k].word)
        return false;
    const WordInfo* fw = info(st, first);
    return first > 0 || (fw && (fw->pos_bits == 0 || fw->proper_lexname != 0xFF));
  }();
  std::string text = st.text(st.toks[name_last ? caps : b].start, st.toks[e - 1].end);
  if (!name_last && st.raw(b) == "The") text[0] = 't';  // one spelling mid-sentence or not
  if (name_last || all_caps_words) return text;
  if (st.is(head, kSpeakerNounWord) || st.is(head, kRoleNounWord)) return text;
  return {};
}

}  // namespace chronograph::events::detail
