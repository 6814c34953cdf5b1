// Zoom, pan, log minor ticks, labels, band decimation, nearest sample, dashes, rows and simplification.
#include "plot_math.hpp"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace viz {

namespace {
Range to_log(Range r) { return {std::log10(r.lo), std::log10(r.hi)}; }
Range from_log(Range r) { return {std::pow(10.0, r.lo), std::pow(10.0, r.hi)}; }
constexpr const char* superscript_digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
}  // namespace

Range zoom_range(Range r, double anchor, double factor, bool log) {
  if (log) return from_log(zoom_range(to_log(r), std::log10(anchor), factor, false));
  return {anchor + (r.lo - anchor) * factor, anchor + (r.hi - anchor) * factor};
}

Range pan_range(Range r, double pixels, double axis_pixels, bool log) {
  if (!(axis_pixels > 0)) return r;
  if (log) return from_log(pan_range(to_log(r), pixels, axis_pixels, false));
  const double shift = pixels / axis_pixels * r.span();
  return {r.lo - shift, r.hi - shift};
}

Range widen(Range r, double min_span) {
  if (r.span() >= min_span) return r;
  const double mid = 0.5 * (r.lo + r.hi);
  return {mid - 0.5 * min_span, mid + 0.5 * min_span};
}

std::vector<double> log_minor_ticks(Range r, int most) {
  std::vector<double> out;
  if (!(r.lo > 0) || !(r.hi > r.lo)) return out;
  const int first = static_cast<int>(std::floor(std::log10(r.lo)));
  const int last = static_cast<int>(std::floor(std::log10(r.hi)));
  if ((last - first + 1) * 8 > most) return out;
  for (int k = first; k <= last; ++k)
    for (int m = 2; m <= 9; ++m) {
      const double t = m * std::pow(10.0, k);
      if (t >= r.lo && t <= r.hi) out.push_back(t);
    }
  return out;
}

bool decade_needs_power(double value) {
  const long k = std::lround(std::log10(value));
  return k < -2 || k > 3;
}

std::string decade_label(double value, bool power) {
  const int k = static_cast<int>(std::lround(std::log10(value)));
  if (!power && k >= -2 && k <= 3) {
    char text[16];
    std::snprintf(text, sizeof text, "%.*f", std::max(0, -k), std::pow(10.0, k));
    return text;
  }
  std::string out = k < 0 ? "10⁻" : "10";
  const std::string n = std::to_string(std::abs(k));
  for (char c : n) out += superscript_digits[c - '0'];
  return out;
}

std::string typographic_minus(std::string text) {
  std::string out;
  out.reserve(text.size() + 4);
  for (char c : text) {
    if (c == '-') out += "−";
    else out += c;
  }
  return out;
}

std::string readout(double value, int digits) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "∞" : "−∞";
  char text[32];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  std::string s = text;
  if (const auto e = s.find('e'); e != std::string::npos) {  // e-05 → e-5, e+07 → e7
    std::string exponent = s.substr(e + 1);
    const bool negative = exponent[0] == '-';
    exponent.erase(0, exponent[0] == '-' || exponent[0] == '+' ? 1 : 0);
    exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
    s = s.substr(0, e + 1) + (negative ? "-" : "") + exponent;
  }
  return typographic_minus(s);
}

std::string count_label(double value, double step) {
  const double magnitude = std::max(std::abs(value), std::abs(step));
  const auto scaled = [&](double unit, const char* suffix) {
    int decimals = 0;  // the fewest that show the step exactly: 2500 in k → 1 (2.5k)
    while (decimals < 3 && std::abs(step / unit * std::pow(10, decimals) - std::round(step / unit * std::pow(10, decimals))) > 1e-6)
      ++decimals;
    char text[32];
    std::snprintf(text, sizeof text, "%.*f%s", decimals, value / unit, suffix);
    return typographic_minus(text);
  };
  if (value == 0) return "0";
  if (magnitude >= 1e9) return scaled(1e9, "G");
  if (magnitude >= 1e6) return scaled(1e6, "M");
  if (magnitude >= 1e4) return scaled(1e3, "k");
  return scaled(1, "");
}

std::vector<BandColumn> decimate_band(std::span<const double> xs, std::span<const double> lo,
                                      std::span<const double> hi, double x_lo, double x_hi, int pixels) {
  std::vector<BandColumn> out;
  if (pixels < 1 || !(x_hi > x_lo)) return out;
  const double width = (x_hi - x_lo) / pixels;
  int current = -1;
  const auto first = std::lower_bound(xs.begin(), xs.end(), x_lo) - xs.begin();
  for (std::size_t k = static_cast<std::size_t>(first); k < xs.size() && xs[k] <= x_hi; ++k) {
    if (!std::isfinite(lo[k]) || !std::isfinite(hi[k])) continue;
    const int column = std::min(pixels - 1, static_cast<int>((xs[k] - x_lo) / width));
    if (column != current) {
      out.push_back({x_lo + (column + 0.5) * width, lo[k], hi[k]});
      current = column;
    } else {
      out.back().lo = std::min(out.back().lo, lo[k]);
      out.back().hi = std::max(out.back().hi, hi[k]);
    }
  }
  return out;
}

