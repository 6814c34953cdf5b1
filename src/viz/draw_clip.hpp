// ImGui draw data cut down to rectangles of the framebuffer (a DamageTracker's damage): each
// command once per rectangle it meets, its clip rectangle cut to it and its indices trimmed to the
// run of triangles that can touch it. Drawn over the frame the damage was measured against, after
// clearing the rectangles, it gives the same pixels as drawing everything. Where an opaque shape
// (an image of an opaque texture, a card's rounded background) covers a whole rectangle, what is drawn
// there before it is left out, and the rectangle need not be cleared: heatmaps while training runs
// are a third of what changes, and shading the clear and the panels' backgrounds under them cost a
// software rasteriser as much as the images.
//
//   viz::ClippedDrawData clipped;
//   ImDrawData& cut = clipped.clip(*ImGui::GetDrawData(), rects, {heatmap_textures, font_atlas, white_uv});
//   … clear rects[r] unless clipped.covered(r) …
//   ImGui_ImplOpenGL3_RenderDrawData(&cut);
#pragma once
#include <imgui.h>
#include <memory>
#include <vector>
#include "viz/damage.hpp"

namespace viz {

// What may be taken as opaque: every texel of `images` (heatmaps), and the texel at `solid_uv` of
// `solid` (ImGui's font atlas and its white pixel, which filled shapes sample).
struct Opaque {
  std::vector<ImTextureID> images{};
  ImTextureID solid = nullptr;
  ImVec2 solid_uv{};
  // When set, the images are drawn between these callbacks, which turn blending off and on again:
  // opaque, they come out the same, and a software rasteriser fills them without reading back.
  ImDrawCallback blend_off = nullptr, blend_on = nullptr;
};

class ClippedDrawData {
 public:
  // `rects` must not overlap (merge_rects). The result holds copies: `data` may change afterwards.
  // Like DamageTracker, it assumes DisplayPos (0, 0) and a framebuffer scale of 1.
  ImDrawData& clip(const ImDrawData& data, const std::vector<PixelRect>& rects, const Opaque& opaque = {});
  // Of the last clip(): whether something opaque covers rects[r] whole (it needs no clearing).
  bool covered(std::size_t r) const { return r < covered_.size() && covered_[r]; }

 private:
  std::vector<bool> covered_;
  std::vector<std::unique_ptr<ImDrawList>> lists_;  // kept between frames for their buffers
  std::vector<ImDrawList*> used_;
  ImDrawData data_;
};

}  // namespace viz
