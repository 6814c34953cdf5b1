// Fills the network view's heatmaps from the stepper and chooses their colour scales.
#include "network_view.hpp"

#include <algorithm>
#include <cmath>

namespace app {

namespace {

// Quantity q of a layer as a matrix view: (units, inputs) for w, ∂ℓ/∂w; (units, batch) for s, x,
// ∂ℓ/∂x, ∂ℓ/∂s; (units, 1) for b, ∂ℓ/∂b.
Eigen::Ref<const bpl::Matrix> matrix_of(const bpl::Layer& layer, bpl::Quantity q) {
  switch (q) {
    case bpl::Quantity::W: return layer.w;
    case bpl::Quantity::B: return layer.b;
    case bpl::Quantity::S: return layer.s;
    case bpl::Quantity::X: return layer.x;
    case bpl::Quantity::DlDx: return layer.dl_dx;
    case bpl::Quantity::DlDs: return layer.dl_ds;
    case bpl::Quantity::DlDw: return layer.dl_dw;
    case bpl::Quantity::DlDb: return layer.dl_db;
  }
  return layer.w;
}

// How x of a layer is coloured: by the range its σ can reach.
enum class XScale { Tanh, Unit, FromZero, Signed };
XScale x_scale(bpl::Activation act) {
  switch (act) {
    case bpl::Activation::Tanh: return XScale::Tanh;
    case bpl::Activation::Sigmoid:
    case bpl::Activation::Softmax: return XScale::Unit;
    case bpl::Activation::Relu: return XScale::FromZero;
    case bpl::Activation::Linear:
    case bpl::Activation::LeakyRelu: return XScale::Signed;
  }
  return XScale::Signed;
}

}  // namespace

void sync_network_view(NetworkView& view, const bpl::Stepper& stepper, std::uint64_t version, bool hold) {
  const bpl::Network& net = stepper.network();
  if (version == view.synced_version && static_cast<int>(view.maps.size()) == net.depth()) return;
  if (static_cast<int>(view.maps.size()) != net.depth()) {
    view.maps.clear();  // the heatmaps' GL objects go with them (main thread)
    view.maps.resize(net.depth());
    view.max_abs.assign(net.depth(), {});  // nothing held from another network
    view.max_value.assign(net.depth(), {});
    for (auto& layer : view.maps)
      for (viz::Heatmap& map : layer) map = viz::Heatmap(view.program);
  }
  for (int l = 1; l <= net.depth(); ++l)
    for (int k = 0; k < bpl::quantity_count; ++k) {
      const auto m = matrix_of(net.layers[l - 1], static_cast<bpl::Quantity>(k));
      view.scratch.resize(static_cast<std::size_t>(m.size()));
      float largest = 0, top = 0;  // max |v| and max v over the finite values (0 when none)
      for (Eigen::Index i = 0; i < m.rows(); ++i)  // row-major for the texture: entry (i, j) at i·cols + j
        for (Eigen::Index j = 0; j < m.cols(); ++j) {
          const float v = static_cast<float>(m(i, j));
          view.scratch[i * m.cols() + j] = v;
          if (std::isfinite(v)) largest = std::max(largest, std::fabs(v)), top = std::max(top, v);
        }
      float& max_abs = view.max_abs[l - 1][k];
      float& max_value = view.max_value[l - 1][k];
      max_abs = hold ? held(max_abs, largest) : largest;
      max_value = hold ? held(max_value, top) : top;
      view.maps[l - 1][k].set_values(view.scratch.data(), static_cast<int>(m.rows()), static_cast<int>(m.cols()), version);
    }
  view.synced_version = version;
}

void release_network_view(NetworkView& view) {
  view.maps.clear();
  view.max_abs.clear();
  view.max_value.clear();
  view.program.reset();
  view.synced_version = 0;
}

double nice_ceiling(double m) {
  if (!(m > 0) || !std::isfinite(m)) return 1;
  const double decade = std::pow(10.0, std::floor(std::log10(m)));
  for (double step : {1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
    if (m <= step * decade * (1 + 1e-6)) return step * decade;  // values come as floats: 0.6f is 0.6
  return 10 * decade;
}

ColourScale colour_scale(const NetworkView& view, const ViewSettings& settings, const bpl::Network& net, bpl::Quantity q,
                         int layer) {
  const bool fixed = settings.range_mode == RangeMode::Fixed, shared = settings.range_mode == RangeMode::PerQuantity;
  // The largest |v| (or v, for ReLU) this quantity shows: of this matrix, or of every layer alike.
  const auto extent = [&](bool from_zero, auto same_kind) {
    if (fixed) return static_cast<double>(settings.fixed_range);
    double m = 0;
    for (int l = 1; l <= net.depth(); ++l) {
      if (!(shared ? same_kind(l) : l == layer)) continue;
      const int k = static_cast<int>(q);
      m = std::max(m, static_cast<double>(from_zero ? view.max_value[l - 1][k] : view.max_abs[l - 1][k]));
    }
    return nice_ceiling(m);
  };

  if (q == bpl::Quantity::X) {
    const XScale kind = x_scale(net.layers[layer - 1].act);
    const auto same = [&](int l) { return x_scale(net.layers[l - 1].act) == kind; };
    switch (kind) {
      case XScale::Tanh: return {viz::ColormapKind::Diverging, -1, 1};
      case XScale::Unit: return {viz::ColormapKind::Sequential, 0, 1};
      case XScale::FromZero: return {viz::ColormapKind::Sequential, 0, extent(true, same)};
      case XScale::Signed: {
        const double m = extent(false, same);
        return {viz::ColormapKind::Diverging, -m, m};
      }
    }
  }
  const double m = extent(false, [](int) { return true; });
  return {viz::ColormapKind::Diverging, -m, m};
}

}  // namespace app
