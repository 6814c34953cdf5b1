// Builds the notation strings of notation.hpp (UTF-8; the fonts carry every glyph used here).
#include "notation.hpp"

#include <cstdio>

namespace app {

namespace {
constexpr const char* superscript_digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
}

std::string superscript(int n) {
  std::string out = n < 0 ? "⁻" : "";
  const std::string digits = std::to_string(n < 0 ? -static_cast<long>(n) : n);
  for (char d : digits) out += superscript_digits[d - '0'];
  return out;
}

std::string layer_tag(int layer) { return "⁽" + superscript(layer) + "⁾"; }

std::string with_layer(bpl::Quantity q, int layer) { return std::string(bpl::symbol(q)) + layer_tag(layer); }

std::string phase_label(bpl::Phase p, bool short_form) {
  if (short_form) {
    switch (p.kind) {
      case bpl::PhaseKind::Forward: return "F" + std::to_string(p.layer);
      case bpl::PhaseKind::Loss: return "ℓ";
      case bpl::PhaseKind::Backward: return "B" + std::to_string(p.layer);
      case bpl::PhaseKind::Update: return "U";
    }
  }
  switch (p.kind) {
    case bpl::PhaseKind::Forward: return "forward " + std::to_string(p.layer);
    case bpl::PhaseKind::Loss: return "loss";
    case bpl::PhaseKind::Backward: return "backward " + std::to_string(p.layer);
    case bpl::PhaseKind::Update: return "update";
  }
  return "?";
}

std::string sample_loss_formula(bpl::Loss loss) {
  switch (loss) {
    case bpl::Loss::Mse: return "ℓₙ = Σᵢ (fᵢ − yᵢ)²";
    case bpl::Loss::HalfMse: return "ℓₙ = ½ Σᵢ (fᵢ − yᵢ)²";
    case bpl::Loss::Bce: return "ℓₙ = −[y log f + (1 − y) log(1 − f)]";
    case bpl::Loss::SoftmaxCrossEntropy: return "ℓₙ = −Σᵢ yᵢ log fᵢ";
  }
  return "ℓₙ";
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  std::string text = buffer;
  if (!text.empty() && text[0] == '-') text = "−" + text.substr(1);
  return text;
}

static std::vector<std::string> forward_formulas(int l, const bpl::Network& net) {
  const std::string L = layer_tag(l), below = layer_tag(l - 1);
  return {"s" + L + " = w" + L + " x" + below + " + b" + L,
          "x" + L + " = σ(s" + L + "),   σ = " + std::string(bpl::name(net.layers[l - 1].act))};
}

static std::vector<std::string> backward_formulas(int l, const bpl::Network& net, bpl::Loss loss) {
  const std::string L = layer_tag(l), below = layer_tag(l - 1);
  const bpl::Activation act = net.layers[l - 1].act;
  std::vector<std::string> lines;
  if (l == net.depth() && bpl::fused_output_gradient(loss, act))
    lines.push_back("∂ℓ/∂s" + L + " = f − y   (" + std::string(bpl::name(loss)) + " after " + std::string(bpl::name(act)) + ")");
  else if (act == bpl::Activation::Softmax)
    lines.push_back("∂ℓ/∂s" + L + " = x" + L + " ⊙ (∂ℓ/∂x" + L + " − x" + L + "ᵀ ∂ℓ/∂x" + L + ")   (softmax: not diagonal)");
  else
    lines.push_back("∂ℓ/∂s" + L + " = ∂ℓ/∂x" + L + " ⊙ σ′(s" + L + ")");
  lines.push_back("∂ℓ/∂w" + L + " = (1/N) ∂ℓ/∂s" + L + " (x" + below + ")ᵀ");
  lines.push_back("∂ℓ/∂b" + L + " = (1/N) Σₙ ∂ℓₙ/∂s" + L + "   (N = batch size)");
  if (l > 1) lines.push_back("∂ℓ/∂x" + below + " = (w" + L + ")ᵀ ∂ℓ/∂s" + L);
  return lines;
}

static std::vector<std::string> update_formulas(const bpl::OptimizerSpec& o) {
  const std::string eta = "η = " + number(o.learning_rate);
  switch (o.kind) {
    case bpl::OptimizerKind::Sgd:
      return {"w ← w − η ∂ℓ/∂w,   b ← b − η ∂ℓ/∂b", "sgd, " + eta};
    case bpl::OptimizerKind::Momentum:
      return {"v ← μ v + ∂ℓ/∂w,   w ← w − η v   (b likewise)", "momentum, " + eta + ", μ = " + number(o.momentum)};
    case bpl::OptimizerKind::Adam:
      return {"m ← β₁ m + (1 − β₁) ∂ℓ/∂w,   v ← β₂ v + (1 − β₂) (∂ℓ/∂w)²",
              "w ← w − η m̂ / (√v̂ + ε)   (b likewise)", "adam, " + eta};
  }
  return {};
}

std::vector<std::string> phase_formulas(bpl::Phase p, const bpl::Network& net, bpl::Loss loss,
                                        const bpl::OptimizerSpec& optimizer) {
  const std::string top = layer_tag(net.depth());
  switch (p.kind) {
    case bpl::PhaseKind::Forward: return forward_formulas(p.layer, net);
    case bpl::PhaseKind::Loss:
      return {sample_loss_formula(loss) + ",   ℓ = mean over the batch of ℓₙ",
              "∂ℓₙ/∂x" + top + " = ∂ℓₙ/∂f starts the backward pass   (f = x" + top + ")"};
    case bpl::PhaseKind::Backward: return backward_formulas(p.layer, net, loss);
    case bpl::PhaseKind::Update: return update_formulas(optimizer);
  }
  return {};
}

}  // namespace app