std::vector<MeanColumn> decimate_mean(std::span<const double> xs, std::span<const double> ys, double x_lo, double x_hi,
                                      int pixels) {
  std::vector<MeanColumn> out;
  if (pixels < 1 || !(x_hi > x_lo)) return out;
  const double width = (x_hi - x_lo) / pixels;
  int current = -1;
  long count = 0;
  const auto first = std::lower_bound(xs.begin(), xs.end(), x_lo) - xs.begin();
  for (std::size_t k = static_cast<std::size_t>(first); k < xs.size() && xs[k] <= x_hi; ++k) {
    if (!std::isfinite(ys[k])) continue;
    const int column = std::min(pixels - 1, static_cast<int>((xs[k] - x_lo) / width));
    if (column != current) {
      if (count > 0) out.back().mean /= static_cast<double>(count);
      out.push_back({x_lo + (column + 0.5) * width, 0});
      current = column, count = 0;
    }
    out.back().mean += ys[k];
    ++count;
  }
  if (count > 0) out.back().mean /= static_cast<double>(count);
  return out;
}

long nearest_sorted(std::span<const double> xs, double x) {
  if (xs.empty()) return -1;
  const long i = std::lower_bound(xs.begin(), xs.end(), x) - xs.begin();
  if (i == 0) return 0;
  if (i == static_cast<long>(xs.size())) return i - 1;
  return x - xs[i - 1] <= xs[i] - x ? i - 1 : i;
}

IndexSpan visible_span(std::span<const double> xs, double x_lo, double x_hi) {
  const long n = static_cast<long>(xs.size());
  long first = std::lower_bound(xs.begin(), xs.end(), x_lo) - xs.begin();
  long last = std::upper_bound(xs.begin(), xs.end(), x_hi) - xs.begin();
  return {std::max(0L, first - 1), std::min(n, last + 1)};
}

std::vector<std::vector<Point>> dash_polyline(std::span<const Point> line, float dash, float gap) {
  std::vector<std::vector<Point>> out;
  if (line.size() < 2 || !(dash > 0) || gap < 0) return out;
  const float period = dash + gap;
  float phase = 0;  // distance into the current period
  std::vector<Point> current{line[0]};
  for (std::size_t i = 1; i < line.size(); ++i) {
    Point a = line[i - 1];
    const Point b = line[i];
    float remaining = std::hypot(b.x - a.x, b.y - a.y);
    while (remaining > 0) {
      const bool drawing = phase < dash;
      const float step = std::min(remaining, (drawing ? dash : period) - phase);
      const float t = step / remaining;
      const Point p{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
      if (drawing) current.push_back(p);
      phase += step;
      remaining -= step;
      a = p;
      if (drawing && phase >= dash) {  // the dash ends here
        if (current.size() >= 2) out.push_back(std::move(current));
        current.clear();
      } else if (!drawing && phase >= period) {  // the gap ends: a new dash starts here
        phase = 0;
        current = {p};
      }
    }
  }
  if (phase < dash && current.size() >= 2) out.push_back(std::move(current));
  return out;
}

std::vector<Point> flow_rows(std::span<const float> widths, float gap, float row_step, float wrap) {
  std::vector<Point> at;
  Point next;
  for (float w : widths) {
    if (wrap > 0 && next.x > 0 && next.x + w > wrap) next = {0, next.y + row_step};
    at.push_back(next);
    next.x += w + gap;
  }
  return at;
}

namespace {
float cross(Point a, Point b) { return a.x * b.y - a.y * b.x; }  // > 0: b is counter-clockwise of a
float dot(Point a, Point b) { return a.x * b.x + a.y * b.y; }
}  // namespace

std::vector<Point> simplify_polyline(std::span<const Point> line, float tolerance) {
  if (line.size() <= 2 || !(tolerance > 0)) return {line.begin(), line.end()};
  // From each kept point a, the directions whose ray passes within `tolerance` of every point
  // since form a cone [lo, hi] (each point p narrows it to the angles within asin(tol / |p − a|)
  // of its own). The next kept point is the last one that lay inside the cone when it was reached
  // and no nearer to a than any point before it (so the segment, not just the ray, passes them);
  // the search stops when the cone is empty.
  std::vector<Point> out{line.front()};
  const float tol2 = tolerance * tolerance;
  std::size_t a = 0;
  while (a + 1 < line.size()) {
    std::size_t end = a + 1;
    bool open = false;
    Point lo, hi;
    float farthest2 = 0;
    for (std::size_t i = a + 1; i < line.size(); ++i) {
      const Point v{line[i].x - line[a].x, line[i].y - line[a].y};
      const float d2 = dot(v, v);
      const bool inside = !open || (cross(lo, v) >= 0 && cross(v, hi) >= 0 && dot(v, lo) > 0);
      if (inside && d2 >= farthest2) end = i;
      farthest2 = std::max(farthest2, d2);
      if (d2 <= tol2) continue;  // within the tolerance of a itself: every direction will do
      const float s = tolerance / std::sqrt(d2), c = std::sqrt(1 - s * s);
      const Point l{c * v.x + s * v.y, c * v.y - s * v.x}, h{c * v.x - s * v.y, c * v.y + s * v.x};  // v turned by ∓asin(s)
      if (!open) {
        lo = l, hi = h, open = true;
        continue;
      }
      if (dot(v, lo) <= 0) break;  // turned back by a right angle or more
      if (cross(lo, l) > 0) lo = l;
      if (cross(h, hi) > 0) hi = h;
      if (cross(lo, hi) < 0) break;  // no direction passes near them all
    }
    out.push_back(line[end]);
    a = end;
  }
  return out;
}

}  // namespace viz
