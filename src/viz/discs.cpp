// Disc sprites in the font atlas, and fill_disc (see discs.hpp).
#include "viz/discs.hpp"

#include <vector>
#include "viz/disc_sprite.hpp"

namespace viz {
namespace {
struct Sprites {
  ImFontAtlas* atlas = nullptr;                    // the atlas they are baked into (none yet: nullptr)
  std::vector<float> radii = disc_sprite_radii();  // ascending
  std::vector<int> rects;                          // the atlas's custom rect of each radius
};
Sprites sprites;
}  // namespace

void add_disc_sprites(ImFontAtlas* atlas) {
  sprites.atlas = nullptr;  // until baked
  sprites.rects.clear();
  for (float r : sprites.radii) sprites.rects.push_back(atlas->AddCustomRectRegular(disc_sprite_side(r), disc_sprite_side(r)));
}

void bake_disc_sprites(ImFontAtlas* atlas) {
  unsigned char* texels = nullptr;
  int width = 0, height = 0;
  atlas->GetTexDataAsAlpha8(&texels, &width, &height);  // the RGBA copy ImGui's backend uploads is made from these
  for (std::size_t i = 0; i < sprites.rects.size(); ++i) {
    const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(sprites.rects[i]);
    const std::vector<unsigned char> pixels = disc_sprite_pixels(sprites.radii[i]);
    for (int y = 0; y < rect->Height; ++y)
      for (int x = 0; x < rect->Width; ++x) texels[(rect->Y + y) * width + rect->X + x] = pixels[y * rect->Width + x];
  }
  sprites.atlas = atlas;
}

void fill_disc(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour) {
  if (radius < 0.5f) return;  // as AddCircleFilled
  const int i = sprites.atlas ? disc_sprite_for(sprites.radii, radius) : -1;
  if (i < 0) return draw->AddCircleFilled(centre, radius, colour);
  const ImFontAtlasCustomRect* rect = sprites.atlas->GetCustomRectByIndex(sprites.rects[i]);
  ImVec2 uv0, uv1;
  sprites.atlas->CalcCustomRectUV(rect, &uv0, &uv1);
  const float half = 0.5f * rect->Width * radius / sprites.radii[i];  // the sprite scaled from its radius to this one
  draw->AddImage(sprites.atlas->TexID, {centre.x - half, centre.y - half}, {centre.x + half, centre.y + half}, uv0, uv1, colour);
}

}  // namespace viz
