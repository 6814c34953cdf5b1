// A plot's lines, bands and markers drawn on the CPU into one image.
//
// A software rasteriser (Mesa's llvmpipe) shades pixels in 4×4 blocks, so a line a few pixels wide
// costs it several times its pixels: the 256 terms of a wide network's fit, or a loss curve through
// columns 2 px apart, cost more than the rest of their panel. Drawn here they cost one blend a pixel
// of line, and the GPU draws one quad.
//
//   viz::LineRaster raster;
//   raster.clear({x0, y0}, width, height);                 // the screen rectangle it covers
//   raster.stroke(points, IM_COL32(40, 90, 200, 255), 2.5f);  // anti-aliased; screen coordinates
//   raster.polyline(points, IM_COL32(40, 90, 200, 150), 1);   // hard-edged, for bundles
//   raster.image(pixels);              // the pixels drawn(): only those the lines touched
#pragma once
#include <imgui.h>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>
#include "viz/damage.hpp"

namespace viz {

// `src` over `dst`, both premultiplied: src + dst (1 − α_src), channel by channel.
ImU32 over_premultiplied(ImU32 src, ImU32 dst);
ImU32 premultiply(ImU32 straight);
ImU32 unpremultiply(ImU32 premultiplied);

class LineRaster {
 public:
  // Every pixel transparent; the image covers width × height screen pixels from `origin`.
  void clear(ImVec2 origin, int width, int height);
  // Blends a polyline through `points` (screen coordinates) over the image, as ImGui draws a line
  // without anti-aliasing: each segment is `thickness` pixels across, and a pixel is drawn when its
  // centre is inside. Along a segment's longer axis, pixel centres in [start, end) are drawn, so
  // segments that continue each other never draw a pixel twice. `colour`: ImGui's RGBA with
  // straight (not premultiplied) alpha, blended as ImGui's renderer blends.
  void polyline(std::span<const ImVec2> points, ImU32 colour, float thickness);
  // Blends an anti-aliased polyline: a pixel whose centre is d from a segment is covered
  // clamp(thickness/2 + ½ − d, 0, 1), so the line is `thickness` pixels across and fades over one
  // pixel at each edge, as ImGui's anti-aliased lines do. Each segment goes on thickness/2 past its
  // ends along its longer axis, so joints have no notches. Each pixel is blended once, by its largest
  // coverage, so joints get no darker dots. One point: a square `thickness` across.
  void stroke(std::span<const ImVec2> points, ImU32 colour, float thickness);
  // Blends a band made of trapezoids side by side (x increasing), each between x0 and x1 (screen
  // coordinates) with edges from (x0, top0) to (x1, top1) and from (x0, bottom0) to (x1, bottom1):
  // the pixels whose centre is inside, with centres x in [x0, x1) and y in [top, bottom) there, as
  // GL fills a quad's two triangles. A software rasteriser would shade such columns a few pixels
  // wide in 4×4 blocks, up to twice over; here they are filled column by column.
  struct Trapezoid {
    float x0, x1, top0, top1, bottom0, bottom1;
  };
  void band(std::span<const Trapezoid> trapezoids, ImU32 colour);

  // Anti-aliased shapes, as ImGui fills them: a pixel whose centre is d outside the edge (d < 0:
  // inside) is covered clamp(½ − d, 0, 1). For markers: drawn here, they cost a software rasteriser
  // nothing, where it pays per small triangle.
  void disc(ImVec2 centre, float radius, ImU32 colour);
  void ring(ImVec2 centre, float radius, float thickness, ImU32 colour);  // `thickness` across the circle
  void convex(std::span<const ImVec2> corners, ImU32 colour);             // corners in order, either way round
  // The pixels whose centre is inside [min, max) (screen), as ImGui fills a rectangle: hard-edged.
  void fill(ImVec2 min, ImVec2 max, ImU32 colour);

  ImVec2 origin() const { return origin_; }
  int width() const { return width_; }
  int height() const { return height_; }
  // The pixels any line touched since clear(): their bounding box, in pixels from the origin.
  const PixelRect& drawn() const { return drawn_; }
  // Counts the calls of clear(): while it stays the same, so does the image.
  std::uint64_t generation() const { return generation_; }
  // The image of drawn() into `out`: row-major, top row first, each pixel an ImU32 as ImGui packs colours
  // (R in the lowest byte: GL_RGBA, GL_UNSIGNED_BYTE on little-endian machines), straight alpha.
  // Drawn over any background as ImGui's renderer blends, it gives what drawing each line over it
  // in turn would give (to within rounding).
  void image(std::vector<ImU32>& out) const;

 private:
  ImVec2 local(ImVec2 screen) const { return {screen.x - origin_.x, screen.y - origin_.y}; }  // from the image's origin
  void segment(ImVec2 a, ImVec2 b, ImU32 premultiplied, float thickness);
  void cover(ImVec2 a, ImVec2 b, float reach);  // stroke(): a segment's coverage into coverage_
  // disc(), ring(), convex(): the pixels of [min, max) (screen) blended by their coverage from
  // `outside(x, y)`, the signed distance of a pixel centre (local coordinates) outside the edge.
  template <class Outside>
  void fill_shape(ImVec2 min, ImVec2 max, ImU32 colour, Outside outside);
  void blend(std::size_t pixel, ImU32 premultiplied) {
    ImU32& p = premultiplied_[pixel];
    p = p ? over_premultiplied(premultiplied, p) : premultiplied;
  }

  ImVec2 origin_{};
  int width_ = 0, height_ = 0;
  std::vector<ImU32> premultiplied_;  // each channel times alpha: "over" is then a multiply-add
  PixelRect drawn_;
  std::uint64_t generation_ = 0;
  std::vector<std::pair<int, int>> column_rows_;  // band(): each pixel column's rows [first, end)
  // stroke(): each pixel's coverage (0 … 255), all 0 between calls; each row's columns [first, end)
  // that may be covered, and the rows that may be.
  std::vector<std::uint8_t> coverage_;
  std::vector<std::pair<int, int>> row_columns_;
  int rows_first_ = 0, rows_end_ = 0;
};


}  // namespace viz
