// The WordNet word table: lemmas, parts of speech, lexicographer classes, event concepts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::events {

enum class WnPos : std::uint8_t { noun, verb, adj, adv };
inline constexpr std::size_t kWnPosCount = 4;

// WordNet's 45 lexicographer files ("noun.event", "verb.motion"), by their file number.
std::string_view lexname(int number);
inline constexpr int kLexnameCount = 45;

// Noun classes high in WordNet's hierarchy ("event", "act", "person", ...): a noun sense
// belongs to class n when one of its hypernyms (or instance hypernyms) is that synset.
std::string_view ancestor_name(int number);
inline constexpr int kAncestorCount = 16;

// What WordNet says of one lemma in one part of speech.
struct WnEntry {
  std::uint64_t lexnames = 0;         // bit n: some sense is in lexicographer file n
  std::uint64_t proper_lexnames = 0;  // the same, for senses written capitalized ("Indonesia")
  std::uint8_t first_lexname = 0;     // of the most frequent sense
  std::uint8_t senses = 0;            // number of senses, at most 255
  std::string_view event_concept;     // the event concept it names: "quake" -> "earthquake",
                                      // "erupt" -> "eruption" (the lemma itself when none)
  std::uint16_t first_ancestors = 0;  // nouns: the ancestor classes of the most frequent sense
  std::uint16_t any_ancestors = 0;    // nouns: of any sense
  bool deverbal = false;     // a noun whose frequent senses derive from a verb ("sale": "sell")
  std::uint64_t frames = 0;  // verbs: WordNet sentence frames of the two most frequent senses
                             // (bit 26: "Somebody ----s that CLAUSE", 28: "... to INFINITIVE")
};

// A compact, read-only copy of the parts of WordNet 3.0 the event detector uses. Built once
// from WordNet's dictionary files by `chronograph train wordnet` into data/models/wordnet.bin
// (compiled into the binary); at run time it is read in place, without parsing.
class WordNet {
 public:
  // Reads a table made by serialize(); the bytes must outlive the object. Throws
  // base::InputError naming `file` when the bytes are not such a table.
  static WordNet from_bytes(std::string_view bytes, const std::string& file);
  // Builds the table from a WordNet dictionary folder (index.noun, data.noun, noun.exc, ...).
  static WordNet from_dictionary(const std::string& dict_dir);
  // The table shipped in the binary (data/models/wordnet.bin).
  static const WordNet& shipped();

  WordNet();
  ~WordNet();
  WordNet(WordNet&&) noexcept;
  WordNet& operator=(WordNet&&) noexcept;

  std::string serialize() const;

  // The entry of a lemma (lower case, words joined by '_'), none when WordNet lacks it.
  std::optional<WnEntry> find(std::string_view lemma, WnPos pos) const;
  // The lemma of a lower-cased word form in a part of speech (WordNet's "morphy": exception
  // lists, then suffix rules); empty when the form is no word of that part of speech.
  std::string lemma(std::string_view form, WnPos pos) const;
  std::size_t size() const;

 private:
  struct Data;
  std::unique_ptr<Data> data_;
};

}  // namespace chronograph::events
