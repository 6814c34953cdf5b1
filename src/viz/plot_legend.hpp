// Inside the line plot: the legend (a row over the plot, or a box in a corner) and the default
// hover readout.
#pragma once
#include "line_plot.hpp"

namespace viz {

// Width and height of the legend as a single row (0 × 0 when no series has a label).
ImVec2 legend_row_size(const PlotData& data, float scale);

// The legend as a row whose top-right corner is `top_right`.
void draw_legend_row(ImDrawList* draw, ImVec2 top_right, const PlotData& data, float scale);

// The legend as a box inside a corner of the plot area.
void draw_legend_box(ImDrawList* draw, const PlotArea& area, LegendPlace place, const PlotData& data, float scale);

// The tooltip for the hovered point: its series, x and y (and the band's min and max, if any).
void draw_hover_tooltip(const PlotHover& hover, const PlotData& data, const PlotOptions& options);

}  // namespace viz
