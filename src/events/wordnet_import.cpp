// Builds the WordNet word table from WordNet's dictionary files (index.*, data.*, *.exc).
#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/events/wordnet.hpp"
#include "wordnet_table.hpp"

namespace chronograph::events {

namespace {

constexpr std::array<std::pair<std::string_view, WnPos>, 4> kFiles = {
    {{"noun", WnPos::noun}, {"verb", WnPos::verb}, {"adj", WnPos::adj}, {"adv", WnPos::adv}}};

// Lexicographer files whose nouns name happenings: a verb's event event_concept is a noun of these.
bool event_like_noun(int lexfile) {
  return lexfile == 4 || lexfile == 11 || lexfile == 19 || lexfile == 22 || lexfile == 10 ||
         lexfile == 26 || lexfile == 21;
}

struct Pointer {
  std::size_t source = 0;  // word number in this synset, 0 for the whole synset
  char target_pos = 'n';
  std::uint32_t target = 0;
  std::size_t target_word = 0;
};

struct Synset {
  int lexfile = 0;
  std::vector<std::string> words;        // as written ("Indonesia", "earthquake", "flare_up")
  std::vector<Pointer> derivations;      // '+' pointers
  std::vector<std::uint32_t> hypernyms;  // '@' and '@i' pointers within the same part of speech
  std::uint64_t frames = 0;              // verbs: bit n = sentence frame n ("----s that CLAUSE")
  std::uint16_t ancestors = 0;           // nouns: the kAnchors above it (see noun_ancestors)
  bool ancestors_done = false;
};

// The noun synsets of WordNet 3.0 that the ancestor classes stand for, in the order of
// ancestor_name(): event.n.01, act.n.02, happening.n.01, activity.n.01, process.n.06,
// state.n.02, person.n.01, location.n.01, organization.n.01, artifact.n.01,
// communication.n.02, change.n.01, group.n.01, attribute.n.02, measure.n.02,
// time_period.n.01.
constexpr std::array<std::uint32_t, kAncestorCount> kAnchors = {
    29378,   30358, 7283608, 407535,  29677, 24720, 7846,  27167,
    8008335, 21939, 33020,   7296428, 31264, 24264, 33615, 15113229};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw base::InputError(path, 1, 1,
                           "cannot read this WordNet file (Debian package wordnet-base installs "
                           "them in /usr/share/wordnet)");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > b) out.push_back(line.substr(b, i - b));
  }
  return out;
}

unsigned long number(std::string_view f, int base, const std::string& file, std::size_t line) {
  std::size_t used = 0;
  unsigned long v = 0;
  try {
    v = std::stoul(std::string(f), &used, base);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != f.size() || f.empty())
    throw base::InputError(file, line, 1, "expected a number, got '" + std::string(f) + "'");
  return v;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// "ruined(a)" -> "ruined": adjective position markers are not part of the word.
std::string_view strip_marker(std::string_view w) {
  const auto p = w.find('(');
  return p == std::string_view::npos ? w : w.substr(0, p);
}

using SynsetMap = std::unordered_map<std::uint32_t, Synset>;

// Each line of data.POS: offset lexfile type w_cnt(hex) [word lex_id]... p_cnt [ptr]... | gloss
void read_data(const std::string& dir, std::string_view name, SynsetMap& out) {
  const std::string path = dir + "/data." + std::string(name);
  const std::string text = read_file(path);
  std::size_t line_no = 0;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    const std::string_view line(text.data() + b, e - b);
    b = e + 1;
    ++line_no;
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    const auto bar = line.find(" | ");
    const auto f = fields(line.substr(0, bar));
    if (f.size() < 4) throw base::InputError(path, line_no, 1, "short synset line");
    Synset s;
    const auto offset = static_cast<std::uint32_t>(number(f[0], 10, path, line_no));
    s.lexfile = static_cast<int>(number(f[1], 10, path, line_no));
    const std::size_t words = number(f[3], 16, path, line_no);
    std::size_t k = 4;
    for (std::size_t i = 0; i < words && k + 1 < f.size(); ++i, k += 2)
      s.words.emplace_back(strip_marker(f[k]));
    if (k >= f.size()) throw base::InputError(path, line_no, 1, "synset line ends early");
    const std::size_t pointers = number(f[k++], 10, path, line_no);
    for (std::size_t i = 0; i < pointers && k + 3 < f.size(); ++i, k += 4) {
      if ((f[k] == "@" || f[k] == "@i") && f[k + 2] == f[2].substr(0, 1))
        s.hypernyms.push_back(static_cast<std::uint32_t>(number(f[k + 1], 10, path, line_no)));
      if (f[k] != "+") continue;
      const unsigned long st = number(f[k + 3], 16, path, line_no);
      s.derivations.push_back({st >> 8, f[k + 2][0],
                               static_cast<std::uint32_t>(number(f[k + 1], 10, path, line_no)),
                               st & 0xFF});
    }
    // Verbs: f_cnt, then "+ f_num w_num" per frame (w_num 00: every word of the synset).
    if (f[2] == "v" && k < f.size()) {
      const std::size_t frames = number(f[k++], 10, path, line_no);
      for (std::size_t i = 0; i < frames && k + 2 < f.size() + 1 && k + 1 < f.size(); ++i, k += 3) {
        const unsigned long n = number(f[k + 1], 10, path, line_no);
        if (n < 64) s.frames |= std::uint64_t{1} << n;
      }
    }
    out.emplace(offset, std::move(s));
  }
}

