// The event model's file format: hashed features with int16 weights, word classes, provenance.
#include "chronograph/events/event_model.hpp"

#include <algorithm>

#include "chronograph/base/binary_io.hpp"

namespace chronograph::events {

namespace {
// The version names the feature templates too: a model trained with other templates than the
// code's would score nonsense, so changing event_features.cpp means a new version and a retrain.
constexpr std::string_view kMagic = "chronograph-event-model 5\n";
}  // namespace

EventModel::EventModel(std::vector<std::pair<std::uint64_t, Weights>> features, WordClasses classes,
                       std::string provenance)
    : classes_(std::move(classes)), provenance_(std::move(provenance)) {
  hashes_.reserve(features.size());
  weights_.reserve(features.size());
  for (auto& [h, w] : features) {
    hashes_.push_back(h);
    weights_.push_back(w);
  }
}

std::string EventModel::serialize() const {
  base::BinaryWriter w;
  w.bytes(kMagic);
  w.str(provenance_);
  w.str(classes_.serialize());
  w.u32(static_cast<std::uint32_t>(kScoreCount));
  w.u32(static_cast<std::uint32_t>(hashes_.size()));
  for (const auto h : hashes_) w.u64(h);
  for (const auto& ws : weights_)
    for (const auto v : ws) w.i16(v);
  return std::move(w.data());
}

EventModel EventModel::from_bytes(std::string_view bytes, const std::string& file) {
  base::BinaryReader r(bytes, file);
  r.expect(kMagic);
  EventModel m;
  m.provenance_ = std::string(r.str());
  m.classes_ = WordClasses::parse(r.str(), file);
  if (r.u32() != kScoreCount) r.fail("the model has another number of labels than this program");
  const std::uint32_t n = r.u32();
  if (n > bytes.size() / 8) r.fail("feature count larger than the file");
  m.hashes_.resize(n);
  for (auto& h : m.hashes_) h = r.u64();
  if (!std::is_sorted(m.hashes_.begin(), m.hashes_.end()) ||
      std::adjacent_find(m.hashes_.begin(), m.hashes_.end()) != m.hashes_.end())
    r.fail("features are not sorted");
  m.weights_.resize(n);
  for (auto& ws : m.weights_)
    for (auto& v : ws) v = r.i16();
  if (!r.done()) r.fail("unexpected bytes after the weights");
  return m;
}

const Weights* EventModel::find(std::uint64_t feature) const {
  const auto it = std::lower_bound(hashes_.begin(), hashes_.end(), feature);
  if (it == hashes_.end() || *it != feature) return nullptr;
  return &weights_[static_cast<std::size_t>(it - hashes_.begin())];
}

}  // namespace chronograph::events
