// Storage of learned models: 16-bit quantization, the binary layout, lookup by hash.
#include "chronograph/events/linear_model.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronograph::events {

LinearModel LinearModel::quantize(std::size_t labels, const std::vector<std::uint64_t>& hashes,
                                  const std::vector<double>& weights) {
  double max_abs = 0;
  for (const double v : weights) max_abs = std::max(max_abs, std::abs(v));
  const double scale = max_abs > 0 ? 32000.0 / max_abs : 1.0;
  std::vector<std::size_t> order(hashes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return hashes[a] < hashes[b]; });
  LinearModel m;
  m.labels_ = labels;
  std::vector<std::int16_t> q(labels);
  for (const std::size_t f : order) {
    bool any = false;
    for (std::size_t l = 0; l < labels; ++l) {
      q[l] = static_cast<std::int16_t>(std::lround(weights[f * labels + l] * scale));
      any = any || q[l] != 0;
    }
    if (!any || (!m.hashes_.empty() && m.hashes_.back() == hashes[f])) continue;
    m.hashes_.push_back(hashes[f]);
    m.weights_.insert(m.weights_.end(), q.begin(), q.end());
  }
  m.build_index();
  return m;
}

void LinearModel::write(base::BinaryWriter& out) const {
  out.u32(static_cast<std::uint32_t>(labels_));
  out.u32(static_cast<std::uint32_t>(hashes_.size()));
  for (const auto h : hashes_) out.u64(h);
  for (const auto v : weights_) out.i16(v);
}

LinearModel LinearModel::read(base::BinaryReader& in, std::size_t labels) {
  LinearModel m;
  m.labels_ = in.u32();
  if (m.labels_ != labels) in.fail("the model has another number of labels than this program");
  const std::uint32_t n = in.u32();
  if (n > in.remaining() / (8 + 2 * labels)) in.fail("feature count larger than the file");
  m.hashes_.resize(n);
  for (auto& h : m.hashes_) h = in.u64();  // a count larger than the file fails on the way
  if (std::adjacent_find(m.hashes_.begin(), m.hashes_.end(), [](std::uint64_t a, std::uint64_t b) {
        return a >= b;
      }) != m.hashes_.end())
    in.fail("features are not sorted");
  m.weights_.resize(std::size_t{n} * labels);
  for (auto& v : m.weights_) v = in.i16();
  m.build_index();
  return m;
}

void LinearModel::build_index() {
  std::size_t size = 16;
  while (size < 2 * hashes_.size()) size *= 2;
  index_.assign(size, 0);
  for (std::size_t f = 0; f < hashes_.size(); ++f) {
    std::size_t i = slot_of(hashes_[f]);
    while (index_[i]) i = (i + 1) & (size - 1);
    index_[i] = static_cast<std::uint32_t>(f + 1);
  }
}

}  // namespace chronograph::events
