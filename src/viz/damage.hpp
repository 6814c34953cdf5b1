// Damage tracking: which pixels of a frame can differ from those of an earlier one, so that only
// they are drawn again.
//
// A frame is ImGui's draw data: per window, triangles in order, each with its command's clip
// rectangle and texture. Two frames are compared window by window (and command by command when a
// window's commands have the same clip rectangles and textures in both): the triangles are paired
// in order, allowing for one run that only one frame has (text that gained a glyph). A pixel that
// no unlike or unpaired triangle covers (in the old frame or the new one) and that samples no
// texture redrawn in between is made of the same triangles in the same order, so it comes out the
// same. The damage is the union of the bounding boxes of those other triangles, clipped as the
// renderer clips them.
//
//   viz::DamageTracker tracker;
//   tracker.add_frame(*ImGui::GetDrawData(), redrawn_textures);       // every frame
//   auto rects = tracker.damage_since(age);  // nullopt: draw everything
#pragma once
#include <imgui.h>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace viz {

// [x0, x1) × [y0, y1) in framebuffer pixels, rows counted from the top.
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  long area() const { return empty() ? 0 : static_cast<long>(x1 - x0) * (y1 - y0); }
  friend bool operator==(const PixelRect&, const PixelRect&) = default;
};
PixelRect intersect(PixelRect a, PixelRect b);
PixelRect unite(PixelRect a, PixelRect b);  // the bounding box; an empty rectangle adds nothing

// Unites overlapping rectangles until none overlap (a command drawn twice over a pixel would blend
// twice); while more than `max_count` are left, unites the two whose bounding box adds the fewest
// pixels. Empty rectangles are dropped.
std::vector<PixelRect> merge_rects(std::vector<PixelRect> rects, std::size_t max_count = 16);

// The pixels a command with clip rectangle `clip` may touch: the scissor box the OpenGL 3 backend
// sets for it (ImGui_ImplOpenGL3_RenderDrawData truncates to int), for DisplayPos (0, 0) and a
// framebuffer scale of 1, within the framebuffer.
PixelRect scissor_of(const ImVec4& clip, int fb_width, int fb_height);

// The pixels a triangle of a draw list may touch: its vertices' bounding box, rounded outwards,
// within `scissor`. `first` is the triangle's first index in `idx`; `cmd` gives the vertex offset.
PixelRect triangle_rect(const ImDrawVert* vtx, const ImDrawIdx* idx, const ImDrawCmd& cmd, unsigned first, const PixelRect& scissor);

class DamageTracker {
 public:
  // Takes a frame. `redrawn`: textures whose pixels changed since the previous frame.
  void add_frame(const ImDrawData& data, const std::vector<ImTextureID>& redrawn);
  // What to draw over a back buffer that holds the frame `age` frames before the last one added
  // (a buffer age: 1 = the previous frame, 0 = unknown contents). nullopt: everything.
  std::optional<std::vector<PixelRect>> damage_since(int age) const;

 private:
  struct Snapshot {  // one window's draw list, kept until the next frame
    std::string owner;
    ImVector<ImDrawVert> vtx;
    ImVector<ImDrawIdx> idx;
    ImVector<ImDrawCmd> cmd;
  };
  std::optional<std::vector<PixelRect>> compare(const ImDrawData& data, const std::vector<ImTextureID>& redrawn) const;

  std::vector<Snapshot> previous_;
  int width_ = 0, height_ = 0;
  std::deque<std::optional<std::vector<PixelRect>>> history_;  // newest first; nullopt: the whole frame
};

}  // namespace viz
