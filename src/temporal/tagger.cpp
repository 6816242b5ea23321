// The temporal tagger (placeholder until the temporal engine lands).
#include "chronograph/temporal/tagger.hpp"

namespace chronograph::temporal {

struct Tagger::Impl {};
Tagger::Tagger() : impl_(new Impl) {}
Tagger::~Tagger() { delete impl_; }
std::vector<Timex> Tagger::tag(std::string_view, const TagOptions&) const { return {}; }

}  // namespace chronograph::temporal
