// GlStateGuard: glGet* everything on construction, glBind*/glEnable* it back on destruction.
#include "viz/gl_state.hpp"

#include <epoxy/gl.h>

namespace viz {

static void set_enabled(GLenum cap, bool on) { on ? glEnable(cap) : glDisable(cap); }

GlStateGuard::GlStateGuard() {
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &draw_fbo_);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &read_fbo_);
  glGetIntegerv(GL_VIEWPORT, viewport_);
  glGetIntegerv(GL_CURRENT_PROGRAM, &program_);
  glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &vertex_array_);
  glGetIntegerv(GL_ACTIVE_TEXTURE, &active_texture_);
  for (int unit = 0; unit < 2; ++unit) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture_2d_[unit]);
  }
  glActiveTexture(static_cast<GLenum>(active_texture_));
  blend_ = glIsEnabled(GL_BLEND);
  scissor_ = glIsEnabled(GL_SCISSOR_TEST);
  depth_ = glIsEnabled(GL_DEPTH_TEST);
  cull_ = glIsEnabled(GL_CULL_FACE);
  glGetIntegerv(GL_UNPACK_ALIGNMENT, &unpack_alignment_);
}

GlStateGuard::~GlStateGuard() {
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(draw_fbo_));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(read_fbo_));
  glViewport(viewport_[0], viewport_[1], viewport_[2], viewport_[3]);
  glUseProgram(static_cast<GLuint>(program_));
  glBindVertexArray(static_cast<GLuint>(vertex_array_));
  for (int unit = 0; unit < 2; ++unit) {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture_2d_[unit]));
  }
  glActiveTexture(static_cast<GLenum>(active_texture_));
  set_enabled(GL_BLEND, blend_);
  set_enabled(GL_SCISSOR_TEST, scissor_);
  set_enabled(GL_DEPTH_TEST, depth_);
  set_enabled(GL_CULL_FACE, cull_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, unpack_alignment_);
}

}  // namespace viz
