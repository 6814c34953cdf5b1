// LineRaster: which pixels a line covers (worked out by hand from pixel centres), blending that
// matches drawing the lines one after the other, and the drawn box.
#include <gtest/gtest.h>
#include <cmath>
#include <vector>
#include "viz/line_layer.hpp"
#include "viz/line_raster.hpp"

namespace viz {
namespace {

ImU32 alpha_of(ImU32 c) { return (c >> IM_COL32_A_SHIFT) & 0xFF; }

// The raster's image as a width × height grid (drawn() placed back at its offset), 0 where untouched.
std::vector<ImU32> full_image(const LineRaster& raster) {
  std::vector<ImU32> box, out(static_cast<std::size_t>(raster.width()) * raster.height(), 0);
  raster.image(box);
  const PixelRect d = raster.drawn();
  for (int y = d.y0; y < d.y1; ++y)
    for (int x = d.x0; x < d.x1; ++x) out[static_cast<std::size_t>(y) * raster.width() + x] = box[static_cast<std::size_t>(y - d.y0) * (d.x1 - d.x0) + (x - d.x0)];
  return out;
}

// The pixels with any colour, as (x, y) pairs in row order.
std::vector<std::pair<int, int>> covered(const LineRaster& raster) {
  const std::vector<ImU32> image = full_image(raster);
  std::vector<std::pair<int, int>> out;
  for (int y = 0; y < raster.height(); ++y)
    for (int x = 0; x < raster.width(); ++x)
      if (image[static_cast<std::size_t>(y) * raster.width() + x]) out.emplace_back(x, y);
  return out;
}

TEST(LineRaster, HorizontalLineCoversTheRowOfItsCentresFromStartToEnd) {
  LineRaster r;
  r.clear({100, 50}, 20, 10);
  const ImVec2 line[] = {{102.5f, 55.5f}, {107.5f, 55.5f}};  // centres 2.5 … 6.5 of row 5; the end is left out
  r.polyline(line, IM_COL32(10, 20, 30, 255), 1);
  const std::vector<std::pair<int, int>> want = {{2, 5}, {3, 5}, {4, 5}, {5, 5}, {6, 5}};
  EXPECT_EQ(covered(r), want);
  EXPECT_EQ(r.drawn(), (PixelRect{2, 5, 7, 6}));
  std::vector<ImU32> image;
  r.image(image);
  ASSERT_EQ(image.size(), 5u);
  EXPECT_EQ(image[0], IM_COL32(10, 20, 30, 255));
}

TEST(LineRaster, DiagonalAndSteepLinesTakeOnePixelAStepAlongTheLongerAxis) {
  LineRaster r;
  r.clear({0, 0}, 10, 10);
  const ImVec2 diagonal[] = {{0.5f, 0.5f}, {4.5f, 4.5f}};  // through the centres (0,0) … (3,3)
  r.polyline(diagonal, IM_COL32(255, 0, 0, 255), 1);
  EXPECT_EQ(covered(r), (std::vector<std::pair<int, int>>{{0, 0}, {1, 1}, {2, 2}, {3, 3}}));

  r.clear({0, 0}, 10, 10);
  const ImVec2 steep[] = {{4.5f, 1.0f}, {6.5f, 5.0f}};  // at the row centres 1.5 … 4.5, x = 4.75 5.25 5.75 6.25
  r.polyline(steep, IM_COL32(255, 0, 0, 255), 1);
  EXPECT_EQ(covered(r), (std::vector<std::pair<int, int>>{{4, 1}, {5, 2}, {5, 3}, {6, 4}}));
}

TEST(LineRaster, ThicknessIsMeasuredAcrossTheLine) {
  LineRaster r;
  r.clear({0, 0}, 10, 10);
  const ImVec2 flat[] = {{0, 5}, {3, 5}};  // 3 px across around y = 5: centres 3.5 … 5.5 in [3.5, 6.5)
  r.polyline(flat, IM_COL32(0, 0, 0, 255), 3);
  EXPECT_EQ(r.drawn(), (PixelRect{0, 3, 3, 6}));
  r.clear({0, 0}, 10, 10);
  const ImVec2 slanted[] = {{0, 0}, {8, 8}};  // 45°: 1 px across is √2 px tall
  r.polyline(slanted, IM_COL32(0, 0, 0, 255), 1);
  EXPECT_EQ(covered(r).size(), 8u);  // column i: centres in [i + ½ − 0.71, i + ½ + 0.71): only row i
  r.clear({0, 0}, 10, 10);
  r.polyline(slanted, IM_COL32(0, 0, 0, 255), 2);  // 2.83 px tall: rows i − 1 … i + 1, but no row −1
  EXPECT_EQ(covered(r).size(), 8u * 3 - 1);
}

TEST(LineRaster, AJointIsDrawnOnceSoTranslucentLinesHaveNoDarkerDots) {
  LineRaster r;
  r.clear({0, 0}, 20, 5);
  const ImVec2 line[] = {{0.5f, 2.5f}, {5.5f, 2.5f}, {10.5f, 2.5f}, {15.5f, 2.5f}};
  r.polyline(line, IM_COL32(200, 100, 50, 128), 1);
  const std::vector<ImU32> image = full_image(r);
  for (int x = 0; x < 15; ++x) EXPECT_EQ(alpha_of(image[2 * 20 + x]), 128u) << "x = " << x;
  EXPECT_EQ(image[2 * 20 + 15], 0u);
}

TEST(LineRaster, CrossingLinesBlendAsIfDrawnInTurn) {
  LineRaster r;
  r.clear({0, 0}, 10, 10);
  const ImVec2 across[] = {{0, 4.5f}, {10, 4.5f}}, down[] = {{4.5f, 0}, {4.5f, 10}};
  r.polyline(across, IM_COL32(255, 0, 0, 128), 1);
  r.polyline(down, IM_COL32(0, 0, 255, 128), 1);
  const ImU32 crossing = full_image(r)[4 * 10 + 4];
  // Over white: red at 128/255 then blue at 128/255 gives (127.0, 63.3, 191.2); so must the image.
  const float a = alpha_of(crossing) / 255.0f;
  for (const auto& [shift, want] : {std::pair{IM_COL32_R_SHIFT, 127.0f}, {IM_COL32_G_SHIFT, 63.3f}, {IM_COL32_B_SHIFT, 191.2f}}) {
    const float c = ((crossing >> shift) & 0xFF) * a + 255 * (1 - a);
    EXPECT_NEAR(c, want, 1.5f) << "shift " << shift;
  }
  EXPECT_EQ(alpha_of(crossing), 192u);  // ½ + ½ · ½
}

TEST(LineRaster, PartsOutsideTheImageAreCutOffAndNonFinitePointsSkipped) {
  LineRaster r;
  r.clear({10, 10}, 8, 8);
  const ImVec2 line[] = {{-1000, 13.5f}, {1000, 13.5f}, {1000, NAN}, {11.5f, 1e9f}};
  r.polyline(line, IM_COL32(0, 0, 0, 255), 1);
  EXPECT_EQ(r.drawn(), (PixelRect{0, 3, 8, 4}));
  r.clear({10, 10}, 8, 8);
  EXPECT_TRUE(r.drawn().empty());
  std::vector<ImU32> image{1, 2, 3};
  r.image(image);
  EXPECT_TRUE(image.empty());
}

TEST(LineRaster, ABandFillsThePixelCentresInsideItsTrapezoidsOnce) {
  LineRaster r;
  r.clear({10, 0}, 12, 10);
  // Columns at x 10 … 14 and 14 … 18 (centres 0.5 … 3.5 and 4.5 … 7.5 in the image); the first from
  // y 2–6 rising to 0–6, the second flat from 0 to 4. A gap (NaN) after them, then one column at 20 … 21.
  const LineRaster::Trapezoid band[] = {
      {10, 14, 2, 0, 6, 6}, {14, 18, 0, 0, 4, 4}, {18, 20, 0, NAN, 4, 4}, {20, 21, 8, 8, 9, 9}};
  r.band(band, IM_COL32(0, 0, 255, 128));
  const std::vector<ImU32> image = full_image(r);
  const auto filled = [&](int x) {  // the rows of column x that have colour
    std::vector<int> rows;
    for (int y = 0; y < 10; ++y)
      if (image[static_cast<std::size_t>(y) * 12 + x]) rows.push_back(y);
    return rows;
  };
  // Column 0: the top at centre 0.5 is 2 − 2 · 0.5/4 = 1.75, so rows 2 … 5 (centres 2.5 … 5.5 < 6).
  EXPECT_EQ(filled(0), (std::vector<int>{2, 3, 4, 5}));
  EXPECT_EQ(filled(3), (std::vector<int>{0, 1, 2, 3, 4, 5}));  // top 2 − 2 · 3.5/4 = 0.25 < row 0's centre
  EXPECT_EQ(filled(5), (std::vector<int>{0, 1, 2, 3}));
  EXPECT_TRUE(filled(8).empty()) << "the gap";
  EXPECT_EQ(filled(10), (std::vector<int>{8}));
  for (ImU32 p : image) EXPECT_TRUE(p == 0 || alpha_of(p) == 128u) << "each pixel once";
  EXPECT_EQ(r.drawn(), (PixelRect{0, 0, 11, 9}));
}

// Anti-aliased strokes: coverage clamp(thickness/2 + ½ − d, 0, 1) from the distance d of a pixel's
// centre to the line, worked out by hand.
TEST(LineRaster, AStrokeFadesOverOnePixelAtItsEdgesAndGoesOnHalfItsThicknessAtItsEnds) {
  LineRaster r;
  r.clear({100, 50}, 16, 10);
  const ImVec2 line[] = {{102, 55.5f}, {112, 55.5f}};  // 2 px across, through the centres of row 5
  r.stroke(line, IM_COL32(255, 0, 0, 255), 2);
  const std::vector<ImU32> image = full_image(r);
  const auto at = [&](int x, int y) { return alpha_of(image[static_cast<std::size_t>(y) * 16 + x]); };
  EXPECT_EQ(at(7, 5), 255u);  // d = 0
  EXPECT_EQ(at(7, 4), 128u);  // d = 1: half covered
  EXPECT_EQ(at(7, 6), 128u);
  EXPECT_EQ(at(7, 3), 0u);    // d = 2
  // Along it, the centres in [2 − 1, 12 + 1): columns 1 … 12.
  EXPECT_EQ(at(0, 5), 0u);
  EXPECT_EQ(at(1, 5), 255u);
  EXPECT_EQ(at(12, 5), 255u);
  EXPECT_EQ(at(12, 4), 128u);
  EXPECT_EQ(at(13, 5), 0u);
  EXPECT_EQ(image[5 * 16 + 7], IM_COL32(255, 0, 0, 255));
  EXPECT_EQ(image[4 * 16 + 7], IM_COL32(255, 0, 0, 128)) << "straight alpha: the colour kept, the alpha halved";
  EXPECT_EQ(r.drawn(), (PixelRect{1, 4, 13, 7}));
}

TEST(LineRaster, AStrokeTurningACornerHasNoNotch) {
  LineRaster r;
  r.clear({0, 0}, 20, 20);
  const ImVec2 corner[] = {{2, 5.5f}, {10.5f, 5.5f}, {10.5f, 15}};  // 3 px across: rows 4 … 6, then columns 9 … 11
  r.stroke(corner, IM_COL32(0, 0, 0, 255), 3);
  const std::vector<ImU32> image = full_image(r);
  EXPECT_EQ(alpha_of(image[4 * 20 + 11]), 255u) << "the outer corner";
  EXPECT_EQ(alpha_of(image[4 * 20 + 12]), 0u);
  EXPECT_EQ(alpha_of(image[3 * 20 + 11]), 0u);
}

TEST(LineRaster, AStrokeCoversItsAreaAtAnyAngle) {
  // A line t across and L long, going on t/2 past each end along its longer axis, at θ to that axis:
  // t (L + t / cos θ) pixels. Sampled at pixel centres: along a diagonal they are 0.71 px apart
  // across the line, so its one-pixel fade can be off by a few %.
  for (float degrees : {0.0f, 10.0f, 30.0f, 45.0f, 80.0f}) {
    LineRaster r;
    r.clear({0, 0}, 64, 64);
    const float a = degrees * 3.14159265f / 180, length = 40, t = 3;
    const ImVec2 line[] = {{10.3f, 10.7f}, {10.3f + length * std::cos(a), 10.7f + length * std::sin(a)}};
    r.stroke(line, IM_COL32(0, 0, 0, 255), t);
    double area = 0;
    for (ImU32 p : full_image(r)) area += alpha_of(p) / 255.0;
    const double to_axis = std::min(a, 3.14159265f / 2 - a);
    EXPECT_NEAR(area, t * (length + t / std::cos(to_axis)), 0.03 * t * length) << degrees << "°";
  }
}

TEST(LineRaster, AStrokeBlendsEachPixelOnceSoJointsHaveNoDarkerDots) {
  LineRaster r;
  r.clear({0, 0}, 30, 20);
  const ImVec2 v[] = {{2, 2}, {10, 15}, {18, 2}, {26, 15}};  // sharp joints, where the segments overlap most
  r.stroke(v, IM_COL32(200, 100, 50, 128), 3);
  const std::vector<ImU32> image = full_image(r);
  for (ImU32 p : image) EXPECT_LE(alpha_of(p), 128u);
  EXPECT_EQ(alpha_of(image[15 * 30 + 10]), 128u);  // the joint at (10, 15): inside both segments
  // The next stroke starts from nothing: the joints' coverage is not left behind for it.
  const ImVec2 elsewhere[] = {{2, 18.5f}, {4, 18.5f}};  // centres [1.5, 4.5): columns 1 … 3
  r.stroke(elsewhere, IM_COL32(0, 0, 0, 255), 1);
  std::vector<ImU32> want = image;
  for (int x = 1; x <= 3; ++x) want[18 * 30 + x] = IM_COL32(0, 0, 0, 255);
  EXPECT_EQ(full_image(r), want);
}

TEST(LineRaster, AOnePointStrokeIsASquareAndStrokesOutsideTheImageAreCutOff) {
  LineRaster r;
  r.clear({0, 0}, 12, 12);
  const ImVec2 point[] = {{5.5f, 5.5f}};
  r.stroke(point, IM_COL32(0, 0, 0, 255), 4);  // columns with centres in [3.5, 7.5); rows fading from 2 px out
  const std::vector<ImU32> image = full_image(r);
  EXPECT_EQ(alpha_of(image[5 * 12 + 3]), 255u);
  EXPECT_EQ(alpha_of(image[5 * 12 + 6]), 255u);
  EXPECT_EQ(alpha_of(image[5 * 12 + 7]), 0u);
  EXPECT_EQ(alpha_of(image[7 * 12 + 5]), 128u);  // d = 2
  EXPECT_EQ(alpha_of(image[8 * 12 + 5]), 0u);    // d = 3
  r.clear({0, 0}, 12, 12);
  const ImVec2 across[] = {{-1e5f, 3.5f}, {1e5f, 3.5f}}, nan[] = {{1, 1}, {NAN, 5}};
  r.stroke(across, IM_COL32(0, 0, 0, 255), 1);
  r.stroke(nan, IM_COL32(0, 0, 0, 255), 1);
  EXPECT_EQ(r.drawn(), (PixelRect{0, 3, 12, 4}));
}

// "Over" on premultiplied colours, two channels at a time, against the formula one channel at a time.
TEST(LineRaster, PremultipliedOverMatchesTheFormulaExactly) {
  for (ImU32 as = 0; as <= 255; as += 5)
    for (ImU32 cs = 0; cs <= as; cs += 7)
      for (ImU32 d = 0; d <= 255; d += 3)
        for (const ImU32 dst : {IM_COL32(d, 255 - d, d / 3, 255), IM_COL32(d, d / 2, 0, d)}) {  // channels ≤ α
        const ImU32 src = cs << IM_COL32_R_SHIFT | (as - cs) << IM_COL32_G_SHIFT | cs / 2 << IM_COL32_B_SHIFT | as << IM_COL32_A_SHIFT;
        const ImU32 out = over_premultiplied(src, dst);
        for (int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT, IM_COL32_A_SHIFT}) {
          const double want = ((src >> shift) & 0xFF) + std::round(((dst >> shift) & 0xFF) * (255.0 - as) / 255.0);
          ASSERT_EQ((out >> shift) & 0xFF, static_cast<ImU32>(want)) << "as " << as << " cs " << cs << " d " << d << " shift " << shift;
        }
      }
}

TEST(LineRaster, PremultiplyingAndBackKeepsTheColourToWithinRounding) {
  for (ImU32 a : {255u, 200u, 128u, 60u})
    for (ImU32 c = 0; c <= 255; c += 15) {
      const ImU32 back = unpremultiply(premultiply(IM_COL32(c, 255 - c, c, a)));
      EXPECT_NEAR(static_cast<double>(back & 0xFF), c, 255.0 / a) << "alpha " << a;
      EXPECT_EQ(alpha_of(back), a);
    }
  EXPECT_EQ(premultiply(IM_COL32(200, 100, 50, 0)), 0u);
}

// A 130 × 50 image, tiles of 32: four columns of whole tiles and one cut to 2 px; two rows, the
// second cut to 18 px.
// The alpha of pixel (x, y) of the full image.
ImU32 alpha_at(const LineRaster& raster, int x, int y) {
  return alpha_of(full_image(raster)[static_cast<std::size_t>(y) * raster.width() + x]);
}

TEST(LineRaster, ADiscCoversItsInsideFullyAndFadesOverOnePixelAtTheEdge) {
  LineRaster r;
  r.clear({0, 0}, 20, 20);
  r.disc({10, 10}, 4, IM_COL32(0, 0, 0, 255));  // centred on a pixel corner
  EXPECT_EQ(alpha_at(r, 9, 9), 255u);   // centre (9.5, 9.5): 0.71 from the disc's centre
  EXPECT_EQ(alpha_at(r, 13, 9), 246u);  // (13.5, 9.5): 3.536 from it, 0.464 inside: ½ + 0.464 = 0.964 of 255
  EXPECT_NEAR(alpha_at(r, 13, 11), 176.5, 1);  // (13.5, 11.5): 3.808, 0.192 inside: 0.692
  EXPECT_EQ(alpha_at(r, 14, 9), 0u);    // (14.5, 9.5): 4.528, 0.528 outside
  EXPECT_EQ(r.drawn(), (PixelRect{6, 6, 14, 14}));
}

TEST(LineRaster, ARingIsThickAcrossTheCircleAndEmptyInside) {
  LineRaster r;
  r.clear({0, 0}, 30, 30);
  r.ring({15, 15}, 8, 2, IM_COL32(0, 0, 0, 255));
  EXPECT_EQ(alpha_at(r, 15, 15), 0u);   // the middle
  EXPECT_EQ(alpha_at(r, 22, 14), 255u); // (22.5, 14.5): 7.52 from the centre, within the 2 px band
  EXPECT_EQ(alpha_at(r, 25, 14), 0u);   // 10.5: beyond it
}

TEST(LineRaster, AConvexShapeGoesEitherWayRoundAndFillIsHardEdged) {
  LineRaster a, b;
  a.clear({0, 0}, 20, 20);
  b.clear({0, 0}, 20, 20);
  const ImVec2 diamond[] = {{10, 4}, {16, 10}, {10, 16}, {4, 10}};
  const ImVec2 backwards[] = {{4, 10}, {10, 16}, {16, 10}, {10, 4}};
  a.convex(diamond, IM_COL32(0, 0, 0, 255));
  b.convex(backwards, IM_COL32(0, 0, 0, 255));
  EXPECT_EQ(full_image(a), full_image(b));
  EXPECT_EQ(alpha_at(a, 10, 10), 255u);
  EXPECT_EQ(alpha_at(a, 4, 4), 0u);     // outside the diamond, inside its box
  // The upper right edge is x − y = 6: (14.5, 9.5) is 0.71 inside it, (15.5, 9.5) on it, (16.5, 9.5) 0.71 outside.
  EXPECT_EQ(alpha_at(a, 14, 9), 255u);
  EXPECT_EQ(alpha_at(a, 15, 9), 128u);  // covered ½
  EXPECT_EQ(alpha_at(a, 16, 9), 0u);

  LineRaster f;
  f.clear({0, 0}, 10, 10);
  f.fill({2.2f, 3.0f}, {5.0f, 4.4f}, IM_COL32(0, 0, 0, 255));  // centres x 2.5 … 4.5, y 3.5 only
  EXPECT_EQ(covered(f), (std::vector<std::pair<int, int>>{{2, 3}, {3, 3}, {4, 3}}));
  EXPECT_EQ(alpha_at(f, 2, 3), 255u);
}

TEST(TileRuns, OnlyTilesWithAPixelDrawnAreShownAsRunsCutAtTheEdges) {
  constexpr int w = 130, h = 50;
  std::vector<ImU32> image(w * h, 0);
  const auto set = [&](int x, int y) { image[static_cast<std::size_t>(y) * w + x] = IM_COL32(10, 20, 30, 40); };
  EXPECT_TRUE(tile_runs(image, w, h, 32).empty()) << "nothing drawn, nothing shown";

  set(40, 5);  // the second tile of the top row
  EXPECT_EQ(tile_runs(image, w, h, 32), (std::vector<PixelRect>{{32, 0, 64, 32}}));

  set(129, 31);  // the cut tile, two empty tiles away
  EXPECT_EQ(tile_runs(image, w, h, 32), (std::vector<PixelRect>{{32, 0, 64, 32}, {128, 0, 130, 32}}));

  set(70, 0), set(100, 0);  // the tiles between: one run
  EXPECT_EQ(tile_runs(image, w, h, 32), (std::vector<PixelRect>{{32, 0, 130, 32}}));

  for (int x = 0; x < w; ++x) set(x, 40);  // a line across the bottom row
  EXPECT_EQ(tile_runs(image, w, h, 32), (std::vector<PixelRect>{{32, 0, 130, 32}, {0, 32, 130, 50}}));
}

}  // namespace
}  // namespace viz
