// Generators of the lesson data sets.
#include "data.hpp"
#include "names.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>
#include "random.hpp"

namespace bpl {
namespace {
using names::Named;

constexpr std::array<Named<DataKind>, 3> kKinds{{{DataKind::Function, "function"},
                                                 {DataKind::Classification, "classification"},
                                                 {DataKind::Points, "points"}}};
constexpr std::array<Named<TargetFunction>, 6> kFunctions{{{TargetFunction::Sin, "sin"},
                                                           {TargetFunction::Step, "step"},
                                                           {TargetFunction::Abs, "abs"},
                                                           {TargetFunction::Sawtooth, "sawtooth"},
                                                           {TargetFunction::GaussianBump, "gaussian_bump"},
                                                           {TargetFunction::Cubic, "cubic"}}};
constexpr std::array<Named<Pattern>, 4> kPatterns{{{Pattern::Xor, "xor"},
                                                   {Pattern::Circle, "circle"},
                                                   {Pattern::TwoGaussians, "two_gaussians"},
                                                   {Pattern::Spiral, "spiral"}}};

// The first round(count · (1 − test_fraction)) of a shuffled order train, the rest test.
void split(const Matrix& x, const Matrix& y, double test_fraction, Random& rng, Dataset& out) {
  const Eigen::Index n = x.cols();
  std::vector<Eigen::Index> order(n);
  for (Eigen::Index i = 0; i < n; ++i) order[i] = i;
  for (Eigen::Index i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);  // Fisher–Yates
  Eigen::Index n_test = std::llround(static_cast<double>(n) * test_fraction);
  if (n_test >= n) n_test = n - 1;
  const Eigen::Index n_train = n - n_test;
  // Training samples are kept in increasing order of their index so a 1-D lesson reads left to right.
  std::sort(order.begin(), order.begin() + n_train);
  std::sort(order.begin() + n_train, order.end());
  out.x_train = x(Eigen::all, std::vector<Eigen::Index>(order.begin(), order.begin() + n_train));
  out.y_train = y(Eigen::all, std::vector<Eigen::Index>(order.begin(), order.begin() + n_train));
  out.x_test = x(Eigen::all, std::vector<Eigen::Index>(order.begin() + n_train, order.end()));
  out.y_test = y(Eigen::all, std::vector<Eigen::Index>(order.begin() + n_train, order.end()));
}

Dataset make_function(const DataSpec& spec, Random& rng) {
  Matrix x(1, spec.count), y(1, spec.count);
  for (int i = 0; i < spec.count; ++i) {
    // Evenly spaced over the domain, ends included.
    const double t = spec.count == 1 ? 0.5 : static_cast<double>(i) / (spec.count - 1);
    x(0, i) = spec.lo + t * (spec.hi - spec.lo);
    y(0, i) = target(spec.function, x(0, i)) + spec.noise * rng.normal();
  }
  Dataset d;
  split(x, y, spec.test_fraction, rng, d);
  return d;
}

Dataset make_classification(const DataSpec& spec, Random& rng) {
  Matrix x(2, spec.count), y(1, spec.count);
  for (int i = 0; i < spec.count; ++i) {
    double a = 0, b = 0, label = 0;
    switch (spec.pattern) {
      case Pattern::Xor:  // label 1 where the signs of the two coordinates differ
        a = rng.uniform(-1, 1), b = rng.uniform(-1, 1);
        label = (a * b < 0) ? 1 : 0;
        break;
      case Pattern::Circle: {  // label 1 inside radius 0.5 of the unit disc
        const double r = std::sqrt(rng.uniform()), phi = 2 * std::numbers::pi * rng.uniform();
        a = r * std::cos(phi), b = r * std::sin(phi);
        label = r < 0.5 ? 1 : 0;
        break;
      }
      case Pattern::TwoGaussians:  // two blobs of std 0.3 centred at ±(0.5, 0.5)
        label = i % 2;
        a = (label ? 0.5 : -0.5) + 0.3 * rng.normal();
        b = (label ? 0.5 : -0.5) + 0.3 * rng.normal();
        break;
      case Pattern::Spiral: {  // two interleaved arms
        label = i % 2;
        const double t = rng.uniform(), r = t, phi = 3 * std::numbers::pi * t + (label ? std::numbers::pi : 0);
        a = r * std::cos(phi), b = r * std::sin(phi);
        break;
      }
    }
    x(0, i) = a + spec.noise * rng.normal();
    x(1, i) = b + spec.noise * rng.normal();
    y(0, i) = label;
  }
  Dataset d;
  split(x, y, spec.test_fraction, rng, d);
  return d;
}
}  // namespace

std::string_view name(DataKind k) { return names::find_name(kKinds, k); }
std::string_view name(TargetFunction f) { return names::find_name(kFunctions, f); }
std::string_view name(Pattern p) { return names::find_name(kPatterns, p); }
std::optional<DataKind> parse_data_kind(std::string_view t) { return names::find_value(kKinds, t); }
std::optional<TargetFunction> parse_function(std::string_view t) { return names::find_value(kFunctions, t); }
std::optional<Pattern> parse_pattern(std::string_view t) { return names::find_value(kPatterns, t); }
std::string function_names() { return names::all_names(kFunctions); }
std::string pattern_names() { return names::all_names(kPatterns); }

double target(TargetFunction f, double x) {
  switch (f) {
    case TargetFunction::Sin: return std::sin(x);
    case TargetFunction::Step: return x < 0 ? -1.0 : 1.0;
    case TargetFunction::Abs: return std::abs(x);
    case TargetFunction::Sawtooth: return 2.0 * (x - std::floor(x + 0.5));  // period 1, range [−1, 1)
    case TargetFunction::GaussianBump: return std::exp(-x * x);
    case TargetFunction::Cubic: return x * x * x;
  }
  return 0.0;
}

Dataset make_dataset(const DataSpec& spec, std::uint64_t seed) {
  Random rng(seed);
  switch (spec.kind) {
    case DataKind::Function: return make_function(spec, rng);
    case DataKind::Classification: return make_classification(spec, rng);
    case DataKind::Points: return {spec.inputs, spec.targets, spec.test_inputs, spec.test_targets};
  }
  return {};
}

}  // namespace bpl
