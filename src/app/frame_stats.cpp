// Frame-time statistics and the --stats JSON.
#include "frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>
#include <numeric>

namespace app {

// {"mean", "p95", "max"} of a list of times, the first (start-up) left out.
static nlohmann::json summary(const std::vector<double>& all) {
  std::vector<double> ms(all.begin() + std::min<std::size_t>(all.size(), 1), all.end());
  std::sort(ms.begin(), ms.end());
  const double mean = ms.empty() ? 0 : std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
  const double p95 = ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(ms.size()))) - 1)];
  const double max = ms.empty() ? 0 : ms.back();
  return {{"mean", mean}, {"p95", p95}, {"max", max}};
}

double process_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

std::string stats_json(const FrameStats& stats, const StateDump& state) {
  const std::vector<double>& ms = stats.frame_ms;
  const auto finite = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
  const nlohmann::json out = {
      {"frames", ms.size()},
      {"first_frame_ms", ms.empty() ? 0.0 : ms.front()},
      {"frame_ms", summary(ms)},
      {"build_ms", summary(stats.build_ms)},  // what a frame costs before any drawing, GPU or not
      {"frames_per_second", stats.loop_seconds > 0 ? static_cast<double>(ms.size() - 1) / stats.loop_seconds : 0.0},
      // CPU a frame costs, every thread but training's: with no GPU, the rasteriser's share shows here.
      {"frame_cpu_ms", ms.empty() ? 0.0 : 1e3 * (stats.loop_cpu_seconds - stats.run_cpu_seconds) / static_cast<double>(ms.size())},
      {"running_frames", stats.running_frames},
      {"held_frames", stats.held_frames},
      {"partial_frames", stats.partial_frames},
      {"drawn_share", ms.empty() ? 0.0 : stats.drawn_share / static_cast<double>(ms.size())},  // mean share of pixels drawn
      {"mismatched_pixels", stats.mismatched_pixels},
      {"window_checks", stats.window_checks},
      {"mismatched_window_pixels", stats.mismatched_window_pixels},
      {"run_steps", stats.run_steps},
      {"run_seconds", stats.run_seconds},
      {"steps_per_second", stats.run_seconds > 0 ? static_cast<double>(stats.run_steps) / stats.run_seconds : 0.0},
      {"run_cpu_seconds", stats.run_cpu_seconds},  // the training thread's: steps / this = its speed while it ran
      {"steps_per_cpu_second", stats.run_cpu_seconds > 0 ? static_cast<double>(stats.run_steps) / stats.run_cpu_seconds : 0.0},
      {"step", state.step},
      {"epoch", state.epoch},
      {"next_phase", state.next_phase},
      {"last_phase", state.last_phase},
      {"initial_loss", finite(state.initial_loss)},
      {"final_loss", finite(state.final_loss)},
      {"diverged", state.diverged},
      {"learning_rate", state.learning_rate},
      {"architecture", state.architecture},
      {"zoom", state.zoom},
      {"config_dir", state.config_dir},
      {"version", state.version},
  };
  return out.dump();
}

}  // namespace app
