// What the fit panel draws, computed from the network alone.
//
// 1-D: f(x) on a dense grid, and the last hidden layer's units as separate terms:
//   s⁽ᴸ⁾(x) = Σₖ ωₖ x⁽ᴸ⁻¹⁾ₖ(x) + b⁽ᴸ⁾,  ωₖ = w⁽ᴸ⁾₁ₖ
// which for one hidden layer is the notes' f(x) = Σₖ ωₖ σ(wₖ x + bₖ) (+ b) when the output is linear.
// 2-D: the first output over a grid of the plane (the decision boundary).
#pragma once
#include <optional>
#include <vector>
#include "data.hpp"
#include "network.hpp"

namespace bpl {

struct FitCurves {
  Vector x;          // (points)     the grid, lo … hi
  Vector f;          // (points)     f(x), the first output
  Matrix terms;      // (K, points)  ωₖ x⁽ᴸ⁻¹⁾ₖ(x) of each hidden unit k (0 rows without a hidden layer)
  double bias = 0;   // b⁽ᴸ⁾ of the first output
  bool terms_sum_to_f = false;  // true when the output is linear: Σₖ termsₖ + b = f
};

// For networks with one input and at least one output.
FitCurves fit_curves(const Network& net, double lo, double hi, int points);

// max over the grid of |g(x) − f(x)|, the worst error against the target function.
double worst_error(const FitCurves& c, TargetFunction g);

// The first output over a (rows × cols) grid of [x_lo, x_hi] × [y_lo, y_hi]; row 0 is y_lo.
Matrix output_grid(const Network& net, double x_lo, double x_hi, double y_lo, double y_hi, int cols, int rows);

}  // namespace bpl
