// Saves the GL state an offscreen pass changes and puts it back when it goes out of scope,
// so widgets that draw with GL between ImGui calls leak no binding, flag or pixel-store setting.
#pragma once

namespace viz {

class GlStateGuard {
 public:
  GlStateGuard();   // reads framebuffers, viewport, program, VAO, textures 0–1, blend/scissor/depth/cull, unpack alignment
  ~GlStateGuard();  // restores all of them
  GlStateGuard(const GlStateGuard&) = delete;
  GlStateGuard& operator=(const GlStateGuard&) = delete;

 private:
  int draw_fbo_ = 0, read_fbo_ = 0;
  int viewport_[4]{};
  int program_ = 0, vertex_array_ = 0;
  int active_texture_ = 0;
  int texture_2d_[2]{};  // GL_TEXTURE_BINDING_2D on units 0 and 1
  bool blend_ = false, scissor_ = false, depth_ = false, cull_ = false;
  int unpack_alignment_ = 4;
};

}  // namespace viz
