// Loads the heatmap shaders and builds the colormap textures from viz::colormap_table.
#include "viz/heatmap_program.hpp"

#include <string>

#include <epoxy/gl.h>
#include "viz/gl_state.hpp"
#include "viz/shader.hpp"

namespace viz {

namespace {

bool load_pass(HeatmapPass& pass, const std::string& defines, std::string& error) {
  pass.program = load_program("heatmap.vert", "heatmap.frag", error, defines);
  if (!pass.program) return false;
  const GLuint id = pass.program.get();
  pass.uniform = {glGetUniformLocation(id, "values"),     glGetUniformLocation(id, "colormap"),
                  glGetUniformLocation(id, "cells"),      glGetUniformLocation(id, "target"),
                  glGetUniformLocation(id, "range"),      glGetUniformLocation(id, "nan_colour"),
                  glGetUniformLocation(id, "gap"),        glGetUniformLocation(id, "gap_colour"),
                  glGetUniformLocation(id, "dim"),        glGetUniformLocation(id, "hatch")};
  return true;
}

}  // namespace

std::shared_ptr<HeatmapProgram> load_heatmap_program(std::string& error) {
  auto p = std::make_shared<HeatmapProgram>();
  if (!load_pass(p->cells, "", error) || !load_pass(p->pixels, "#define PIXELS\n", error)) return nullptr;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &p->max_texture_size);

  GLuint vao = 0;
  glGenVertexArrays(1, &vao);
  p->quad.reset(vao);

  GlStateGuard guard;  // texture binding and unpack alignment come back as they were
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  for (ColormapKind kind : {ColormapKind::Diverging, ColormapKind::Sequential}) {
    p->colormaps[static_cast<int>(kind)] = new_nearest_texture();  // bound
    static_assert(sizeof(Rgb) == 3 * sizeof(float), "the table is uploaded as packed RGB floats");
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, colormap_size, 1, 0, GL_RGB, GL_FLOAT, colormap_table(kind).data());
  }
  return p;
}

}  // namespace viz
