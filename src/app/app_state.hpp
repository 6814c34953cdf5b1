// Everything the app knows: the lesson, its stepper, run mode, fonts, theme and layout.
// Panels read and change it; the actions below are what buttons and shortcuts do.
#pragma once
#include <string>
#include "layout.hpp"
#include "lesson.hpp"
#include "viz/fonts.hpp"
#include "viz/theme.hpp"

namespace app {

struct AppState {
  std::string lesson_path;
  bpl::Lesson lesson;
  bpl::Stepper stepper;

  bool running = false;     // Run: whole steps every frame
  int steps_per_frame = 1;

  float scale = 1;  // monitor content scale
  viz::Theme theme{};
  viz::Fonts fonts{};
  Layout layout{};
};

// Loads the lesson and builds its stepper. Throws bpl::LessonError (or std::invalid_argument past the limits).
AppState load_app_state(const std::string& lesson_path);

void next_phase(AppState& state);  // one phase
void next_step(AppState& state);   // to the end of the current step
void next_epoch(AppState& state);  // to the end of the current epoch
void toggle_running(AppState& state);
void reset(AppState& state);       // back to the lesson's initial parameters and step 0; η stays as set
void set_learning_rate(AppState& state, double eta);  // takes effect at the next update

// Runs `steps` whole steps, then phases until `phase` (e.g. "backward:1", "" for none) has run.
// Returns "" or what was wrong with `phase`.
std::string fast_forward(AppState& state, long steps, const std::string& phase);

// Once per frame: in run mode, advances steps_per_frame steps (and stops on a divergence).
void update(AppState& state);

}  // namespace app
