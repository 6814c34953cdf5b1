// Explanations of single entries, with the formula of the notes and the numbers that went in.
#include "explain.hpp"
#include <cmath>
#include <cstdio>

namespace bpl {
namespace {
// At most this many terms of a sum are written out; the rest become "…".
constexpr int kTermsShown = 3;

std::string digits_in(int n, const char* const table[10]) {
  std::string out;
  for (char c : std::to_string(n)) out += table[c - '0'];
  return out;
}

std::string sigma_name(Activation a) {
  switch (a) {
    case Activation::Linear: return "s";
    case Activation::Sigmoid: return "σ";
    case Activation::Tanh: return "tanh";
    case Activation::Relu: return "max(0, s)";
    case Activation::LeakyRelu: return "leaky_relu";
    case Activation::Softmax: return "softmax";
  }
  return "σ";
}

// "a₁·b₁ + a₂·b₂ + a₃·b₃ + … (K terms)" with the numbers of a dot product.
template <class A, class B>
std::string sum_of_products(const A& a, const B& b) {
  std::string out;
  const auto k = static_cast<int>(a.size());
  for (int t = 0; t < std::min(k, kTermsShown); ++t)
    out += (t ? " + " : "") + format_number(a(t), 3) + "×" + format_number(b(t), 3);
  if (k > kTermsShown) out += " + … (" + std::to_string(k) + " terms)";
  return out;
}
}  // namespace

std::string subscript(int n) {
  static const char* const table[10] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
  return digits_in(n, table);
}

std::string layer_superscript(int l) {
  static const char* const table[10] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  return "⁽" + digits_in(l, table) + "⁾";
}

std::string format_number(double v, int digits) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "−Inf";
  char text[48];
  std::snprintf(text, sizeof text, "%.*g", digits, v);
  std::string out = text;
  if (!out.empty() && out[0] == '-') out = "−" + out.substr(1);  // a real minus sign
  return out;
}

