// Activations σ and derivatives σ′, with the formulas of the notes beside the code.
#include "activation.hpp"
#include "names.hpp"
#include "simd.hpp"
#include <array>
#include <cmath>
#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace bpl {
namespace {
constexpr std::array<names::Named<Activation>, 6> kNames{{{Activation::Linear, "linear"},
                                       {Activation::Sigmoid, "sigmoid"},
                                       {Activation::Tanh, "tanh"},
                                       {Activation::Relu, "relu"},
                                       {Activation::LeakyRelu, "leaky_relu"},
                                       {Activation::Softmax, "softmax"}}};

// ---- Vectorised tanh and sigmoid in double precision ---------------------------------------
// Eigen 3.4 vectorises tanh only for float, and its double exp clamps instead of underflowing and
// costs two divisions with tanh's own. Both functions here share one e^x kernel without division,
// written with GCC vector types as wide as one register: 8 doubles with AVX-512, 4 with AVX, 2 with SSE2.
using namespace simd;

inline V splat(double v) { return V{} + v; }
inline VI bits(V v) { return (VI)v; }  // same bits, read as integers
inline V from_bits(VI i) { return (V)i; }

// For x ∈ [−750, 0]: x = k ln 2 + r with k an integer and |r| ≤ ln 2 / 2, so
//   e^x = 2^k (1 + p),   e^x − 1 = 2^k p + (2^k − 1),   p = e^r − 1 = r + r²/2! + … + r¹³/13!
// (Taylor to r¹³: the first term left out is below 10⁻¹⁷ of r).
constexpr double magic = 0x1.8p52;  // y + 1.5·2⁵² rounds y to an integer, held in the low mantissa bits
struct ExpParts {
  V p, k, shifted;  // p, k as a double, and k + 1.5·2⁵²
};
inline ExpParts exp_parts(V x) {
  constexpr double log2e = 1.4426950408889634074;
  constexpr double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;  // ln 2 = hi + lo
  const V shifted = x * log2e + magic;             // k = round(x / ln 2), as low mantissa bits
  const V k = shifted - magic;                     // k as a double
  V r = x - k * ln2_hi;                            // r = x − k ln 2, in two parts (Cody–Waite)
  r = r - k * ln2_lo;
  V q = splat(1.0 / 6227020800);                   // q = 1/2! + r/3! + … + r¹¹/13!, Horner
  q = q * r + 1.0 / 479001600;
  q = q * r + 1.0 / 39916800;
  q = q * r + 1.0 / 3628800;
  q = q * r + 1.0 / 362880;
  q = q * r + 1.0 / 40320;
  q = q * r + 1.0 / 5040;
  q = q * r + 1.0 / 720;
  q = q * r + 1.0 / 120;
  q = q * r + 1.0 / 24;
  q = q * r + 1.0 / 6;
  q = q * r + 0.5;
  const V p = (r * r) * q + r;                     // p = e^r − 1 = r + r² q
  return {p, k, shifted};
}

// v · 2^k for k ≥ −1100: exact while the result is a normal number, one rounding when subnormal.
inline V times_two_to_k(V v, const ExpParts& e) {
#if defined(__AVX512F__)
  return (V)_mm512_scalef_pd((__m512d)v, (__m512d)e.k);  // one instruction: v · 2^⌊k⌋
#else
  // 2^(k+64) from the bits of k (a normal number down to k = −1086), then the exact · 2^−64.
  const VI k_int = bits(e.shifted) - bits(splat(magic));
  return (v * from_bits((k_int + (1023 + 64)) << 52)) * 0x1p-64;
#endif
}

inline V abs(V s) { return from_bits(bits(s) & 0x7fffffffffffffffLL); }
inline V max(V a, V b) { return a < b ? b : a; }  // NaN in a stays NaN

// tanh(s) = sign(s) · |m| / (2 + m),  m = e^(−2|s|) − 1 ∈ (−1, 0]
// (from tanh a = (1 − e^(−2a)) / (1 + e^(−2a))). With e^x − 1 computed directly there is no
// cancellation near 0: relative error ≲ 4·10⁻¹⁶ everywhere. |s| > 20 gives exactly ±1.
inline V tanh_v(V s) {
  const V x = max(-2.0 * abs(s), splat(-40.0));    // x = −2|s|, clamped where tanh is 1 anyway
  const ExpParts e = exp_parts(x);
  const V two_k = times_two_to_k(splat(1.0), e);   // 2^k (normal: k ≥ −58)
  const V m = two_k * e.p + (two_k - 1.0);         // m = e^x − 1 = 2^k p + (2^k − 1)
  const V t = abs(m) / (2.0 + m);                  // tanh|s| = −m / (2 + m)
  return from_bits(bits(t) | (bits(s) & (-0x7fffffffffffffffLL - 1)));  // sign of s
}

// σ(s) = 1 / (1 + e^(−s)), written so that nothing overflows:
//   e = e^(−|s|) ∈ [0, 1],   σ(s) = 1 / (1 + e) for s ≥ 0,   σ(s) = e / (1 + e) for s < 0.
// e underflows to subnormals and 0 like std::exp; relative error ≲ 4·10⁻¹⁶.
inline V sigmoid_v(V s) {
  const V x = max(-abs(s), splat(-750.0));         // x = −|s|; e^−750 is 0 in double
  const ExpParts parts = exp_parts(x);
  const V e = times_two_to_k(1.0 + parts.p, parts);  // e = 2^k (1 + p)
  const V top = s < 0.0 ? e : splat(1.0);
  return top / (1.0 + e);                          // σ = 1/(1+e) or e/(1+e)
}

// out[i] = f(in[i]) for n values; in and out may be the same array. F is a function object type
// (not a pointer), so f is inlined into the loop.
template <class F>
void map_v(const double* in, double* out, Eigen::Index n, F f) {
  Eigen::Index i = 0;
  for (; i + kLanes <= n; i += kLanes) *reinterpret_cast<VMem*>(out + i) = f(*reinterpret_cast<const VMem*>(in + i));
  if (i < n) {  // the last n mod kLanes values, through the same lanes (zero-padded)
    V v = {};
    __builtin_memcpy(&v, in + i, sizeof(double) * (n - i));
    v = f(v);
    __builtin_memcpy(out + i, &v, sizeof(double) * (n - i));
  }
}
}  // namespace

std::string_view name(Activation a) { return names::find_name(kNames, a); }
std::optional<Activation> parse_activation(std::string_view text) { return names::find_value(kNames, text); }
std::string activation_names() { return names::all_names(kNames); }

void tanh_inplace(Matrix& m) {
  map_v(m.data(), m.data(), m.size(), [](V v) { return tanh_v(v); });  // tanh(s), one vectorised pass (see tanh_v)
}

void activate(Activation a, const Matrix& s, Matrix& x) {
  switch (a) {
    case Activation::Linear: x = s; break;                                   // x = s
    case Activation::Sigmoid:                                               // x = 1 / (1 + e^(−s))
      x.resize(s.rows(), s.cols());
      map_v(s.data(), x.data(), s.size(), [](V v) { return sigmoid_v(v); });
      break;
    case Activation::Tanh:                                                  // x = tanh(s)
      x.resize(s.rows(), s.cols());
      map_v(s.data(), x.data(), s.size(), [](V v) { return tanh_v(v); });
      break;
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
