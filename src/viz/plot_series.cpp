// Series → the plot's image (lines by columns of a few pixels when long, bands, markers); legend markers
// into a draw list; the nearest point.
#include "plot_series.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>
#include "decimate.hpp"
#include "discs.hpp"
#include "plot_math.hpp"

namespace viz {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr float far = 1e5f;  // screen coordinates are clamped this far outside the plot

// Data → screen with y already transformed (log10 on a log axis), as the decimation works on it.
struct Mapper {
  const PlotArea& a;
  double t_lo, t_hi;
  explicit Mapper(const PlotArea& area)
      : a(area),
        t_lo(area.log_y ? std::log10(area.y.lo) : area.y.lo),
        t_hi(area.log_y ? std::log10(area.y.hi) : area.y.hi) {}
  double t(double y) const { return a.log_y ? (y > 0 ? std::log10(y) : nan) : y; }
  float sx(double x) const {
    const double p = a.min.x + (x - a.x.lo) / a.x.span() * (a.max.x - a.min.x);
    return static_cast<float>(std::clamp(p, double(a.min.x - far), double(a.max.x + far)));
  }
  float sy(double ty) const {
    const double p = a.max.y - (ty - t_lo) / (t_hi - t_lo) * (a.max.y - a.min.y);
    return static_cast<float>(std::clamp(p, double(a.min.y - far), double(a.max.y + far)));
  }
};

ImU32 with_alpha(ImU32 colour, float factor) {
  const auto alpha = static_cast<ImU32>(((colour >> IM_COL32_A_SHIFT) & 0xFF) * factor);
  return (colour & ~IM_COL32_A_MASK) | (alpha << IM_COL32_A_SHIFT);
}

// Screen points ↔ plot_math's points, for the polyline arithmetic.
std::vector<Point> to_points(const std::vector<ImVec2>& v) {
  std::vector<Point> out(v.size());
  std::transform(v.begin(), v.end(), out.begin(), [](ImVec2 p) { return Point{p.x, p.y}; });
  return out;
}
std::vector<ImVec2> to_imvec(const std::vector<Point>& v) {
  std::vector<ImVec2> out(v.size());
  std::transform(v.begin(), v.end(), out.begin(), [](Point p) { return ImVec2(p.x, p.y); });
  return out;
}

// One run of a line (no breaks) into the raster: anti-aliased, dashed if asked, else hard-edged.
void stroke(LineRaster& raster, std::vector<ImVec2> run, const LineSeries& s, float thickness) {
  if (s.tolerance > 0 && run.size() > 2)  // a densely sampled smooth curve: through fewer vertices
    run = to_imvec(simplify_polyline(to_points(run), s.tolerance));
  const float dash = s.dash * thickness / std::max(s.thickness, 0.1f);  // the dash scales like the line
  thickness = std::max(1.0f, std::round(thickness));  // whole pixels: a 2.5 px line is drawn 3 px, bold enough for a projector
  if (s.hard_edged) return raster.polyline(run, s.colour, thickness);
  if (run.size() == 1) return raster.stroke(run, s.colour, 2 * thickness);  // a lone point between gaps: a dot, so it is not lost
  if (s.dash <= 0) return raster.stroke(run, s.colour, thickness);
  for (const auto& d : dash_polyline(to_points(run), dash, 0.6f * dash)) raster.stroke(to_imvec(d), s.colour, thickness);
}

// [first, last) of the series to look at: the visible span of sorted x, else everything.
IndexSpan span_of(const PlotArea& area, std::span<const double> x, bool sorted) {
  if (sorted) return visible_span(x, area.x.lo, area.x.hi);
  return {0, static_cast<long>(x.size())};
}

// Long series are reduced to columns this many pixels wide: a line through the column means every
// 2 px, a min–max fill every 4 px. Finer columns add no detail a reader can see.
constexpr int line_column_px = 2, fill_column_px = 4;
int columns_in(const PlotArea& area, int column_px) {
  return std::max(1, static_cast<int>(area.max.x - area.min.x) / column_px);
}

// The region between lo and hi (transformed y) over x, as one trapezoid per pair of neighbours.
// Columns with a non-finite value are gaps (the raster skips such trapezoids).
std::vector<LineRaster::Trapezoid> trapezoids(const Mapper& m, const std::vector<BandColumn>& columns) {
  std::vector<LineRaster::Trapezoid> out;
  for (std::size_t i = 0; i + 1 < columns.size(); ++i) {
    const BandColumn &a = columns[i], &b = columns[i + 1];
    out.push_back({m.sx(a.x), m.sx(b.x), m.sy(a.hi), m.sy(b.hi), m.sy(a.lo), m.sy(b.lo)});
  }
  return out;
}
}  // namespace