// The ancestor classes of a noun synset: its anchors among itself and all its hypernyms,
// memoized (WordNet's noun hierarchy is a DAG with a few thousand levels of sharing).
std::uint16_t noun_ancestors(SynsetMap& nouns, std::uint32_t offset, int depth = 0) {
  const auto it = nouns.find(offset);
  if (it == nouns.end() || depth > 64) return 0;
  Synset& s = it->second;
  if (s.ancestors_done) return s.ancestors;
  std::uint16_t mask = 0;
  for (std::size_t a = 0; a < kAnchors.size(); ++a)
    if (kAnchors[a] == offset) mask = static_cast<std::uint16_t>(mask | (1u << a));
  for (const auto h : std::vector<std::uint32_t>(s.hypernyms))
    mask = static_cast<std::uint16_t>(mask | noun_ancestors(nouns, h, depth + 1));
  Synset& again = nouns.at(offset);
  again.ancestors = mask;
  again.ancestors_done = true;
  return mask;
}

// A noun sense that derives from a verb ("sale" from "sell"): its derivation pointers, from
// the lemma's own word, reach a verb.
bool deverbal_sense(const Synset& s, const std::string& lemma) {
  for (const Pointer& p : s.derivations)
    if (p.target_pos == 'v' && p.source > 0 && p.source <= s.words.size() &&
        lower(s.words[p.source - 1]) == lemma)
      return true;
  return false;
}

struct Built {
  WnPos pos;
  std::string lemma;
  std::uint8_t first = 0, senses = 0, proper_first = kNoLexname;
  std::uint64_t lexnames = 0;
  std::string event_concept;
  std::uint16_t first_ancestors = 0, any_ancestors = 0;
  std::uint8_t flags = 0;
  std::uint64_t frames = 0;  // verbs: sentence frames of the two most frequent senses
};

// How often each noun's senses are tagged in WordNet's sense-tagged corpus (index.noun's
// tagsense_cnt): which of two synonyms is the common word.
using TagCounts = std::unordered_map<std::string, int>;

// The word that stands for a noun's most frequent sense: its most tagged single-word synonym,
// the earlier one on a tie ("quake": "earthquake"; "evacuation" stays, over "emptying").
std::string noun_concept(const Synset& s, const std::string& lemma, const TagCounts& tagged) {
  std::string best = lemma;
  int best_count = -1;
  for (const auto& w : s.words) {
    if (w.find('_') != std::string::npos) continue;
    const std::string l = lower(w);
    const auto it = tagged.find(l);
    const int count = it == tagged.end() ? 0 : it->second;
    if (count > best_count) best = l, best_count = count;
  }
  return best;
}

