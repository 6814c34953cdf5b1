// Plot math of the line plot: zoom/pan, log minor ticks, labels, band decimation, nearest sample,
// visible spans, dashes, simplification, and the marching-squares contour of the fit panel's decision boundary.
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>
#include "viz/contour.hpp"
#include "viz/plot_math.hpp"

namespace viz {
namespace {

TEST(ZoomPan, ZoomKeepsTheAnchorAndPanMovesByPixels) {
  const Range z = zoom_range({0, 10}, 2, 0.5, false);
  EXPECT_DOUBLE_EQ(z.lo, 1);
  EXPECT_DOUBLE_EQ(z.hi, 6);
  const Range zl = zoom_range({1e-4, 1}, 1e-2, 0.5, true);  // in log space: [-4, 0] about -2 → [-3, -1]
  EXPECT_NEAR(std::log10(zl.lo), -3, 1e-12);
  EXPECT_NEAR(std::log10(zl.hi), -1, 1e-12);
  const Range p = pan_range({0, 10}, 50, 100, false);  // dragged right by half the axis
  EXPECT_DOUBLE_EQ(p.lo, -5);
  EXPECT_DOUBLE_EQ(p.hi, 5);
  const Range pl = pan_range({1, 100}, -100, 200, true);  // one decade towards the high end
  EXPECT_NEAR(pl.lo, 10, 1e-9);
  EXPECT_NEAR(pl.hi, 1000, 1e-9);
  EXPECT_EQ(pan_range({0, 1}, 5, 0, false), (Range{0, 1}));
}

TEST(ZoomPan, WidenGivesAFlatSeriesSomeHeight) {
  EXPECT_EQ(widen({0.5, 0.5}, 0.1), (Range{0.45, 0.55}));
  EXPECT_EQ(widen({0, 2}, 0.1), (Range{0, 2}));
}

TEST(LogAxis, MinorTicksAndDecadeLabels) {
  const auto minor = log_minor_ticks({0.05, 2}, 40);
  EXPECT_EQ(minor.size(), 5u + 8u + 1u);  // 0.05…0.09, 0.2…0.9, 2
  EXPECT_DOUBLE_EQ(minor.front(), 0.05);
  EXPECT_DOUBLE_EQ(minor.back(), 2);
  EXPECT_TRUE(log_minor_ticks({1e-9, 1}, 40).empty());  // ten decades: too many to draw
  EXPECT_EQ(decade_label(1), "1");
  EXPECT_EQ(decade_label(0.01), "0.01");
  EXPECT_EQ(decade_label(1000), "1000");
  EXPECT_EQ(decade_label(1e-3), "10⁻³");
  EXPECT_EQ(decade_label(1e12), "10¹²");
  EXPECT_EQ(decade_label(0.1, true), "10⁻¹");
  EXPECT_TRUE(decade_needs_power(1e-4));
  EXPECT_FALSE(decade_needs_power(100));
}

TEST(Labels, CountsGetThousandsAndMillions) {
  EXPECT_EQ(count_label(0, 50000), "0");
  EXPECT_EQ(count_label(250, 50), "250");
  EXPECT_EQ(count_label(9000, 1000), "9000");
  EXPECT_EQ(count_label(100000, 50000), "100k");
  EXPECT_EQ(count_label(12500, 2500), "12.5k");
  EXPECT_EQ(count_label(1500000, 500000), "1.5M");
  EXPECT_EQ(count_label(2e9, 1e9), "2G");
}

TEST(Labels, ReadoutsUseTheTypographicMinus) {
  EXPECT_EQ(readout(-0.25), "−0.25");
  EXPECT_EQ(readout(123456.7), "1.2346e5");
  EXPECT_EQ(readout(1.5e-5), "1.5e−5");
  EXPECT_EQ(readout(5.8213e-5, 4), "5.821e−5");
  EXPECT_EQ(readout(std::numeric_limits<double>::quiet_NaN()), "NaN");
  EXPECT_EQ(typographic_minus("-1e-05"), "−1e−05");
}

TEST(Band, KeepsTheLowestLowAndHighestHighPerColumn) {
  const std::vector<double> xs{0, 1, 2, 3, 4, 5, 6, 7}, lo{1, 0, 2, 2, 5, 5, 5, 5}, hi{2, 3, 9, 4, 6, 6, 6, 8};
  const auto band = decimate_band(xs, lo, hi, 0, 8, 2);  // columns [0, 4) and [4, 8]
  ASSERT_EQ(band.size(), 2u);
  EXPECT_DOUBLE_EQ(band[0].lo, 0);
  EXPECT_DOUBLE_EQ(band[0].hi, 9);
  EXPECT_DOUBLE_EQ(band[1].lo, 5);
  EXPECT_DOUBLE_EQ(band[1].hi, 8);
  EXPECT_DOUBLE_EQ(band[0].x, 2);
  std::vector<double> nan_lo = lo;
  nan_lo[2] = std::numeric_limits<double>::quiet_NaN();
  EXPECT_DOUBLE_EQ(decimate_band(xs, nan_lo, hi, 0, 8, 2)[0].hi, 4);  // sample 2 skipped
}

TEST(Band, MeanPerColumnForTheLineInsideIt) {
  const std::vector<double> xs{0, 1, 2, 3, 4, 5}, ys{1, 3, std::numeric_limits<double>::quiet_NaN(), 10, 20, 30};
  const auto mean = decimate_mean(xs, ys, 0, 6, 2);  // columns [0, 3) and [3, 6]
  ASSERT_EQ(mean.size(), 2u);
  EXPECT_DOUBLE_EQ(mean[0].mean, 2);  // NaN skipped
  EXPECT_DOUBLE_EQ(mean[1].mean, 20);
}

TEST(Band, CostsTheVisiblePointsOnly) {
  std::vector<double> xs(1'000'000);
  for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = static_cast<double>(i);
  const auto band = decimate_band(xs, xs, xs, 500'000, 500'999, 10);
  ASSERT_EQ(band.size(), 10u);
  EXPECT_DOUBLE_EQ(band[0].lo, 500'000);
  EXPECT_DOUBLE_EQ(band[9].hi, 500'999);
}

TEST(Nearest, FindsTheClosestSortedSampleAndTheVisibleSpan) {
  const std::vector<double> xs{0, 1, 2, 4, 8};
  EXPECT_EQ(nearest_sorted(xs, -3), 0);
  EXPECT_EQ(nearest_sorted(xs, 2.9), 2);
  EXPECT_EQ(nearest_sorted(xs, 3.1), 3);
  EXPECT_EQ(nearest_sorted(xs, 100), 4);
  EXPECT_EQ(nearest_sorted({}, 1), -1);
  const IndexSpan s = visible_span(xs, 1.5, 5);  // 2 and 4 visible, plus 1 and 8 as neighbours
  EXPECT_EQ(s.first, 1);
  EXPECT_EQ(s.last, 5);
  EXPECT_EQ(visible_span(xs, -10, 100).first, 0);
}

TEST(Dashes, RunOnAcrossVertices) {
  const std::vector<Point> line{{0, 0}, {10, 0}, {10, 10}};
  const auto dashes = dash_polyline(line, 4, 2);  // dashes over 0-4, 6-10 (turning), 12-16, 18-20
  ASSERT_EQ(dashes.size(), 4u);
  EXPECT_FLOAT_EQ(dashes[0].back().x, 4);
  ASSERT_EQ(dashes[1].size(), 2u);  // 6 → 10, ends exactly at the corner
  EXPECT_FLOAT_EQ(dashes[1].front().x, 6);
  EXPECT_FLOAT_EQ(dashes[2].front().y, 2);
  EXPECT_FLOAT_EQ(dashes[2].back().y, 6);
  EXPECT_FLOAT_EQ(dashes[3].back().y, 10);
  const auto turning = dash_polyline(std::vector<Point>{{0, 0}, {3, 0}, {3, 3}}, 4, 2);
  ASSERT_EQ(turning.size(), 1u);  // one dash bends round the corner: 3 points
  EXPECT_EQ(turning[0].size(), 3u);
  EXPECT_TRUE(dash_polyline(line, 0, 2).empty());
}

TEST(FlowRows, WrapsBeforeTheWidthAndKeepsAWideFirstItem) {
  const std::vector<float> widths{40, 30, 50, 120, 10};
  const auto one_row = flow_rows(widths, 5, 20, 0);
  EXPECT_FLOAT_EQ(one_row[4].x, 40 + 30 + 50 + 120 + 4 * 5);
  EXPECT_FLOAT_EQ(one_row[4].y, 0);
  // 100 px: 40 + 5 + 30 fits (75); 50 more would end at 130, so it opens row 2; 120 is wider than
  // a row and gets one of its own; 10 then starts row 4.
  const auto rows = flow_rows(widths, 5, 20, 100);
  const std::vector<Point> expected{{0, 0}, {45, 0}, {0, 20}, {0, 40}, {0, 60}};
  ASSERT_EQ(rows.size(), expected.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_FLOAT_EQ(rows[i].x, expected[i].x) << "item " << i;
    EXPECT_FLOAT_EQ(rows[i].y, expected[i].y) << "item " << i;
  }
}

// Distance from p to the segment a–b.
float distance(Point p, Point a, Point b) {
  const float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
  const float t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0f, 1.0f) : 0;
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
// The largest distance from a point of `line` to the simplified polyline's segment spanning its x.
float worst_gap(const std::vector<Point>& line, const std::vector<Point>& kept) {
  float worst = 0;
  for (const Point& p : line) {
    float best = 1e9f;
    for (std::size_t k = 0; k + 1 < kept.size(); ++k) best = std::min(best, distance(p, kept[k], kept[k + 1]));
    worst = std::max(worst, best);
  }
  return worst;
}

TEST(Simplify, KeepsBendsWithinTheToleranceAndDropsStraightRuns) {
  std::vector<Point> straight;
  for (int i = 0; i <= 100; ++i) straight.push_back({3.0f * i, 100 - 1.5f * i});
  const auto two = simplify_polyline(straight, 0.25f);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_FLOAT_EQ(two.back().x, 300);

  // A steep tanh, 400 samples over 600 px and 200 px tall, as the fit panel draws a unit's term.
  std::vector<Point> curve;
  for (int i = 0; i < 400; ++i) {
    const float x = 1.5f * i;
    curve.push_back({x, 200 - 100 * (1 + std::tanh((x - 300) / 25))});
  }
  const auto kept = simplify_polyline(curve, 0.25f);
  EXPECT_LT(kept.size(), 60u);
  EXPECT_GT(kept.size(), 10u);
  EXPECT_FLOAT_EQ(kept.front().x, curve.front().x);
  EXPECT_FLOAT_EQ(kept.back().x, curve.back().x);
  EXPECT_LE(worst_gap(curve, kept), 0.25f + 1e-3f);
  EXPECT_LE(worst_gap(curve, simplify_polyline(curve, 2.0f)), 2.0f + 1e-3f);
  EXPECT_GT(worst_gap(curve, simplify_polyline(curve, 2.0f)), 0.25f);  // a coarser tolerance is used

  // A zigzag taller than the tolerance keeps every corner; a shallower one is straightened.
  std::vector<Point> zigzag;
  for (int i = 0; i <= 20; ++i) zigzag.push_back({10.0f * i, i % 2 ? 3.0f : 0.0f});
  EXPECT_EQ(simplify_polyline(zigzag, 1).size(), zigzag.size());
  EXPECT_EQ(simplify_polyline(zigzag, 3.5f).size(), 2u);
  // Doubling back is never cut short.
  const std::vector<Point> hairpin{{0, 0}, {10, 0}, {20, 0}, {10, 0.1f}, {0, 0.2f}};
  EXPECT_LE(worst_gap(hairpin, simplify_polyline(hairpin, 0.5f)), 0.5f);
  EXPECT_EQ(simplify_polyline(hairpin, 0.5f).size(), 3u);
}

TEST(Contour, FindsTheLevelOnALinearRamp) {
  // 3 × 3 grid, value = column: the 0.5 line is x = 0.5, from row 0 to row 2.
  const float ramp[9] = {0, 1, 2, 0, 1, 2, 0, 1, 2};
  const auto segments = contour_segments(ramp, 3, 3, 0.5f);
  ASSERT_EQ(segments.size(), 2u);
  for (const Segment& s : segments) {
    EXPECT_FLOAT_EQ(s.x0, 0.5f);
    EXPECT_FLOAT_EQ(s.x1, 0.5f);
  }
}

TEST(Contour, SplitsSaddlesAndSkipsNonFiniteCells) {
  const float edge[4] = {1, 0, 1, 0};  // row 0 = (1, 0), row 1 = (1, 0): one vertical segment
  EXPECT_EQ(contour_segments(edge, 2, 2, 0.5f).size(), 1u);
  const float checker[4] = {1, 0, 0, 1};  // corners 0 and 2 above: a saddle, two segments
  EXPECT_EQ(contour_segments(checker, 2, 2, 0.5f).size(), 2u);
  const float nan[4] = {1, std::numeric_limits<float>::quiet_NaN(), 0, 0};
  EXPECT_TRUE(contour_segments(nan, 2, 2, 0.5f).empty());
  const float flat[4] = {1, 1, 1, 1};
  EXPECT_TRUE(contour_segments(flat, 2, 2, 0.5f).empty());
}

}  // namespace
}  // namespace viz
