// The command line:
//   backprop-lab [LESSON.json] [--run] [--steps N] [--phase PHASE] [--size WxH] [--frames N]
//                [--screenshot FILE.png] [--stats] [--zoom Z] [--config-dir DIR] [--hover X,Y]
//                [--redraw changed|everything|check]
#pragma once
#include <array>
#include <optional>
#include <string>

namespace app {

struct Options {
  std::string lesson;              // "" = the default lesson
  std::optional<int> frames;       // render this many frames, then exit 0
  std::string screenshot;          // after the last frame, save the window here as PNG
  int width = 1280, height = 720;  // window size
  long steps = 0;                  // whole steps to run before the first frame
  std::string phase;               // then run phases until this one has run ("backward:1"); "" = none
  bool run = false;                // start in run mode
  bool mouse = false;              // with --frames: still follow the real mouse (tests that click)
  bool stats = false;              // print frame times, steps/s and the final state as JSON at exit
  std::optional<float> zoom;       // presenter zoom for this session (not saved)
  std::string config_dir;          // where ui.json lives; "" = $BACKPROP_LAB_CONFIG_DIR or the per-user one
  std::optional<std::array<float, 2>> hover;  // --hover X,Y: the mouse held there (tests: a tooltip in the screenshot)
  std::string redraw = "changed";  // which pixels a frame draws: "changed", "everything", "check" (viz::RedrawMode)
};

// Frames rendered before a screenshot when --frames is not given: enough for ImGui's layout to settle.
inline constexpr int screenshot_frames = 5;

// Parses argv into `options`. Returns an exit code when the program should stop now
// (--help: 0, a bad flag: CLI11's code), nothing when it should go on.
std::optional<int> parse_options(int argc, char** argv, Options& options);

}  // namespace app