// A verb's event event_concept: the event-like noun its most frequent senses derive ("erupt" ->
// "eruption"), named by that noun's own head word; the verb itself when there is none.
std::string verb_concept(const std::string& lemma, const std::vector<std::uint32_t>& offsets,
                         const SynsetMap& verbs, const SynsetMap& nouns) {
  // Candidates: (rank of the noun's class, times named, the noun). Acts and events rank before
  // processes and phenomena, those before the rest ("approve": "approval", an act, over
  // "approbation", a communication); the verb's own spelling wins outright ("flood": "flood").
  std::map<std::string, std::pair<int, int>> found;
  for (std::size_t i = 0; i < offsets.size() && i < 2; ++i) {
    const auto it = verbs.find(offsets[i]);
    if (it == verbs.end()) continue;
    const Synset& s = it->second;
    for (const Pointer& p : s.derivations) {
      if (p.target_pos != 'n' || p.source == 0 || p.source > s.words.size()) continue;
      if (lower(s.words[p.source - 1]) != lemma) continue;
      const auto t = nouns.find(p.target);
      if (t == nouns.end() || !event_like_noun(t->second.lexfile)) continue;
      if (p.target_word == 0 || p.target_word > t->second.words.size()) continue;
      const std::string noun = lower(t->second.words[p.target_word - 1]);
      if (noun.find('_') != std::string::npos) continue;
      if (noun == lemma) return noun;
      const int lexfile = t->second.lexfile;
      const int rank = lexfile == 4 || lexfile == 11 ? 0 : lexfile == 19 || lexfile == 22 ? 1 : 2;
      auto& [best_rank, count] = found.try_emplace(noun, rank, 0).first->second;
      best_rank = std::min(best_rank, rank);
      ++count;
    }
  }
  const std::string* best = nullptr;
  std::tuple<int, int, std::size_t> key{};
  for (const auto& [noun, rc] : found) {
    const std::tuple<int, int, std::size_t> k{rc.first, -rc.second, noun.size()};
    if (!best || k < key) best = &noun, key = k;
  }
  return best ? *best : lemma;
}

// Each line of index.POS: lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt offsets...
void read_index(const std::string& dir, std::string_view name, WnPos pos,
                std::map<WnPos, SynsetMap>& synsets, const TagCounts& tagged,
                std::vector<Built>& out) {
  const std::string path = dir + "/index." + std::string(name);
  const std::string text = read_file(path);
  SynsetMap& own = synsets.at(pos);
  std::size_t line_no = 0;
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string::npos) e = text.size();
    const std::string_view line(text.data() + b, e - b);
    b = e + 1;
    ++line_no;
    if (line.empty() || line[0] == ' ') continue;
    const auto f = fields(line);
    if (f.size() < 6) throw base::InputError(path, line_no, 1, "short index line");
    const std::string lemma(f[0]);
    if (lemma.find('_') != std::string::npos || lemma.size() > 255) continue;  // one word only
    const std::size_t count = number(f[2], 10, path, line_no);
    const std::size_t pointers = number(f[3], 10, path, line_no);
    const std::size_t first_offset = 4 + pointers + 2;
    if (first_offset + count > f.size())
      throw base::InputError(path, line_no, 1, "index line ends early");
    std::vector<std::uint32_t> offsets;
    for (std::size_t i = 0; i < count; ++i)
      offsets.push_back(static_cast<std::uint32_t>(number(f[first_offset + i], 10, path, line_no)));
    Built built;
    built.pos = pos;
    built.lemma = lemma;
    built.senses = static_cast<std::uint8_t>(std::min<std::size_t>(count, 255));
    for (std::size_t i = 0; i < offsets.size(); ++i) {
      const auto it = own.find(offsets[i]);
      if (it == own.end())
        throw base::InputError(path, line_no, 1, "sense of '" + lemma + "' missing from data");
      const Synset& s = it->second;
      built.lexnames |= std::uint64_t{1} << s.lexfile;
      if (i == 0) built.first = static_cast<std::uint8_t>(s.lexfile);
      if (pos == WnPos::noun) {
        const std::uint16_t anc = noun_ancestors(own, offsets[i]);
        if (i == 0) built.first_ancestors = anc;
        built.any_ancestors = static_cast<std::uint16_t>(built.any_ancestors | anc);
        if (i < 2 && deverbal_sense(own.at(offsets[i]), lemma)) built.flags |= 1;
      }
      if (pos == WnPos::verb && i < 2) built.frames |= s.frames;
      if (built.proper_first == kNoLexname)
        for (const auto& w : s.words)
          if (lower(w) == lemma && std::isupper(static_cast<unsigned char>(w[0])))
            built.proper_first = static_cast<std::uint8_t>(s.lexfile);
    }
    if (pos == WnPos::noun)
      built.event_concept = noun_concept(own.at(offsets.front()), lemma, tagged);
    else if (pos == WnPos::verb)
      built.event_concept = verb_concept(lemma, offsets, own, synsets.at(WnPos::noun));
    else
      built.event_concept = lemma;
    out.push_back(std::move(built));
  }
}

}  // namespace

