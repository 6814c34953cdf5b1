// Owning handles for GL object names (textures, framebuffers, vertex arrays, programs):
// move-only, deleted on destruction. Create and destroy them on the main thread only.
#pragma once
#include <imgui.h>
#include <cstdint>
#include <utility>

namespace viz {

enum class GlKind { Texture, Framebuffer, VertexArray, Program };

// Deletes one GL object name of that kind (defined in gl_handle.cpp, where GL is included).
void delete_gl_object(GlKind kind, unsigned name);

template <GlKind kind>
class GlHandle {
 public:
  GlHandle() = default;
  explicit GlHandle(unsigned name) : name_(name) {}
  ~GlHandle() { reset(); }
  GlHandle(GlHandle&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
  GlHandle& operator=(GlHandle&& other) noexcept {
    if (this != &other) {
      reset();
      name_ = std::exchange(other.name_, 0);
    }
    return *this;
  }
  GlHandle(const GlHandle&) = delete;
  GlHandle& operator=(const GlHandle&) = delete;

  unsigned get() const { return name_; }
  explicit operator bool() const { return name_ != 0; }
  void reset(unsigned name = 0) {
    if (name_) delete_gl_object(kind, name_);
    name_ = name;
  }

 private:
  unsigned name_ = 0;
};

using GlTexture = GlHandle<GlKind::Texture>;
using GlFramebuffer = GlHandle<GlKind::Framebuffer>;
using GlVertexArray = GlHandle<GlKind::VertexArray>;
using GlProgram = GlHandle<GlKind::Program>;

// A new 2-D texture, bound, sampled NEAREST with its edges clamped: texels shown whole (cells,
// colormap entries, pixels drawn 1:1). Its image is the caller's to give.
GlTexture new_nearest_texture();

// A GL texture name as ImGui's texture id (what AddImage and the OpenGL backend take).
inline ImTextureID texture_id(unsigned gl_texture) {
  return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(gl_texture));
}

}  // namespace viz
