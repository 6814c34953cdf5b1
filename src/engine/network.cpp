// Forward and backward through one layer, exactly as the notes write them.
#include "network.hpp"
#include <stdexcept>
#include "limits.hpp"

namespace bpl {

long Network::parameter_count() const {
  long n = 0;
  for (const auto& l : layers) n += l.w.size() + l.b.size();
  return n;
}

Network make_network(int inputs, const std::vector<LayerSpec>& specs) {
  if (specs.empty()) throw std::invalid_argument("a network needs at least one layer");
  if (static_cast<int>(specs.size()) > limits::max_layers)
    throw std::invalid_argument("at most " + std::to_string(limits::max_layers) + " layers, got " +
                                std::to_string(specs.size()));
  if (inputs < 1 || inputs > limits::max_units)
    throw std::invalid_argument("inputs must be 1 … " + std::to_string(limits::max_units) + ", got " +
                                std::to_string(inputs));
  Network net;
  net.inputs = inputs;
  int fan_in = inputs;
  long parameters = 0;
  for (const auto& spec : specs) {
    if (spec.units < 1 || spec.units > limits::max_units)
      throw std::invalid_argument("units must be 1 … " + std::to_string(limits::max_units) + ", got " +
                                  std::to_string(spec.units));
    parameters += static_cast<long>(spec.units) * (fan_in + 1);
    if (parameters > limits::max_parameters)
      throw std::invalid_argument("at most " + std::to_string(limits::max_parameters) + " parameters");
    Layer layer;
    layer.act = spec.act;
    layer.w = Matrix::Zero(spec.units, fan_in);
    layer.b = Vector::Zero(spec.units);
    layer.dl_dw = Matrix::Zero(spec.units, fan_in);
    layer.dl_db = Vector::Zero(spec.units);
    net.layers.push_back(std::move(layer));
    fan_in = spec.units;
  }
  return net;
}

void forward_layer(Network& net, int index) {
  Layer& l = net.layers[index];
  const Matrix& x_prev = net.input_of(index);
  const Eigen::Index batch = x_prev.cols();
  l.s.resize(l.units(), batch);  // a no-op while the shape stays the same
  if (l.inputs() == 1) {
    // One input: w x⁽ˡ⁻¹⁾ is an outer product, column n of s is b + w₍:,₁₎ x⁽ˡ⁻¹⁾₁ₙ.
    for (Eigen::Index n = 0; n < batch; ++n) l.s.col(n) = l.b + l.w.col(0) * x_prev(0, n);  // s = w x⁽ˡ⁻¹⁾ + b
  } else {
    // The product accumulates onto b: no separate zeroing of s and no second pass for + b.
    l.s.colwise() = l.b;              // s = b …
    l.s.noalias() += l.w * x_prev;    // … + w x⁽ˡ⁻¹⁾
  }
  activate(l.act, l.s, l.x);  // x = σ(s)
}

void predict(const Network& net, const Matrix& input, Matrix& s, Matrix& f) {
  f = input;
  for (const auto& l : net.layers) {
    s.noalias() = l.w * f;  // s = w x + b
    s.colwise() += l.b;
    activate(l.act, s, f);  // x = σ(s)
  }
}

Matrix predict(const Network& net, const Matrix& input) {
  Matrix s, f;
  predict(net, input, s, f);
  return f;
}

void backward_layer(Network& net, int index, bool dl_ds_given) {
  Layer& l = net.layers[index];
  if (!dl_ds_given) activation_backward(l.act, l.s, l.x, l.dl_dx, l.dl_ds);  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′(s)
  const Matrix& x_prev = net.input_of(index);
  const double inv_n = 1.0 / static_cast<double>(x_prev.cols());
  // 1/N rides in the product as its scale factor (no second pass over ∂ℓ/∂w).
  l.dl_dw.noalias() = inv_n * l.dl_ds * x_prev.transpose();  // ∂ℓ/∂w = (1/N) Σₙ ∂ℓₙ/∂s (x⁽ˡ⁻¹⁾ₙ)ᵀ
  l.dl_db.noalias() = l.dl_ds.rowwise().sum() * inv_n;       // ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s
  if (index > 0) {
    Matrix& dl_dx_prev = net.layers[index - 1].dl_dx;
    dl_dx_prev.resize(l.inputs(), x_prev.cols());  // a no-op while the shape stays the same
    if (l.units() == 1)  // one unit: (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾ is an outer product
      dl_dx_prev.noalias() = l.w.row(0).transpose() * l.dl_ds.row(0);  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    else
      dl_dx_prev.noalias() = l.w.transpose() * l.dl_ds;  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
  }
}

}  // namespace bpl
