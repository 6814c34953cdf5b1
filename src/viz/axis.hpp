// Axis arithmetic for plots, free of GL: nice 1-2-5 ticks, decade ticks on log axes, and an
// autoscale that skips NaN/Inf and does not jitter.
#pragma once
#include <span>
#include <string>
#include <vector>

namespace viz {

struct Range {
  double lo = 0, hi = 1;
  double span() const { return hi - lo; }
  bool operator==(const Range&) const = default;
};

// Ticks at multiples of 1, 2 or 5 × 10ᵏ inside [lo, hi], at most about max_ticks of them
// (choose max_ticks from the axis length in pixels, e.g. one per 80 px).
std::vector<double> nice_ticks(Range r, int max_ticks);
double nice_step(double span, int max_ticks);

// Decade ticks 10ᵏ inside [lo, hi] (lo > 0); when fewer than two decades fit, 1-2-5 ticks instead.
std::vector<double> log_ticks(Range r, int max_ticks);

// A tick label with as few digits as the step needs: 0.25, 1e-05, 12000.
std::string tick_label(double value, double step);

// The finite min and max of values; an empty optional-like {0, 1} with valid = false when none is finite.
struct DataRange {
  Range range;
  bool valid = false;
};
DataRange finite_range(std::span<const double> values, bool positive_only = false);

// Eased autoscale: grows at once to show all data, shrinks only when the data uses less than
// half the range, and then eases towards it over a few frames, so axes never jitter.
struct Autoscale {
  Range shown{0, 1};
  bool initialised = false;
  bool settling = false;  // easing towards a smaller range
  void update(DataRange data, double padding = 0.05, double ease = 0.25);
};

// Value ↔ pixel on an axis of length `pixels`, linear or log10.
double to_pixel(double v, Range r, double pixels, bool log);
double from_pixel(double p, Range r, double pixels, bool log);

}  // namespace viz
