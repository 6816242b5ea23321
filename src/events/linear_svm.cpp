// LIBLINEAR behind one function: problem in, one weight per feature and label out.
#include "linear_svm.hpp"

#include <linear.h>

#include <cstdlib>
#include <memory>
#include <set>
#include <stdexcept>

namespace chronograph::events {

namespace {
void quiet(const char*) {}
}  // namespace

std::vector<double> train_linear_svm(const std::vector<std::span<const std::uint32_t>>& rows,
                                     const std::vector<int>& labels, std::size_t feature_count,
                                     std::size_t label_count, double c) {
  std::vector<double> weights(feature_count * label_count, 0.0);
  const std::set<int> present(labels.begin(), labels.end());
  if (present.size() < 2 || rows.empty()) return weights;  // nothing to tell apart

  // LIBLINEAR's rows: 1-based indices, value 1, each ended by index -1.
  std::vector<feature_node> nodes;
  std::size_t total = 0;
  for (const auto& r : rows) total += r.size() + 1;
  nodes.reserve(total);
  std::vector<feature_node*> x(rows.size());
  std::vector<std::size_t> starts(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    starts[i] = nodes.size();
    for (const auto id : rows[i]) nodes.push_back({static_cast<int>(id) + 1, 1.0});
    nodes.push_back({-1, 0.0});
  }
  for (std::size_t i = 0; i < rows.size(); ++i) x[i] = nodes.data() + starts[i];
  std::vector<double> y(labels.begin(), labels.end());

  problem prob{};
  prob.l = static_cast<int>(rows.size());
  prob.n = static_cast<int>(feature_count);
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = -1;  // the features carry their own bias feature
  parameter param{};
  param.solver_type = L2R_L2LOSS_SVC_DUAL;
  param.eps = 0.1;
  param.C = c;
  if (const char* err = check_parameter(&prob, &param)) throw std::runtime_error(err);
  set_print_string_function(&quiet);
  std::srand(1);  // the dual solver permutes instances with rand()
  model* m = train(&prob, &param);
  const std::unique_ptr<model, void (*)(model*)> owner(
      m, [](model* p) { free_and_destroy_model(&p); });
  // get_decfun_coef handles LIBLINEAR's layouts (one vector for two classes, else one each).
  const int classes = get_nr_class(m);
  std::vector<int> label_of(static_cast<std::size_t>(classes));
  get_labels(m, label_of.data());
  for (int k = 0; k < classes; ++k) {
    const auto label = static_cast<std::size_t>(label_of[static_cast<std::size_t>(k)]);
    for (std::size_t f = 0; f < feature_count; ++f)
      weights[f * label_count + label] = get_decfun_coef(m, static_cast<int>(f) + 1, k);
  }
  return weights;
}

}  // namespace chronograph::events
