// The event detector's features: word analysis (WordNet, closed classes, shape) and templates.
#include "chronograph/events/event_features.hpp"

#include <algorithm>

#include "chronograph/base/binary_io.hpp"
#include "chronograph/base/source_error.hpp"

namespace chronograph::events {

namespace {

constexpr std::array<std::string_view, kEventClassCount> kClassNames = {
    "NONE", "OCCURRENCE", "REPORTING", "STATE", "I_ACTION", "I_STATE", "ASPECTUAL", "PERCEPTION"};
constexpr std::array<std::string_view, kEventPosCount> kPosNames = {"VERB", "NOUN", "ADJECTIVE",
                                                                    "OTHER"};

// Coarse classes: closed classes take 1..23; then these; then open words by WordNet parts.
enum Coarse : std::uint8_t {
  kUnknownLower = 0,
  kMaxClosed = 23,
  kStart = 24,
  kEnd,
  kComma,
  kStop,
  kQuote,
  kOtherMark,
  kNumber,
  kProper,
  kCapUnknown,
  kCapCommon,
  kOpen = 34,  // + pos_bits - 1
};
static_assert(kOpen + 14 < kCoarseCount);

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

std::string shape_of(std::string_view raw) {
  std::string s;
  for (const char c : raw) {
    const char k = upper_ascii(c) ? 'X' : lower_ascii_letter(c) ? 'x' : digit(c) ? 'd' : c;
    if (s.empty() || s.back() != k || (k != 'X' && k != 'x' && k != 'd')) s.push_back(k);
    if (s.size() >= 8) break;
  }
  return s;
}

std::uint8_t mark_coarse(std::string_view raw) {
  if (raw == ",") return kComma;
  if (raw == "." || raw == "!" || raw == "?") return kStop;
  if (raw == "\"" || raw == "“" || raw == "”" || raw == "'" || raw == "‘" || raw == "’" ||
      raw == "``" || raw == "''")
    return kQuote;
  return kOtherMark;
}

}  // namespace

std::string_view to_string(EventClass c) { return kClassNames[static_cast<std::size_t>(c)]; }
EventClass event_class_from_string(std::string_view s) {
  for (std::size_t i = 1; i < kClassNames.size(); ++i)
    if (kClassNames[i] == s) return static_cast<EventClass>(i);
  return EventClass::none;
}
std::string_view to_string(EventPos p) { return kPosNames[static_cast<std::size_t>(p)]; }
EventPos event_pos_from_string(std::string_view s) {
  for (std::size_t i = 0; i < kPosNames.size(); ++i)
    if (kPosNames[i] == s) return static_cast<EventPos>(i);
  return EventPos::other;
}

std::vector<WordList> parse_word_lists(std::string_view text, const std::string& file) {
  std::vector<WordList> lists;
  std::size_t line_no = 0;
  for (std::size_t b = 0; b <= text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    const bool indented = !line.empty() && line.front() == ' ';
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty()) continue;
    const bool continued = indented && !lists.empty();
    std::string_view rest;
    if (continued) {  // an indented line goes on with the list above
      rest = line;
    } else {
      const auto colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0)
        throw base::InputError(file, line_no, 1, "expected 'name: words...'");
      lists.push_back({std::string(line.substr(0, colon)), {}, line_no});
      rest = line.substr(colon + 1);
    }
    WordList& list = lists.back();
    while (!rest.empty()) {
      const auto sp = rest.find(' ');
      const std::string_view w = rest.substr(0, sp);
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
      if (!w.empty()) list.words.emplace_back(w);
    }
  }
  return lists;
}

WordClasses WordClasses::parse(std::string_view text, const std::string& file) {
  WordClasses wc;
  for (auto& list : parse_word_lists(text, file)) {
    if (wc.names_.size() >= kMaxClosed)
      throw base::InputError(file, list.line, 1,
                             "too many word classes (at most " + std::to_string(+kMaxClosed) + ")");
    if (wc.id(list.name))
      throw base::InputError(file, list.line, 1, "class '" + list.name + "' repeated");
    wc.names_.push_back(list.name);
    const auto id = static_cast<std::uint8_t>(wc.names_.size());
    for (const auto& w : list.words) wc.by_word_.emplace(w, id);  // the first class keeps it
    wc.words_.push_back(std::move(list.words));
  }
  return wc;
}

std::string WordClasses::serialize() const {
  std::string out;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    out += names_[i] + ":";
    for (const auto& w : words_[i]) out += " " + w;
    out += "\n";
  }
  return out;
}

