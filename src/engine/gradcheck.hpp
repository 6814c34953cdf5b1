// Gradient checking: back-propagation against central finite differences.
//
// The analytic side is the engine's own backward pass: a Stepper on the one batch is advanced
// through Forward 1 … Forward L, Loss, Backward L … Backward 1 and stopped before Update, so
// exactly the code the app shows is checked; nothing here back-propagates by itself.
// The numeric side only runs forward passes (the engine's predict and sample_losses):
//
//   ∂ℓ/∂p ≈ (ℓ(p + h) − ℓ(p − h)) / (2h),   h = step · max(1, |p|)
//
// where ℓ is the batch loss (mean of ℓₙ) for w and b, and sample n's own loss ℓₙ for the
// per-sample quantities ∂ℓₙ/∂s and ∂ℓₙ/∂x (column n). The divisor is the step actually taken
// in floating point, (p + h) − (p − h), not 2h.
//
// Relative error of one entry, analytic a against numeric n:
//
//   err(a, n) = |a − n| / max(|a| + |n|, floor · max(1, |ℓ|))
//
// with ℓ the loss that was differenced (the batch loss for w and b, ℓₙ for column n of the
// per-sample quantities). It is 0 for equal values and at most 1 when a and n have opposite
// signs. The floor (default 1e-4) keeps entries that are both tiny from dividing the finite
// difference's rounding noise, about ε·|ℓ|/h ≈ 2e-10·|ℓ| absolute, by almost nothing: below
// it the error is in effect absolute, |a − n| / (1e-4 · max(1, |ℓ|)), so noise alone stays
// near 1e-6 while a wrong gradient of any size above ~1e-8 still shows as ≥ 1e-4.
// A correct network shows worst errors of 1e-7 … 1e-9 (entries near 1e-4 up to ~1e-6);
// a wrong gradient shows 1e-3 … 1.
// ReLU and leaky ReLU are not differentiable at s = 0: when some s lies within a step of a kink
// the numeric slope mixes both sides and the error is meaningless there; near_kinks counts
// such entries so that a report can say so.
#pragma once
#include <vector>
#include "loss.hpp"
#include "network.hpp"

namespace bpl {

inline constexpr double gradcheck_step = 1e-6;   // h before scaling by max(1, |p|)
inline constexpr double gradcheck_floor = 1e-4;  // floor of the relative error's denominator, × max(1, |ℓ|)

// err(a, n) with the floor as given (callers scale it by max(1, |ℓ|)).
double relative_error(double analytic, double numeric, double floor = gradcheck_floor);
// Worst relative error over matching entries of two matrices of the same shape (0 when empty).
double worst_relative_error(const Matrix& analytic, const Matrix& numeric, double floor = gradcheck_floor);

struct LayerGradientCheck {
  Matrix dl_dw_analytic, dl_dw_numeric;  // (units, inputs)  ∂ℓ/∂w of the batch loss
  Vector dl_db_analytic, dl_db_numeric;  // (units)          ∂ℓ/∂b of the batch loss
  double w_error = 0, b_error = 0;       // worst relative error of any entry of w, of b
  Eigen::Index w_worst_row = 0, w_worst_col = 0, b_worst = 0;  // where it is
  int near_kinks = 0;  // entries of s of a relu / leaky_relu layer with |s| < 1e-4 (see above)
};

struct GradientCheck {
  double loss = 0;  // the batch loss at the given parameters
  std::vector<LayerGradientCheck> layers;  // layers[0] is layer 1
  double worst() const;  // worst w_error or b_error of any layer
  int near_kinks() const;
};

// Checks ∂ℓ/∂w and ∂ℓ/∂b of every layer of net (its parameters; its stored quantities are
// ignored and left alone) on the batch x0 (inputs, N) with targets y (outputs, N).
// Costs two forward passes of the batch per parameter.
GradientCheck gradient_check(const Network& net, const Matrix& x0, const Matrix& y, Loss loss,
                             double step = gradcheck_step, double floor = gradcheck_floor);

// The per-sample meaning of the backward pass: column n of ∂ℓ/∂s⁽ˡ⁾ and ∂ℓ/∂x⁽ˡ⁾ is the gradient
// of sample n's own loss ℓₙ, checked by perturbing s⁽ˡ⁾ (or x⁽ˡ⁾) of sample n alone and running
// the rest of the network forward. ∂ℓₙ/∂x⁽ᴸ⁾ = ∂ℓₙ/∂f is checked against ℓₙ written as a
// function of f (for softmax_cross_entropy, −Σᵢ yᵢ log fᵢ with f free, which is what the engine's
// −y/f is the gradient of).
struct LayerSampleCheck {
  Matrix dl_ds_analytic, dl_ds_numeric;  // (units, batch)
  Matrix dl_dx_analytic, dl_dx_numeric;  // (units, batch)
  double dl_ds_error = 0, dl_dx_error = 0;
};

struct SampleCheck {
  std::vector<LayerSampleCheck> layers;
  double worst() const;
};

SampleCheck sample_gradient_check(const Network& net, const Matrix& x0, const Matrix& y, Loss loss,
                                  double step = gradcheck_step, double floor = gradcheck_floor);

}  // namespace bpl
