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

std::string role_before(const DocState& st, std::size_t name_tb) {
  // "Turkish President Erdoğan", "Ukrainian political analyst Valeriy Dymov", "According to
  // Ukrainian international affairs expert and Doctor of Political Science, Petro Oleschuk".
  std::size_t e = name_tb;
  if (e > 0 && st.word(e - 1) == ",") --e;
  std::size_t b = e;
  bool has_role = false;
  while (b > 0 && e - b < 10 && st.toks[b - 1].word) {
    const auto w = st.word(b - 1);
    if (w == "the" || w == "a" || w == "an" || w == "by" || w == "with" || w == "to" ||
        w == "that" || w == "according" || w == "said" || w == "from")
      break;
    if (st.is(b - 1, kRoleNounWord)) has_role = true;
    --b;
  }
  if (!has_role || b == e) return {};
  return st.text(st.toks[b].start, st.toks[e - 1].end);
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
  return true;
}

}  // namespace

// Names in this sentence: lexicon actors and person-like capitalized runs ("Stanislav
// Pritchin"); a lone surname stands for a full name seen earlier ("Pritchin").
void find_names(DocState& st, SentenceState& ss) {
  const ExtractorTables& L = st.tables;
  const std::size_t n = st.toks.size();
  auto& names = ss.names;
  names.clear();
  for (const auto& a : ss.actor_hits)
    names.push_back(
        {a.tb, a.te, L.lex.actors[static_cast<std::size_t>(a.id)].name, L.person(a.id), true});
  for (std::size_t k = 0; k < n; ++k) {
    if (!st.toks[k].word || !st.toks[k].upper) continue;
    bool covered = false;
    for (const auto& a : ss.actor_hits) covered = covered || (k >= a.tb && k < a.te);
    for (const auto& p : ss.place_hits) covered = covered || (k >= p.tb && k < p.te);
    if (covered) continue;
    std::size_t e = k;
    while (e < n && st.toks[e].word && st.toks[e].upper && !st.toks[e].digit) ++e;
    if (e - k >= 2 && e - k <= 4 && person_like(st, k, e)) {
      names.push_back({k, e, st.text(st.toks[k].start, st.toks[e - 1].end), true, false});
      st.full_name_of.insert_or_assign(std::string(st.raw(e - 1)), names.back().name);
      k = e - 1;
    } else if (e - k == 1) {
      if (const auto it = st.full_name_of.find(st.raw(k)); it != st.full_name_of.end())
        names.push_back({k, k + 1, it->second, true, false});
    } else {
      k = e - 1;
    }
  }
  std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) { return a.tb < b.tb; });
}

// People introduced with a role are speakers-to-be ("Stanislav Pritchin, a Russian political
// analyst, ...", "Ukrainian political analyst Valeriy Dymov").
void note_speakers_with_roles(DocState& st, const SentenceState& ss) {
  for (const auto& nm : ss.names) {
    if (!nm.person) continue;
    std::string role = apposition_after(st, nm.te);
    if (role.empty()) role = role_before(st, nm.tb);
    if (!role.empty()) st.speakers.push_back({nm.name, role, st.toks[nm.tb].start});
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

}  // namespace chronograph::events::detail
