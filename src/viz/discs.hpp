// Filled discs (markers, nodes, dots) as one textured quad each, from sprites in the font atlas.
//
//   viz::add_disc_sprites(atlas);     // with the fonts, before atlas->Build()
//   viz::bake_disc_sprites(atlas);    // after Build(), before the atlas texture is uploaded
//   viz::fill_disc(draw, centre, r, colour);  // instead of ImDrawList::AddCircleFilled
//
// The sprite is drawn with the atlas texture ImGui has bound anyway, so discs join the same draw
// command as the text and shapes around them. Discs larger than the largest sprite, or drawn
// before any sprites were baked, fall back to AddCircleFilled.
#pragma once
#include <imgui.h>

namespace viz {

void add_disc_sprites(ImFontAtlas* atlas);
void bake_disc_sprites(ImFontAtlas* atlas);
void fill_disc(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour);

}  // namespace viz
