// FrameDrawer: clear and draw the damaged rectangles only, or everything; swap or copy them out.
#include "viz/redraw.hpp"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <cstdint>
#include <cstdlib>
#include <utility>

namespace viz {

namespace {

std::vector<ImTextureID>& redrawn_textures() {
  static std::vector<ImTextureID> textures;
  return textures;
}

std::vector<ImTextureID>& opaque_textures() {
  static std::vector<ImTextureID> textures;
  return textures;
}

void blend_off(const ImDrawList*, const ImDrawCmd*) { glDisable(GL_BLEND); }
void blend_on(const ImDrawList*, const ImDrawCmd*) { glEnable(GL_BLEND); }

void draw_everything(ImDrawData& data) {
  glDisable(GL_SCISSOR_TEST);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(&data);
}

std::vector<std::uint32_t> read_pixels(int width, int height) {
  std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * height);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  return pixels;
}

// Pixels of which a channel differs by more than `levels` (of 255).
long count_different(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b, int levels) {
  long n = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (int shift = 0; shift < 32; shift += 8)
      if (std::abs(static_cast<int>(a[i] >> shift & 0xffu) - static_cast<int>(b[i] >> shift & 0xffu)) > levels) {
        ++n;
        break;
      }
  return n;
}

}  // namespace

void mark_redrawn(ImTextureID texture) { redrawn_textures().push_back(texture); }
void mark_opaque(ImTextureID texture) { opaque_textures().push_back(texture); }

int FrameDrawer::back_buffer_age() const {
  switch (*reuse_) {
    case BufferReuse::Age: return glx_back_buffer_age();
    case BufferReuse::CopySubBuffer: return kept_ ? 1 : 0;  // a resize since shows in present(), which then swaps
    case BufferReuse::Unknown: break;
  }
  return 0;
}

void FrameDrawer::draw(ImDrawData& data, const float clear_rgba[4]) {
  if (!reuse_) reuse_ = mode_ == RedrawMode::Everything ? BufferReuse::Unknown : glx_buffer_reuse();
  if (reuse_ != BufferReuse::Unknown) tracker_.add_frame(data, redrawn_textures());  // else: no use for it
  redrawn_textures().clear();
  // Heatmaps (marked anew each frame), and solid shapes: they sample the font atlas' white pixel.
  const Opaque opaque{std::exchange(opaque_textures(), {}), ImGui::GetIO().Fonts->TexID, ImGui::GetFontTexUvWhitePixel(),
                      blend_off, blend_on};
  width_ = static_cast<int>(data.DisplaySize.x * data.FramebufferScale.x);
  height_ = static_cast<int>(data.DisplaySize.y * data.FramebufferScale.y);
  glViewport(0, 0, width_, height_);
  glClearColor(clear_rgba[0], clear_rgba[1], clear_rgba[2], clear_rgba[3]);
  drawn_ = tracker_.damage_since(back_buffer_age());  // age 0 (Unknown): nullopt
  if (drawn_ && drawn_->size() == 1 && drawn_->front() == PixelRect{0, 0, width_, height_}) drawn_.reset();  // no use clipping
  ++stats_.frames;
  if (!drawn_ || width_ <= 0 || height_ <= 0) {
    drawn_.reset();  // everything
    draw_everything(data);
    stats_.drawn_share += 1;
    return;
  }
  ++stats_.partial_frames;
  long pixels = 0;
  ImDrawData& clipped = clipped_.clip(data, *drawn_, opaque);
  glEnable(GL_SCISSOR_TEST);
  for (std::size_t i = 0; i < drawn_->size(); ++i) {
    const PixelRect& r = (*drawn_)[i];
    glScissor(r.x0, height_ - r.y1, r.x1 - r.x0, r.y1 - r.y0);  // GL counts rows from the bottom
    if (!clipped_.covered(i)) glClear(GL_COLOR_BUFFER_BIT);  // else something opaque is drawn over all of it
    pixels += r.area();
  }
  glDisable(GL_SCISSOR_TEST);
  if (!drawn_->empty()) ImGui_ImplOpenGL3_RenderDrawData(&clipped);
  stats_.drawn_share += static_cast<double>(pixels) / (static_cast<double>(width_) * height_);

  if (mode_ != RedrawMode::Check) return;
  const std::vector<std::uint32_t> partial = read_pixels(width_, height_);
  draw_everything(data);
  // Within one level: where a draw is cut, llvmpipe may draw a screen-aligned quad as a rectangle
  // that the whole draw has as two triangles (or the other way), and the two round apart by one.
  stats_.mismatched_pixels += count_different(partial, read_pixels(width_, height_), 1);
}

bool FrameDrawer::present(bool exposed) {
  const bool resized = width_ != shown_width_ || height_ != shown_height_;
  shown_width_ = width_;
  shown_height_ = height_;
  kept_ = false;  // until copied
  // When the window is resized, swap: Mesa's software GLX looks up the window's size on a swap,
  // not on a copy. The next frame draws everything.
  if (reuse_ != BufferReuse::CopySubBuffer || resized || !window_is(window_, width_, height_)) {
    glfwSwapBuffers(window_);
    return true;
  }
  const bool whole = !drawn_ || exposed;
  kept_ = glx_copy_to_window(whole ? std::vector<PixelRect>{{0, 0, width_, height_}} : *drawn_, height_);
  // Check: what the X server shows in the window is what was drawn.
  if (mode_ != RedrawMode::Check) return false;
  std::vector<std::uint32_t> back = read_pixels(width_, height_);
  for (std::uint32_t& p : back) p &= 0xffffffu;  // the window has no alpha
  const auto shown = read_window(window_, width_, height_);
  if (!shown) return false;
  ++stats_.window_checks;
  stats_.mismatched_window_pixels += count_different(back, *shown, 0);
  return false;
}

}  // namespace viz
