// The colormap tables, interpolated from a few anchor colours.
#include "colormap.hpp"
#include <algorithm>
#include <cmath>

namespace viz {
namespace {
struct Stop {
  float t;
  Rgb c;
};

// Blue – near-white – red: equal steps in lightness on both sides of 0.
constexpr std::array<Stop, 5> kDiverging{{{0.00f, {0.10f, 0.25f, 0.65f}},
                                          {0.25f, {0.40f, 0.60f, 0.90f}},
                                          {0.50f, {0.96f, 0.96f, 0.96f}},
                                          {0.75f, {0.93f, 0.50f, 0.40f}},
                                          {1.00f, {0.65f, 0.08f, 0.12f}}}};
// Dark purple – blue – green – yellow, increasing in lightness (perceptually ordered).
constexpr std::array<Stop, 5> kSequential{{{0.00f, {0.27f, 0.00f, 0.33f}},
                                           {0.25f, {0.23f, 0.32f, 0.55f}},
                                           {0.50f, {0.13f, 0.57f, 0.55f}},
                                           {0.75f, {0.37f, 0.79f, 0.38f}},
                                           {1.00f, {0.99f, 0.91f, 0.14f}}}};

template <std::size_t N>
constexpr std::array<Rgb, colormap_size> build(const std::array<Stop, N>& stops) {
  std::array<Rgb, colormap_size> table{};
  for (int i = 0; i < colormap_size; ++i) {
    const float t = static_cast<float>(i) / (colormap_size - 1);
    std::size_t k = 0;
    while (k + 2 < N && t > stops[k + 1].t) ++k;
    const float u = (t - stops[k].t) / (stops[k + 1].t - stops[k].t);
    const Rgb &a = stops[k].c, &b = stops[k + 1].c;
    table[i] = {a.r + (b.r - a.r) * u, a.g + (b.g - a.g) * u, a.b + (b.b - a.b) * u};
  }
  return table;
}
constexpr auto kDivergingTable = build(kDiverging);  // computed at compile time
constexpr auto kSequentialTable = build(kSequential);
}  // namespace

const std::array<Rgb, colormap_size>& colormap_table(ColormapKind kind) {
  return kind == ColormapKind::Diverging ? kDivergingTable : kSequentialTable;
}

float normalise(double v, double lo, double hi) {
  if (std::isnan(v)) return NAN;
  if (!(hi > lo)) return 0.5f;
  return static_cast<float>(std::clamp((v - lo) / (hi - lo), 0.0, 1.0));
}

Rgb colour_of(ColormapKind kind, double v, double lo, double hi) {
  if (std::isnan(v)) return nan_colour;
  const float t = normalise(v, lo, hi);
  return colormap_table(kind)[static_cast<int>(std::lround(t * (colormap_size - 1)))];
}

ValueRange symmetric_range(const float* values, std::size_t count) {
  float m = 0;
  for (std::size_t i = 0; i < count; ++i)
    if (std::isfinite(values[i])) m = std::max(m, std::abs(values[i]));
  if (m == 0) m = 1;
  return {-m, m};
}

ValueRange min_max_range(const float* values, std::size_t count) {
  float lo = INFINITY, hi = -INFINITY;
  for (std::size_t i = 0; i < count; ++i)
    if (std::isfinite(values[i])) lo = std::min(lo, values[i]), hi = std::max(hi, values[i]);
  if (!(hi >= lo)) return {0, 1};
  if (hi == lo) return {lo - 0.5, hi + 0.5};
  return {lo, hi};
}

}  // namespace viz
