// LineRaster: segments stepped along their longer axis, one column (or row) of pixels a step,
// blended premultiplied; the image is turned back to straight alpha for ImGui's blending.
#include "viz/line_raster.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace viz {

namespace {

ImU32 channel(ImU32 c, int shift) { return (c >> shift) & 0xFF; }
ImU32 alpha(ImU32 c) { return channel(c, IM_COL32_A_SHIFT); }
// round(255 · 2¹⁶ / α), for unpremultiply
constexpr std::array<std::uint64_t, 256> unpremultiply_scale = [] {
  std::array<std::uint64_t, 256> t{};
  for (std::uint64_t a = 1; a < 256; ++a) t[a] = (255 * 65536 + a / 2) / a;
  return t;
}();

int clamp_to(float v, int hi) { return static_cast<int>(std::clamp(v, 0.0f, static_cast<float>(hi))); }

// Each channel times factor / 255, rounded.
ImU32 times(ImU32 colour, ImU32 factor) {
  // Two channels at a time in 16-bit lanes, and x / 255 rounded as (x + 128 + ((x + 128) >> 8)) >> 8,
  // exact for x ≤ 255².
  ImU32 rb = (colour & 0x00FF00FFu) * factor + 0x00800080u, ga = ((colour >> 8) & 0x00FF00FFu) * factor + 0x00800080u;
  rb = ((rb + ((rb >> 8) & 0x00FF00FFu)) >> 8) & 0x00FF00FFu;
  ga = (ga + ((ga >> 8) & 0x00FF00FFu)) & 0xFF00FF00u;
  return rb | ga;
}

}  // namespace

ImU32 premultiply(ImU32 straight) {
  const ImU32 a = alpha(straight);
  return (times(straight, a) & ~IM_COL32_A_MASK) | a << IM_COL32_A_SHIFT;
}

ImU32 unpremultiply(ImU32 premultiplied) {
  const ImU32 a = alpha(premultiplied);
  if (a == 0 || a == 255) return premultiplied;
  // C = C_premultiplied · 255 / α (≤ 255), as (C · round(255 · 2¹⁶ / α) + 2¹⁵) >> 16: no division.
  const std::uint64_t scale = unpremultiply_scale[a];
  ImU32 out = a << IM_COL32_A_SHIFT;
  for (int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT})
    out |= static_cast<ImU32>((channel(premultiplied, shift) * scale + 32768) >> 16) << shift;
  return out;
}

// C = C_src + C_dst (1 − α_src), α likewise. Premultiplied, C_src ≤ α_src, so no channel overflows.
ImU32 over_premultiplied(ImU32 src, ImU32 dst) { return src + times(dst, 255 - alpha(src)); }

void LineRaster::clear(ImVec2 origin, int width, int height) {
  origin_ = origin;
  width_ = std::max(width, 0);
  height_ = std::max(height, 0);
  const std::size_t pixels = static_cast<std::size_t>(width_) * height_;
  premultiplied_.assign(pixels, 0);
  if (coverage_.size() != pixels) coverage_.assign(pixels, 0);  // else still all 0 from the last stroke()
  row_columns_.assign(static_cast<std::size_t>(height_), {width_, 0});
  drawn_ = {};
  ++generation_;
}

void LineRaster::polyline(std::span<const ImVec2> points, ImU32 colour, float thickness) {
  const ImU32 src = premultiply(colour);
  if (points.size() == 1) {  // a lone point: the pixel under it, as a segment one pixel long
    const ImVec2 p = local(points[0]);
    segment({std::floor(p.x), p.y}, {std::floor(p.x) + 1, p.y}, src, thickness);
    return;
  }
  for (std::size_t k = 0; k + 1 < points.size(); ++k) segment(local(points[k]), local(points[k + 1]), src, thickness);
}

