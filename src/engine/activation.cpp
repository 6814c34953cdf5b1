// Activations σ and derivatives σ′, with the formulas of the notes beside the code.
#include "activation.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
struct Named { Activation a; std::string_view text; };
constexpr std::array<Named, 6> kNames{{{Activation::Linear, "linear"},
                                       {Activation::Sigmoid, "sigmoid"},
                                       {Activation::Tanh, "tanh"},
                                       {Activation::Relu, "relu"},
                                       {Activation::LeakyRelu, "leaky_relu"},
                                       {Activation::Softmax, "softmax"}}};

// σ(s) = 1 / (1 + e^(−s)), written so that neither branch overflows.
double sigmoid(double s) {
  if (s >= 0) return 1.0 / (1.0 + std::exp(-s));
  const double e = std::exp(s);
  return e / (1.0 + e);
}
}  // namespace

std::string_view name(Activation a) {
  for (const auto& n : kNames)
    if (n.a == a) return n.text;
  return "?";
}

std::optional<Activation> parse_activation(std::string_view text) {
  for (const auto& n : kNames)
    if (n.text == text) return n.a;
  return std::nullopt;
}

std::string activation_names() {
  std::string out;
  for (const auto& n : kNames) out += (out.empty() ? "" : ", ") + std::string(n.text);
  return out;
}

void tanh_inplace(Matrix& m) {
  // tanh(s) = sign(s) · (1 − e^(−2|s|)) / (1 + e^(−2|s|)); Eigen vectorises exp in double.
  // Below |s| < 0.125 the odd Taylor series to s^13 keeps full double accuracy.
  auto a = m.array();
  const Eigen::ArrayXXd abs = a.abs();
  const Eigen::ArrayXXd e = (-2.0 * abs).exp();
  const Eigen::ArrayXXd big = (1.0 - e) / (1.0 + e);
  const Eigen::ArrayXXd s2 = a * a;
  const Eigen::ArrayXXd small =
      a * (1.0 + s2 * (-1.0 / 3 + s2 * (2.0 / 15 + s2 * (-17.0 / 315 + s2 * (62.0 / 2835 + s2 * (-1382.0 / 155925 + s2 * (21844.0 / 6081075)))))));
  a = (abs < 0.125).select(small, a.sign() * big);
}

void activate(Activation a, const Matrix& s, Matrix& x) {
  switch (a) {
    case Activation::Linear: x = s; break;                                   // x = s
    case Activation::Sigmoid: x = s.unaryExpr([](double v) { return sigmoid(v); }); break;
    case Activation::Tanh: x = s; tanh_inplace(x); break;                   // x = tanh(s)
    case Activation::Relu: x = s.cwiseMax(0.0); break;                      // x = max(0, s)
    case Activation::LeakyRelu:                                             // x = max(0.01 s, s)
      x = s.unaryExpr([](double v) { return v > 0 ? v : leaky_relu_slope * v; });
      break;
    case Activation::Softmax: {                                             // xᵢ = e^(sᵢ) / Σⱼ e^(sⱼ)
      x.resize(s.rows(), s.cols());
      for (Eigen::Index n = 0; n < s.cols(); ++n) {
        const double top = s.col(n).maxCoeff();
        x.col(n) = (s.col(n).array() - top).exp();
        x.col(n) /= x.col(n).sum();
      }
      break;
    }
  }
}

double derivative(Activation a, double s, double x) {
  switch (a) {
    case Activation::Linear: return 1.0;                               // σ′ = 1
    case Activation::Sigmoid: return x * (1.0 - x);                    // σ′ = σ(1 − σ)
    case Activation::Tanh: return 1.0 - x * x;                         // σ′ = 1 − tanh²
    case Activation::Relu: return s > 0 ? 1.0 : 0.0;                   // σ′ = 1[s > 0]
    case Activation::LeakyRelu: return s > 0 ? 1.0 : leaky_relu_slope;
    case Activation::Softmax: return x * (1.0 - x);                    // diagonal of the Jacobian only
  }
  return 0.0;
}

void activation_backward(Activation a, const Matrix& s, const Matrix& x, const Matrix& dl_dx, Matrix& dl_ds) {
  switch (a) {
    case Activation::Linear: dl_ds = dl_dx; break;
    case Activation::Sigmoid:  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ(s)(1 − σ(s))
      dl_ds = (dl_dx.array() * x.array() * (1.0 - x.array())).matrix();
      break;
    case Activation::Tanh:  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ (1 − tanh²(s))
      dl_ds = (dl_dx.array() * (1.0 - x.array().square())).matrix();
      break;
    case Activation::Relu:
      dl_ds = (s.array() > 0.0).select(dl_dx, 0.0);
      break;
    case Activation::LeakyRelu:
      dl_ds = (s.array() > 0.0).select(dl_dx, leaky_relu_slope * dl_dx);
      break;
    case Activation::Softmax: {  // ∂ℓ/∂s = x ⊙ (∂ℓ/∂x − 1 (xᵀ ∂ℓ/∂x)), per column
      const RowVector dot = (x.array() * dl_dx.array()).colwise().sum();
      dl_ds = (x.array() * (dl_dx.array().rowwise() - dot.array())).matrix();
      break;
    }
  }
}

}  // namespace bpl
