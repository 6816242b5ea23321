// Publication-date detection (placeholder until the temporal engine lands).
#include "chronograph/temporal/dct.hpp"

namespace chronograph::temporal {

std::optional<DctGuess> detect_dct(std::string_view, const Tagger&) { return std::nullopt; }

}  // namespace chronograph::temporal
