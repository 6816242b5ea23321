// One-vs-rest linear SVM weights learned by LIBLINEAR (the event model's trainer).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace chronograph::events {

// L2-regularized L2-loss SVM, LIBLINEAR's dual coordinate descent (solver 1), one-vs-rest.
// rows[i]: instance i's distinct feature ids (0-based, binary features); labels[i] in
// [0, label_count). Returns weight[feature * label_count + label]. Labels absent from the data
// get zero weights. Deterministic: the solver's visiting order comes from rand(), seeded here.
std::vector<double> train_linear_svm(const std::vector<std::span<const std::uint32_t>>& rows,
                                     const std::vector<int>& labels, std::size_t feature_count,
                                     std::size_t label_count, double c);

}  // namespace chronograph::events
