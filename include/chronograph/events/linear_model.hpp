// Hashed features with one 16-bit weight per label: how every learned model is stored.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "chronograph/base/binary_io.hpp"

namespace chronograph::events {

class LinearModel {
 public:
  LinearModel() = default;

  // Scales double weights (weights[f * labels + l] of feature hashes[f], any order) to 16 bits
  // with one factor for all, which keeps every decision between sums up to rounding, and drops
  // the features whose weights all round to zero.
  static LinearModel quantize(std::size_t labels, const std::vector<std::uint64_t>& hashes,
                              const std::vector<double>& weights);

  void write(base::BinaryWriter& out) const;
  // Throws base::InputError (through the reader) when the stored label count differs from
  // `labels`, or the features are not sorted.
  static LinearModel read(base::BinaryReader& in, std::size_t labels);

  // The feature's weights, labels() of them; null when the model has none (all zero).
  const std::int16_t* find(std::uint64_t feature) const;
  std::size_t labels() const { return labels_; }
  std::size_t size() const { return hashes_.size(); }

 private:
  std::size_t labels_ = 0;
  std::vector<std::uint64_t> hashes_;  // sorted
  std::vector<std::int16_t> weights_;  // labels_ per feature
};

}  // namespace chronograph::events
