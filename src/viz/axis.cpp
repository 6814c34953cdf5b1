// Ticks, labels, finite ranges and eased autoscale.
#include "axis.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace viz {

double nice_step(double span, int max_ticks) {
  if (!(span > 0) || max_ticks < 1) return 1;
  const double raw = span / max_ticks;
  const double decade = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})  // the first 1-2-5 multiple not below the raw step
    if (m * decade >= raw * (1 - 1e-9)) return m * decade;
  return 10 * decade;
}

std::vector<double> nice_ticks(Range r, int max_ticks) {
  std::vector<double> out;
  const double step = nice_step(r.span(), max_ticks);
  for (double k = std::ceil(r.lo / step - 1e-9); k * step <= r.hi + step * 1e-9; k += 1) {
    const double t = k * step;
    out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);  // exact zero, not 1e-17
    if (out.size() > 1000) break;
  }
  return out;
}

std::vector<double> log_ticks(Range r, int max_ticks) {
  if (!(r.lo > 0) || !(r.hi > r.lo)) return {};
  const int first = static_cast<int>(std::ceil(std::log10(r.lo) - 1e-9));
  const int last = static_cast<int>(std::floor(std::log10(r.hi) + 1e-9));
  if (last - first < 1) return nice_ticks(r, max_ticks);
  // Skip decades when crowded, keeping multiples of the stride so that 10⁰ = 1 stays a tick.
  const int decades = last - first + 1, most = std::max(1, max_ticks);
  const int stride = (decades + most - 1) / most;
  std::vector<double> out;
  const int start = static_cast<int>(std::ceil(static_cast<double>(first) / stride)) * stride;
  for (int k = start; k <= last; k += stride) out.push_back(std::pow(10.0, k));
  return out;
}

std::string tick_label(double value, double step) {
  char text[32];
  const double magnitude = std::max(std::abs(value), std::abs(step));
  if (value == 0) return "0";
  if (magnitude >= 1e5 || std::abs(value) < 1e-3) {
    std::snprintf(text, sizeof text, "%.3g", value);
  } else {
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(step) + 1e-9)), 0, 6);
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
  }
  return text;
}

DataRange finite_range(std::span<const double> values, bool positive_only) {
  DataRange d{{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()}, false};
  for (double v : values) {
    if (!std::isfinite(v) || (positive_only && v <= 0)) continue;
    d.range.lo = std::min(d.range.lo, v);
    d.range.hi = std::max(d.range.hi, v);
    d.valid = true;
  }
  if (!d.valid) d.range = {0, 1};
  return d;
}

void Autoscale::update(DataRange data, double padding, double ease) {
  if (!data.valid) return;
  Range want = data.range;
  const double pad = std::max(want.span(), std::abs(want.hi) * 1e-9 + 1e-300) * padding;
  want.lo -= pad;
  want.hi += pad;
  if (!initialised) {
    shown = want;
    initialised = true;
    return;
  }
  // Grow at once so no data is ever outside the axes.
  if (want.lo < shown.lo || want.hi > shown.hi) {
    shown.lo = std::min(shown.lo, want.lo);
    shown.hi = std::max(shown.hi, want.hi);
    settling = false;
  }
  // Start shrinking only when the data fills less than half of what is shown; then ease all
  // the way to the data's range, so small changes never move the axes.
  if (want.span() < 0.5 * shown.span()) settling = true;
  if (settling) {
    shown.lo += (want.lo - shown.lo) * ease;
    shown.hi += (want.hi - shown.hi) * ease;
    if (std::abs(shown.span() - want.span()) < 1e-3 * want.span()) settling = false;
  }
}

double to_pixel(double v, Range r, double pixels, bool log) {
  if (log) return (std::log10(v) - std::log10(r.lo)) / (std::log10(r.hi) - std::log10(r.lo)) * pixels;
  return (v - r.lo) / r.span() * pixels;
}

double from_pixel(double p, Range r, double pixels, bool log) {
  const double t = p / pixels;
  if (log) return std::pow(10.0, std::log10(r.lo) + t * (std::log10(r.hi) - std::log10(r.lo)));
  return r.lo + t * r.span();
}

}  // namespace viz
