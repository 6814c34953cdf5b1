// Fit curves and decision grids, evaluated with the network's own forward pass.
#include "fit.hpp"
#include <cmath>

namespace bpl {

FitCurves fit_curves(const Network& net, double lo, double hi, int points) {
  FitCurves c;
  c.x = Vector::LinSpaced(points, lo, hi);
  Matrix x = c.x.transpose(), s;  // (1, points)
  const int L = net.depth();
  for (int l = 0; l + 1 < L; ++l) {  // forward through the hidden layers: x⁽ᴸ⁻¹⁾
    s.noalias() = net.layers[l].w * x;
    s.colwise() += net.layers[l].b;
    activate(net.layers[l].act, s, x);
  }
  const Layer& out = net.layers.back();
  if (L > 1) c.terms = x.array().colwise() * out.w.row(0).transpose().array();  // ωₖ x⁽ᴸ⁻¹⁾ₖ
  c.bias = out.b(0);
  s.noalias() = out.w * x;
  s.colwise() += out.b;
  Matrix f;
  activate(out.act, s, f);
  c.f = f.row(0).transpose();
  c.terms_sum_to_f = out.act == Activation::Linear;
  return c;
}

double worst_error(const FitCurves& c, TargetFunction g) {
  double worst = 0;
  for (Eigen::Index k = 0; k < c.x.size(); ++k) worst = std::max(worst, std::abs(target(g, c.x(k)) - c.f(k)));
  return worst;
}

Matrix output_grid(const Network& net, double x_lo, double x_hi, double y_lo, double y_hi, int cols, int rows) {
  Matrix input(2, static_cast<Eigen::Index>(cols) * rows);  // column r·cols + c is grid point (c, r)
  for (int r = 0; r < rows; ++r)
    for (int col = 0; col < cols; ++col) {
      input(0, r * cols + col) = x_lo + (x_hi - x_lo) * (col + 0.5) / cols;
      input(1, r * cols + col) = y_lo + (y_hi - y_lo) * (r + 0.5) / rows;
    }
  const Matrix f = predict(net, input);
  Matrix grid(rows, cols);
  for (int r = 0; r < rows; ++r)
    for (int col = 0; col < cols; ++col) grid(r, col) = f(0, r * cols + col);
  return grid;
}

}  // namespace bpl
