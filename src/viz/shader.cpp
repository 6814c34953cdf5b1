// Finds the shaders directory, reads the GLSL files and builds a program, with errors that say where.
#include "viz/shader.hpp"

#include <epoxy/gl.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace viz {

namespace fs = std::filesystem;

std::string shader_dir() {
  std::error_code ec;
  if (const char* env = std::getenv("BACKPROP_SHADER_DIR"); env && fs::is_directory(env, ec)) return env;
#ifdef BACKPROP_SHADER_DIR
  if (fs::is_directory(BACKPROP_SHADER_DIR, ec)) return BACKPROP_SHADER_DIR;
#endif
  const fs::path exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
  if (ec) return "";
  for (const fs::path& candidate : {exe_dir / "shaders", exe_dir.parent_path() / "shaders",
                                    exe_dir.parent_path().parent_path() / "shaders",
                                    exe_dir.parent_path() / "share" / "backprop-lab" / "shaders"}) {
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return "";
}

static bool read_text(const fs::path& path, std::string& text) {
  std::ifstream in(path);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

// Compiles one stage, `defines` put after its #version line; 0 and `error` set on failure.
static GLuint compile(GLenum stage, const fs::path& path, const std::string& defines, std::string& error) {
  std::string source;
  if (!read_text(path, source)) {
    error = path.string() + ": cannot read the shader file";
    return 0;
  }
  if (const std::size_t end = source.find('\n', source.find("#version")); !defines.empty() && end != std::string::npos)
    source.insert(end + 1, defines);
  const GLuint shader = glCreateShader(stage);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    error = path.string() + ": does not compile:\n" + log;
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

GlProgram load_program(const std::string& vertex_file, const std::string& fragment_file, std::string& error,
                       const std::string& defines) {
  const std::string dir = shader_dir();
  if (dir.empty()) {
    error = "the shaders directory was not found (looked in $BACKPROP_SHADER_DIR, the source tree, and beside the "
            "executable: shaders/, ../shaders/, ../share/backprop-lab/shaders/)";
    return {};
  }
  const GLuint vertex = compile(GL_VERTEX_SHADER, fs::path(dir) / vertex_file, defines, error);
  if (!vertex) return {};
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, fs::path(dir) / fragment_file, defines, error);
  if (!fragment) {
    glDeleteShader(vertex);
    return {};
  }
  GlProgram program(glCreateProgram());
  glAttachShader(program.get(), vertex);
  glAttachShader(program.get(), fragment);
  glLinkProgram(program.get());
  glDeleteShader(vertex);  // flagged for deletion; freed with the program
  glDeleteShader(fragment);
  GLint ok = 0;
  glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[2048] = {};
    glGetProgramInfoLog(program.get(), sizeof log, nullptr, log);
    error = vertex_file + " + " + fragment_file + ": do not link:\n" + log;
    return {};
  }
  return program;
}

}  // namespace viz
