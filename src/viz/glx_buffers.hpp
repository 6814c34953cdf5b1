// What GLX can tell about, and do with, the current drawable's buffers, so that a frame need only
// draw what changed. Nothing, where the context is not GLX (then every frame draws everything).
#pragma once
#include <cstdint>
#include <optional>
#include <vector>
#include "viz/damage.hpp"

struct GLFWwindow;

namespace viz {

enum class BufferReuse {
  Unknown,           // after a swap the back buffer's contents are unknown
  Age,            // GLX_EXT_buffer_age: after a swap, the back buffer says how many frames old it is
  CopySubBuffer,  // GLX_MESA_copy_sub_buffer: no swaps; the back buffer keeps every frame and
                  // rectangles of it are copied to the window (Mesa's software GLX: Xvfb, VNC, VMs)
};

// The best the current context offers, in the order above from the bottom.
BufferReuse glx_buffer_reuse();
// GLX_EXT_buffer_age of the current drawable's back buffer: 0 when unknown.
int glx_back_buffer_age();
// Copies rectangles (rows from the top) of the back buffer to the window: false when X refused
// (the window is being resized).
bool glx_copy_to_window(const std::vector<PixelRect>& rects, int fb_height);
// True when `window` is an X11 window of `width` × `height` pixels on the X server right now
// (a resize may not have reached GLFW, and so ImGui, yet).
bool window_is(GLFWwindow* window, int width, int height);

// What the X server shows in the window, as glReadPixels(GL_RGBA) would give it with alpha 0:
// rows from the bottom, bytes R, G, B, 0. Nothing when that is not an X11 window with 8-bit
// channels, or when the window is not `width` × `height` (being resized).
std::optional<std::vector<std::uint32_t>> read_window(GLFWwindow* window, int width, int height);

}  // namespace viz
