// Losses and their gradients with respect to the network output f.
#include "loss.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
struct Named { Loss l; std::string_view text; };
constexpr std::array<Named, 4> kNames{{{Loss::Mse, "mse"},
                                       {Loss::HalfMse, "half_mse"},
                                       {Loss::Bce, "bce"},
                                       {Loss::SoftmaxCrossEntropy, "softmax_cross_entropy"}}};
}  // namespace

std::string_view name(Loss l) {
  for (const auto& n : kNames)
    if (n.l == l) return n.text;
  return "?";
}

std::optional<Loss> parse_loss(std::string_view text) {
  for (const auto& n : kNames)
    if (n.text == text) return n.l;
  return std::nullopt;
}

std::string loss_names() {
  std::string out;
  for (const auto& n : kNames) out += (out.empty() ? "" : ", ") + std::string(n.text);
  return out;
}

std::optional<Activation> required_output(Loss l) {
  if (l == Loss::Bce) return Activation::Sigmoid;
  if (l == Loss::SoftmaxCrossEntropy) return Activation::Softmax;
  return std::nullopt;
}

bool fused_output_gradient(Loss l, Activation output) {
  return required_output(l) == output;
}

RowVector sample_losses(Loss l, const Matrix& s, const Matrix& f, const Matrix& y) {
  switch (l) {
    case Loss::Mse: return (f - y).array().square().colwise().sum();            // Σᵢ (fᵢ − yᵢ)²
    case Loss::HalfMse: return 0.5 * (f - y).array().square().colwise().sum();  // ½ Σᵢ (fᵢ − yᵢ)²
    case Loss::Bce: {
      // −[y log σ(s) + (1 − y) log(1 − σ(s))] = y softplus(−s) + (1 − y) softplus(s),
      // softplus(±s) = max(±s, 0) + log1p(e), e = e^(−|s|), in vectorised array expressions:
      // e = e^(−|s|) ∈ [0, 1]; Eigen's exp clamps below e^−709, so past |s| = 708 e is taken as 0
      // (an absolute error under 10⁻³⁰⁷).
      const Eigen::ArrayXXd e = (s.array().abs() > 708.0).select(0.0, (-s.array().abs()).exp());
      const auto u = 1.0 + e;                              // u = 1 + e
      // log1p(e) = e log(u) / (u − 1) (Kahan: exact to a few ulps), = e where u rounds to 1
      const auto log1p_e = (u == 1.0).select(e, e * u.log() / (u - 1.0));
      const auto ya = y.array();
      const auto per = ya * (-s.array()).max(0.0) + (1.0 - ya) * s.array().max(0.0) + log1p_e;
      return per.colwise().sum();
    }
    case Loss::SoftmaxCrossEntropy: {
      // −Σᵢ yᵢ log fᵢ with log fᵢ = sᵢ − log Σⱼ e^(sⱼ)
      RowVector out(s.cols());
      for (Eigen::Index n = 0; n < s.cols(); ++n) {
        const double top = s.col(n).maxCoeff();
        const double log_sum = top + std::log((s.col(n).array() - top).exp().sum());
        out(n) = -(y.col(n).array() * (s.col(n).array() - log_sum)).sum();
      }
      return out;
    }
  }
  return RowVector::Zero(s.cols());
}

void loss_gradient(Loss l, const Matrix& f, const Matrix& y, Matrix& dl_df) {
  switch (l) {
    case Loss::Mse: dl_df = 2.0 * (f - y); break;  // ∂ℓₙ/∂f = 2 (f − y)
    case Loss::HalfMse: dl_df = f - y; break;      // ∂ℓₙ/∂f = f − y
    case Loss::Bce:                                // ∂ℓₙ/∂f = (f − y) / (f (1 − f))
      dl_df = ((f - y).array() / (f.array() * (1.0 - f.array()))).matrix();
      break;
    case Loss::SoftmaxCrossEntropy:  // ∂ℓₙ/∂fᵢ = −yᵢ / fᵢ  (0 where yᵢ = 0)
      dl_df = y.binaryExpr(f, [](double yv, double fv) { return yv == 0.0 ? 0.0 : -yv / fv; });
      break;
  }
}

}  // namespace bpl