void draw_line(const PlotArea& area, const LineSeries& s, float scale, LineRaster& raster) {
  const Mapper m(area);
  const float thickness = s.thickness * scale;
  const std::size_t n = std::min(s.x.size(), s.y.size());
  const IndexSpan span = span_of(area, s.x.first(n), s.sorted_x);
  std::vector<ImVec2> run;
  if (s.sorted_x && span.last - span.first > 2L * columns_in(area, 1)) {
    // Long: by columns. Inside a band (which shows the extremes): a line through the column means.
    // Else the columns' min–max filled in the line's colour, and a line through their last values.
    std::vector<double> t(static_cast<std::size_t>(span.last - span.first));
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = m.t(s.y[span.first + i]);
    const auto xs = s.x.subspan(static_cast<std::size_t>(span.first), t.size());
    const int columns = columns_in(area, line_column_px);
    if (!s.band_lo.empty()) {
      for (const MeanColumn& c : decimate_mean(xs, t, area.x.lo, area.x.hi, columns)) run.push_back({m.sx(c.x), m.sy(c.mean)});
      return stroke(raster, std::move(run), s, thickness);
    }
    std::vector<BandColumn> extremes;
    for (const Column& c : decimate(xs, t, area.x.lo, area.x.hi, columns)) {
      run.push_back({m.sx(c.x), m.sy(c.last)});
      extremes.push_back({c.x, c.min, c.max});
    }
    raster.band(trapezoids(m, extremes), s.colour);
  } else {
    for (long i = span.first; i < span.last; ++i) {
      const double t = m.t(s.y[i]);
      if (std::isfinite(t) && std::isfinite(s.x[i])) {
        run.push_back({m.sx(s.x[i]), m.sy(t)});
      } else if (!run.empty()) {
        stroke(raster, std::move(run), s, thickness);
        run.clear();
      }
    }
  }
  if (!run.empty()) stroke(raster, std::move(run), s, thickness);
}

void draw_lines(const PlotArea& area, std::span<const LineSeries> lines, float scale, LineRaster& raster) {
  for (const LineSeries& s : lines)
    if (!s.hidden && !s.band_lo.empty()) draw_band(area, s, raster);
  for (const LineSeries& s : lines)
    if (!s.hidden) draw_line(area, s, scale, raster);
}

void draw_band(const PlotArea& area, const LineSeries& s, LineRaster& raster) {
  const std::size_t n = std::min({s.x.size(), s.band_lo.size(), s.band_hi.size()});
  if (n < 2) return;
  const Mapper m(area);
  const IndexSpan span = span_of(area, s.x.first(n), s.sorted_x);
  std::vector<BandColumn> columns;  // in transformed y
  const int most = columns_in(area, fill_column_px);
  if (s.sorted_x && span.last - span.first > most) {
    std::vector<double> lo(static_cast<std::size_t>(span.last - span.first)), hi(lo.size());
    for (std::size_t i = 0; i < lo.size(); ++i) lo[i] = m.t(s.band_lo[span.first + i]), hi[i] = m.t(s.band_hi[span.first + i]);
    columns = decimate_band(s.x.subspan(static_cast<std::size_t>(span.first), lo.size()), lo, hi, area.x.lo, area.x.hi, most);
  } else {
    for (long i = span.first; i < span.last; ++i) columns.push_back({s.x[i], m.t(s.band_lo[i]), m.t(s.band_hi[i])});
  }
  raster.band(trapezoids(m, columns), with_alpha(s.colour, 0.2f));
}

