// Anti-aliased discs as small images (sprites), for markers drawn as one textured quad each.
// A software rasteriser pays per triangle: an anti-aliased circle of ImGui's is about 35 small
// triangles (a fan and a one-pixel fringe), a sprite is two. Plain C++: the sprites' sizes and
// pixels; viz/discs.hpp puts them in the font atlas and draws them.
#pragma once
#include <vector>

namespace viz {

// The radii baked, in pixels: 1, 1.5, 2, … 24 (half-pixel steps, so a disc drawn with the next
// larger sprite is scaled by at most a quarter pixel at its edge).
std::vector<float> disc_sprite_radii();

// The sprite of radius R is side × side texels, the disc centred: ceil(R) + 1 texels each side of
// the centre, so its outermost texels are empty (bilinear sampling never reaches a neighbour).
int disc_sprite_side(float radius);

// Coverage of the texel whose centre is (dx, dy) from the disc's centre: 1 inside, 0 outside, a
// linear ramp one texel wide across the edge (r − ½ … r + ½).
float disc_coverage(float radius, float dx, float dy);

// The sprite (index into radii, ascending) to draw a disc of radius r with: the smallest one at
// least as large; −1 when r is larger than the largest (draw it as a polygon instead).
int disc_sprite_for(const std::vector<float>& radii, float r);

// The texels of the sprite, row-major, 0…255.
std::vector<unsigned char> disc_sprite_pixels(float radius);

}  // namespace viz
