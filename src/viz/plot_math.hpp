// Plot arithmetic free of GL and ImGui: zoom and pan of an axis range, log-axis minor ticks and
// decade labels, min/max bands decimated per pixel column, dashed polylines, nearest sample.
#pragma once
#include <span>
#include <string>
#include <vector>
#include "axis.hpp"

namespace viz {

// The range after zooming by `factor` (< 1 zooms in) about `anchor`, which stays where it is.
// On a log axis the zoom happens in log10 space (anchor > 0, r.lo > 0).
Range zoom_range(Range r, double anchor, double factor, bool log);

// The range after the content moved by `pixels` along an axis `axis_pixels` long (positive
// pixels move the content towards higher values, so the range moves towards lower ones).
Range pan_range(Range r, double pixels, double axis_pixels, bool log);

// A range at least `min_span` wide around its centre (linear), or one decade wide (log10 values).
Range widen(Range r, double min_span);

// Minor ticks of a log axis: 2…9 × 10ᵏ inside [lo, hi]; none when more than `most` would be drawn.
std::vector<double> log_minor_ticks(Range r, int most);

// A decade tick's label: 0.01, 0.1, 1, 10, 100, 1000 as numbers, beyond that (or with `power`)
// as 10⁻³, 10⁴ … An axis whose labels need a power should use powers for all of them.
std::string decade_label(double value, bool power = false);
bool decade_needs_power(double value);

// A tick label for counts (steps, epochs): 250, 9000, 12k, 1.5M — as many digits as the step needs.
std::string count_label(double value, double step);

// "-" → "−" (U+2212): minus signs as wide as plus signs, as the notes print them.
std::string typographic_minus(std::string text);

// A value for a hover readout: 5 significant digits, typographic minus, short exponents (1.5e−05 → 1.5e−5).
std::string readout(double value, int digits = 5);

// Per pixel column of [x_lo, x_hi]: the lowest `lo` and the highest `hi` of the samples in it
// (a band around a decimated line). xs increasing; samples with a non-finite lo or hi are skipped.
struct BandColumn {
  double x = 0, lo = 0, hi = 0;
};
std::vector<BandColumn> decimate_band(std::span<const double> xs, std::span<const double> lo,
                                      std::span<const double> hi, double x_lo, double x_hi, int pixels);

// Per pixel column of [x_lo, x_hi]: the mean of the finite samples in it (a line drawn inside a band).
struct MeanColumn {
  double x = 0, mean = 0;
};
std::vector<MeanColumn> decimate_mean(std::span<const double> xs, std::span<const double> ys, double x_lo, double x_hi,
                                      int pixels);

// Index of the sample of sorted xs nearest to x (−1 when empty).
long nearest_sorted(std::span<const double> xs, double x);

// Indices [first, last) of the sorted xs to draw for a visible [x_lo, x_hi]: the visible ones
// plus one neighbour on each side, so lines run on to the plot's edge.
struct IndexSpan {
  long first = 0, last = 0;
};
IndexSpan visible_span(std::span<const double> xs, double x_lo, double x_hi);

// A polyline cut into dashes: `dash` pixels drawn, `gap` skipped, the pattern running on across
// vertices. Returns the dashes as polylines (each at least two points).
struct Point {
  float x = 0, y = 0;
};
std::vector<std::vector<Point>> dash_polyline(std::span<const Point> line, float dash, float gap);

// Items of these widths laid out left to right, `gap` apart, starting a new row `row_step` lower
// before one would end past `wrap` (a row's first item stays, however wide; wrap ≤ 0: one row).
// Returns each item's top-left corner, from (0, 0).
std::vector<Point> flow_rows(std::span<const float> widths, float gap, float row_step, float wrap);

// A polyline through as few of its points as keep every dropped point within `tolerance` of it
// (first and last kept). A smooth curve sampled densely keeps its bends and loses its straight
// runs: a tanh over 400 samples needs a few dozen vertices at 0.25 px, and each vertex saved is a
// segment a software rasteriser does not set up.
std::vector<Point> simplify_polyline(std::span<const Point> line, float tolerance);

}  // namespace viz
