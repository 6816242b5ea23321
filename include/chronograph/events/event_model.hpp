// The event detector's learned model: feature weights, word classes and how it was made.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronograph/events/event_features.hpp"
#include "chronograph/events/linear_model.hpp"

namespace chronograph::events {

// A linear model over hashed features (event_features.hpp): each feature has one weight per
// label of each head (the TimeML classes, then the parts of speech). Kept as a data file,
// data/models/events.bin, made by `chronograph train events` and compiled into the binary.
class EventModel {
 public:
  EventModel() = default;
  // Throws base::InputError naming `file` when the bytes are not a model of this version.
  static EventModel from_bytes(std::string_view bytes, const std::string& file);
  // The model shipped in the binary (data/models/events.bin).
  static const EventModel& shipped();

  // `weights` has kScoreCount labels per feature.
  EventModel(LinearModel weights, WordClasses classes, std::string provenance);

  std::string serialize() const;

  // The kScoreCount weights of a feature, null when the model has none (all zero).
  const std::int16_t* find(std::uint64_t feature) const { return weights_.find(feature); }
  const WordClasses& classes() const { return classes_; }
  const std::string& provenance() const { return provenance_; }  // training command and data
  std::size_t size() const { return weights_.size(); }

 private:
  LinearModel weights_;
  WordClasses classes_;
  std::string provenance_;
};

}  // namespace chronograph::events
