// Backprop Lab: the desktop app. Setup → loop (poll, new frame, panels, render) → cleanup,
// in the shape of Dear ImGui's example_glfw_opengl3. What each panel shows lives in panels_*.cpp.
#include <chrono>
#include <iostream>
#include <malloc.h>
#include <optional>
#include <thread>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include "app_state.hpp"
#include "assets.hpp"
#include "options.hpp"
#include "pacer.hpp"
#include "panels.hpp"
#include "shortcuts.hpp"
#include "viz/fonts.hpp"
#include "viz/gl_window.hpp"
#include "viz/redraw.hpp"
#include "viz/screenshot.hpp"
#include "viz/theme.hpp"
#include "zoom.hpp"

namespace {

// The state dump --stats prints with the frame times.
app::StateDump dump(const app::AppState& state, double initial_loss) {
  const bpl::Stepper& s = state.stepper;
  const auto last = s.last_phase();
  std::string architecture = std::to_string(s.network().inputs);
  for (const bpl::Layer& layer : s.network().layers) architecture += "-" + std::to_string(layer.units());
  return {.step = s.step(),
          .epoch = s.epoch(),
          .next_phase = bpl::to_string(s.next_phase()),
          .last_phase = last ? bpl::to_string(*last) : "",
          .initial_loss = initial_loss,
          .final_loss = s.evaluate(s.data().x_train, s.data().y_train),
          .diverged = s.divergence().has_value(),
          .learning_rate = s.training().optimizer.learning_rate,
          .architecture = architecture,
          .zoom = state.config.zoom,
          .config_dir = state.config_dir,
          .version = state.version};
}

}  // namespace

int main(int argc, char** argv) {
  // Eigen's large products allocate scratch each call; keep freed memory in the process (as the CLI does).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
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
  const double initial_loss = state.stepper.evaluate(state.stepper.data().x_train, state.stepper.data().y_train);

  // The user's layout, zoom and speed, from the per-user config directory (or --config-dir).
  std::string warning;
  state.config_dir = app::config_dir(options.config_dir);
  app::ConfigKeeper keeper{.dir = state.config_dir, .saved = app::load_config(state.config_dir, warning)};
  if (!warning.empty()) std::cerr << "backprop-lab: " << warning << '\n';
  state.config = keeper.saved;
  if (options.zoom) state.config.zoom = keeper.session_zoom = *options.zoom;

  // 2. Window, GL context, ImGui, fonts and theme, sized by the monitor's content scale.
  std::string error;
  const bool batch = options.frames.has_value(), vsync = !batch;
  GLFWwindow* window = viz::open_window({options.width, options.height, "Backprop Lab — " + state.lesson.title, vsync}, error);
  if (!window) {
    std::cerr << "backprop-lab: " << error << '\n';
    return 1;
  }
  viz::init_imgui(window);
  if (batch && !options.hover && !options.mouse) ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouse;  // no stray hover in screenshots
  state.content_scale = viz::content_scale(window);
  app::apply_scale(state);
  if (options.run) app::start_running(state);

  // 3. The loop; with --frames it stops after N frames (and saves --screenshot from the last one).
  //    Frames are paced to 60 per second (pacer.hpp).
  viz::FrameDrawer drawer(window, options.redraw == "everything" ? viz::RedrawMode::Everything
                                  : options.redraw == "check"    ? viz::RedrawMode::Check
                                                                 : viz::RedrawMode::Changed);
  using Clock = app::FramePacer::Clock;
  app::FramePacer pacer(Clock::now());
  std::string title;
  int status = 0;
  const double loop_cpu_start = app::process_cpu_seconds();
  std::optional<Clock::time_point> first_frame_end;  // frames per second are counted from here: the
                                                     // first frame is start-up (shaders, font atlas)
  for (int frame = 1; !viz::should_close(window); ++frame) {
    const auto frame_start = Clock::now();
    const auto record = [&](std::vector<double>& times) {  // ms since frame_start, kept for --stats only
      if (options.stats) times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - frame_start).count());
    };
    if (const float scale = viz::content_scale(window); scale != state.content_scale) {
      state.content_scale = scale;  // moved to another monitor
      state.fonts_dirty = true;
    }
    if (state.fonts_dirty) app::apply_scale(state);  // between frames: the font atlas is rebuilt
    if (std::string want = "Backprop Lab — " + state.lesson.title; want != title) glfwSetWindowTitle(window, (title = want).c_str());

    viz::begin_frame(window, options.hover ? options.hover->data() : nullptr);
    app::handle_shortcuts(state);
    app::update(state, !pacer.catch_up());

    const float menu_height = app::draw_main_menu(state);
    const app::UiConfig& c = state.config;
    state.layout = app::compute_layout({.display = ImGui::GetIO().DisplaySize, .top = menu_height, .scale = state.scale,
                                        .sidebar_width = c.sidebar_width, .network_height = c.network_height,
                                        .fit_width = c.fit_width, .show_sidebar = c.show_sidebar,
                                        .show_fit = c.show_fit, .show_loss = c.show_loss});
    app::draw_sidebar_panel(state);
    app::draw_network_panel(state);
    app::draw_fit_panel(state);
    app::draw_loss_panel(state);
    app::draw_splitters(state, menu_height);
    app::draw_file_dialog(state);
    app::draw_help_overlay(state);

    record(state.stats.build_ms);
    viz::end_frame(drawer, &ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x);  // the panels' colour (begin_panel)
    if (!ImGui::IsMouseDown(0)) keeper.keep(state.config);  // after a drag, not during it
    if (state.quit || (batch && frame >= *options.frames)) {  // the last frame: Ctrl+Q or --frames
      int width = 0, height = 0;
      viz::framebuffer_size(window, width, height);
      if (!options.screenshot.empty() && !viz::save_framebuffer_png(options.screenshot, width, height, error)) {
        std::cerr << "backprop-lab: " << error << '\n';
        status = 1;
      }
      record(state.stats.frame_ms);
      break;
    }
    const bool display_paced = viz::present(drawer) && vsync;
    record(state.stats.frame_ms);
    if (!first_frame_end) first_frame_end = Clock::now();
    std::this_thread::sleep_until(pacer.frame_shown(Clock::now(), display_paced));
  }
  if (first_frame_end) state.stats.loop_seconds = std::chrono::duration<double>(Clock::now() - *first_frame_end).count();
  app::stop_running(state);
  state.stats.loop_cpu_seconds = app::process_cpu_seconds() - loop_cpu_start;  // the training thread's included
  state.stats.partial_frames = drawer.stats().partial_frames;
  state.stats.drawn_share = drawer.stats().drawn_share;
  state.stats.mismatched_pixels = drawer.stats().mismatched_pixels;
  state.stats.window_checks = drawer.stats().window_checks;
  state.stats.mismatched_window_pixels = drawer.stats().mismatched_window_pixels;
  keeper.keep(state.config);
  if (options.stats) std::cout << app::stats_json(state.stats, dump(state, initial_loss)) << std::endl;

  // 4. Cleanup.
  app::release_network_view(state.network_view);  // its GL objects, while the context lives
  state.plots.decision = viz::Heatmap();  // the fit panel's heatmap, likewise
  viz::shutdown_imgui();
  viz::close_window(window);
  return status;
}
