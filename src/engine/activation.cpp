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

// σ(s) = 1 / (1 + e^(−s)), written so that neither branch overflows:
//   e = e^(−|s|) ∈ (0, 1],   σ(s) = 1 / (1 + e) for s ≥ 0,   σ(s) = e / (1 + e) for s < 0.
// Scalar and packet (SIMD) forms of the same formula, so Eigen vectorises it for double.
struct SigmoidOp {
  double operator()(double s) const {
    const double e = std::exp(-std::abs(s));  // e = e^(−|s|)
    const double r = 1.0 / (1.0 + e);         // 1 / (1 + e)
    return s >= 0 ? r : e * r;                // σ = 1/(1+e) or e/(1+e)
  }
  template <class P>
  P packetOp(const P& s) const {
    using namespace Eigen::internal;
    const P one = pset1<P>(1.0);
    const P a = pabs(s);
    // Eigen's pexp clamps its argument at −709.78 instead of underflowing to 0 or a subnormal:
    // past |s| = 708 (rare: σ < 10⁻³⁰⁷) the lanes take the scalar formula.
    if (predux_max(a) > 708.0) {
      alignas(64) double lanes[unpacket_traits<P>::size];
      pstore(lanes, s);
      for (double& v : lanes) v = (*this)(v);
      return pload<P>(lanes);
    }
    const P e = pexp(pnegate(a));                 // e = e^(−|s|)
    const P r = pdiv(one, padd(one, e));          // 1 / (1 + e)
    return pselect(pcmp_lt(s, pzero(s)), pmul(e, r), r);  // σ = e/(1+e) for s < 0, else 1/(1+e)
  }
};

// tanh(s) = sign(s) · (1 − e) / (1 + e),  e = e^(−2|s|) ∈ (0, 1], for |s| ≥ 1/8; below, the odd
// Taylor series tanh(s) = s − s³/3 + 2s⁵/15 − … to s¹⁵ keeps full double accuracy (1 − e would cancel).
struct TanhOp {
  static constexpr double c3 = -1.0 / 3, c5 = 2.0 / 15, c7 = -17.0 / 315, c9 = 62.0 / 2835,
                          c11 = -1382.0 / 155925, c13 = 21844.0 / 6081075, c15 = -929569.0 / 638512875;
  double operator()(double s) const {
    const double a = std::abs(s);
    if (a < 0.125) {
      const double s2 = s * s;  // s (1 + s² (c3 + s² (c5 + … + s² c15)))
      return s * (1.0 + s2 * (c3 + s2 * (c5 + s2 * (c7 + s2 * (c9 + s2 * (c11 + s2 * (c13 + s2 * c15)))))));
    }
    const double e = std::exp(-2.0 * a);      // e = e^(−2|s|)
    const double t = (1.0 - e) / (1.0 + e);   // tanh|s|
    return s < 0 ? -t : t;
  }
  template <class P>
  P packetOp(const P& s) const {
    using namespace Eigen::internal;
    const P one = pset1<P>(1.0);
    const P a = pabs(s);
    const P e = pexp(pmul(pset1<P>(-2.0), a));    // e = e^(−2|s|)
    const P big = pdiv(psub(one, e), padd(one, e));  // tanh|s| = (1 − e) / (1 + e)
    const P s2 = pmul(s, s);                         // Horner in s²: s (1 + s² (c3 + … + s² c15))
    P poly = pmadd(s2, pset1<P>(c15), pset1<P>(c13));
    poly = pmadd(s2, poly, pset1<P>(c11));
    poly = pmadd(s2, poly, pset1<P>(c9));
    poly = pmadd(s2, poly, pset1<P>(c7));
    poly = pmadd(s2, poly, pset1<P>(c5));
    poly = pmadd(s2, poly, pset1<P>(c3));
    poly = pmadd(s2, poly, one);
    const P small = pmul(s, poly);
    const P signed_big = pselect(pcmp_lt(s, pzero(s)), pnegate(big), big);  // sign(s) · tanh|s|
    return pselect(pcmp_lt(a, pset1<P>(0.125)), small, signed_big);
  }
};
}  // namespace
}  // namespace bpl

// Tell Eigen the two functors have a packet form: unaryExpr then runs them on whole SIMD registers.
template <>
struct Eigen::internal::functor_traits<bpl::SigmoidOp> {
  enum { Cost = 30, PacketAccess = packet_traits<double>::HasExp && packet_traits<double>::HasDiv };
};
template <>
struct Eigen::internal::functor_traits<bpl::TanhOp> {
  enum { Cost = 40, PacketAccess = packet_traits<double>::HasExp && packet_traits<double>::HasDiv };
};

namespace bpl {

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
  m = m.unaryExpr(TanhOp{});  // tanh(s), one vectorised pass (see TanhOp)
}

void activate(Activation a, const Matrix& s, Matrix& x) {
  switch (a) {
    case Activation::Linear: x = s; break;                                   // x = s
    case Activation::Sigmoid: x = s.unaryExpr(SigmoidOp{}); break;         // x = 1 / (1 + e^(−s))
    case Activation::Tanh: x = s.unaryExpr(TanhOp{}); break;                // x = tanh(s)
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
