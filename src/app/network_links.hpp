// What a hovered cell was computed from, as spans of other heatmaps to outline: hover s⁽ˡ⁾ᵢⱼ and
// row i of w⁽ˡ⁾, b⁽ˡ⁾ᵢ and column j of x⁽ˡ⁻¹⁾ light up, following the notes' formulas.
#pragma once
#include <vector>
#include "loss.hpp"
#include "network.hpp"
#include "phase.hpp"

namespace app {

// Entries [row0, row1) × [col0, col1) of quantity q of layer l (1-based; 0-based rows and columns).
struct Span {
  bpl::Quantity q = bpl::Quantity::W;
  int layer = 1;
  int row0 = 0, row1 = 0, col0 = 0, col1 = 0;
};

// The entries entry (i, j) of quantity q of layer l is computed from (x⁽⁰⁾ and the targets are not
// heatmaps, so they are left out):
//   s⁽ˡ⁾ᵢⱼ      ← row i of w⁽ˡ⁾, b⁽ˡ⁾ᵢ, column j of x⁽ˡ⁻¹⁾
//   x⁽ˡ⁾ᵢⱼ      ← s⁽ˡ⁾ᵢⱼ (softmax: column j of s⁽ˡ⁾)
//   ∂ℓ/∂x⁽ᴸ⁾ᵢⱼ  ← x⁽ᴸ⁾ᵢⱼ = fᵢⱼ;   ∂ℓ/∂x⁽ˡ⁾ᵢⱼ ← column i of w⁽ˡ⁺¹⁾, column j of ∂ℓ/∂s⁽ˡ⁺¹⁾
//   ∂ℓ/∂s⁽ˡ⁾ᵢⱼ  ← ∂ℓ/∂x⁽ˡ⁾ᵢⱼ and s⁽ˡ⁾ᵢⱼ (σ′(s)); fused with the loss: x⁽ᴸ⁾ᵢⱼ; softmax: column j of ∂ℓ/∂x⁽ˡ⁾, x⁽ˡ⁾
//   ∂ℓ/∂w⁽ˡ⁾ᵢⱼ  ← row i of ∂ℓ/∂s⁽ˡ⁾, row j of x⁽ˡ⁻¹⁾;   ∂ℓ/∂b⁽ˡ⁾ᵢ ← row i of ∂ℓ/∂s⁽ˡ⁾
//   w⁽ˡ⁾ᵢⱼ, b⁽ˡ⁾ᵢ ← their gradients, which the update subtracts
std::vector<Span> inputs_of(const bpl::Network& net, bpl::Loss loss, bpl::Quantity q, int layer, int i, int j);

}  // namespace app