std::uint8_t WordClasses::id(std::string_view class_name) const {
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == class_name) return static_cast<std::uint8_t>(i + 1);
  return 0;
}

std::string_view WordClasses::name(std::uint8_t id) const {
  return id == 0 || id > names_.size() ? std::string_view() : names_[id - 1u];
}

WordInfo analyze_word(std::string_view raw, const WordNet& wordnet, const WordClasses& classes) {
  WordInfo w;
  w.lower = base::lower_ascii(raw);
  w.shape = shape_of(raw);
  w.first_lexname.fill(0xFF);
  if (raw == kSentenceStart || raw == kSentenceEnd) {
    w.coarse = raw == kSentenceStart ? kStart : kEnd;
    w.lemma = w.lower;
    w.punct = true;
    return w;
  }
  const char c0 = raw.empty() ? ' ' : raw[0];
  w.capitalized = upper_ascii(c0);
  w.digit = digit(c0);
  w.all_caps = raw.size() > 1 && std::none_of(raw.begin(), raw.end(), lower_ascii_letter) &&
               std::any_of(raw.begin(), raw.end(), upper_ascii);
  w.hyphen = raw.find('-') != std::string_view::npos;
  const bool wordlike = !raw.empty() && (static_cast<unsigned char>(c0) >= 0x80 ||
                                         upper_ascii(c0) || lower_ascii_letter(c0) || w.digit);
  w.punct = !wordlike || (static_cast<unsigned char>(c0) >= 0x80 && raw.size() <= 3 &&
                          mark_coarse(raw) == kQuote);
  if (w.punct) {
    w.coarse = mark_coarse(raw);
    w.lemma = w.lower;
    return w;
  }
  w.word_class = classes.of(w.lower);
  static constexpr std::array<WnPos, kWnPosCount> kParts = {WnPos::noun, WnPos::verb, WnPos::adj,
                                                            WnPos::adv};
  std::string lemmas[kWnPosCount];
  for (std::size_t p = 0; p < kParts.size(); ++p) {
    lemmas[p] = wordnet.lemma(w.lower, kParts[p]);
    if (lemmas[p].empty()) continue;
    const auto e = wordnet.find(lemmas[p], kParts[p]);
    if (!e) continue;
    w.pos_bits = static_cast<std::uint8_t>(w.pos_bits | (1u << p));
    w.first_lexname[p] = e->first_lexname;
    w.senses[p] = e->senses;
    w.lexnames |= e->lexnames;
    if (p == 0) {
      w.first_ancestors = e->first_ancestors;
      w.any_ancestors = e->any_ancestors;
      w.deverbal = e->deverbal;
    }
    if (p == 0 && w.capitalized && e->proper_lexnames)
      for (int k = 0; k < kLexnameCount; ++k)
        if (e->proper_lexnames >> k & 1) w.proper_lexname = static_cast<std::uint8_t>(k);
    if (p == 1) {
      w.event_concept = std::string(e->event_concept);
      w.frames = e->frames;
    }
    if (p == 0 && w.event_concept.empty()) w.event_concept = std::string(e->event_concept);
  }
  w.verb_lemma = lemmas[1];
  if (!w.verb_lemma.empty()) {
    const auto ends = [&](std::string_view suf) {
      return w.lower.size() > suf.size() && w.lower.ends_with(suf);
    };
    w.verb_form = w.lower == w.verb_lemma ? 'b'
                  : ends("ing")           ? 'g'
                  : ends("ed")            ? 'd'
                  : ends("s")             ? 's'
                                          : 'i';
  }
  w.noun_lemma = lemmas[0];
  w.lemma = !lemmas[1].empty()   ? lemmas[1]
            : !lemmas[0].empty() ? lemmas[0]
            : !lemmas[2].empty() ? lemmas[2]
                                 : w.lower;
  if (w.event_concept.empty()) w.event_concept = w.lemma;
  if (w.word_class)
    w.coarse = w.word_class;
  else if (w.digit)
    w.coarse = kNumber;
  else if (w.capitalized)
    w.coarse = w.proper_lexname != 0xFF ? kProper : w.pos_bits ? kCapCommon : kCapUnknown;
  else if (w.pos_bits)
    w.coarse = static_cast<std::uint8_t>(kOpen + (w.pos_bits & 15) - 1);
  else
    w.coarse = kUnknownLower;
  return w;
}

