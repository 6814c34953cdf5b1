// Drawing ImGui's frame into the back buffer and showing it: only the pixels that changed since
// the frame the back buffer still holds, or all of them.
//
// In software (Mesa's llvmpipe), shading pixels is most of a frame, and most of the window stays the
// same from one frame to the next: the sidebar while training runs, nearly everything while paused.
// How much the back buffer holds depends on the window system (glx_buffers.hpp); where it cannot
// say, every frame draws everything.
#pragma once
#include <imgui.h>
#include <optional>
#include <vector>
#include "viz/damage.hpp"
#include "viz/draw_clip.hpp"
#include "viz/glx_buffers.hpp"

struct GLFWwindow;

namespace viz {

enum class RedrawMode {
  Changed,     // what changed since the frame the back buffer holds
  Everything,  // every pixel of every frame, shown by swapping buffers
  Check,       // Changed, then read back, draw everything and count the pixels that differ (by more
               // than a level: llvmpipe's rounding); and after copying to the window, count its
               // pixels that differ from the back buffer at all (tests)
};

struct RedrawStats {
  long frames = 0;
  long partial_frames = 0;     // frames that drew less than everything
  double drawn_share = 0;      // Σ over frames of the share of the window's pixels drawn (1 for all)
  long mismatched_pixels = 0;  // Check: pixels of partial frames that differed from drawing everything by more than a level
  long window_checks = 0;             // Check, copying to the window: frames whose window was read back
  long mismatched_window_pixels = 0;  // and its pixels that differed from the back buffer
};

// A texture an offscreen pass drew into since the last frame: every pixel that shows it is redrawn.
void mark_redrawn(ImTextureID texture);
// A texture drawn this frame whose every texel has alpha 1: an image of it hides what is under it.
void mark_opaque(ImTextureID texture);

class FrameDrawer {
 public:
  FrameDrawer(GLFWwindow* window, RedrawMode mode) : window_(window), mode_(mode) {}
  // Draws `data` over `clear_rgba` into the back buffer of the window's context (current).
  void draw(ImDrawData& data, const float clear_rgba[4]);
  // Shows the back buffer: swaps, or copies what draw() drew to the window (all of it when
  // `exposed`: the window system lost the window's pixels). Returns true when it swapped.
  bool present(bool exposed);
  const RedrawStats& stats() const { return stats_; }

 private:
  int back_buffer_age() const;

  GLFWwindow* window_;
  RedrawMode mode_;
  std::optional<BufferReuse> reuse_;  // asked on the first frame, with the context current
  DamageTracker tracker_;
  ClippedDrawData clipped_;
  std::optional<std::vector<PixelRect>> drawn_;  // by the last draw(); nullopt: everything
  int width_ = 0, height_ = 0;              // of the last frame, in framebuffer pixels
  int shown_width_ = 0, shown_height_ = 0;  // of the last frame shown before it
  bool kept_ = false;           // CopySubBuffer: the back buffer holds the last frame (not resized, never swapped)
  RedrawStats stats_;
};

}  // namespace viz
