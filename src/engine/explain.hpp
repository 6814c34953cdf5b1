// How one entry of a stored quantity was computed, written with its actual numbers, e.g.
//   ∂ℓ/∂s₄ = ∂ℓ/∂x₄ · σ′(s₄) = 0.310 × 0.912 = 0.283
// The app shows these in tooltips; indices are 1-based as in the notes.
#pragma once
#include <string>
#include "stepper.hpp"

namespace bpl {

struct Explanation {
  std::string title;    // "∂ℓ/∂s⁽²⁾ unit 4, sample 3"
  std::string formula;  // the formula with symbols and the numbers put in
  double value = 0;     // the entry itself
};

// Entry (i, j) of quantity q of layer l (1-based): i is the unit (row); j the sample (column)
// for s, x, ∂ℓ/∂x, ∂ℓ/∂s, the input for w and ∂ℓ/∂w, and 0 for b and ∂ℓ/∂b.
Explanation explain(const Stepper& stepper, Quantity q, int layer, int i, int j);

// "₁₂" for 12, "⁽³⁾" for layer 3: the notation's indices as Unicode.
std::string subscript(int n);
std::string layer_superscript(int l);
// A number with `digits` significant digits, no trailing noise: 0.283, −1.2e-05.
std::string format_number(double v, int digits = 4);

}  // namespace bpl
