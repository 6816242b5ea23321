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
  const std::int16_t* find(std::uint64_t feature) const {
    if (index_.empty()) return nullptr;
    for (std::size_t i = slot_of(feature);; i = (i + 1) & (index_.size() - 1)) {
      const std::uint32_t at = index_[i];
      if (at == 0) return nullptr;
      if (hashes_[at - 1] == feature) return weights_.data() + std::size_t{at - 1} * labels_;
    }
  }
  std::size_t labels() const { return labels_; }
  std::size_t size() const { return hashes_.size(); }

 private:
  std::size_t labels_ = 0;
  std::vector<std::uint64_t> hashes_;  // sorted
  std::vector<std::int16_t> weights_;  // labels_ per feature
  // Open addressing over the features (1 + position in hashes_, 0 when free), at most half
  // full: a lookup is one or two probes, where a binary search missed the cache at each step.
  std::vector<std::uint32_t> index_;

  void build_index();
  std::size_t slot_of(std::uint64_t feature) const {
    // The hashes are FNV-1a; a multiply spreads their high bits over the slot.
    return static_cast<std::size_t>((feature * 0x9E3779B97F4A7C15ull) >> 32) & (index_.size() - 1);
  }
};

}  // namespace chronograph::events
