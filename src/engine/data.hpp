// Training and test data: 1-D target functions, 2-D classification patterns, explicit points.
// Inputs and targets are (features, samples): one column per sample. Seeded and deterministic.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include "matrix.hpp"

namespace bpl {

enum class DataKind { Function, Classification, Points };
enum class TargetFunction { Sin, Step, Abs, Sawtooth, GaussianBump, Cubic };
enum class Pattern { Xor, Circle, TwoGaussians, Spiral };

std::string_view name(DataKind k);
std::string_view name(TargetFunction f);
std::string_view name(Pattern p);
std::optional<DataKind> parse_data_kind(std::string_view text);
std::optional<TargetFunction> parse_function(std::string_view text);
std::optional<Pattern> parse_pattern(std::string_view text);
std::string function_names();
std::string pattern_names();

// The target y = g(x) of a 1-D function lesson (without noise).
double target(TargetFunction f, double x);

struct DataSpec {
  DataKind kind = DataKind::Function;
  // function
  TargetFunction function = TargetFunction::Sin;
  double lo = -3.14159, hi = 3.14159;  // domain
  // classification
  Pattern pattern = Pattern::Xor;
  // function and classification
  int count = 64;
  double noise = 0.0;
  double test_fraction = 0.25;
  // points: (inputs, N) and (outputs, N); test set optional (0 columns when absent)
  Matrix inputs, targets, test_inputs, test_targets;
};

struct Dataset {
  Matrix x_train, y_train;  // (inputs, N_train), (outputs, N_train)
  Matrix x_test, y_test;    // (inputs, N_test),  (outputs, N_test)
  int inputs() const { return static_cast<int>(x_train.rows()); }
  int outputs() const { return static_cast<int>(y_train.rows()); }
};

// Builds the data set from its spec with its own seeded random source.
Dataset make_dataset(const DataSpec& spec, std::uint64_t seed);

}  // namespace bpl
