// Fuzz target: the lexicon file parser (--lexicon). Bad input must end in an InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/base/source_error.hpp"
#include "chronograph/events/lexicon.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    chronograph::events::parse_lexicon(std::string_view(reinterpret_cast<const char*>(data), size),
                                       "fuzz.yaml");
  } catch (const chronograph::base::InputError&) {
  }
  return 0;
}
