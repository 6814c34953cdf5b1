// A LineRaster on screen: its image in a texture, uploaded only when its pixels changed (and then
// marked redrawn, so the frame draws it again), shown as quads over the tiles a line touched.
//
//   viz::LineLayer layer;                      // kept between frames
//   layer.raster.clear(origin, width, height);
//   layer.raster.polyline(…);
//   layer.draw(ImGui::GetWindowDrawList());
#pragma once
#include <imgui.h>
#include <cstdint>
#include <span>
#include <vector>
#include "viz/gl_handle.hpp"
#include "viz/line_raster.hpp"

namespace viz {

// The tiles (tile × tile pixels, cut at the edges) of a width × height image (row-major) that hold a
// pixel other than 0 (transparent), as runs of side-by-side tiles, one rectangle each, row of tiles
// by row of tiles, top first.
std::vector<PixelRect> tile_runs(std::span<const ImU32> image, int width, int height, int tile);

class LineLayer {
 public:
  LineRaster raster;
  // Adds the raster's image to `draw` at its origin, one screen pixel a texel.
  void draw(ImDrawList* draw);

 private:
  static constexpr int tile = 32;  // pixels (16 measured no better)
  GlTexture texture_;
  std::vector<ImU32> image_, uploaded_;  // this frame's image; what the texture holds at its top-left
  int width_ = 0, height_ = 0;           // of uploaded_
  std::vector<PixelRect> runs_;          // tile_runs of uploaded_: the quads drawn
  int texture_width_ = 0, texture_height_ = 0;
  std::uint64_t generation_ = 0;         // of the raster when uploaded_ was made
};

}  // namespace viz
