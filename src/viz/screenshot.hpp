// Saves what the GL framebuffer shows as a PNG (figures for slides, and the UI tests).
#pragma once
#include <string>

namespace viz {

// Reads the bound read framebuffer (the back buffer, before swapping), bottom-up rows flipped to
// top-down, and writes an RGB PNG. Returns false and sets `error` on failure. GL state is restored.
bool save_framebuffer_png(const std::string& path, int width, int height, std::string& error);

}  // namespace viz