namespace {

// A feature is its template name and value, hashed with the position it is seen at.
struct FeatureEmitter {
  std::vector<std::uint64_t>& out;
  std::uint64_t seed;
  void operator()(std::string_view name, std::string_view value) const {
    std::uint64_t h = base::stable_hash(name, seed);
    h = base::stable_hash("=", h);
    out.push_back(base::stable_hash(value, h));
  }
};

std::string_view suffix(std::string_view s, std::size_t n) {
  return s.size() > n ? s.substr(s.size() - n) : std::string_view();
}

std::string_view pos_signature(std::uint8_t bits) {
  static constexpr std::array<std::string_view, 16> kSig = {"-",  "N",   "V",   "NV",  "A",  "NA",
                                                            "VA", "NVA", "R",   "NR",  "VR", "NVR",
                                                            "AR", "NAR", "VAR", "NVAR"};
  return kSig[bits & 15];
}

// Which part of speech has the most senses: "attack" has more noun senses than verb senses.
std::string_view dominant(const WordInfo& w) {
  const std::array<std::string_view, kWnPosCount> names = {"n", "v", "a", "r"};
  std::size_t best = kWnPosCount;
  for (std::size_t p = 0; p < kWnPosCount; ++p)
    if (w.senses[p] && (best == kWnPosCount || w.senses[p] > w.senses[best])) best = p;
  return best == kWnPosCount ? std::string_view("-") : names[best];
}

}  // namespace

void word_features(const WordInfo& w, int position, std::vector<std::uint64_t>& out) {
  const char tag[3] = {'p', static_cast<char>('2' + position), 0};
  const FeatureEmitter f{out, base::stable_hash(tag)};
  f("w", w.lower);
  f("c", std::to_string(w.coarse));
  if (w.punct) return;
  f("ps", pos_signature(w.pos_bits));
  f("sh", w.shape);
  if (position == 0) {
    f("bias", "");
    f("l", w.lemma);
    if (!w.noun_lemma.empty() && w.noun_lemma != w.lemma) f("ln", w.noun_lemma);
    f("s2", suffix(w.lower, 2));
    f("s3", suffix(w.lower, 3));
    f("s4", suffix(w.lower, 4));
    f("dom", dominant(w));
    if (w.event_concept != w.lemma) f("con", w.event_concept);
    for (std::size_t p = 0; p < kWnPosCount; ++p)
      if (w.first_lexname[p] != 0xFF) f("fl", lexname(w.first_lexname[p]));
    for (int k = 0; k < kLexnameCount; ++k)
      if (w.lexnames >> k & 1) f("lx", lexname(k));
    if (w.proper_lexname != 0xFF) f("prop", lexname(w.proper_lexname));
    if (w.hyphen) f("hy", "");
    for (int k = 0; k < kAncestorCount; ++k) {
      if (w.first_ancestors >> k & 1) f("anc", ancestor_name(k));
      if (w.any_ancestors >> k & 1) f("anca", ancestor_name(k));
    }
    if (w.deverbal) f("dv", "");
    // Frames that take a clause, an infinitive or a gerund: the verbs TimeML calls I_ACTION,
    // I_STATE, REPORTING, ASPECTUAL or PERCEPTION mostly take one.
    for (const int n : {24, 25, 26, 28, 29, 32, 33, 34, 35})
      if (w.frames >> n & 1) f("fr", std::to_string(n));
    if (w.verb_form) f("vf", std::string_view(&w.verb_form, 1));
  } else if (position == -1 || position == 1) {
    f("s2", suffix(w.lower, 2));
    if (w.verb_form) f("vf", std::string_view(&w.verb_form, 1));
    if (w.lemma != w.lower) f("l", w.lemma);
  }
}

std::uint64_t pair_feature(Pair pair, std::uint8_t a, std::uint8_t b) {
  const char name[4] = {'c', 'c', static_cast<char>('0' + static_cast<int>(pair)), 0};
  const std::string value = std::to_string(a) + "_" + std::to_string(b);
  return base::stable_hash(value, base::stable_hash(name));
}

void token_features(const Context& context, std::vector<std::uint64_t>& out) {
  for (int d = -2; d <= 2; ++d) word_features(*context[static_cast<std::size_t>(d + 2)], d, out);
  out.push_back(pair_feature(Pair::left_self, context[1]->coarse, context[2]->coarse));
  out.push_back(pair_feature(Pair::self_right, context[2]->coarse, context[3]->coarse));
  out.push_back(pair_feature(Pair::left2_self, context[0]->coarse, context[2]->coarse));
}

}  // namespace chronograph::events
