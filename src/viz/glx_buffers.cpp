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

namespace {

// Runs `f`, X errors it causes included, without X ending the app over them (Xlib's default
// handler exits): false when there was one. A window being resized can make a request fail.
template <class F>
bool without_x_errors(Display* display, F f) {
  static bool failed = false;
  XSync(display, False);
  failed = false;
  const XErrorHandler previous = XSetErrorHandler([](Display*, XErrorEvent*) {
    failed = true;
    return 0;
  });
  f();
  XSync(display, False);
  XSetErrorHandler(previous);
  return !failed;
}

}  // namespace

bool window_is(GLFWwindow* window, int width, int height) {
  Display* display = glfwGetX11Display();
  XWindowAttributes a;
  return display && XGetWindowAttributes(display, glfwGetX11Window(window), &a) && a.width == width && a.height == height;
}

bool glx_copy_to_window(const std::vector<PixelRect>& rects, int fb_height) {
  Display* display = glXGetCurrentDisplay();
  return display && without_x_errors(display, [&] {
    for (const PixelRect& r : rects)  // GL's rows count from the bottom
      glXCopySubBufferMESA(display, glXGetCurrentDrawable(), r.x0, fb_height - r.y1, r.x1 - r.x0, r.y1 - r.y0);
  });
}

std::optional<std::vector<std::uint32_t>> read_window(GLFWwindow* window, int width, int height) {
  Display* display = glfwGetX11Display();
  if (!window_is(window, width, height)) return std::nullopt;
  XImage* image = nullptr;
  without_x_errors(display, [&] {
    image = XGetImage(display, glfwGetX11Window(window), 0, 0, static_cast<unsigned>(width), static_cast<unsigned>(height), AllPlanes, ZPixmap);
  });
  if (!image) return std::nullopt;
  std::optional<std::vector<std::uint32_t>> rgb;
  if (image->red_mask == 0xff0000 && image->green_mask == 0xff00 && image->blue_mask == 0xff) {
    rgb.emplace(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x) {
        const unsigned long p = XGetPixel(image, x, y);  // 0xRRGGBB
        (*rgb)[static_cast<std::size_t>(height - 1 - y) * width + x] = ((p >> 16) & 0xff) | (p & 0xff00) | ((p & 0xff) << 16);
      }
  }
  XDestroyImage(image);
  return rgb;
}

}  // namespace viz
