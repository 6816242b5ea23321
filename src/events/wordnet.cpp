// The WordNet word table read in place: lookups by binary search and WordNet's morphy.
#include "chronograph/events/wordnet.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

#include "chronograph/base/binary_io.hpp"
#include "wordnet_table.hpp"

namespace chronograph::events {

namespace {

constexpr std::array<std::string_view, kLexnameCount> kLexnames = {
    "adj.all",          "adj.pert",           "adv.all",
    "noun.Tops",        "noun.act",           "noun.animal",
    "noun.artifact",    "noun.attribute",     "noun.body",
    "noun.cognition",   "noun.communication", "noun.event",
    "noun.feeling",     "noun.food",          "noun.group",
    "noun.location",    "noun.motive",        "noun.object",
    "noun.person",      "noun.phenomenon",    "noun.plant",
    "noun.possession",  "noun.process",       "noun.quantity",
    "noun.relation",    "noun.shape",         "noun.state",
    "noun.substance",   "noun.time",          "verb.body",
    "verb.change",      "verb.cognition",     "verb.communication",
    "verb.competition", "verb.consumption",   "verb.contact",
    "verb.creation",    "verb.emotion",       "verb.motion",
    "verb.perception",  "verb.possession",    "verb.social",
    "verb.stative",     "verb.weather",       "adj.ppl"};

struct Rule {
  std::string_view suffix, ending;
};
// WordNet's detachment rules (morphy(7WN)), tried in order after the exception lists.
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""},
                                             {"ses", "s"},
                                             {"xes", "x"},
                                             {"zes", "z"},
                                             {"ches", "ch"},
                                             {"shes", "sh"},
                                             {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""},
                                             {"ies", "y"},
                                             {"es", "e"},
                                             {"es", ""},
                                             {"ed", "e"},
                                             {"ed", ""},
                                             {"ing", "e"},
                                             {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjRules = {{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

constexpr std::string_view kWordNetMagic = "chronograph-wordnet 3\n";

constexpr std::array<std::string_view, kAncestorCount> kAncestorNames = {
    "event",  "act",       "happening",    "activity",   "process",       "state",
    "person", "location",  "organization", "artifact",   "communication", "change",
    "group",  "attribute", "measure",      "time_period"};

}  // namespace

std::string_view ancestor_name(int number) {
  return number >= 0 && number < kAncestorCount ? kAncestorNames[static_cast<std::size_t>(number)]
                                                : std::string_view("?");
}

std::string_view lexname(int number) {
  return number >= 0 && number < kLexnameCount ? kLexnames[static_cast<std::size_t>(number)]
                                               : std::string_view("?");
}

WordNet::WordNet() : data_(std::make_unique<Data>()) {}
WordNet::~WordNet() = default;
WordNet::WordNet(WordNet&&) noexcept = default;
WordNet& WordNet::operator=(WordNet&&) noexcept = default;

std::size_t WordNet::size() const { return data_->entry_count; }

std::string WordNet::serialize() const {
  const Data& d = *data_;
  base::BinaryWriter w;
  w.bytes(kWordNetMagic);
  // The views: they point at the owned buffers of a table built from the dictionary, or at
  // the bytes a table was read from.
  w.str(d.pool_view);
  w.u32(static_cast<std::uint32_t>(d.entry_count));
  w.bytes(d.entries_view);
  w.u32(static_cast<std::uint32_t>(d.exception_count));
  w.bytes(d.exceptions_view);
  return std::move(w.data());
}

WordNet WordNet::from_bytes(std::string_view bytes, const std::string& file) {
  WordNet wn;
  Data& d = *wn.data_;
  base::BinaryReader r(bytes, file);
  r.expect(kWordNetMagic);
  d.pool_view = r.str();
  d.entry_count = r.u32();
  d.entries_view = r.bytes(d.entry_count * kEntrySize);
  d.exception_count = r.u32();
  d.exceptions_view = r.bytes(d.exception_count * kExceptionSize);
  if (!r.done()) r.fail("unexpected bytes after the word table");
  // Every string a record points at must lie inside the pool: checked once here, so lookups
  // never read outside the table whatever the file held.
  const auto check = [&](std::uint32_t at) {
    if (at >= d.pool_view.size() ||
        at + 1 + static_cast<unsigned char>(d.pool_view[at]) > d.pool_view.size())
      r.fail("a word points outside the string pool");
  };
  for (std::size_t i = 0; i < d.entry_count; ++i) {
    const RawEntry e = d.entry(i);
    check(e.lemma);
    check(e.event_concept);
  }
  for (std::size_t i = 0; i < d.exception_count; ++i) {
    const RawException x = d.exception(i);
    check(x.form);
    check(x.lemma);
  }
  return wn;
}

std::optional<WnEntry> WordNet::find(std::string_view lemma, WnPos pos) const {
  const Data& d = *data_;
  std::size_t lo = 0, hi = d.entry_count;
  const auto key = std::make_pair(lemma, static_cast<std::uint8_t>(pos));
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    const RawEntry e = d.entry(mid);
    if (std::make_pair(d.str(e.lemma), e.pos) < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == d.entry_count) return std::nullopt;
  const RawEntry e = d.entry(lo);
  if (d.str(e.lemma) != lemma || e.pos != static_cast<std::uint8_t>(pos)) return std::nullopt;
  return WnEntry{e.lexnames,      e.proper_lexnames,      e.first_lexname,
                 e.senses,        d.str(e.event_concept), e.first_ancestors,
                 e.any_ancestors, (e.flags & 1) != 0,     e.frames};
}

std::string WordNet::lemma(std::string_view form, WnPos pos) const {
  const Data& d = *data_;
  // Exceptions first ("went" -> "go", "children" -> "child").
  {
    std::size_t lo = 0, hi = d.exception_count;
    const auto key = std::make_pair(form, static_cast<std::uint8_t>(pos));
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      const RawException x = d.exception(mid);
      if (std::make_pair(d.str(x.form), x.pos) < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo < d.exception_count) {
      const RawException x = d.exception(lo);
      if (d.str(x.form) == form && x.pos == static_cast<std::uint8_t>(pos)) {
        const std::string_view l = d.str(x.lemma);
        if (find(l, pos)) return std::string(l);
      }
    }
  }
  if (find(form, pos)) return std::string(form);
  std::span<const Rule> rules;
  switch (pos) {
    case WnPos::noun:
      rules = kNounRules;
      break;
    case WnPos::verb:
      rules = kVerbRules;
      break;
    case WnPos::adj:
      rules = kAdjRules;
      break;
    case WnPos::adv:
      return {};
  }
  std::string base;
  for (const Rule& rule : rules) {
    if (form.size() <= rule.suffix.size() + 1 ||
        form.substr(form.size() - rule.suffix.size()) != rule.suffix)
      continue;
    base.assign(form.substr(0, form.size() - rule.suffix.size()));
    base += rule.ending;
    if (find(base, pos)) return base;
  }
  return {};
}

}  // namespace chronograph::events
