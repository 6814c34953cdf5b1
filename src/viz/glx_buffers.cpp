// GLX_EXT_buffer_age and GLX_MESA_copy_sub_buffer through libepoxy.
#include "viz/glx_buffers.hpp"

#include <epoxy/glx.h>  // before any X11 header
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3native.h>
#include <X11/Xutil.h>

namespace viz {

BufferReuse glx_buffer_reuse() {
  Display* display = glXGetCurrentDisplay();
  if (!display || !glXGetCurrentDrawable()) return BufferReuse::Unknown;
  const int screen = DefaultScreen(display);
  if (epoxy_has_glx_extension(display, screen, "GLX_EXT_buffer_age")) return BufferReuse::Age;
  if (epoxy_has_glx_extension(display, screen, "GLX_MESA_copy_sub_buffer")) return BufferReuse::CopySubBuffer;
  return BufferReuse::Unknown;
}

int glx_back_buffer_age() {
  unsigned age = 0;
  if (Display* display = glXGetCurrentDisplay()) glXQueryDrawable(display, glXGetCurrentDrawable(), GLX_BACK_BUFFER_AGE_EXT, &age);
  return static_cast<int>(age);
}

void glx_copy_to_window(const PixelRect& r, int fb_height) {
  if (Display* display = glXGetCurrentDisplay())  // GL's rows count from the bottom
    glXCopySubBufferMESA(display, glXGetCurrentDrawable(), r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
}

std::vector<std::uint32_t> read_window(GLFWwindow* window, int width, int height) {
  Display* display = glfwGetX11Display();
  XImage* image = display ? XGetImage(display, glfwGetX11Window(window), 0, 0, static_cast<unsigned>(width),
                                      static_cast<unsigned>(height), AllPlanes, ZPixmap)
                          : nullptr;
  if (!image) return {};
  std::vector<std::uint32_t> rgb;
  if (image->red_mask == 0xff0000 && image->green_mask == 0xff00 && image->blue_mask == 0xff) {
    rgb.resize(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x) {
        const unsigned long p = XGetPixel(image, x, y);  // 0xRRGGBB
        rgb[static_cast<std::size_t>(height - 1 - y) * width + x] = ((p >> 16) & 0xff) | (p & 0xff00) | ((p & 0xff) << 16);
      }
  }
  XDestroyImage(image);
  return rgb;
}

}  // namespace viz