void LineRaster::band(std::span<const Trapezoid> trapezoids, ImU32 colour) {
  column_rows_.assign(static_cast<std::size_t>(width_), {0, 0});
  PixelRect box{width_, height_, 0, 0};
  for (Trapezoid t : trapezoids) {
    if (!std::isfinite(t.x0 + t.x1 + t.top0 + t.top1 + t.bottom0 + t.bottom1) || !(t.x1 > t.x0)) continue;
    const float x0 = t.x0 - origin_.x, x1 = t.x1 - origin_.x;
    const int c0 = clamp_to(std::ceil(x0 - 0.5f), width_), c1 = clamp_to(std::ceil(x1 - 0.5f), width_);  // centres in [x0, x1)
    for (int c = c0; c < c1; ++c) {
      const float f = (c + 0.5f - x0) / (x1 - x0);
      const float top = t.top0 + f * (t.top1 - t.top0) - origin_.y, bottom = t.bottom0 + f * (t.bottom1 - t.bottom0) - origin_.y;
      const int r0 = clamp_to(std::ceil(std::min(top, bottom) - 0.5f), height_), r1 = clamp_to(std::ceil(std::max(top, bottom) - 0.5f), height_);
      if (r0 >= r1) continue;
      column_rows_[static_cast<std::size_t>(c)] = {r0, r1};
      box = {std::min(box.x0, c), std::min(box.y0, r0), std::max(box.x1, c + 1), std::max(box.y1, r1)};
    }
  }
  const ImU32 src = premultiply(colour);
  ImU32 under = 0, over = src;  // the last pixel blended, before and after: a band is mostly over one colour
  for (int c = box.x0; c < box.x1; ++c)  // column by column: a few hundred rows stay in the cache
    for (auto [r, end] = column_rows_[static_cast<std::size_t>(c)]; r < end; ++r) {
      ImU32& p = premultiplied_[static_cast<std::size_t>(r) * width_ + c];
      if (p != under) under = p, over = over_premultiplied(src, p);
      p = over;
    }
  drawn_ = unite(drawn_, box);
}

template <class Outside>
void LineRaster::fill_shape(ImVec2 min, ImVec2 max, ImU32 colour, Outside outside) {
  const ImVec2 a = local(min), b = local(max);
  if (!std::isfinite(a.x + a.y + b.x + b.y)) return;
  const int x0 = clamp_to(std::floor(a.x), width_), x1 = clamp_to(std::ceil(b.x), width_);
  const int y0 = clamp_to(std::floor(a.y), height_), y1 = clamp_to(std::ceil(b.y), height_);
  const ImU32 src = premultiply(colour);
  PixelRect box{width_, height_, 0, 0};
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const float covered = std::clamp(0.5f - outside(x + 0.5f, y + 0.5f), 0.0f, 1.0f);
      if (covered <= 0) continue;
      blend(static_cast<std::size_t>(y) * width_ + x, times(src, static_cast<ImU32>(covered * 255 + 0.5f)));
      box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x + 1), y + 1};
    }
  drawn_ = unite(drawn_, box);
}

void LineRaster::disc(ImVec2 centre, float radius, ImU32 colour) {
  const ImVec2 c = local(centre);
  const float reach = radius + 1;
  fill_shape({centre.x - reach, centre.y - reach}, {centre.x + reach, centre.y + reach}, colour,
             [&](float x, float y) { return std::hypot(x - c.x, y - c.y) - radius; });
}

void LineRaster::ring(ImVec2 centre, float radius, float thickness, ImU32 colour) {
  const ImVec2 c = local(centre);
  const float reach = radius + 0.5f * thickness + 1;
  fill_shape({centre.x - reach, centre.y - reach}, {centre.x + reach, centre.y + reach}, colour,
             [&](float x, float y) { return std::abs(std::hypot(x - c.x, y - c.y) - radius) - 0.5f * thickness; });
}

void LineRaster::convex(std::span<const ImVec2> corners, ImU32 colour) {
  const std::size_t n = corners.size();
  if (n < 3) return;
  // Each edge as a unit outward normal and its offset: distance outside = max over edges of n · p − offset.
  float area = 0;
  for (std::size_t i = 0; i < n; ++i) area += corners[i].x * corners[(i + 1) % n].y - corners[(i + 1) % n].x * corners[i].y;
  const float turn = area > 0 ? 1.0f : -1.0f;
  struct Edge {
    float nx, ny, offset;
  };
  std::vector<Edge> edges;
  ImVec2 lo = corners[0], hi = corners[0];
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 a = local(corners[i]), b = local(corners[(i + 1) % n]);
    const float length = std::hypot(b.x - a.x, b.y - a.y);
    if (length > 0) {
      const float nx = turn * (b.y - a.y) / length, ny = -turn * (b.x - a.x) / length;
      edges.push_back({nx, ny, nx * a.x + ny * a.y});
    }
    lo = ImVec2(std::min(lo.x, corners[i].x), std::min(lo.y, corners[i].y)), hi = ImVec2(std::max(hi.x, corners[i].x), std::max(hi.y, corners[i].y));
  }
  fill_shape({lo.x - 1, lo.y - 1}, {hi.x + 1, hi.y + 1}, colour, [&](float x, float y) {
    float d = -1e9f;
    for (const Edge& e : edges) d = std::max(d, e.nx * x + e.ny * y - e.offset);
    return d;
  });
}

