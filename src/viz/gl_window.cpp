// The GLFW window, its GL 3.3 core context, and Dear ImGui's GLFW + OpenGL 3 backends.
#include "viz/gl_window.hpp"

#include <epoxy/gl.h>  // before GLFW: epoxy is the GL loader
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <cstdlib>
#include <thread>
#include <utility>
#include <backends/imgui_impl_glfw.h>  // third_party_imgui adds /usr/include/stb/backends, not imgui/backends
#include <backends/imgui_impl_opengl3.h>
#include "viz/redraw.hpp"

namespace viz {

static bool window_exposed = true;  // the window system asked for the window's pixels again

GLFWwindow* open_window(const WindowOptions& options, std::string& error) {
  // On two cores or fewer, Mesa's software rasteriser (llvmpipe) draws on the thread that submits,
  // unless LP_NUM_THREADS is set already: its own threads would take the core training runs on, for
  // no faster frames while training (docs/PERFORMANCE.md). GPU drivers ignore it.
  if (std::thread::hardware_concurrency() <= 2) setenv("LP_NUM_THREADS", "0", 0);
  glfwSetErrorCallback(nullptr);
  if (!glfwInit()) {
    const char* what = nullptr;
    glfwGetError(&what);
    error = std::string("cannot initialise GLFW") + (what ? std::string(": ") + what : "");
    return nullptr;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  // No depth or stencil buffer: nothing uses them, and without them Mesa's software rasteriser
  // draws screen-aligned quads (text, images, rectangles) as rectangles, not triangles.
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
  if (!window) {
    const char* what = nullptr;
    glfwGetError(&what);
    error = std::string("cannot open an OpenGL 3.3 window") + (what ? std::string(": ") + what : "");
    glfwTerminate();
    return nullptr;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.vsync ? 1 : 0);
  glfwSetWindowRefreshCallback(window, [](GLFWwindow*) { window_exposed = true; });
  return window;
}

void close_window(GLFWwindow* window) {
  if (window) glfwDestroyWindow(window);
  glfwTerminate();
}

float content_scale(GLFWwindow* window) {
  float x = 1, y = 1;
  glfwGetWindowContentScale(window, &x, &y);
  return x > 0 ? x : 1.0f;
}

void init_imgui(GLFWwindow* window) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // keep imgui.ini out of the working directory
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330");
}

void shutdown_imgui() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void upload_font_atlas() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  mark_redrawn(ImGui::GetIO().Fonts->TexID);
}

bool should_close(GLFWwindow* window) { return glfwWindowShouldClose(window); }

void begin_frame(GLFWwindow* window, const float* mouse) {
  glfwPollEvents();
  while (glfwGetWindowAttrib(window, GLFW_ICONIFIED) && !glfwWindowShouldClose(window))
    glfwWaitEventsTimeout(0.1);  // minimised: sleep until restored
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (mouse) ImGui::GetIO().MousePos = ImVec2(mouse[0], mouse[1]);  // after the backend read the real one
  ImGui::NewFrame();
}

void end_frame(FrameDrawer& drawer, const float clear_rgba[4]) {
  ImGui::Render();
  drawer.draw(*ImGui::GetDrawData(), clear_rgba);
}

bool present(FrameDrawer& drawer) { return drawer.present(std::exchange(window_exposed, false)); }

void framebuffer_size(GLFWwindow* window, int& width, int& height) { glfwGetFramebufferSize(window, &width, &height); }

}  // namespace viz
