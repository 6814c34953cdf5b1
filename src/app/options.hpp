// The command line:
//   backprop-lab [LESSON.json] [--steps N] [--phase PHASE] [--frames N] [--screenshot FILE.png] [--size WxH]
#pragma once
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
};

// Frames rendered before a screenshot when --frames is not given: enough for ImGui's layout to settle.
inline constexpr int screenshot_frames = 5;

// Parses argv into `options`. Returns an exit code when the program should stop now
// (--help: 0, a bad flag: CLI11's code), nothing when it should go on.
std::optional<int> parse_options(int argc, char** argv, Options& options);

}  // namespace app
