// The lecture notation as display text: s⁽ˡ⁾, ∂ℓ/∂s⁽ˡ⁾, and the formula each phase computes.
#pragma once
#include <string>
#include <vector>
#include "lesson.hpp"
#include "phase.hpp"

namespace app {

std::string superscript(int n);   // 12 → "¹²", −1 → "⁻¹"
std::string layer_tag(int layer);  // 2 → "⁽²⁾"
std::string with_layer(bpl::Quantity q, int layer);  // DlDs, 2 → "∂ℓ/∂s⁽²⁾"

// "forward 2", "loss", "backward 1", "update": a phase as a button-sized label;
// short: "F2", "ℓ", "B1", "U" for deep networks and narrow windows.
std::string phase_label(bpl::Phase p, bool short_form = false);

// What a phase computes, one line per equation, in the notes' symbols with the layer filled in:
// forward 2 → { "s⁽²⁾ = w⁽²⁾ x⁽¹⁾ + b⁽²⁾", "x⁽²⁾ = σ(s⁽²⁾),  σ = linear" }.
std::vector<std::string> phase_formulas(bpl::Phase p, const bpl::Network& net, bpl::Loss loss,
                                        const bpl::OptimizerSpec& optimizer);

// ℓₙ of one sample for a loss: "ℓₙ = Σᵢ (fᵢ − yᵢ)²".
std::string sample_loss_formula(bpl::Loss loss);

// A number for reading at a distance: 6 significant digits, "−" for minus.
std::string number(double value);

}  // namespace app
