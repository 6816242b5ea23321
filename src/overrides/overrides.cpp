// Overrides (placeholder until the overrides stage lands: an empty file changes nothing).
#include "chronograph/overrides/overrides.hpp"

namespace chronograph::overrides {

struct Overrides::Impl {};
Overrides::Overrides() : impl_(std::make_unique<Impl>()) {}
Overrides::~Overrides() = default;
Overrides::Overrides(Overrides&&) noexcept = default;
Overrides& Overrides::operator=(Overrides&&) noexcept = default;
Overrides Overrides::load(const std::string&) { return Overrides(); }
Overrides Overrides::parse(const std::string&, const std::string&) { return Overrides(); }
std::map<std::string, base::DateValue> Overrides::published_dates() const { return {}; }
std::set<std::string> Overrides::excluded_documents() const { return {}; }
std::vector<std::string> Overrides::apply(graph::Timeline&) const { return {}; }

}  // namespace chronograph::overrides
