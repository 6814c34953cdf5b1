// inputs_of: the notes' formulas read backwards, one case per quantity.
#include "network_links.hpp"

namespace app {

std::vector<Span> inputs_of(const bpl::Network& net, bpl::Loss loss, bpl::Quantity q, int l, int i, int j) {
  using bpl::Quantity;
  const int depth = net.depth();
  const bpl::Layer& layer = net.layers[l - 1];
  const int units = layer.units(), inputs = layer.inputs();
  const int batch = static_cast<int>(layer.s.cols());
  const bool softmax = layer.act == bpl::Activation::Softmax;
  const auto cell = [](Quantity k, int at, int r, int c) { return Span{k, at, r, r + 1, c, c + 1}; };
  const auto row = [](Quantity k, int at, int r, int cols) { return Span{k, at, r, r + 1, 0, cols}; };
  const auto column = [](Quantity k, int at, int c, int rows) { return Span{k, at, 0, rows, c, c + 1}; };
  std::vector<Span> from;
  switch (q) {
    case Quantity::S:  // s = w x⁽ˡ⁻¹⁾ + b
      from = {row(Quantity::W, l, i, inputs), cell(Quantity::B, l, i, 0)};
      if (l > 1) from.push_back(column(Quantity::X, l - 1, j, inputs));
      break;
    case Quantity::X:  // x = σ(s)
      from = {softmax ? column(Quantity::S, l, j, units) : cell(Quantity::S, l, i, j)};
      break;
    case Quantity::DlDx:  // from the loss at the top, else ∂ℓ/∂x⁽ˡ⁾ = (w⁽ˡ⁺¹⁾)ᵀ ∂ℓ/∂s⁽ˡ⁺¹⁾
      if (l == depth) from = {cell(Quantity::X, l, i, j)};
      else from = {column(Quantity::W, l + 1, i, net.layers[l].units()), column(Quantity::DlDs, l + 1, j, net.layers[l].units())};
      break;
    case Quantity::DlDs:  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′(s)
      if (l == depth && bpl::fused_output_gradient(loss, layer.act)) from = {cell(Quantity::X, l, i, j)};
      else if (softmax) from = {column(Quantity::DlDx, l, j, units), column(Quantity::X, l, j, units)};
      else from = {cell(Quantity::DlDx, l, i, j), cell(Quantity::S, l, i, j)};
      break;
    case Quantity::DlDw:  // ∂ℓ/∂w = (1/N) ∂ℓ/∂s (x⁽ˡ⁻¹⁾)ᵀ
      from = {row(Quantity::DlDs, l, i, batch)};
      if (l > 1) from.push_back(row(Quantity::X, l - 1, j, batch));
      break;
    case Quantity::DlDb: from = {row(Quantity::DlDs, l, i, batch)}; break;
    case Quantity::W: from = {cell(Quantity::DlDw, l, i, j)}; break;
    case Quantity::B: from = {cell(Quantity::DlDb, l, i, 0)}; break;
  }
  return from;
}

}  // namespace app
