// The event model's file format: hashed features with int16 weights, word classes, provenance.
#include "chronograph/events/event_model.hpp"

#include "chronograph/base/binary_io.hpp"

namespace chronograph::events {

namespace {
// The version names the feature templates too: a model trained with other templates than the
// code's would score nonsense, so changing event_features.cpp means a new version and a retrain.
constexpr std::string_view kEventModelMagic = "chronograph-event-model 5\n";
}  // namespace

EventModel::EventModel(LinearModel weights, WordClasses classes, std::string provenance)
    : weights_(std::move(weights)),
      classes_(std::move(classes)),
      provenance_(std::move(provenance)) {}

std::string EventModel::serialize() const {
  base::BinaryWriter w;
  w.bytes(kEventModelMagic);
  w.str(provenance_);
  w.str(classes_.serialize());
  weights_.write(w);
  return std::move(w.data());
}

EventModel EventModel::from_bytes(std::string_view bytes, const std::string& file) {
  base::BinaryReader r(bytes, file);
  r.expect(kEventModelMagic);
  EventModel m;
  m.provenance_ = std::string(r.str());
  m.classes_ = WordClasses::parse(r.str(), file);
  m.weights_ = LinearModel::read(r, kScoreCount);
  if (!r.done()) r.fail("unexpected bytes after the weights");
  return m;
}

}  // namespace chronograph::events
