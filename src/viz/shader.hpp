// GLSL programs loaded at run time from the shaders/ directory (so a shader can be edited without a rebuild).
#pragma once
#include <string>
#include "viz/gl_handle.hpp"

namespace viz {

// The shaders directory: $BACKPROP_SHADER_DIR when set, else the source tree's shaders/ (the
// BACKPROP_SHADER_DIR compile definition) when it exists, else shaders/ next to or above the
// executable, else share/backprop-lab/shaders above it. "" when none exists.
std::string shader_dir();

// Compiles and links shader_dir()/vertex_file + fragment_file, with `defines` (lines such as
// "#define PIXELS\n") after each file's #version line. On failure returns an empty program and sets
// `error` to what went wrong and where (file name, GLSL compiler log).
GlProgram load_program(const std::string& vertex_file, const std::string& fragment_file, std::string& error,
                       const std::string& defines = {});

}  // namespace viz
