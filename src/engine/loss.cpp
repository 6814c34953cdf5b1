// Losses and their gradients with respect to the network output f.
#include "loss.hpp"
#include "names.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
constexpr std::array<names::Named<Loss>, 4> kNames{{{Loss::Mse, "mse"},
                                       {Loss::HalfMse, "half_mse"},
                                       {Loss::Bce, "bce"},
                                       {Loss::SoftmaxCrossEntropy, "softmax_cross_entropy"}}};

// Binary cross-entropy of one output from its s and target y:
//   ℓ = y softplus(−s) + (1 − y) softplus(s),  softplus(±s) = max(±s, 0) + log1p(e),  e = e^(−|s|),
// so nothing overflows and f = σ(s) rounding to 0 or 1 does no harm. Scalar and packet (SIMD) forms.
struct BceOp {
  double operator()(double s, double y) const {
    const double l = std::log1p(std::exp(-std::abs(s)));                     // log1p(e^(−|s|))
    return y * (std::max(-s, 0.0) + l) + (1.0 - y) * (std::max(s, 0.0) + l);  // y softplus(−s) + (1 − y) softplus(s)
  }
  template <class P>
  P packetOp(const P& s, const P& y) const {
    using namespace Eigen::internal;
    const P one = pset1<P>(1.0), zero = pzero(s);
    const P a = pabs(s);
    // e = e^(−|s|) ∈ [0, 1]; Eigen's exp clamps below e^−709, so past |s| = 708 e is 0 (error < 10⁻³⁰⁷).
    const P e = pselect(pcmp_lt(pset1<P>(708.0), a), zero, pexp(pnegate(a)));
    const P u = padd(one, e);                                                      // u = 1 + e
    const P l = pselect(pcmp_eq(u, one), e, pdiv(pmul(e, plog(u)), psub(u, one)));  // log1p(e) = e log u / (u − 1) (Kahan)
    const P neg = pmax(pnegate(s), zero), pos = pmax(s, zero);                    // max(−s, 0), max(s, 0)
    return padd(padd(pmul(y, neg), pmul(psub(one, y), pos)), l);                  // y softplus(−s) + (1 − y) softplus(s)
  }
};

}  // namespace
}  // namespace bpl

template <>
struct Eigen::internal::functor_traits<bpl::BceOp> {
  enum { Cost = 60, PacketAccess = packet_traits<double>::HasExp && packet_traits<double>::HasLog && packet_traits<double>::HasDiv };
};

namespace bpl {

std::string_view name(Loss l) { return names::find_name(kNames, l); }
std::optional<Loss> parse_loss(std::string_view text) { return names::find_value(kNames, text); }
std::string loss_names() { return names::all_names(kNames); }

std::optional<Activation> required_output(Loss l) {
  if (l == Loss::Bce) return Activation::Sigmoid;
  if (l == Loss::SoftmaxCrossEntropy) return Activation::Softmax;
  return std::nullopt;
}

bool fused_output_gradient(Loss l, Activation output) {
  return required_output(l) == output;
}

void sample_losses(Loss l, const Matrix& s, const Matrix& f, const Matrix& y, RowVector& out) {
  out.resize(s.cols());  // a no-op while the batch size stays the same
  Eigen::Map<Matrix> row(out.data(), 1, out.size());  // out seen as column-major: Eigen vectorises the copies
  switch (l) {
    case Loss::Mse:  // Σᵢ (fᵢ − yᵢ)²  (one output: no column sums)
      if (f.rows() == 1) row = (f - y).array().square().matrix();
      else out = (f - y).array().square().colwise().sum();
      return;
    case Loss::HalfMse:  // ½ Σᵢ (fᵢ − yᵢ)²
      if (f.rows() == 1) row = (0.5 * (f - y).array().square()).matrix();
      else out = 0.5 * (f - y).array().square().colwise().sum();
      return;
    case Loss::Bce:  // −[y log σ(s) + (1 − y) log(1 − σ(s))], see BceOp; one output: no column sums
      if (s.rows() == 1) row = s.binaryExpr(y, BceOp{});
      else out = s.binaryExpr(y, BceOp{}).colwise().sum();
      return;
    case Loss::SoftmaxCrossEntropy:
      // −Σᵢ yᵢ log fᵢ with log fᵢ = sᵢ − log Σⱼ e^(sⱼ)
      for (Eigen::Index n = 0; n < s.cols(); ++n) {
        const double top = s.col(n).maxCoeff();
        const double log_sum = top + std::log((s.col(n).array() - top).exp().sum());
        out(n) = -(y.col(n).array() * (s.col(n).array() - log_sum)).sum();
      }
      return;
  }
  out.setZero();
}

RowVector sample_losses(Loss l, const Matrix& s, const Matrix& f, const Matrix& y) {
  RowVector out;
  sample_losses(l, s, f, y, out);
  return out;
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
