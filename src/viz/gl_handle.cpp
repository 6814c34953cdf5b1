// The one place GL objects owned by GlHandle are deleted, and where textures are made.
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

GlTexture new_nearest_texture() {
  GLuint name = 0;
  glGenTextures(1, &name);
  glBindTexture(GL_TEXTURE_2D, name);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return GlTexture(name);
}

}  // namespace viz
