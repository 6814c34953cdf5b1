// A line and scatter plot drawn with ImGui's draw list, its lines and bands into one image drawn on
// the CPU (line_raster.hpp): nice 1-2-5 ticks sized from pixels, linear
// or log y with decade ticks, legend, hover crosshair with the nearest point's value, autoscale
// that skips NaN/Inf and eases without jitter, min/max decimation per pixel column for long
// series, zoom (wheel) and pan (drag) with double-click to reset.
//
// One call per frame with all the data, so the axes fit the data in the same frame (no "fit pop"):
//   viz::PlotView view;                      // kept by the caller between frames
//   viz::LineSeries line{.label = "train", .x = xs, .y = ys, .colour = blue};
//   viz::PlotResult r = viz::draw_line_plot("##loss", view, size, {.log_y = true}, {.lines = {&line, 1}});
//   if (r.hover.index >= 0) … r.hover.x, r.hover.y: the point nearest the mouse …
// Pipeline: data → extents (finite only) → ranges (eased autoscale, or the user's zoom) → layout
// from the tick labels → series (decimated to the pixel columns) → legend → hover.
#pragma once
#include <imgui.h>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include "axis.hpp"
#include "line_layer.hpp"

namespace viz {

struct LineSeries {
  std::string label{};             // in the legend and the hover readout; "" = not in the legend
  std::span<const double> x{}, y{};  // (n) each; non-finite y break the line
  ImU32 colour = IM_COL32(0, 0, 0, 255);
  float thickness = 2.5f;          // pixels, before the plot's scale
  float dash = 0;                  // dash length in pixels (gap = 0.6 dash); 0 = solid
  std::span<const double> band_lo{}, band_hi{};  // optional (n): a faint band between them (min–max)
  bool sorted_x = true;            // x increasing: allows decimation and binary search
  float tolerance = 0;             // px: a smooth curve densely sampled is drawn through as few of its
                                   // points as keep it this close to all of them (0: through every one)
  bool fit = true;                 // counts for the autoscale
  bool hover = true;               // can be the hovered point
  bool hidden = false;             // not drawn; greyed in the legend (where a click reports it)
  bool hard_edged = false;         // not anti-aliased: for bundles of hundreds of thin curves (a third
                                   // of the pixels to blend, and a crisper bundle: line_raster.hpp)
};

enum class Marker { Circle, Square, Diamond, TriangleUp, Cross };

struct ScatterSeries {
  std::string label{};
  std::span<const double> x{}, y{};
  ImU32 colour = IM_COL32(0, 0, 0, 255);
  std::span<const ImU32> colours{};  // optional (n): one colour per point, over `colour`
  Marker marker = Marker::Circle;
  float radius = 5;                 // pixels, before the plot's scale
  bool filled = true;               // false: outline only
  ImU32 outline = 0;                // ring drawn around each marker (0 = none)
  std::span<const std::uint8_t> highlight{};  // optional (n): 1 = highlighted (a ring in highlight_colour)
  ImU32 highlight_colour = IM_COL32(230, 110, 20, 255);
  std::string highlight_label{};    // the legend entry of the rings, shown while any point is highlighted
  bool fit = true;
  bool hover = true;
  bool hidden = false;
};

// Above: a row over the plot; Right: a column beside it (neither covers data); the corners: a box inside.
enum class LegendPlace { None, Above, Right, TopLeft, TopRight, BottomLeft, BottomRight };

// The plot's data rectangle on screen and its axes: for drawing extra things over or under the data.
struct PlotArea {
  ImVec2 min, max;  // screen pixels of the data rectangle
  Range x, y;       // shown ranges (y in values, also on a log axis)
  bool log_y = false;
  ImVec2 to_screen(double vx, double vy) const;
  double x_at(float px) const;
  double y_at(float py) const;
};

struct PlotOptions {
  std::string x_label{}, y_label{};  // x: under the axis at the right; y: over the axis at the left
  std::string caption{};            // after the y label in the top row (what the plot shows), muted
  bool log_y = false;               // log10 y axis: only positive values are drawn and fitted
  std::optional<Range> x_range{}, y_range{};  // fixed ranges; otherwise autoscale
  bool include_zero = false;        // linear autoscale keeps 0 in the y range
  bool equal_aspect = false;        // one unit as long on both axes (linear y): ranges widen to fit
  bool x_counts = false;            // x is a count (steps): tick labels 250, 12k, 1.5M
  double padding = 0.05;            // autoscale padding, a fraction of the data span
  float scale = 1;                  // content scale: multiplies thicknesses, radii, spacings
  float tick_spacing = 70;          // pixels per x tick label (y: 0.6 of it), before the scale
  LegendPlace legend = LegendPlace::Above;
  bool tooltip = true;              // the default hover readout (turn off to draw your own)
  bool interactive = true;          // zoom, pan and double-click reset
  std::string empty_text{};         // shown in the middle when no point is finite
  ImU32 background = 0;             // 0: the panel shows through (nothing to draw)
  ImU32 grid = IM_COL32(0, 0, 0, 28);
  ImU32 frame = IM_COL32(0, 0, 0, 90);
  // Drawn after the background, before the grid and the series (e.g. a heatmap under the points).
  std::function<void(const PlotArea&)> underlay{};
  // Drawn after the series, before the legend and the hover (e.g. markers, annotations).
  std::function<void(const PlotArea&, ImDrawList*)> overlay{};
};

struct PlotData {
  std::span<const LineSeries> lines{};
  std::span<const ScatterSeries> scatters{};
};

// What the mouse is over: the data point nearest to it (one of line / scatter is ≥ 0) and where it is.
struct PlotHover {
  bool active = false;       // the mouse is over the data rectangle
  double mouse_x = 0, mouse_y = 0;
  int line = -1, scatter = -1;
  long index = -1;           // the point's index in its series
  double x = 0, y = 0;       // the point
};

// What a plot keeps between frames: its eased autoscale and the user's zoom and pan.
struct PlotView {
  Autoscale x_auto, y_auto, y_log_auto;  // y_log_auto works on log10 values
  std::optional<Range> x_zoom, y_zoom;   // set by wheel and drag, cleared by a double-click
  bool zoom_log_y = false;               // the axis kind y_zoom was made on
  LineLayer lines;                       // the image of the bands and the lines
  std::uint64_t raster_key = 0;          // what it was drawn from (plot_series.hpp)
  void reset_zoom() { x_zoom.reset(), y_zoom.reset(); }
  bool zoomed() const { return x_zoom || y_zoom; }
};

// What one frame of a plot did: where it drew, what the mouse is over, which legend entry was clicked.
struct PlotResult {
  PlotHover hover{};
  PlotArea area{};
  float legend_bottom = 0;              // screen y under the legend (Right: for things to put below it)
  int clicked_line = -1, clicked_scatter = -1;  // the legend entry clicked this frame (e.g. to hide it)
};

// Draws the plot at the cursor, `size` pixels (zero or negative: the available space less that).
PlotResult draw_line_plot(const char* id, PlotView& view, ImVec2 size, const PlotOptions& options,
                          const PlotData& data);

// Draws one marker (the scatter's shapes) at `centre`; for legends and annotations.
void draw_marker(ImDrawList* draw, ImVec2 centre, Marker marker, float radius, ImU32 colour, bool filled,
                 float thickness);

}  // namespace viz