Explanation explain(const Stepper& stepper, Quantity q, int layer, int i, int j) {
  const Network& net = stepper.network();
  const Layer& l = net.layers[layer - 1];
  const Matrix& x_prev = net.input_of(layer - 1);
  const std::string up = layer_superscript(layer), down = layer_superscript(layer - 1);
  const std::string si = subscript(i + 1), sj = subscript(j + 1);
  const double batch = static_cast<double>(x_prev.cols());
  Explanation e;
  auto says = [&](std::string title, std::string formula, double value) {
    e = {std::move(title), std::move(formula) + " = " + format_number(value), value};
  };
  const std::string unit_sample = " unit " + std::to_string(i + 1) + ", sample " + std::to_string(j + 1);
  switch (q) {
    case Quantity::W:
      says("w" + up + si + "," + sj, "weight from input " + std::to_string(j + 1) + " to unit " + std::to_string(i + 1) +
                                         "; the update sets w ← w − η ∂ℓ/∂w", l.w(i, j));
      break;
    case Quantity::B: says("b" + up + si, "bias of unit " + std::to_string(i + 1), l.b(i)); break;
    case Quantity::S:  // s = Σⱼ wᵢⱼ xⱼ + bᵢ
      says("s" + up + " " + unit_sample,
           "s" + si + " = Σⱼ w" + si + "ⱼ x" + down + "ⱼ + b" + si + " = " +
               sum_of_products(l.w.row(i), x_prev.col(j)) + " + " + format_number(l.b(i), 3),
           l.s(i, j));
      break;
    case Quantity::X:
      if (l.act == Activation::Softmax)
        says("x" + up + unit_sample, "x" + si + " = e^(s" + si + ") / Σₖ e^(sₖ) = e^(" + format_number(l.s(i, j), 3) + ") / Σₖ e^(sₖ)", l.x(i, j));
      else
        says("x" + up + unit_sample, "x" + si + " = " + sigma_name(l.act) + "(s" + si + ") = " + sigma_name(l.act) + "(" +
                                         format_number(l.s(i, j), 3) + ")", l.x(i, j));
      break;
    case Quantity::DlDx:
      if (layer == net.depth()) {
        const double f = l.x(i, j), y = stepper.targets()(i, j);
        const std::string fy = "f = " + format_number(f, 3) + ", y = " + format_number(y, 3) + ": ";
        std::string formula;
        switch (stepper.loss()) {
          case Loss::Mse: formula = "∂ℓₙ/∂f" + si + " = 2 (f − y) = 2 × (" + format_number(f, 3) + " − " + format_number(y, 3) + ")"; break;
          case Loss::HalfMse: formula = "∂ℓₙ/∂f" + si + " = f − y = " + format_number(f, 3) + " − " + format_number(y, 3); break;
          case Loss::Bce: formula = "∂ℓₙ/∂f = (f − y) / (f (1 − f)), " + fy.substr(0, fy.size() - 2); break;
          case Loss::SoftmaxCrossEntropy: formula = "∂ℓₙ/∂f" + si + " = −y" + si + " / f" + si + ", " + fy.substr(0, fy.size() - 2); break;
        }
        says("∂ℓ/∂x" + up + unit_sample + " (from the loss)", formula, l.dl_dx(i, j));
      } else {
        const Layer& above = net.layers[layer];
        says("∂ℓ/∂x" + up + unit_sample,
             "∂ℓ/∂x" + si + " = Σₖ w" + layer_superscript(layer + 1) + "ₖ" + si + " ∂ℓ/∂sₖ" + layer_superscript(layer + 1) +
                 " = " + sum_of_products(above.w.col(i), above.dl_ds.col(j)),
             l.dl_dx(i, j));
      }
      break;
    case Quantity::DlDs:
      if (layer == net.depth() && fused_output_gradient(stepper.loss(), l.act)) {
        const double f = l.x(i, j), y = stepper.targets()(i, j);
        if (stepper.loss() == Loss::Bce)
          says("∂ℓ/∂s" + up + unit_sample, "∂ℓ/∂s = f − y = " + format_number(f, 3) + " − " + format_number(y, 3) +
                                               " (σ′ and the loss combined)", l.dl_ds(i, j));
        else  // softmax and cross-entropy combined: ∂ℓ/∂sᵢ = fᵢ Σₖ yₖ − yᵢ (= f − y for one-hot y)
          says("∂ℓ/∂s" + up + unit_sample, "∂ℓ/∂s" + si + " = f" + si + " Σₖ yₖ − y" + si + " = " + format_number(f, 3) +
                                               " × " + format_number(stepper.targets().col(j).sum(), 3) + " − " +
                                               format_number(y, 3), l.dl_ds(i, j));
      }
      else if (l.act == Activation::Softmax)
        says("∂ℓ/∂s" + up + unit_sample, "∂ℓ/∂s" + si + " = x" + si + " (∂ℓ/∂x" + si + " − Σₖ xₖ ∂ℓ/∂xₖ)", l.dl_ds(i, j));
      else
        says("∂ℓ/∂s" + up + unit_sample,
             "∂ℓ/∂s" + si + " = ∂ℓ/∂x" + si + " · σ′(s" + si + ") = " + format_number(l.dl_dx(i, j), 3) + " × " +
                 format_number(derivative(l.act, l.s(i, j), l.x(i, j)), 3),
             l.dl_ds(i, j));
      break;
    case Quantity::DlDw:
      says("∂ℓ/∂w" + up + si + "," + sj,
           "∂ℓ/∂w" + si + "," + sj + " = mean over n of ∂ℓ/∂s" + si + " · x" + down + sj + " = (" +
               sum_of_products(l.dl_ds.row(i), x_prev.row(j)) + ") / " + format_number(batch),
           l.dl_dw(i, j));
      break;
    case Quantity::DlDb:
      says("∂ℓ/∂b" + up + si, "∂ℓ/∂b" + si + " = mean over n of ∂ℓ/∂s" + si + " = (Σₙ ∂ℓ/∂s" + si + ") / " +
                                  format_number(batch),
           l.dl_db(i));
      break;
  }
  return e;
}

}  // namespace bpl
