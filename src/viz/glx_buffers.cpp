// GLX_EXT_buffer_age and GLX_MESA_copy_sub_buffer through libepoxy.
#include "viz/glx_buffers.hpp"

#include <epoxy/glx.h>

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

}  // namespace viz
