// The app state's actions: thin calls into the engine's stepper.
#include "app_state.hpp"

namespace app {

AppState load_app_state(const std::string& lesson_path) {
  bpl::Lesson lesson = bpl::load_lesson(lesson_path);
  bpl::Stepper stepper = bpl::make_stepper(lesson);
  return AppState{.lesson_path = lesson_path, .lesson = std::move(lesson), .stepper = std::move(stepper)};
}

void next_phase(AppState& state) {
  state.running = false;
  state.stepper.advance();
}

void next_step(AppState& state) {
  state.running = false;
  state.stepper.advance_step();
}

void next_epoch(AppState& state) {
  state.running = false;
  state.stepper.advance_epoch();
}

void toggle_running(AppState& state) { state.running = !state.running && !state.stepper.divergence(); }

void reset(AppState& state) {
  state.running = false;
  const bpl::TrainingSpec training = state.stepper.training();  // keep η as set live
  state.stepper = bpl::make_stepper(state.lesson);
  state.stepper.set_training(training);
}

void set_learning_rate(AppState& state, double eta) {
  bpl::TrainingSpec training = state.stepper.training();
  training.optimizer.learning_rate = eta;
  state.stepper.set_training(training);
}

std::string fast_forward(AppState& state, long steps, const std::string& phase) {
  bpl::Stepper& stepper = state.stepper;
  std::optional<bpl::Phase> target;
  if (!phase.empty()) {
    target = bpl::parse_phase(phase, stepper.network().depth());
    if (!target)
      return "--phase: expected forward[:l], loss, backward[:l] or update with 1 ≤ l ≤ " +
             std::to_string(stepper.network().depth()) + ", got \"" + phase + "\"";
  }
  for (long i = 0; i < steps && stepper.advance_step(); ++i) {
  }
  if (target)
    while (stepper.last_phase() != target && stepper.advance()) {
    }
  return "";
}

void update(AppState& state) {
  if (!state.running) return;
  for (int i = 0; i < state.steps_per_frame; ++i) {
    if (!state.stepper.advance_step()) {
      state.running = false;  // diverged: stay on the phase that produced NaN/Inf
      return;
    }
  }
}

}  // namespace app
