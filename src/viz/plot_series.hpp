// Inside the line plot: series turned into draw-list primitives (decimated, dashed, chunked so no
// draw call passes ImGui's 16-bit index limit), and the search for the point nearest the mouse.
#pragma once
#include "line_plot.hpp"
#include "line_raster.hpp"

namespace viz {

// The band into `raster` (a software rasteriser would shade its thin columns in 4×4 blocks).
void draw_band(const PlotArea& area, const LineSeries& s, LineRaster& raster);
// With `raster`, the line goes there instead (without its dashes and, for long series, its column extremes).
void draw_line(ImDrawList* draw, const PlotArea& area, const LineSeries& s, float scale, LineRaster* raster = nullptr);
// The bands and the rasterised lines into `layer`'s image, shown first; then the other lines in order.
void draw_lines(ImDrawList* draw, const PlotArea& area, std::span<const LineSeries> lines, float scale, LineLayer& layer);
void draw_scatter(ImDrawList* draw, const PlotArea& area, const ScatterSeries& s, float scale);

// Fills hover.line / scatter / index / x / y with the point of `data` nearest to `mouse` on screen.
void find_nearest(const PlotArea& area, const PlotData& data, ImVec2 mouse, PlotHover& hover);

// The polyline (a single run, no breaks) in chunks of at most ~1000 points.
void draw_polyline(ImDrawList* draw, const ImVec2* points, int count, ImU32 colour, float thickness);

}  // namespace viz
