// Inside the line plot: the legend (a row over the plot, a column beside it, or a box in a
// corner) and the default hover readout.
#pragma once
#include "line_plot.hpp"

namespace viz {

// The legend's size laid out as a row (Above) or a column (Right and the boxes); 0 × 0 when empty.
// A row with `wrap` > 0 goes on in further rows rather than grow wider than `wrap` pixels.
ImVec2 legend_size(const PlotData& data, bool row, float wrap = 0);

// The legend with its top-left corner at `at`, as a row or a column (no background); what was
// clicked in it this frame, and where it ends.
struct LegendResult {
  int clicked_line = -1, clicked_scatter = -1;
  ImVec2 max{0, 0};
};
LegendResult draw_legend(ImDrawList* draw, ImVec2 at, const PlotData& data, bool row, float scale, float wrap = 0);

// The legend as a box inside a corner of the plot area.
void draw_legend_box(ImDrawList* draw, const PlotArea& area, LegendPlace place, const PlotData& data, float scale);

// The tooltip for the hovered point: its series, x and y (and the band's min and max, if any).
void draw_hover_tooltip(const PlotHover& hover, const PlotData& data, const PlotOptions& options);

}  // namespace viz
