// The multi-layer perceptron and every quantity of the notes, kept per layer.
//
//   forward, l = 1..L:   s⁽ˡ⁾ = w⁽ˡ⁾ x⁽ˡ⁻¹⁾ + b⁽ˡ⁾        x⁽ˡ⁾ = σ(s⁽ˡ⁾)
//   backward, l = L..1:  ∂ℓ/∂s⁽ˡ⁾ = ∂ℓ/∂x⁽ˡ⁾ ⊙ σ′(s⁽ˡ⁾)
//                        ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
//                        ∂ℓ/∂w⁽ˡ⁾ = mean over n of ∂ℓₙ/∂s⁽ˡ⁾ (x⁽ˡ⁻¹⁾)ᵀ,   ∂ℓ/∂b⁽ˡ⁾ = mean over n of ∂ℓₙ/∂s⁽ˡ⁾
//
// Columns of s, x, dl_ds, dl_dx are samples; column n of dl_ds is ∂ℓₙ/∂s of sample n's own loss.
#pragma once
#include <string>
#include <vector>
#include "activation.hpp"
#include "matrix.hpp"

namespace bpl {

struct Layer {
  Activation act = Activation::Tanh;
  Matrix w;      // (units, inputs)   weights w⁽ˡ⁾
  Vector b;      // (units)           biases b⁽ˡ⁾
  Matrix s;      // (units, batch)    s = w x⁽ˡ⁻¹⁾ + b
  Matrix x;      // (units, batch)    x = σ(s)
  Matrix dl_dx;  // (units, batch)    ∂ℓₙ/∂x⁽ˡ⁾
  Matrix dl_ds;  // (units, batch)    ∂ℓₙ/∂s⁽ˡ⁾  (its own buffer, never written over s)
  Matrix dl_dw;  // (units, inputs)   ∂ℓ/∂w of the batch loss (mean over samples)
  Vector dl_db;  // (units)           ∂ℓ/∂b of the batch loss

  int units() const { return static_cast<int>(w.rows()); }
  int inputs() const { return static_cast<int>(w.cols()); }
};

struct LayerSpec {
  int units = 1;
  Activation act = Activation::Tanh;
};

struct Network {
  int inputs = 1;
  Matrix x0;                  // (inputs, batch)  x⁽⁰⁾, the input of the current batch
  std::vector<Layer> layers;  // layers[0] is layer 1 of the notes

  int outputs() const { return layers.back().units(); }
  int depth() const { return static_cast<int>(layers.size()); }  // L
  long parameter_count() const;
  const Matrix& input_of(int index) const { return index == 0 ? x0 : layers[index - 1].x; }  // x⁽ˡ⁻¹⁾
  const Matrix& output() const { return layers.back().x; }  // f = x⁽ᴸ⁾
};

// A network of the given shape with zero parameters. Throws std::invalid_argument past the limits.
Network make_network(int inputs, const std::vector<LayerSpec>& layers);

// Forward through layer index (0-based): s = w x⁽ˡ⁻¹⁾ + b, x = σ(s).
void forward_layer(Network& net, int index);
// f(x) for any input matrix (inputs, n), without touching the stored quantities;
// s receives the output layer's s⁽ᴸ⁾.
void predict(const Network& net, const Matrix& input, Matrix& s, Matrix& f);
Matrix predict(const Network& net, const Matrix& input);
// Backward through layer index, given its dl_dx (or, with dl_ds_given, its dl_ds already set):
// computes dl_ds, dl_dw, dl_db, and ∂ℓ/∂x⁽ˡ⁻¹⁾ into the layer below (not for layer 1).
void backward_layer(Network& net, int index, bool dl_ds_given);

}  // namespace bpl
