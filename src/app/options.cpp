// Command-line flags of the app, parsed with CLI11.
#include "options.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>

namespace app {

// "1280x720" → 1280, 720; false when the text is not two positive integers joined by 'x'.
static bool parse_size(const std::string& text, int& width, int& height) {
  int w = 0, h = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w <= 0 || h <= 0) return false;
  width = w;
  height = h;
  return true;
}

std::optional<int> parse_options(int argc, char** argv, Options& options) {
  CLI::App cli{"Backprop Lab: watch back-propagation happen, phase by phase.", "backprop-lab"};
  std::string size;
  cli.add_option("lesson", options.lesson, "lesson file (JSON); default: assets/lessons/fit-sin.json");
  cli.add_option("--steps", options.steps, "run N training steps before showing the window")->check(CLI::NonNegativeNumber);
  cli.add_option("--phase", options.phase, "then run phases until PHASE has run: forward[:l], loss, backward[:l], update");
  cli.add_flag("--run", options.run, "start in run mode (training on a worker thread)");
  cli.add_option("--frames", options.frames, "render N frames, then exit")->check(CLI::PositiveNumber);
  cli.add_flag("--mouse", options.mouse, "with --frames: still follow the mouse (by default ignored, so no stray hover shows)");
  cli.add_flag("--stats", options.stats, "at exit, print JSON: frames, frame times, steps/s, final step, epoch and phase");
  cli.add_option("--zoom", options.zoom, "presenter zoom for this session, 0.5 … 3 (Ctrl +/− change and save it)")
      ->check(CLI::Range(0.5f, 3.0f));
  cli.add_option("--config-dir", options.config_dir, "directory of the saved layout (default: $BACKPROP_LAB_CONFIG_DIR, "
                                                     "$XDG_CONFIG_HOME/backprop-lab or ~/.config/backprop-lab)");
  std::string hover;
  cli.add_option("--hover", hover, "hold the mouse at X,Y (window pixels) on every frame, e.g. to screenshot a tooltip")
      ->check([](const std::string& text) {
        float x = 0, y = 0;
        char tail = 0;
        return std::sscanf(text.c_str(), "%f,%f%c", &x, &y, &tail) == 2 ? std::string() : "expected X,Y, e.g. 640,300, got " + text;
      });
  cli.add_option("--redraw", options.redraw, "which pixels a frame draws: changed (default), everything, or check "
                                            "(changed, compared with everything; --stats counts mismatched pixels)")
      ->check(CLI::IsMember({"changed", "everything", "check"}));
  cli.add_option("--screenshot", options.screenshot, "save the window as a PNG after the last frame, then exit");
  cli.add_option("--size", size, "window size in pixels, e.g. 1280x720")
      ->check([](const std::string& text) {
        int w = 0, h = 0;
        return parse_size(text, w, h) ? std::string() : "expected WIDTHxHEIGHT, e.g. 1280x720, got " + text;
      });
  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return cli.exit(e);
  }
  if (!size.empty()) parse_size(size, options.width, options.height);
  if (float x = 0, y = 0; !hover.empty() && std::sscanf(hover.c_str(), "%f,%f", &x, &y) == 2) options.hover = {{x, y}};
  if (!options.screenshot.empty() && !options.frames) options.frames = screenshot_frames;
  return std::nullopt;
}

}  // namespace app
