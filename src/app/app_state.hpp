// Everything the app knows: the lesson, its stepper, run mode, editors, fonts, theme and layout.
// Panels read and change it; the actions below are what buttons and shortcuts do. Every action
// that changes what is shown bumps `version`, which views compare to know their data changed.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include "config.hpp"
#include "editor.hpp"
#include "file_dialog.hpp"
#include "frame_stats.hpp"
#include "layout.hpp"
#include "lesson.hpp"
#include "network_view.hpp"
#include "plot_view.hpp"
#include "rewind.hpp"
#include "runner.hpp"
#include "viz/fonts.hpp"
#include "viz/theme.hpp"

namespace app {

struct AppState {
  std::string lesson_path;
  bpl::Lesson lesson;          // as applied: what the stepper was built from
  bpl::Stepper stepper;        // what every panel shows; while running, the worker's latest snapshot
  std::uint64_t version = 1;   // bumped on every phase, step, snapshot, reset, rewind and edit

  bool running = false;        // the worker thread trains; the main thread only takes snapshots
  bool pausing = false;        // … until it has stopped (update() then collects it: no frame waits)
  std::unique_ptr<Runner> runner = std::make_unique<Runner>();
  RewindRing rewind{};         // step starts, for Rewind (Backspace, ←)
  FrameStats stats{};          // for --stats

  EditorState editor{};        // network and data editors: the draft lesson
  FileDialogState files{};     // Open…, Save as…, and file errors
  UiConfig config{};           // layout, zoom, view toggles, speed: saved in config_dir
  std::string config_dir{};    // "" = nowhere to save
  bool fonts_dirty = false;    // zoom changed: rebuild the font atlas before the next frame
  bool show_help = false;      // the shortcuts overlay (?)
  bool quit = false;           // File › Quit, Ctrl+Q

  float content_scale = 1;     // the monitor's
  float scale = 1;             // content_scale × zoom: multiply every size in pixels by it
  viz::Theme theme{};
  viz::Fonts fonts{};
  Layout layout{};
  NetworkView network_view{};  // the Network panel: its heatmaps, colour ranges and toggles
  PlotViews plots{};           // the Loss and Fit panels: zoom, toggles, cached curves
};

// Loads the lesson and builds its stepper. Throws bpl::LessonError (or std::invalid_argument past the limits).
AppState load_app_state(const std::string& lesson_path);

// Stepping by hand: each pauses run mode first and keeps the step start for Rewind.
void next_phase(AppState& state);  // one phase
void next_step(AppState& state);   // to the end of the current step
void next_epoch(AppState& state);  // to the end of the current epoch
void rewind(AppState& state);      // back to the start of this step, or of the previous one at a step start
void reset(AppState& state);       // back to the lesson's initial parameters and step 0; η stays as set

// Run mode on the worker thread.
void start_running(AppState& state);
void stop_running(AppState& state);   // waits for the worker
void pause_running(AppState& state);  // asks the worker to stop; update() completes it
void toggle_running(AppState& state); // pause_running or start_running
void set_speed(AppState& state, bool unlimited, float steps_per_second);

// Live training settings (η, optimiser, batch size, shuffle): applied at once, running or not.
void set_training(AppState& state, const bpl::TrainingSpec& training);
void set_learning_rate(AppState& state, double eta);

// The editors' draft: re-initialises the network (and data) from it. Returns "" or what was wrong.
std::string apply_draft(AppState& state);
// Replaces the lesson by a file's; on a bad file returns the message and keeps the current lesson.
std::string open_lesson(AppState& state, const std::string& path);
// Saves the lesson as edited (with the live training settings), atomically; "" or the message.
std::string save_lesson_as(AppState& state, const std::string& path, bool include_parameters);

// Runs `steps` whole steps, then phases until `phase` (e.g. "backward:1", "" for none) has run.
// Returns "" or what was wrong with `phase`.
std::string fast_forward(AppState& state, long steps, const std::string& phase);

// Once per frame: in run mode, takes the worker's latest snapshot (unless `new_step` is false: a
// frame catching up on a late one keeps what it shows) and asks for the next one; completes a pause
// once the worker has stopped; on a divergence, stops running (the message and "Rewind one step"
// are then shown).
void update(AppState& state, bool new_step = true);

}  // namespace app
