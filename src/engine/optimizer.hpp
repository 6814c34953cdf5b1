// Parameter updates, with PyTorch's conventions so the numbers can be compared:
//   sgd:       w ← w − η g
//   momentum:  v ← μ v + g,  w ← w − η v
//   adam:      m ← β₁ m + (1 − β₁) g,  v ← β₂ v + (1 − β₂) g²,
//              w ← w − η m̂ / (√v̂ + ε),  m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
// The kind and η may change between steps; the state (v, m, t) is kept.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "network.hpp"

namespace bpl {

enum class OptimizerKind { Sgd, Momentum, Adam };

std::string_view name(OptimizerKind k);
std::optional<OptimizerKind> parse_optimizer(std::string_view text);
std::string optimizer_names();

struct OptimizerSpec {
  OptimizerKind kind = OptimizerKind::Sgd;
  double learning_rate = 0.05;  // η
  double momentum = 0.9;        // μ
  double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
};

// The running state of one layer's parameters.
struct SlotState {
  Matrix m_w, v_w;  // (units, inputs)  first and second moments (momentum uses v only)
  Vector m_b, v_b;  // (units)
};

struct OptimizerState {
  std::vector<SlotState> slots;  // one per layer
  long t = 0;                    // Adam's step count
};

OptimizerState make_optimizer_state(const Network& net);

// 1 − βᵗ, Adam's bias correction, exactly as 1 − pow(β, t), but without calling pow once βᵗ < 2⁻⁶⁰
// (1 − βᵗ rounds to 1 there; pow's underflow path is slow, and t grows without end in run mode).
double bias_correction(double beta, long t);

// w ← w − update(∂ℓ/∂w), b likewise, for every layer.
void apply_update(Network& net, const OptimizerSpec& spec, OptimizerState& state);

}  // namespace bpl
