// The Overrides facade: load a file once, hand per-document fixes to the builder, apply the rest.
#include "chronograph/overrides/overrides.hpp"
#include "chronograph/overrides/selector.hpp"

#include <algorithm>

#include "chronograph/base/atomic_file.hpp"
#include "chronograph/base/source_error.hpp"
#include "chronograph/base/suggest.hpp"
#include "chronograph/overrides/apply.hpp"
#include "chronograph/overrides/parse.hpp"

namespace chronograph::overrides {

struct Overrides::Impl {
  Spec spec;
};

Overrides::Overrides() : impl_(std::make_unique<Impl>()) {}
Overrides::~Overrides() = default;
Overrides::Overrides(Overrides&&) noexcept = default;
Overrides& Overrides::operator=(Overrides&&) noexcept = default;

namespace {
constexpr std::uint64_t kMaxOverridesBytes = std::uint64_t{64} << 20;
}  // namespace

Overrides Overrides::load(const std::string& path) {
  // The bound keeps memory in hand: the YAML tree takes about 40 times the file's size.
  return parse(base::read_regular_file(path, kMaxOverridesBytes,
                                       "split the overrides or merge rules with 'match'"),
               path);
}

Overrides Overrides::parse(const std::string& yaml_text, const std::string& path) {
  Overrides o;
  o.impl_->spec = parse_spec(yaml_text, path);
  return o;
}

const Spec& Overrides::spec() const { return impl_->spec; }

std::map<std::string, base::DateValue> Overrides::published_dates() const {
  std::map<std::string, base::DateValue> out;
  for (const auto& d : impl_->spec.documents)
    if (d.published) out[d.id] = *d.published;
  return out;
}

std::set<std::string> Overrides::excluded_documents() const {
  std::set<std::string> out;
  for (const auto& d : impl_->spec.documents)
    if (d.exclude) out.insert(d.id);
  return out;
}

std::vector<std::string> Overrides::check_documents(const std::vector<std::string>& ids) const {
  std::vector<std::string> out;
  const Spec& s = impl_->spec;
  for (const auto& d : s.documents) {
    if (std::find(ids.begin(), ids.end(), d.id) != ids.end()) continue;
    out.push_back(s.path + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) +
                  ": warning: document '" + d.id + "' is not among the inputs" +
                  base::did_you_mean(d.id, ids));
  }
  return out;
}

std::map<std::string, graph::DatePin> Overrides::pinned_dates(
    const graph::Timeline& timeline) const {
  const auto& g = timeline.graph;
  std::map<std::string, graph::DatePin> out;
  for (const auto& rule : impl_->spec.events) {
    if (!rule.date || !rule.date->known()) continue;
    std::vector<graph::Vertex> hits;
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
      if (selects(rule.selector, g[v])) hits.push_back(v);
    if (hits.empty() || (hits.size() > 1 && !rule.all)) continue;
    for (auto v : hits) out[g[v].id] = {*rule.date, impl_->spec.where(rule.pos)};
  }
  return out;
}

std::vector<std::string> Overrides::apply(graph::Timeline& timeline) const {
  return apply_spec(impl_->spec, timeline);
}

}  // namespace chronograph::overrides
