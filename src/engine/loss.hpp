// Losses ℓₙ of one sample n, and ∂ℓₙ/∂f of the network output f = x⁽ᴸ⁾.
// The batch loss is the mean of ℓₙ over the samples (columns).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include "activation.hpp"
#include "matrix.hpp"

namespace bpl {

enum class Loss {
  Mse,                  // ℓₙ = Σᵢ (fᵢ − yᵢ)²              (EE-559 notes)
  HalfMse,              // ℓₙ = ½ Σᵢ (fᵢ − yᵢ)²            (J = 1/(2N) Σ (t − z)², worked 2-3-1 example)
  Bce,                  // ℓₙ = −[y log f + (1 − y) log(1 − f)], sigmoid output
  SoftmaxCrossEntropy,  // ℓₙ = −Σᵢ yᵢ log fᵢ, softmax output
};

std::string_view name(Loss l);
std::optional<Loss> parse_loss(std::string_view text);
std::string loss_names();

// The output activation a loss requires, if any (bce → sigmoid, softmax_cross_entropy → softmax).
std::optional<Activation> required_output(Loss l);

// ℓₙ for every sample: a (1, batch) row. s and f are the output layer's s⁽ᴸ⁾ and x⁽ᴸ⁾, y the targets.
// bce and cross-entropy are computed from s, so they stay finite when f rounds to 0 or 1.
RowVector sample_losses(Loss l, const Matrix& s, const Matrix& f, const Matrix& y);
// The same into out (resized only when the batch size changes): no allocation per step.
void sample_losses(Loss l, const Matrix& s, const Matrix& f, const Matrix& y, RowVector& out);

// ∂ℓₙ/∂f, column n for sample n: (outputs, batch).
void loss_gradient(Loss l, const Matrix& f, const Matrix& y, Matrix& dl_df);

// True when ∂ℓ/∂s⁽ᴸ⁾ has the stable closed form f − y (bce after sigmoid, cross-entropy after softmax).
bool fused_output_gradient(Loss l, Activation output);

}  // namespace bpl
