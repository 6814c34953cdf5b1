// ImGui draw data cut down to rectangles of the framebuffer (a DamageTracker's damage): each
// command once per rectangle it meets, its clip rectangle cut to it and its indices trimmed to the
// run of triangles that can touch it. Drawn over the frame the damage was measured against, after
// clearing the rectangles, it gives the same pixels as drawing everything.
//
//   viz::ClippedDrawData clipped;
//   ImGui_ImplOpenGL3_RenderDrawData(&clipped.clip(*ImGui::GetDrawData(), rects));
#pragma once
#include <imgui.h>
#include <memory>
#include <vector>
#include "viz/damage.hpp"

namespace viz {

class ClippedDrawData {
 public:
  // `rects` must not overlap (merge_rects). The result holds copies: `data` may change afterwards.
  // Like DamageTracker, it assumes DisplayPos (0, 0) and a framebuffer scale of 1.
  ImDrawData& clip(const ImDrawData& data, const std::vector<PixelRect>& rects);

 private:
  std::vector<std::unique_ptr<ImDrawList>> lists_;  // kept between frames for their buffers
  std::vector<ImDrawList*> used_;
  ImDrawData data_;
};

}  // namespace viz
