// LineLayer: glTexSubImage2D when the pixels changed, glTexImage2D when the size did.
#include "viz/line_layer.hpp"

#include <epoxy/gl.h>
#include <utility>
#include "viz/gl_state.hpp"
#include "viz/redraw.hpp"

namespace viz {

void LineLayer::draw(ImDrawList* draw) {
  const PixelRect box = raster.drawn();  // only what the lines touched: fewer pixels to upload and draw
  const int width = box.x1 - box.x0, height = box.y1 - box.y0;
  if (box.empty()) return;
  raster.image(image_);
  const bool resized = raster.width() != texture_width_ || raster.height() != texture_height_;
  if (!texture_ || resized || image_ != uploaded_ || width != width_ || height != height_) {
    GlStateGuard guard;
    if (!texture_) texture_ = new_nearest_texture();  // one texel a pixel
    glBindTexture(GL_TEXTURE_2D, texture_.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (resized) {  // the whole raster's size, so a box that grows or shrinks needs no new texture
      texture_width_ = raster.width(), texture_height_ = raster.height();
      glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, texture_width_, texture_height_, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    }
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image_.data());  // top-left
    width_ = width, height_ = height;
    std::swap(uploaded_, image_);
    mark_redrawn(texture_id(texture_.get()));
  }
  const ImVec2 p0(raster.origin().x + static_cast<float>(box.x0), raster.origin().y + static_cast<float>(box.y0));
  draw->AddImage(texture_id(texture_.get()), p0,
                 {p0.x + static_cast<float>(width), p0.y + static_cast<float>(height)}, {0, 0},
                 {static_cast<float>(width) / texture_width_, static_cast<float>(height) / texture_height_});
}

}  // namespace viz
