// The GL objects shared by all heatmaps: the heatmap program and its uniform locations, an empty
// vertex array (core profile needs one bound; the quad comes from gl_VertexID), and one 256×1
// colormap texture per ColormapKind.
#pragma once
#include <array>
#include "viz/colormap.hpp"
#include "viz/gl_handle.hpp"
#include "viz/heatmap.hpp"

namespace viz {

class HeatmapProgram {
 public:
  GlProgram program;
  GlVertexArray quad;
  std::array<GlTexture, 2> colormaps;  // indexed by ColormapKind
  int max_texture_size = 4096;
  struct {
    int values, colormap, cells, target, range, nan_colour, gap, gap_colour, dim, hatch;
  } uniform{};
};

}  // namespace viz
