// Backprop Lab: the desktop app. Setup → loop (poll, new frame, panels, render) → cleanup,
// in the shape of Dear ImGui's example_glfw_opengl3. What each panel shows lives in panels_*.cpp.
#include <iostream>
#include <optional>
#include "app_state.hpp"
#include "assets.hpp"
#include "options.hpp"
#include "panels.hpp"
#include "shortcuts.hpp"
#include "viz/fonts.hpp"
#include "viz/gl_window.hpp"
#include "viz/screenshot.hpp"
#include "viz/theme.hpp"

int main(int argc, char** argv) {
  app::Options options;
  if (std::optional<int> exit_code = app::parse_options(argc, argv, options)) return *exit_code;

  // 1. The lesson first: a bad file is reported before any window opens.
  std::optional<app::AppState> loaded;
  try {
    loaded.emplace(app::load_app_state(options.lesson.empty() ? app::default_lesson_path() : options.lesson));
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 2;
  }
  app::AppState& state = *loaded;
  if (std::string bad = app::fast_forward(state, options.steps, options.phase); !bad.empty()) {
    std::cerr << "backprop-lab: " << bad << '\n';
    return 2;
  }

  // 2. Window, GL context, ImGui, fonts and theme, sized by the monitor's content scale.
  std::string error;
  const bool batch = options.frames.has_value();
  GLFWwindow* window = viz::open_window({options.width, options.height, "Backprop Lab — " + state.lesson.title, !batch}, error);
  if (!window) {
    std::cerr << "backprop-lab: " << error << '\n';
    return 1;
  }
  viz::init_imgui(window);
  if (batch) ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouse;  // no stray hover in screenshots
  state.scale = viz::content_scale(window);
  state.fonts = viz::load_fonts({.size_px = 20, .scale = state.scale});
  if (!state.fonts.missing.empty()) std::cerr << "backprop-lab: fonts not found (" << state.fonts.missing << "), using ImGui's\n";
  viz::apply_theme(state.theme, state.scale);

  // 3. The loop; with --frames it stops after N frames (and saves --screenshot from the last one).
  int status = 0;
  for (int frame = 1; !viz::should_close(window); ++frame) {
    viz::begin_frame(window);
    app::handle_shortcuts(state);
    app::update(state);

    state.layout = app::compute_layout(ImGui::GetIO().DisplaySize, state.scale);
    app::draw_lesson_panel(state);
    app::draw_controls_panel(state);
    app::draw_step_panel(state);
    app::draw_loss_panel(state);
    app::draw_layers_panel(state);

    viz::end_frame(window, state.theme.background);
    if (batch && frame >= *options.frames) {
      int width = 0, height = 0;
      viz::framebuffer_size(window, width, height);
      if (!options.screenshot.empty() && !viz::save_framebuffer_png(options.screenshot, width, height, error)) {
        std::cerr << "backprop-lab: " << error << '\n';
        status = 1;
      }
      break;
    }
    viz::present(window);
  }

  // 4. Cleanup.
  viz::shutdown_imgui();
  viz::close_window(window);
  return status;
}
