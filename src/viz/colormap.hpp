// Colormaps as lookup tables: a diverging map centred on 0 for signed quantities (weights,
// s, gradients), a sequential map for activations, and a colour of its own for NaN.
// The same table is uploaded as a 1-D texture for the heatmap shader.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

namespace viz {

struct Rgb {
  float r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};

enum class ColormapKind { Diverging, Sequential };

inline constexpr int colormap_size = 256;
inline constexpr Rgb nan_colour{1.0f, 0.0f, 1.0f};  // magenta: never a value of either map

// The 256-entry table of a map; entry 0 is the lowest value.
const std::array<Rgb, colormap_size>& colormap_table(ColormapKind kind);

// Position t ∈ [0, 1] of value v in [lo, hi], clamped; NaN stays NaN.
float normalise(double v, double lo, double hi);

// The colour of v on the map over [lo, hi]; NaN/Inf → nan_colour (±Inf clamp to the ends).
Rgb colour_of(ColormapKind kind, double v, double lo, double hi);

// Symmetric range [−m, m] with m = max |v| over finite values (m = 1 when all are 0 or none is finite).
struct ValueRange {
  double lo = -1, hi = 1;
};
ValueRange symmetric_range(const float* values, std::size_t count);
ValueRange min_max_range(const float* values, std::size_t count);

}  // namespace viz
