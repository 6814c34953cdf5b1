// The one place GL objects owned by GlHandle are deleted.
#include "viz/gl_handle.hpp"

#include <epoxy/gl.h>

namespace viz {

void delete_gl_object(GlKind kind, unsigned name) {
  switch (kind) {
    case GlKind::Texture: glDeleteTextures(1, &name); break;
    case GlKind::Framebuffer: glDeleteFramebuffers(1, &name); break;
    case GlKind::VertexArray: glDeleteVertexArrays(1, &name); break;
    case GlKind::Program: glDeleteProgram(name); break;
  }
}

}  // namespace viz
