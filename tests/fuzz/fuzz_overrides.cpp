// Fuzz target: the overrides file parser. Bad input must end in a positioned InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "chronograph/base/source_error.hpp"
#include "chronograph/overrides/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    chronograph::overrides::parse_spec(std::string_view(reinterpret_cast<const char*>(data), size),
                                       "fuzz.yaml");
  } catch (const chronograph::base::InputError&) {
  }
  return 0;
}
