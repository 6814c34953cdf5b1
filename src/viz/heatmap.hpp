// Heatmap widget: a matrix drawn on the GPU, value → colour through a colormap, with hover,
// highlight, stale hatching and the numbers inside the cells when they are big enough to read.
//
//   viz::Heatmap map;                               // one per matrix shown; owns its GL objects
//   map.set_values(data, rows, cols, version);      // every frame: copies only when version changed
//   viz::HeatmapHover h = viz::draw_heatmap(map, size, {.colormap = …, .lo = -m, .hi = m});
//   if (h.hovered) … tooltip for (h.row, h.col) …
//   viz::draw_colour_bar(kind, lo, hi, size);       // the scale, with 1-2-5 ticks
//
// How it is drawn (and why): the values live in a GL_R32F texture (NEAREST), uploaded only when
// set_values brought a new version. shaders/heatmap.frag maps each pixel's cell value through a
// 256×1 colormap texture over [lo, hi] (NaN in its own colour; stale = washed out and hatched)
// into an offscreen RGBA texture of exactly the on-screen pixel size (or, for small cells with no
// gaps or hatching to draw, one texel per cell, which ImGui stretches with NEAREST filtering),
// re-rendered only when the values, range, colormap, dim flag or size changed. ImGui then shows
// that texture with an ordinary image draw command. Rendering offscreen at screen size (rather than an ImDrawList
// callback drawing into ImGui's frame) keeps ImGui's render state untouched, lets a heatmap
// cost nothing on frames where it did not change, makes the hatching and the gaps between cells
// pixel-exact, and survives the Heatmap being destroyed before the frame is rendered. Every GL
// binding the pass changes is restored (GlStateGuard). All GL calls happen on the main thread.
#pragma once
#include <imgui.h>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include "viz/colormap.hpp"
#include "viz/gl_handle.hpp"

namespace viz {

// The GL objects all heatmaps can share: the program, an empty vertex array, the colormap textures.
class HeatmapProgram;
// Loads shaders/heatmap.{vert,frag}; nullptr and `error` set (which file, what failed) on failure.
std::shared_ptr<HeatmapProgram> load_heatmap_program(std::string& error);

class Heatmap {
 public:
  Heatmap() = default;  // loads its own program on first draw; share one with the constructor below
  explicit Heatmap(std::shared_ptr<HeatmapProgram> program);
  ~Heatmap();
  Heatmap(Heatmap&&) noexcept;
  Heatmap& operator=(Heatmap&&) noexcept;
  Heatmap(const Heatmap&) = delete;
  Heatmap& operator=(const Heatmap&) = delete;

  // rows × cols values, row-major (row 0 is drawn at the top). Copied only when `version` or the
  // shape differs from what was set last; the texture is re-uploaded at the next draw.
  void set_values(const float* row_major, int rows, int cols, std::uint64_t version);
  int rows() const { return rows_; }
  int cols() const { return cols_; }
  std::uint64_t version() const { return version_; }
  float value(int row, int col) const { return values_[static_cast<std::size_t>(row) * cols_ + col]; }
  const std::vector<float>& values() const { return values_; }  // (rows, cols) row-major

  // GL work for draw_heatmap (main thread): false (and error() says why) when there is no program.
  bool render(int width, int height, const struct HeatmapOptions& options);
  unsigned texture() const { return target_.get(); }  // the rendered image, for ImGui
  const std::string& error() const { return error_; }

 private:
  void upload();
  struct Rendered {  // what target_ currently shows
    std::uint64_t version = 0;
    int rows = 0, cols = 0, width = 0, height = 0;
    float lo = 0, hi = 0, gap = 0;
    bool dim = false;
    ColormapKind colormap = ColormapKind::Diverging;
    bool operator==(const Rendered&) const = default;
  };

  std::vector<float> values_;  // (rows, cols) row-major, kept for numbers and tooltips
  int rows_ = 0, cols_ = 0;
  std::uint64_t version_ = 0;
  bool has_values_ = false;

  std::shared_ptr<HeatmapProgram> program_;
  std::string error_;                    // why the program could not be loaded ("" = fine)
  GlTexture value_texture_;              // GL_R32F (cols × rows)
  int texture_rows_ = 0, texture_cols_ = 0;
  std::uint64_t uploaded_version_ = 0;
  bool uploaded_ = false;
  GlTexture target_;                     // GL_RGBA8 at the on-screen pixel size
  GlFramebuffer framebuffer_;
  Rendered rendered_{};
  bool has_rendered_ = false;
};

struct HeatmapOptions {
  ColormapKind colormap = ColormapKind::Diverging;
  double lo = -1, hi = 1;    // the ends of the colormap
  bool dim = false;          // stale: washed out and hatched
  bool highlight = false;    // a frame around the matrix
  bool numbers = true;       // the values inside the cells, when the cells are big enough
  ImU32 highlight_colour = IM_COL32(230, 115, 25, 255);
};

struct HeatmapHover {
  bool hovered = false;
  int row = -1, col = -1;  // 0-based cell under the mouse
};

// Draws the heatmap at the cursor as one ImGui item of `size` pixels (cells stretch to fill it;
// choose size = cells × a whole number of pixels for even cells). Outlines the hovered cell.
HeatmapHover draw_heatmap(Heatmap& map, ImVec2 size, const HeatmapOptions& options);

// A colour-scale bar over [lo, hi] with 1-2-5 ticks and labels, as one ImGui item of `size`
// pixels (labels included): horizontal when wider than tall (labels below), else vertical (labels right).
void draw_colour_bar(ColormapKind colormap, double lo, double hi, ImVec2 size);

// The colour a cell shows on screen (the shader's mapping, including the stale wash), and a text
// colour that reads on it (dark on light cells, white on dark ones).
Rgb displayed_colour(ColormapKind colormap, double v, double lo, double hi, bool dim);
ImU32 text_colour_on(Rgb background);

// A value short enough for a cell: "0.28", "−1.23", "12.5", "340", "2e+03", "3e−3", "NaN".
std::string cell_label(double v);

}  // namespace viz