namespace {

// The corners of a polygon marker, in order (none for the circle and the cross), with room to
// repeat the first at the end for a closed outline: no allocation per marker.
struct Corners {
  std::array<ImVec2, 5> p{};
  int n = 0;
  std::span<const ImVec2> polygon() const { return {p.data(), static_cast<std::size_t>(n)}; }
  std::span<const ImVec2> closed() {
    p[static_cast<std::size_t>(n)] = p[0];
    return {p.data(), static_cast<std::size_t>(n) + 1};
  }
};
Corners corners(ImVec2 c, Marker marker, float r) {
  switch (marker) {
    case Marker::Square: {
      const float h = 0.88f * r;
      return {{ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y - h), ImVec2(c.x + h, c.y + h), ImVec2(c.x - h, c.y + h)}, 4};
    }
    case Marker::Diamond: {
      const float d = 1.25f * r;
      return {{ImVec2(c.x, c.y - d), ImVec2(c.x + d, c.y), ImVec2(c.x, c.y + d), ImVec2(c.x - d, c.y)}, 4};
    }
    case Marker::TriangleUp:
      return {{ImVec2(c.x, c.y - 1.3f * r), ImVec2(c.x + 1.15f * r, c.y + 0.7f * r), ImVec2(c.x - 1.15f * r, c.y + 0.7f * r)}, 3};
    case Marker::Circle:
    case Marker::Cross: break;
  }
  return {};
}

// The cross's two strokes, from one end to the other, and their thickness.
std::array<std::array<ImVec2, 2>, 2> cross_strokes(ImVec2 c, float r) {
  const float d = 0.9f * r;
  return {{{ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d)}, {ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d)}}};
}
float cross_thickness(float r, float thickness) { return std::max(thickness, 0.45f * r); }

// One marker into the plot's image: a software rasteriser would pay for its small triangles.
void raster_marker(LineRaster& raster, ImVec2 c, Marker marker, float r, ImU32 colour, bool filled, float thickness) {
  if (marker == Marker::Circle) return filled ? raster.disc(c, r, colour) : raster.ring(c, r, thickness, colour);
  if (marker == Marker::Cross) {
    for (const auto& line : cross_strokes(c, r)) raster.stroke(line, colour, cross_thickness(r, thickness));
    return;
  }
  Corners k = corners(c, marker, r);
  if (filled && marker == Marker::Square) return raster.fill(k.p[0], k.p[2], colour);  // hard-edged, as ImGui fills a rectangle
  if (filled) return raster.convex(k.polygon(), colour);
  raster.stroke(k.closed(), colour, thickness);
}

}  // namespace

void draw_marker(ImDrawList* draw, ImVec2 c, Marker marker, float r, ImU32 colour, bool filled, float thickness) {
  if (marker == Marker::Circle) {
    if (filled) fill_disc(draw, c, r, colour);
    else draw->AddCircle(c, r, colour, 0, thickness);
    return;
  }
  if (marker == Marker::Cross) {
    for (const auto& line : cross_strokes(c, r)) draw->AddLine(line[0], line[1], colour, cross_thickness(r, thickness));
    return;
  }
  const Corners k = corners(c, marker, r);
  if (filled && marker == Marker::Square) draw->AddRectFilled(k.p[0], k.p[2], colour);
  else if (filled) draw->AddConvexPolyFilled(k.p.data(), k.n, colour);
  else draw->AddPolyline(k.p.data(), k.n, colour, ImDrawFlags_Closed, thickness);
}

void draw_scatter(const PlotArea& area, const ScatterSeries& s, float scale, LineRaster& raster) {
  const Mapper m(area);
  const float r = s.radius * scale, thickness = 1.6f * scale;
  const std::size_t n = std::min(s.x.size(), s.y.size());
  for (int pass = 0; pass < 2; ++pass)  // highlights first, so markers stay on top of every halo
    for (std::size_t i = 0; i < n; ++i) {
      const double t = m.t(s.y[i]);
      if (!std::isfinite(t) || !std::isfinite(s.x[i])) continue;
      const ImVec2 c{m.sx(s.x[i]), m.sy(t)};
      if (c.x < area.min.x - 3 * r || c.x > area.max.x + 3 * r || c.y < area.min.y - 3 * r || c.y > area.max.y + 3 * r)
        continue;
      const bool lit = i < s.highlight.size() && s.highlight[i];
      if (pass == 0) {
        if (lit) {
          raster.disc(c, 1.9f * r, with_alpha(s.highlight_colour, 0.25f));
          raster.ring(c, 1.9f * r, 2.0f * scale, s.highlight_colour);
        }
        continue;
      }
      const ImU32 colour = i < s.colours.size() ? s.colours[i] : s.colour;
      if (s.outline) raster_marker(raster, c, s.marker, r + 1.2f * scale, s.outline, true, thickness);
      raster_marker(raster, c, s.marker, r, colour, s.filled, thickness);
    }
}

