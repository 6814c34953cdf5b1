// Inside the line plot: lines, bands and markers drawn into the plot's image (decimated, dashed),
// and the search for the point nearest the mouse.
#pragma once
#include <cstdint>
#include "line_plot.hpp"
#include "line_raster.hpp"

namespace viz {

// The band into `raster` (a software rasteriser would shade its thin columns in 4×4 blocks).
void draw_band(const PlotArea& area, const LineSeries& s, LineRaster& raster);
// The line into `raster`; a long series by columns: their extremes filled, a line through them.
void draw_line(const PlotArea& area, const LineSeries& s, float scale, LineRaster& raster);
// The bands, then the lines in order, into `raster`.
void draw_lines(const PlotArea& area, std::span<const LineSeries> lines, float scale, LineRaster& raster);
// The markers (highlights first) into `raster`.
void draw_scatter(const PlotArea& area, const ScatterSeries& s, float scale, LineRaster& raster);

// A fingerprint of everything draw_lines and draw_scatter draw from (the area, the scale, each
// series' values and style): while it stays the same, so do the plot's pixels, and they need not be
// drawn again. A paused wide network's 256 terms cost a frame a millisecond or more.
std::uint64_t raster_key(const PlotArea& area, const PlotData& data, float scale);

// Fills hover.line / scatter / index / x / y with the point of `data` nearest to `mouse` on screen.
void find_nearest(const PlotArea& area, const PlotData& data, ImVec2 mouse, PlotHover& hover);

}  // namespace viz
