// raster_key: a plot's image is drawn again exactly when something it is drawn from changed.
#include <gtest/gtest.h>
#include <cstdint>
#include <functional>
#include <vector>
#include "viz/plot_series.hpp"

namespace viz {
namespace {

struct Plot {
  PlotArea area{.min = {10, 20}, .max = {410, 220}, .x = {0, 1}, .y = {-1, 1}};
  std::vector<double> x{0, 0.5, 1}, y{0.1, 0.2, 0.3}, lo{0, 0, 0}, hi{1, 1, 1};
  std::vector<ImU32> colours{IM_COL32(1, 2, 3, 255), IM_COL32(4, 5, 6, 255), IM_COL32(7, 8, 9, 255)};
  std::vector<std::uint8_t> highlight{0, 1, 0};
  LineSeries line{.x = x, .y = y};
  ScatterSeries points{.x = x, .y = y};
  float scale = 1;
  std::uint64_t key() const { return raster_key(area, {.lines = {&line, 1}, .scatters = {&points, 1}}, scale); }
};

TEST(RasterKey, TheSameDataInOtherBuffersGivesTheSameKey) {
  const Plot a, b;  // equal values, separate vectors
  EXPECT_EQ(a.key(), b.key());
}

TEST(RasterKey, EveryValueAndStyleThePixelsDependOnChangesTheKey) {
  const std::uint64_t before = Plot{}.key();
  const std::vector<std::pair<const char*, std::function<void(Plot&)>>> changes = {
      {"area min", [](Plot& p) { p.area.min.x += 1; }},
      {"area max", [](Plot& p) { p.area.max.y -= 1; }},
      {"x range", [](Plot& p) { p.area.x.hi = 2; }},
      {"y range", [](Plot& p) { p.area.y.lo = -2; }},
      {"log y", [](Plot& p) { p.area.log_y = true; }},
      {"scale", [](Plot& p) { p.scale = 2; }},
      {"one y value", [](Plot& p) { p.y[1] = 0.25; }},
      {"one x value", [](Plot& p) { p.x[2] = 0.9; }},
      {"a point fewer", [](Plot& p) { p.line.y = p.line.y.first(2); }},
      {"line colour", [](Plot& p) { p.line.colour = IM_COL32(9, 9, 9, 255); }},
      {"thickness", [](Plot& p) { p.line.thickness = 3; }},
      {"dash", [](Plot& p) { p.line.dash = 4; }},
      {"band", [](Plot& p) { p.line.band_lo = p.lo, p.line.band_hi = p.hi; }},
      {"sorted x", [](Plot& p) { p.line.sorted_x = false; }},
      {"tolerance", [](Plot& p) { p.line.tolerance = 0.5f; }},
      {"hard edges", [](Plot& p) { p.line.hard_edged = true; }},
      {"line hidden", [](Plot& p) { p.line.hidden = true; }},
      {"point colour", [](Plot& p) { p.points.colour = IM_COL32(9, 9, 9, 255); }},
      {"colour per point", [](Plot& p) { p.points.colours = p.colours; }},
      {"marker", [](Plot& p) { p.points.marker = Marker::Diamond; }},
      {"radius", [](Plot& p) { p.points.radius = 6; }},
      {"outline only", [](Plot& p) { p.points.filled = false; }},
      {"outline colour", [](Plot& p) { p.points.outline = IM_COL32(0, 0, 0, 255); }},
      {"highlighted points", [](Plot& p) { p.points.highlight = p.highlight; }},
      {"highlight colour", [](Plot& p) { p.points.highlight_colour = IM_COL32(0, 0, 255, 255); }},
      {"points hidden", [](Plot& p) { p.points.hidden = true; }},
  };
  for (const auto& [what, change] : changes) {
    Plot p;
    change(p);
    EXPECT_NE(p.key(), before) << what;
  }
}

TEST(RasterKey, WhatIsNotDrawnIntoTheImageLeavesTheKey) {
  const std::uint64_t before = Plot{}.key();
  Plot p;
  p.line.label = "train", p.points.label = "points", p.points.highlight_label = "this batch";  // legend only
  p.line.fit = false, p.line.hover = false, p.points.fit = false, p.points.hover = false;   // autoscale and hover only
  EXPECT_EQ(p.key(), before);
  p.line.hidden = true;
  const std::uint64_t hidden = p.key();
  p.y[0] = 5;  // a hidden line's values draw nothing (the scatter shares them, so hide it too)
  p.points.hidden = true;
  const std::uint64_t both_hidden = p.key();
  p.y[1] = 6;
  EXPECT_NE(hidden, both_hidden);
  EXPECT_EQ(p.key(), both_hidden);
}

}  // namespace
}  // namespace viz
