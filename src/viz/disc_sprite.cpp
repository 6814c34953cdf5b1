// Disc sprites: sizes, coverage and pixels (see disc_sprite.hpp).
#include "viz/disc_sprite.hpp"

#include <algorithm>
#include <cmath>

namespace viz {

std::vector<float> disc_sprite_radii() {
  std::vector<float> radii;
  for (int half = 2; half <= 48; ++half) radii.push_back(0.5f * half);
  return radii;
}

int disc_sprite_side(float radius) { return 2 * (static_cast<int>(std::ceil(radius)) + 1); }

float disc_coverage(float radius, float dx, float dy) {
  return std::clamp(radius + 0.5f - std::hypot(dx, dy), 0.0f, 1.0f);  // α = clamp(r + ½ − d, 0, 1)
}

int disc_sprite_for(const std::vector<float>& radii, float r) {
  const auto it = std::lower_bound(radii.begin(), radii.end(), r);
  return it == radii.end() ? -1 : static_cast<int>(it - radii.begin());
}

std::vector<unsigned char> disc_sprite_pixels(float radius) {
  const int side = disc_sprite_side(radius);
  const float centre = 0.5f * side;
  std::vector<unsigned char> pixels(static_cast<std::size_t>(side) * side);
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x)  // texel centres at (x + ½, y + ½)
      pixels[static_cast<std::size_t>(y) * side + x] =
          static_cast<unsigned char>(std::lround(255 * disc_coverage(radius, x + 0.5f - centre, y + 0.5f - centre)));
  return pixels;
}

}  // namespace viz
