// Activations σ and their derivatives σ′, applied column by column to (units, batch) matrices.
#pragma once
#include <string>
#include <string_view>
#include <optional>
#include "matrix.hpp"

namespace bpl {

enum class Activation { Linear, Sigmoid, Tanh, Relu, LeakyRelu, Softmax };

inline constexpr double leaky_relu_slope = 0.01;

std::string_view name(Activation a);
std::optional<Activation> parse_activation(std::string_view text);
std::string activation_names();  // "linear, sigmoid, …" for error messages

// x = σ(s), elementwise except softmax (per column). s and x are (units, batch).
void activate(Activation a, const Matrix& s, Matrix& x);

// ∂ℓ/∂s from ∂ℓ/∂x. Elementwise activations: ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′(s).
// Softmax (per column): ∂ℓ/∂s = x ⊙ (∂ℓ/∂x − (xᵀ ∂ℓ/∂x)), its Jacobian is not diagonal.
void activation_backward(Activation a, const Matrix& s, const Matrix& x, const Matrix& dl_dx, Matrix& dl_ds);

// σ′(s) of one unit, for elementwise activations (used by tooltips and tests).
double derivative(Activation a, double s, double x);

// tanh in double precision, vectorised (Eigen 3.4 vectorises tanh only for float).
void tanh_inplace(Matrix& m);

}  // namespace bpl
