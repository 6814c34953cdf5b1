// Disc sprites for markers: the baked radii cover every marker size up to 24 px in half-pixel
// steps, a sprite's ink adds up to the disc's area, and its border texels are empty.
#include <gtest/gtest.h>
#include <cmath>
#include <numeric>
#include "viz/disc_sprite.hpp"

namespace viz {
namespace {

TEST(DiscSprite, CoverageIsOneInsideZeroOutsideAndHalfOnTheEdge) {
  EXPECT_FLOAT_EQ(disc_coverage(5, 0, 0), 1);
  EXPECT_FLOAT_EQ(disc_coverage(5, 3, 4), 0.5f);  // distance 5: on the edge
  EXPECT_FLOAT_EQ(disc_coverage(5, 0, 5.25f), 0.25f);
  EXPECT_FLOAT_EQ(disc_coverage(5, 4, 4), 0);      // distance 5.66: outside the ramp
}

TEST(DiscSprite, InkAddsUpToTheDiscsAreaAndTheBorderIsEmpty) {
  for (float r : {1.0f, 2.5f, 5.7f, 12.0f, 24.0f}) {
    const int side = disc_sprite_side(r);
    ASSERT_EQ(side % 2, 0) << "centred on a texel corner";
    const std::vector<unsigned char> px = disc_sprite_pixels(r);
    ASSERT_EQ(px.size(), static_cast<std::size_t>(side * side));
    const double ink = std::accumulate(px.begin(), px.end(), 0.0) / 255;
    EXPECT_NEAR(ink, M_PI * r * r, 0.02 * M_PI * r * r + 0.5) << "r = " << r;
    for (int i = 0; i < side; ++i) {  // the outermost ring of texels: bilinear sampling stays inside
      EXPECT_EQ(px[i], 0);
      EXPECT_EQ(px[(side - 1) * side + i], 0);
      EXPECT_EQ(px[i * side], 0);
      EXPECT_EQ(px[i * side + side - 1], 0);
    }
  }
}

TEST(DiscSprite, ARadiusIsDrawnWithTheSmallestSpriteAtLeastAsLarge) {
  const std::vector<float> radii = disc_sprite_radii();
  EXPECT_FLOAT_EQ(radii.front(), 1);
  EXPECT_FLOAT_EQ(radii.back(), 24);
  EXPECT_FLOAT_EQ(radii[disc_sprite_for(radii, 5.7f)], 6);
  EXPECT_FLOAT_EQ(radii[disc_sprite_for(radii, 6.0f)], 6);
  EXPECT_FLOAT_EQ(radii[disc_sprite_for(radii, 0.3f)], 1);
  EXPECT_EQ(disc_sprite_for(radii, 24.5f), -1);  // too large: drawn as a polygon
  for (float r = 1; r <= 24; r += 0.1f) {  // scaled down by at most half a pixel of radius
    const int i = disc_sprite_for(radii, r);
    ASSERT_GE(i, 0);
    EXPECT_LE(radii[i] - r, 0.5f + 1e-4f);
  }
}

}  // namespace
}  // namespace viz
