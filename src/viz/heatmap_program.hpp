// The GL objects shared by all heatmaps: shaders/heatmap.frag built twice, with its uniform
// locations (one fragment a cell, and one a pixel with gaps and hatching), an empty vertex array
// (core profile needs one bound; the quad comes from gl_VertexID), and one 256×1 colormap texture
// per ColormapKind.
#pragma once
#include <array>
#include "viz/colormap.hpp"
#include "viz/gl_handle.hpp"
#include "viz/heatmap.hpp"

namespace viz {

struct HeatmapPass {
  GlProgram program;
  struct {
    int values, colormap, cells, target, range, nan_colour, gap, gap_colour, dim, hatch;
  } uniform{};  // -1 for those the pass does not use
};

class HeatmapProgram {
 public:
  HeatmapPass cells;   // one fragment a cell: small cells with nothing drawn inside them
  HeatmapPass pixels;  // one fragment a pixel: gaps between large cells, hatching of stale ones
  GlVertexArray quad;
  std::array<GlTexture, 2> colormaps;  // indexed by ColormapKind
  int max_texture_size = 4096;
};

}  // namespace viz
