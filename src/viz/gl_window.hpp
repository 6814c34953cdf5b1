// A GLFW window with an OpenGL 3.3 core context (libepoxy loads GL), and Dear ImGui set up on it.
//   open_window → init_imgui → loop { begin_frame … draw panels … end_frame } → shutdown_imgui → close_window
#pragma once
#include <string>

struct GLFWwindow;

namespace viz {

class FrameDrawer;

struct WindowOptions {
  int width = 1280, height = 720;  // in screen coordinates
  std::string title = "window";
  bool vsync = true;
};

// Initialises GLFW and opens the window; nullptr (and `error` set) on failure.
GLFWwindow* open_window(const WindowOptions& options, std::string& error);
void close_window(GLFWwindow* window);

// Monitor content scale of the window (1 on a plain display, 2 on a HiDPI one).
float content_scale(GLFWwindow* window);

// Dear ImGui with the GLFW and OpenGL 3 ("#version 330") backends. No ini file is written.
void init_imgui(GLFWwindow* window);
void shutdown_imgui();

// (Re)creates the font atlas texture after a font rebuild.
void upload_font_atlas();

// True once the user asked to close the window.
bool should_close(GLFWwindow* window);

// Polls events (sleeping while the window is minimised) and starts an ImGui frame. With `mouse`
// (x, y in window pixels), ImGui sees the mouse there whatever the real one does (tests, figures).
void begin_frame(GLFWwindow* window, const float* mouse = nullptr);
// Renders ImGui over a clear colour into the back buffer (what changed, see redraw.hpp). Call
// present() after any read-back; it returns true when it swapped buffers (with vsync, waiting for
// the display's refresh).
void end_frame(FrameDrawer& drawer, const float clear_rgba[4]);
bool present(FrameDrawer& drawer);

// The window's framebuffer size in pixels (what a screenshot captures).
void framebuffer_size(GLFWwindow* window, int& width, int& height);

}  // namespace viz
