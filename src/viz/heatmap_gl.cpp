// Heatmap's GL side: the value texture (uploaded on a new version only) and the offscreen pass
// through shaders/heatmap.frag (re-run only when what it would draw changed).
#include <epoxy/gl.h>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include "viz/gl_state.hpp"
#include "viz/heatmap.hpp"
#include "viz/heatmap_program.hpp"
#include "viz/redraw.hpp"

namespace viz {

Heatmap::Heatmap(std::shared_ptr<HeatmapProgram> program) : program_(std::move(program)) {}
Heatmap::~Heatmap() = default;  // the GlHandles delete the textures and the framebuffer
Heatmap::Heatmap(Heatmap&&) noexcept = default;
Heatmap& Heatmap::operator=(Heatmap&&) noexcept = default;

void Heatmap::set_values(const float* row_major, int rows, int cols, std::uint64_t version) {
  if (has_values_ && version == version_ && rows == rows_ && cols == cols_) return;
  rows_ = std::max(rows, 0);
  cols_ = std::max(cols, 0);
  values_.assign(row_major, row_major + static_cast<std::size_t>(rows_) * cols_);
  version_ = version;
  has_values_ = true;
  uploaded_ = false;
}

// values_ → the GL_R32F texture; texel (col, row) holds entry (row, col). The caller guards GL state.
void Heatmap::upload() {
  if (!value_texture_) value_texture_ = new_nearest_texture();
  glBindTexture(GL_TEXTURE_2D, value_texture_.get());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  if (texture_rows_ != rows_ || texture_cols_ != cols_) {
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, cols_, rows_, 0, GL_RED, GL_FLOAT, values_.data());
    texture_rows_ = rows_;
    texture_cols_ = cols_;
  } else {
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, cols_, rows_, GL_RED, GL_FLOAT, values_.data());
  }
  uploaded_version_ = version_;
  uploaded_ = true;
}

bool Heatmap::render(int width, int height, const HeatmapOptions& options) {
  if (!program_ && error_.empty()) {
    program_ = load_heatmap_program(error_);
    if (!program_) std::fprintf(stderr, "backprop-lab: heatmap shaders: %s\n", error_.c_str());
  }
  if (!program_ || rows_ == 0 || cols_ == 0) return false;
  const HeatmapProgram& p = *program_;
  // Small cells with nothing drawn inside them (no gaps, no hatching) need one texel per cell:
  // ImGui stretches the image with NEAREST filtering, so cells stay crisp for a fraction of the work.
  const float cell_px = std::min(static_cast<float>(width) / cols_, static_cast<float>(height) / rows_);
  const bool one_per_cell = cell_px < 7 && !options.dim;
  if (one_per_cell) {
    width = cols_;
    height = rows_;
  }
  width = std::clamp(width, 1, p.max_texture_size);
  height = std::clamp(height, 1, p.max_texture_size);
  const Rendered want{version_, rows_, cols_, width, height, static_cast<float>(options.lo),
                      static_cast<float>(options.hi), cell_px >= 7 ? 1.0f : 0.0f, options.dim, options.colormap};
  if (has_rendered_ && uploaded_ && want == rendered_) return true;  // nothing changed: no GL work at all

  GlStateGuard guard;
  if (!uploaded_ || uploaded_version_ != version_) upload();
  if (!target_ || rendered_.width != width || rendered_.height != height) {
    if (!target_) {
      target_ = new_nearest_texture();  // shown 1:1, so cells stay crisp
      GLuint framebuffer = 0;
      glGenFramebuffers(1, &framebuffer);
      framebuffer_.reset(framebuffer);
    }
    glBindTexture(GL_TEXTURE_2D, target_.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target_.get(), 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
      error_ = "the heatmap's offscreen framebuffer is incomplete";
      return false;
    }
  }

  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get());
  glViewport(0, 0, width, height);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  const HeatmapPass& pass = one_per_cell ? p.cells : p.pixels;
  glUseProgram(pass.program.get());
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, value_texture_.get());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, p.colormaps[static_cast<int>(options.colormap)].get());
  const ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
  glUniform1i(pass.uniform.values, 0);
  glUniform1i(pass.uniform.colormap, 1);
  glUniform2i(pass.uniform.cells, cols_, rows_);
  glUniform2f(pass.uniform.target, static_cast<float>(width), static_cast<float>(height));
  glUniform2f(pass.uniform.range, want.lo, want.hi);
  glUniform3f(pass.uniform.nan_colour, nan_colour.r, nan_colour.g, nan_colour.b);
  glUniform1f(pass.uniform.gap, want.gap);
  glUniform3f(pass.uniform.gap_colour, background.x, background.y, background.z);
  glUniform1i(pass.uniform.dim, options.dim ? 1 : 0);
  glUniform1f(pass.uniform.hatch, 9.0f);
  glBindVertexArray(p.quad.get());
  glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);

  rendered_ = want;
  has_rendered_ = true;
  mark_redrawn(texture_id(target_.get()));
  return true;
}

}  // namespace viz
