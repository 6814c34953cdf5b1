// SGD, momentum and Adam updates of w and b.
#include "optimizer.hpp"
#include "names.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
constexpr std::array<names::Named<OptimizerKind>, 3> kNames{{{OptimizerKind::Sgd, "sgd"},
                                       {OptimizerKind::Momentum, "momentum"},
                                       {OptimizerKind::Adam, "adam"}}};

// One parameter tensor p with gradient g and moments m, v (any Eigen dense type).
template <class P, class G>
void update(P& p, const G& g, P& m, P& v, const OptimizerSpec& o, long t) {
  const double eta = o.learning_rate;
  switch (o.kind) {
    case OptimizerKind::Sgd: p -= eta * g; break;  // w ← w − η g
    case OptimizerKind::Momentum:
      v = o.momentum * v + g;  // v ← μ v + g
      p -= eta * v;            // w ← w − η v
      break;
    case OptimizerKind::Adam: {
      m = o.beta1 * m + (1.0 - o.beta1) * g;                             // m ← β₁ m + (1 − β₁) g
      v = o.beta2 * v + (1.0 - o.beta2) * g.cwiseProduct(g);             // v ← β₂ v + (1 − β₂) g²
      const double c1 = bias_correction(o.beta1, t);  // 1 − β₁ᵗ
      const double c2 = bias_correction(o.beta2, t);  // 1 − β₂ᵗ
      // w ← w − (η / c1) m / (√v / √c2 + ε), in PyTorch's order of operations
      p.array() -= (eta / c1) * m.array() / (v.array().sqrt() / std::sqrt(c2) + o.epsilon);
      break;
    }
  }
}
}  // namespace

double bias_correction(double beta, long t) {
  if (static_cast<double>(t) * std::log2(beta) < -60) return 1.0;  // βᵗ < 2⁻⁶⁰: 1 − βᵗ rounds to 1
  return 1.0 - std::pow(beta, static_cast<double>(t));
}

std::string_view name(OptimizerKind k) { return names::find_name(kNames, k); }
std::optional<OptimizerKind> parse_optimizer(std::string_view text) { return names::find_value(kNames, text); }
std::string optimizer_names() { return names::all_names(kNames); }

OptimizerState make_optimizer_state(const Network& net) {
  OptimizerState state;
  for (const auto& l : net.layers)
    state.slots.push_back({Matrix::Zero(l.w.rows(), l.w.cols()), Matrix::Zero(l.w.rows(), l.w.cols()),
                           Vector::Zero(l.b.size()), Vector::Zero(l.b.size())});
  return state;
}

void apply_update(Network& net, const OptimizerSpec& spec, OptimizerState& state) {
  if (spec.kind == OptimizerKind::Adam) ++state.t;
  for (std::size_t i = 0; i < net.layers.size(); ++i) {
    Layer& l = net.layers[i];
    SlotState& slot = state.slots[i];
    update(l.w, l.dl_dw, slot.m_w, slot.v_w, spec, state.t);
    update(l.b, l.dl_db, slot.m_b, slot.v_b, spec, state.t);
  }
}

}  // namespace bpl