void LineRaster::fill(ImVec2 min, ImVec2 max, ImU32 colour) {
  const ImVec2 a = local(min), b = local(max);
  if (!std::isfinite(a.x + a.y + b.x + b.y)) return;
  // centres c + ½ with a ≤ c + ½ < b
  const int x0 = clamp_to(std::ceil(a.x - 0.5f), width_), x1 = clamp_to(std::ceil(b.x - 0.5f), width_);
  const int y0 = clamp_to(std::ceil(a.y - 0.5f), height_), y1 = clamp_to(std::ceil(b.y - 0.5f), height_);
  if (x0 >= x1 || y0 >= y1) return;
  const ImU32 src = premultiply(colour);
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) blend(static_cast<std::size_t>(y) * width_ + x, src);
  drawn_ = unite(drawn_, {x0, y0, x1, y1});
}

void LineRaster::stroke(std::span<const ImVec2> points, ImU32 colour, float thickness) {
  const float reach = 0.5f * thickness + 0.5f;  // a pixel centre this far from the line or farther: not covered
  rows_first_ = height_, rows_end_ = 0;
  if (points.size() == 1) cover(local(points[0]), local(points[0]), reach);  // a square
  for (std::size_t k = 0; k + 1 < points.size(); ++k) cover(local(points[k]), local(points[k + 1]), reach);
  // Blend each covered pixel once, and leave coverage_ and row_columns_ cleared for the next call.
  const ImU32 src = premultiply(colour);
  PixelRect box{width_, height_, 0, 0};  // of the pixels blended
  for (int y = rows_first_; y < rows_end_; ++y) {
    auto& [first, end] = row_columns_[static_cast<std::size_t>(y)];
    std::uint8_t* row = coverage_.data() + static_cast<std::size_t>(y) * width_;
    for (int x = first; x < end; ++x) {
      if (!row[x]) continue;
      blend(static_cast<std::size_t>(y) * width_ + x, times(src, std::exchange(row[x], 0)));
      box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x + 1), y + 1};
    }
    first = width_, end = 0;
  }
  drawn_ = unite(drawn_, box);
}

// As segment() steps along the longer axis u, but over the centres u in [a_u − t/2, b_u + t/2): the
// ends go on half the thickness, so where segments meet at an angle, no corner is left out. In each
// step, the centres within `reach` of the line across it: a centre δ from the line along v is δ cos θ
// from it (θ: the line's angle to the u axis).
void LineRaster::cover(ImVec2 a, ImVec2 b, float reach) {
  if (!std::isfinite(a.x + a.y + b.x + b.y)) return;
  const bool steep = std::abs(b.y - a.y) > std::abs(b.x - a.x);
  float au = steep ? a.y : a.x, av = steep ? a.x : a.y, bu = steep ? b.y : b.x, bv = steep ? b.x : b.y;
  if (au > bu) std::swap(au, bu), std::swap(av, bv);
  const float slope = bu > au ? (bv - av) / (bu - au) : 0, cos = 1 / std::sqrt(1 + slope * slope);
  const float half = reach - 0.5f, extent = reach / cos;
  const int u_size = steep ? height_ : width_, v_size = steep ? width_ : height_;
  const std::size_t u_stride = steep ? static_cast<std::size_t>(width_) : 1, v_stride = steep ? 1 : static_cast<std::size_t>(width_);
  const int first = clamp_to(std::ceil(au - half - 0.5f), u_size), end = clamp_to(std::ceil(bu + half - 0.5f), u_size);
  for (int i = first; i < end; ++i) {
    const float v = av + slope * (i + 0.5f - au);
    const int j0 = clamp_to(std::ceil(v - extent - 0.5f), v_size), j1 = clamp_to(std::ceil(v + extent - 0.5f), v_size);
    if (j0 >= j1) continue;
    std::uint8_t* column = coverage_.data() + i * u_stride;
    for (int j = j0; j < j1; ++j) {  // coverage = clamp(reach − d, 0, 1), d = |j + ½ − v| cos θ
      std::uint8_t& c = column[j * v_stride];
      c = static_cast<std::uint8_t>(std::max(static_cast<int>(c), static_cast<int>(std::min(reach - std::abs(j + 0.5f - v) * cos, 1.0f) * 255 + 0.5f)));
    }
    const int y0 = steep ? i : j0, y1 = steep ? i + 1 : j1, x0 = steep ? j0 : i, x1 = steep ? j1 : i + 1;
    for (int y = y0; y < y1; ++y) {  // the rows and columns that may now be covered
      auto& [row_first, row_end] = row_columns_[static_cast<std::size_t>(y)];
      row_first = std::min(row_first, x0), row_end = std::max(row_end, x1);
    }
    rows_first_ = std::min(rows_first_, y0), rows_end_ = std::max(rows_end_, y1);
  }
}