namespace {

// FNV-1a over 64-bit words: each step is a bijection of the state, so changing any one word always
// changes the result.
struct Fingerprint {
  std::uint64_t h = 0xcbf29ce484222325u;
  void word(std::uint64_t w) { h = (h ^ w) * 0x100000001b3u; }
  void bytes(const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    word(n);
    for (; n >= 8; b += 8, n -= 8) {
      std::uint64_t w;
      std::memcpy(&w, b, 8);
      word(w);
    }
    std::uint64_t tail = 0;
    if (n > 0) std::memcpy(&tail, b, n);
    word(tail);
  }
  template <class T>
  void add(const T& v) {
    static_assert(std::has_unique_object_representations_v<T> || std::is_floating_point_v<T>);
    bytes(&v, sizeof v);
  }
  template <class T>
  void add(std::span<const T> s) {
    bytes(s.data(), s.size_bytes());
  }
  void add(ImVec2 v) { add(v.x), add(v.y); }
  void add(Range r) { add(r.lo), add(r.hi); }
};

}  // namespace

std::uint64_t raster_key(const PlotArea& area, const PlotData& data, float scale) {
  Fingerprint f;
  f.add(area.min), f.add(area.max), f.add(area.x), f.add(area.y), f.add(area.log_y), f.add(scale);
  f.word(data.lines.size()), f.word(data.scatters.size());
  for (const LineSeries& s : data.lines) {
    f.add(s.hidden);
    if (s.hidden) continue;
    f.add(s.x), f.add(s.y), f.add(s.colour), f.add(s.thickness), f.add(s.dash), f.add(s.band_lo), f.add(s.band_hi);
    f.add(s.sorted_x), f.add(s.tolerance), f.add(s.hard_edged);
  }
  for (const ScatterSeries& s : data.scatters) {
    f.add(s.hidden);
    if (s.hidden) continue;
    f.add(s.x), f.add(s.y), f.add(s.colour), f.add(s.colours), f.add(s.marker), f.add(s.radius), f.add(s.filled);
    f.add(s.outline), f.add(s.highlight), f.add(s.highlight_colour);
  }
  return f.h;
}

void find_nearest(const PlotArea& area, const PlotData& data, ImVec2 mouse, PlotHover& hover) {
  const Mapper m(area);
  float best = std::numeric_limits<float>::max();
  auto consider = [&](std::span<const double> x, std::span<const double> y, long i, int line, int scatter) {
    if (i < 0 || i >= static_cast<long>(std::min(x.size(), y.size()))) return;
    const double t = m.t(y[i]);
    if (!std::isfinite(t) || !std::isfinite(x[i])) return;
    const float dx = m.sx(x[i]) - mouse.x, dy = m.sy(t) - mouse.y, d = dx * dx + dy * dy;
    if (d >= best) return;
    best = d;
    hover.line = line, hover.scatter = scatter, hover.index = i, hover.x = x[i], hover.y = y[i];
  };
  const double mouse_x = area.x_at(mouse.x);
  for (int k = 0; k < static_cast<int>(data.lines.size()); ++k) {
    const LineSeries& s = data.lines[k];
    if (!s.hover || s.hidden) continue;
    if (s.sorted_x) {
      const long i = nearest_sorted(s.x, mouse_x);
      for (long j = i - 1; j <= i + 1; ++j) consider(s.x, s.y, j, k, -1);
    } else {
      for (long j = 0; j < static_cast<long>(s.x.size()); ++j) consider(s.x, s.y, j, k, -1);
    }
  }
  for (int k = 0; k < static_cast<int>(data.scatters.size()); ++k)
    if (data.scatters[k].hover && !data.scatters[k].hidden)
      for (long j = 0; j < static_cast<long>(data.scatters[k].x.size()); ++j)
        consider(data.scatters[k].x, data.scatters[k].y, j, -1, k);
}

}  // namespace viz
