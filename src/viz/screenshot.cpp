// Framebuffer → PNG with glReadPixels and stb_image_write (libstb.a holds the implementation).
#include "viz/screenshot.hpp"

#include <epoxy/gl.h>
#include <stb_image_write.h>
#include <algorithm>
#include <vector>

namespace viz {

bool save_framebuffer_png(const std::string& path, int width, int height, std::string& error) {
  if (width <= 0 || height <= 0) {
    error = "the framebuffer is empty (" + std::to_string(width) + "x" + std::to_string(height) + ")";
    return false;
  }
  const int row = 3 * width;  // bytes per RGB row, tightly packed
  std::vector<unsigned char> pixels(static_cast<size_t>(row) * height);  // (height, width, 3)

  GLint previous_alignment = 4;
  glGetIntegerv(GL_PACK_ALIGNMENT, &previous_alignment);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  glPixelStorei(GL_PACK_ALIGNMENT, previous_alignment);
  if (GLenum e = glGetError(); e != GL_NO_ERROR) {
    error = "glReadPixels failed (GL error " + std::to_string(e) + ")";
    return false;
  }

  // GL's rows go bottom-up, PNG's top-down: swap row y with row height − 1 − y.
  for (int y = 0; y < height / 2; ++y) {
    auto a = pixels.begin() + static_cast<std::ptrdiff_t>(row) * y;
    auto b = pixels.begin() + static_cast<std::ptrdiff_t>(row) * (height - 1 - y);
    std::swap_ranges(a, a + row, b);
  }
  if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), row)) {
    error = path + ": cannot write the PNG";
    return false;
  }
  return true;
}

}  // namespace viz