void LineRaster::image(std::vector<ImU32>& out) const {
  out.resize(static_cast<std::size_t>(drawn_.area()));
  auto to = out.begin();
  ImU32 last_in = 0, last_out = 0;  // runs of one colour (a band's inside, the transparent) convert once
  for (int y = drawn_.y0; y < drawn_.y1; ++y) {
    const auto row = premultiplied_.begin() + static_cast<std::ptrdiff_t>(y) * width_;
    to = std::transform(row + drawn_.x0, row + drawn_.x1, to, [&](ImU32 p) {
      if (p != last_in) last_in = p, last_out = unpremultiply(p);
      return last_out;
    });
  }
}

// Along the longer (major) axis u, the pixel centres i + ½ in [a_u, b_u); across it (v), those
// within half the line's extent along v of the line's v there. A line t pixels across is
// t·√(1 + slope²) tall along v, as ImGui's quad of half-width t/2 either side of the segment is.
void LineRaster::segment(ImVec2 a, ImVec2 b, ImU32 premultiplied, float thickness) {
  if (!std::isfinite(a.x + a.y + b.x + b.y)) return;
  const bool steep = std::abs(b.y - a.y) > std::abs(b.x - a.x);
  float au = steep ? a.y : a.x, av = steep ? a.x : a.y, bu = steep ? b.y : b.x, bv = steep ? b.x : b.y;
  if (au > bu) std::swap(au, bu), std::swap(av, bv);
  if (bu - au <= 0) return;  // a point: nothing, as for ImGui
  const float slope = (bv - av) / (bu - au);
  const float half = 0.5f * thickness * std::sqrt(1 + slope * slope);
  const int u_size = steep ? height_ : width_, v_size = steep ? width_ : height_;
  const std::size_t u_stride = steep ? static_cast<std::size_t>(width_) : 1, v_stride = steep ? 1 : static_cast<std::size_t>(width_);
  const int first = clamp_to(std::ceil(au - 0.5f), u_size), end = clamp_to(std::ceil(bu - 0.5f), u_size);  // centres i + ½ < b_u
  PixelRect drawn{u_size, v_size, 0, 0};  // in (u, v)
  for (int i = first; i < end; ++i) {
    const float v = av + slope * (i + 0.5f - au);
    // centres j + ½ with v − half ≤ j + ½ < v + half
    const int j0 = clamp_to(std::ceil(v - half - 0.5f), v_size), j1 = clamp_to(std::ceil(v + half - 0.5f), v_size);
    if (j0 >= j1) continue;
    drawn = {std::min(drawn.x0, i), std::min(drawn.y0, j0), i + 1, std::max(drawn.y1, j1)};
    for (int j = j0; j < j1; ++j) blend(i * u_stride + j * v_stride, premultiplied);
  }
  drawn_ = unite(drawn_, steep ? PixelRect{drawn.y0, drawn.x0, drawn.y1, drawn.x1} : drawn);
}

}  // namespace viz
