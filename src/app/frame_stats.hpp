// What --stats prints at exit: frame times, training throughput while running, and the final
// state of the stepper (a state dump for the UI tests).
#pragma once
#include <string>
#include <vector>

namespace app {

struct FrameStats {
  std::vector<double> frame_ms;  // work time of each frame (poll, panels, render), without the pacing sleep
  std::vector<double> build_ms;  // the part before rendering: events, panels, ImGui's draw lists (no GL drawing)
  double loop_seconds = 0;       // wall time of the frames after the first, pacing included:
                                 // (frames − 1) / this = frames per second
  long run_steps = 0;            // whole steps the worker ran, over every run
  double run_seconds = 0;        // time spent running
  double run_cpu_seconds = 0;    // CPU time of the training thread (under load, less than run_seconds)
  double loop_cpu_seconds = 0;   // CPU time of the whole process (every thread) over all frames
  long running_frames = 0;       // frames while training ran
  long held_frames = 0;          // … of which kept the step they showed, to catch up on a late frame
  long partial_frames = 0;       // frames that drew only what changed (viz::RedrawStats)
  double drawn_share = 0;        // Σ over frames of the share of the window's pixels drawn
  long mismatched_pixels = 0;    // --redraw check: pixels where drawing what changed differed from drawing all (by more than a level)
  long window_checks = 0;             // --redraw check: frames whose window was read back from the X server
  long mismatched_window_pixels = 0;  // and its pixels that differed from the back buffer
  void add_run(long steps, double seconds, double cpu_seconds) {
    run_steps += steps;
    run_seconds += seconds;
    run_cpu_seconds += cpu_seconds;
  }
};

struct StateDump {
  long step = 0, epoch = 0;
  std::string next_phase, last_phase;  // "forward:1", "" before the first phase
  double initial_loss = 0, final_loss = 0;  // mean loss on the training set at start and at exit
  bool diverged = false;
  double learning_rate = 0;  // η as the stepper uses it now
  std::string architecture;  // layer widths from the inputs, e.g. "1-8-1"
  float zoom = 1;
  std::string config_dir;
  unsigned long long version = 0;
};

// CPU time the process has used so far, all its threads (the GL driver's included).
double process_cpu_seconds();

// {"frames":…, "frame_ms":{"mean","p95","max"}, "steps_per_second":…, "step":…, …} on one line.
// The first frame is start-up (it compiles the shaders, uploads the font atlas and draws the whole
// window): "first_frame_ms" on its own, left out of "frame_ms", "build_ms" and "frames_per_second".
std::string stats_json(const FrameStats& stats, const StateDump& state);

}  // namespace app
