// LineLayer: glTexSubImage2D when the pixels changed, glTexImage2D when the size did.
#include "viz/line_layer.hpp"

#include <epoxy/gl.h>
#include <algorithm>
#include <utility>
#include "viz/gl_state.hpp"
#include "viz/redraw.hpp"

namespace viz {

std::vector<PixelRect> tile_runs(std::span<const ImU32> image, int width, int height, int tile) {
  std::vector<PixelRect> runs;
  const int columns = (width + tile - 1) / tile;
  std::vector<bool> drawn(static_cast<std::size_t>(std::max(columns, 0)));
  for (int y0 = 0; y0 < height; y0 += tile) {
    const int y1 = std::min(y0 + tile, height);
    std::fill(drawn.begin(), drawn.end(), false);
    for (int y = y0; y < y1; ++y) {
      const auto row = image.begin() + static_cast<std::ptrdiff_t>(y) * width;
      for (int c = 0; c < columns; ++c)
        if (!drawn[c]) drawn[c] = std::any_of(row + c * tile, row + std::min((c + 1) * tile, width), [](ImU32 p) { return p != 0; });
    }
    for (int c = 0; c < columns; ++c) {
      if (!drawn[c]) continue;
      const int first = c;
      while (c + 1 < columns && drawn[c + 1]) ++c;
      runs.push_back({first * tile, y0, std::min((c + 1) * tile, width), y1});
    }
  }
  return runs;
}

void LineLayer::draw(ImDrawList* draw) {
  const PixelRect box = raster.drawn();  // only what the lines touched: fewer pixels to upload and draw
  const int width = box.x1 - box.x0, height = box.y1 - box.y0;
  if (box.empty()) return;
  if (std::exchange(generation_, raster.generation()) != raster.generation()) {  // else the texture holds it already
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
      runs_ = tile_runs(uploaded_, width, height, tile);
      mark_redrawn(texture_id(texture_.get()));
    }
  }
  // One quad per run of tiles with a pixel drawn: a curve across a plot leaves most of its box
  // transparent, and blending transparent texels costs a software rasteriser as much as any other.
  const ImVec2 origin(raster.origin().x + static_cast<float>(box.x0), raster.origin().y + static_cast<float>(box.y0));
  const ImVec2 size(static_cast<float>(texture_width_), static_cast<float>(texture_height_));
  for (const PixelRect& r : runs_) {  // texels r, one a pixel
    const ImVec2 t0(static_cast<float>(r.x0), static_cast<float>(r.y0)), t1(static_cast<float>(r.x1), static_cast<float>(r.y1));
    draw->AddImage(texture_id(texture_.get()), {origin.x + t0.x, origin.y + t0.y}, {origin.x + t1.x, origin.y + t1.y},
                   {t0.x / size.x, t0.y / size.y}, {t1.x / size.x, t1.y / size.y});
  }
}

}  // namespace viz