WordNet WordNet::from_dictionary(const std::string& dir) {
  std::map<WnPos, SynsetMap> synsets;
  for (const auto& [name, pos] : kFiles) read_data(dir, name, synsets[pos]);
  TagCounts tagged;
  {
    const std::string path = dir + "/index.noun";
    const std::string text = read_file(path);
    std::size_t line_no = 0;
    for (std::size_t b = 0; b < text.size();) {
      std::size_t e = text.find('\n', b);
      if (e == std::string::npos) e = text.size();
      const std::string_view line(text.data() + b, e - b);
      b = e + 1;
      ++line_no;
      if (line.empty() || line[0] == ' ') continue;
      const auto f = fields(line);
      if (f.size() < 6) continue;
      const std::size_t pointers = number(f[3], 10, path, line_no);
      if (5 + pointers < f.size())
        tagged[std::string(f[0])] = static_cast<int>(number(f[5 + pointers], 10, path, line_no));
    }
  }
  std::vector<Built> built;
  for (const auto& [name, pos] : kFiles) read_index(dir, name, pos, synsets, tagged, built);
  synsets.clear();

  std::vector<std::tuple<std::string, WnPos, std::string>> exceptions;
  for (const auto& [name, pos] : kFiles) {
    const std::string path = dir + "/" + std::string(name) + ".exc";
    const std::string text = read_file(path);
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      const auto f = fields(line);
      if (f.size() < 2 || f[0].find('_') != std::string_view::npos || f[0].size() > 255 ||
          f[1].size() > 255)
        continue;
      exceptions.emplace_back(std::string(f[0]), pos, std::string(f[1]));
    }
  }

  // One pool of distinct strings in byte order, so the same dictionary gives the same bytes.
  std::set<std::string> strings;
  for (const auto& b : built) strings.insert(b.lemma), strings.insert(b.event_concept);
  for (const auto& [form, pos, lemma] : exceptions) strings.insert(form), strings.insert(lemma);
  WordNet wn;
  Data& d = *wn.data_;
  std::unordered_map<std::string, std::uint32_t> at;
  for (const auto& s : strings) {
    at.emplace(s, static_cast<std::uint32_t>(d.pool.size()));
    d.pool.push_back(static_cast<char>(s.size()));
    d.pool += s;
  }
  std::sort(built.begin(), built.end(), [](const Built& a, const Built& b) {
    return std::tie(a.lemma, a.pos) < std::tie(b.lemma, b.pos);
  });
  base::BinaryWriter entries;
  for (const auto& b : built) {
    entries.u32(at.at(b.lemma));
    entries.u8(static_cast<std::uint8_t>(b.pos));
    entries.u8(b.first);
    entries.u8(b.senses);
    entries.u8(b.proper_first);
    entries.u64(b.lexnames);
    entries.u32(at.at(b.event_concept));
    entries.u16(b.first_ancestors);
    entries.u16(b.any_ancestors);
    entries.u8(b.flags);
    entries.bytes(std::string_view("\0\0\0", 3));
    entries.u64(b.frames);
  }
  d.entries = std::move(entries.data());
  d.entry_count = built.size();
  std::stable_sort(exceptions.begin(), exceptions.end(), [](const auto& a, const auto& b) {
    return std::tie(std::get<0>(a), std::get<1>(a)) < std::tie(std::get<0>(b), std::get<1>(b));
  });
  exceptions.erase(std::unique(exceptions.begin(), exceptions.end(),
                               [](const auto& a, const auto& b) {
                                 return std::get<0>(a) == std::get<0>(b) &&
                                        std::get<1>(a) == std::get<1>(b);
                               }),
                   exceptions.end());
  base::BinaryWriter exc;
  for (const auto& [form, pos, lemma] : exceptions) {
    exc.u32(at.at(form));
    exc.u8(static_cast<std::uint8_t>(pos));
    exc.u32(at.at(lemma));
  }
  d.exceptions = std::move(exc.data());
  d.exception_count = exceptions.size();
  d.pool_view = d.pool;
  d.entries_view = d.entries;
  d.exceptions_view = d.exceptions;
  return wn;
}

}  // namespace chronograph::events
