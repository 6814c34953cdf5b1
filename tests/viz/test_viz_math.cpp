// Pure viz math: ticks, log axis, autoscale, colormaps, pixel ↔ cell, decimation.
#include <gtest/gtest.h>
#include <cmath>
#include <vector>
#include "viz/axis.hpp"
#include "viz/cell_grid.hpp"
#include "viz/colormap.hpp"
#include "viz/decimate.hpp"

namespace viz {
namespace {

TEST(Ticks, AreOneTwoFiveMultiplesInsideTheRange) {
  EXPECT_EQ(nice_ticks({0, 1}, 5), (std::vector<double>{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1}));
  EXPECT_DOUBLE_EQ(nice_step(1, 5), 0.2);
  EXPECT_DOUBLE_EQ(nice_step(100, 4), 50);
  EXPECT_DOUBLE_EQ(nice_step(7, 10), 1);
  EXPECT_DOUBLE_EQ(nice_step(0.003, 3), 0.001);
  EXPECT_EQ(nice_ticks({-3.14159, 3.14159}, 6), (std::vector<double>{-2, 0, 2}));  // at most 6: step 2
  const auto t = nice_ticks({-3.14159, 3.14159}, 8);
  EXPECT_EQ(t.front(), -3);
  EXPECT_EQ(t.back(), 3);
  EXPECT_EQ(t[3], 0.0);  // exactly zero
}

TEST(Ticks, LogAxisHasDecades) {
  EXPECT_EQ(log_ticks({1e-4, 10}, 10), (std::vector<double>{1e-4, 1e-3, 1e-2, 1e-1, 1, 10}));
  EXPECT_EQ(log_ticks({1e-8, 1}, 4), (std::vector<double>{1e-6, 1e-3, 1}));  // every third decade when crowded
  EXPECT_FALSE(log_ticks({2, 5}, 5).empty());      // under a decade: 1-2-5 ticks
  EXPECT_TRUE(log_ticks({-1, 5}, 5).empty());
  EXPECT_NEAR(to_pixel(10, {1, 100}, 200, true), 100, 1e-12);
  EXPECT_NEAR(from_pixel(100, {1, 100}, 200, true), 10, 1e-12);
  EXPECT_NEAR(from_pixel(to_pixel(0.3, {-1, 1}, 77, false), {-1, 1}, 77, false), 0.3, 1e-15);
}

TEST(Ticks, LabelsHaveAsManyDigitsAsTheStep) {
  EXPECT_EQ(tick_label(0.25, 0.05), "0.25");
  EXPECT_EQ(tick_label(2, 0.5), "2.0");
  EXPECT_EQ(tick_label(1500, 500), "1500");
  EXPECT_EQ(tick_label(1e-5, 1e-5), "1e-05");
  EXPECT_EQ(tick_label(0, 0.1), "0");
}

TEST(Autoscale, SkipsNonFiniteGrowsAtOnceAndShrinksWithoutJitter) {
  const std::vector<double> v{1, NAN, 3, INFINITY, 2};
  const DataRange d = finite_range(v);
  ASSERT_TRUE(d.valid);
  EXPECT_EQ(d.range, (Range{1, 3}));
  EXPECT_FALSE(finite_range(std::vector<double>{NAN}).valid);
  EXPECT_EQ(finite_range(std::vector<double>{-1, 0, 4}, true).range, (Range{4, 4}));

  Autoscale a;
  a.update(d, 0);
  EXPECT_EQ(a.shown, (Range{1, 3}));
  a.update({{0.5, 3}, true}, 0);  // grows at once
  EXPECT_EQ(a.shown, (Range{0.5, 3}));
  a.update({{1, 2.9}, true}, 0);  // small changes: no movement at all
  EXPECT_EQ(a.shown, (Range{0.5, 3}));
  for (int i = 0; i < 60; ++i) a.update({{1, 1.5}, true}, 0);  // much smaller: eases in
  EXPECT_NEAR(a.shown.lo, 1, 1e-3);
  EXPECT_NEAR(a.shown.hi, 1.5, 1e-3);
  const Range before = a.shown;
  a.update({{NAN, NAN}, false}, 0);  // no finite data: unchanged
  EXPECT_EQ(a.shown, before);
}

TEST(Colormap, DivergingIsCentredOnZeroAndNanHasItsOwnColour) {
  const Rgb mid = colour_of(ColormapKind::Diverging, 0, -2, 2);
  EXPECT_GT(mid.r, 0.9f);
  EXPECT_GT(mid.g, 0.9f);
  EXPECT_GT(mid.b, 0.9f);
  const Rgb low = colour_of(ColormapKind::Diverging, -2, -2, 2), high = colour_of(ColormapKind::Diverging, 2, -2, 2);
  EXPECT_GT(low.b, low.r);    // negative: blue
  EXPECT_GT(high.r, high.b);  // positive: red
  EXPECT_EQ(colour_of(ColormapKind::Diverging, NAN, -1, 1), nan_colour);
  EXPECT_EQ(colour_of(ColormapKind::Sequential, 1e9, 0, 1), colormap_table(ColormapKind::Sequential).back());
  for (const auto& c : colormap_table(ColormapKind::Sequential)) EXPECT_FALSE(c == nan_colour);
  // the sequential map gets lighter monotonically (sum of channels as a rough lightness)
  const auto& seq = colormap_table(ColormapKind::Sequential);
  EXPECT_LT(seq[0].r + seq[0].g + seq[0].b, seq[128].r + seq[128].g + seq[128].b);
  EXPECT_LT(seq[128].r + seq[128].g + seq[128].b, seq[255].r + seq[255].g + seq[255].b);
  EXPECT_FLOAT_EQ(normalise(0.5, 0, 2), 0.25f);
  EXPECT_TRUE(std::isnan(normalise(NAN, 0, 1)));
}

TEST(Colormap, RangesIgnoreNonFiniteValues) {
  const float v[] = {-0.5f, 2.0f, NAN, -INFINITY, 1.0f};
  const ValueRange s = symmetric_range(v, 5);
  EXPECT_FLOAT_EQ(s.lo, -2);
  EXPECT_FLOAT_EQ(s.hi, 2);
  const ValueRange m = min_max_range(v, 5);
  EXPECT_FLOAT_EQ(m.lo, -0.5);
  EXPECT_FLOAT_EQ(m.hi, 2);
  const float zeros[] = {0, 0};
  EXPECT_FLOAT_EQ(symmetric_range(zeros, 2).hi, 1);
}

TEST(CellGrid, PixelToCellAndBack) {
  const Rect r{10, 20, 100, 50};  // 4 rows × 5 columns of 20 × 12.5 px
  EXPECT_EQ(cell_at(r, 4, 5, 10, 20), (Cell{0, 0}));
  EXPECT_EQ(cell_at(r, 4, 5, 109.9f, 69.9f), (Cell{3, 4}));
  EXPECT_EQ(cell_at(r, 4, 5, 55, 33), (Cell{1, 2}));
  EXPECT_FALSE(cell_at(r, 4, 5, 110, 30));
  EXPECT_FALSE(cell_at(r, 4, 5, 9, 30));
  const Rect c = cell_rect(r, 4, 5, {1, 2});
  EXPECT_FLOAT_EQ(c.x, 50);
  EXPECT_FLOAT_EQ(c.y, 32.5f);
  EXPECT_EQ(cell_at(r, 4, 5, c.x + c.w / 2, c.y + c.h / 2), (Cell{1, 2}));
}

TEST(Decimate, KeepsMinAndMaxOfEachPixelColumn) {
  std::vector<double> xs, ys;
  for (int i = 0; i < 1'000'000; ++i) {
    xs.push_back(i);
    ys.push_back(i == 500'123 ? 100.0 : (i % 2 ? 1.0 : -1.0));  // one spike
  }
  ys[7] = NAN;
  const auto cols = decimate(xs, ys, 0, 999'999, 200);
  EXPECT_EQ(cols.size(), 200u);
  double top = -1e9;
  for (const auto& c : cols) {
    EXPECT_EQ(c.min, -1);
    top = std::max(top, c.max);
  }
  EXPECT_EQ(top, 100);  // the spike survives decimation
  EXPECT_TRUE(decimate(xs, ys, 5, 5, 10).empty());
  EXPECT_EQ(decimate(xs, ys, 10, 20, 100).size(), 11u);  // fewer points than pixels: one column each
}

}  // namespace
}  // namespace viz
