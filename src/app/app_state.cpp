// The app state's actions: stepping by hand, run mode on the worker, rewind, live settings,
// applying the editors' draft, and opening and saving lessons.
#include "app_state.hpp"

#include <stdexcept>
#include <utility>

namespace app {

static void changed(AppState& state) { ++state.version; }

AppState load_app_state(const std::string& lesson_path) {
  bpl::Lesson lesson = bpl::load_lesson(lesson_path);
  bpl::Stepper stepper = bpl::make_stepper(lesson);
  AppState state{.lesson_path = lesson_path, .lesson = std::move(lesson), .stepper = std::move(stepper)};
  state.editor.draft = state.lesson;
  return state;
}

// Keeps the step start for Rewind before the first phase of a step runs.
static bool advance_one(AppState& state) {
  if (state.stepper.at_step_start()) state.rewind.push(state.stepper);
  return state.stepper.advance();
}

void next_phase(AppState& state) {
  stop_running(state);
  advance_one(state);
  changed(state);
}

void next_step(AppState& state) {
  stop_running(state);
  do {
    if (!advance_one(state)) break;
  } while (!state.stepper.at_step_start());
  changed(state);
}

void next_epoch(AppState& state) {
  stop_running(state);
  const long epoch = state.stepper.epoch();
  while (state.stepper.epoch() == epoch)
    if (!advance_one(state)) break;
  changed(state);
}

void rewind(AppState& state) {
  stop_running(state);
  // The newest entry that is before the current state (snapshots in run mode equal it).
  const bool mid_step = !state.stepper.at_step_start();
  std::optional<bpl::Stepper> previous;
  while ((previous = state.rewind.pop()))
    if (previous->step() < state.stepper.step() || (mid_step && previous->step() == state.stepper.step())) break;
  if (previous) {
    const bpl::TrainingSpec training = state.stepper.training();  // live settings stay as set
    state.stepper = std::move(*previous);
    state.stepper.set_training(training);
    changed(state);
  }
}

void reset(AppState& state) {
  stop_running(state);
  const bpl::TrainingSpec training = state.stepper.training();  // keep η as set live
  state.stepper = bpl::make_stepper(state.lesson);
  state.stepper.set_training(training);
  state.rewind.clear();
  changed(state);
}

static RunSpeed run_speed(const UiConfig& config) { return {config.unlimited_speed, config.steps_per_second}; }

void start_running(AppState& state) {
  if (state.pausing) stop_running(state);  // Space twice in a row: the pause completes first
  if (state.running || state.stepper.divergence()) return;
  while (!state.stepper.at_step_start())  // the worker runs whole steps: finish this one here
    if (!advance_one(state)) return changed(state);
  state.runner->start(state.stepper, run_speed(state.config), state.rewind.capacity_for(state.stepper));
  state.runner->request_snapshot();
  state.running = true;
}

void stop_running(AppState& state) {
  if (!state.running) return;
  state.running = state.pausing = false;
  std::optional<RunResult> result = state.runner->stop();  // waits for the worker (at once once it ended)
  if (!result) return;
  state.stats.add_run(state.runner->steps(), state.runner->seconds(), state.runner->cpu_seconds());
  for (bpl::Stepper& start : result->step_starts) state.rewind.push(std::move(start));  // for Rewind
  state.stepper = std::move(result->stepper);
  changed(state);
}

void pause_running(AppState& state) {
  if (!state.running || state.pausing) return;
  state.runner->request_stop();
  state.pausing = true;
}

void toggle_running(AppState& state) {
  if (state.running && !state.pausing)
    pause_running(state);
  else
    start_running(state);
}

void set_speed(AppState& state, bool unlimited, float steps_per_second) {
  state.config.unlimited_speed = unlimited;
  state.config.steps_per_second = steps_per_second;
  if (state.running) state.runner->set_speed(run_speed(state.config));
}

void set_training(AppState& state, const bpl::TrainingSpec& training) {
  state.stepper.set_training(training);
  state.editor.draft.training = training;
  if (state.running) state.runner->set_training(training);
  changed(state);
}

void set_learning_rate(AppState& state, double eta) {
  bpl::TrainingSpec training = state.stepper.training();
  training.optimizer.learning_rate = eta;
  set_training(state, training);
}

// Replaces lesson and stepper; the rest of the state (layout, zoom, speed) stays.
static void install(AppState& state, bpl::Lesson lesson, bpl::Stepper stepper, const std::string& path) {
  state.lesson = std::move(lesson);
  state.stepper = std::move(stepper);
  state.lesson_path = path;
  state.editor = EditorState{.draft = state.lesson};
  state.rewind.clear();
  changed(state);
}

std::string apply_draft(AppState& state) {
  check_draft(state.editor, state.lesson);
  if (!state.editor.problem.empty()) return state.editor.problem;
  stop_running(state);
  bpl::Lesson lesson = state.editor.draft;
  lesson.training = state.stepper.training();
  const bool same_shape = lesson.inputs == state.lesson.inputs && lesson.layers.size() == state.lesson.layers.size() &&
                          [&] {
                            for (std::size_t i = 0; i < lesson.layers.size(); ++i)
                              if (lesson.layers[i].units != state.lesson.layers[i].units) return false;
                            return true;
                          }();
  if (!same_shape || lesson.seed != state.lesson.seed || lesson.init.kind != state.lesson.init.kind ||
      lesson.init.scale != state.lesson.init.scale)
    lesson.parameters.clear();  // explicit parameters only survive edits of data, loss and activations
  try {
    bpl::Stepper stepper = bpl::make_stepper(lesson);
    install(state, std::move(lesson), std::move(stepper), state.lesson_path);
  } catch (const std::exception& e) {
    return state.editor.problem = e.what();
  }
  return "";
}

std::string open_lesson(AppState& state, const std::string& path) {
  try {
    bpl::Lesson lesson = bpl::load_lesson(path);
    bpl::Stepper stepper = bpl::make_stepper(lesson);
    stop_running(state);
    install(state, std::move(lesson), std::move(stepper), path);
  } catch (const bpl::LessonError& e) {
    return e.what();
  } catch (const std::exception& e) {
    return path + ": " + e.what();
  }
  return "";
}

std::string save_lesson_as(AppState& state, const std::string& path, bool include_parameters) {
  bpl::Lesson lesson = state.lesson;  // as applied; a pending draft is not saved
  lesson.training = state.stepper.training();
  if (include_parameters) lesson.parameters = bpl::parameters_of(state.stepper.network());
  try {
    bpl::save_lesson(lesson, path);
  } catch (const std::exception& e) {
    return e.what();
  }
  state.lesson.training = lesson.training;
  if (include_parameters) state.lesson.parameters = lesson.parameters;
  state.lesson_path = path;
  return "";
}

std::string fast_forward(AppState& state, long steps, const std::string& phase) {
  std::optional<bpl::Phase> target;
  if (!phase.empty()) {
    target = bpl::parse_phase(phase, state.stepper.network().depth());
    if (!target)
      return "--phase: expected forward[:l], loss, backward[:l] or update with 1 ≤ l ≤ " +
             std::to_string(state.stepper.network().depth()) + ", got \"" + phase + "\"";
  }
  const long keep = 64;  // only the last steps go into the rewind ring: copies cost time
  for (long i = 0; i < steps; ++i) {
    bool ok = true;
    if (steps - i > keep)
      ok = state.stepper.advance_step();
    else
      do ok = advance_one(state);
      while (ok && !state.stepper.at_step_start());
    if (!ok) break;
  }
  if (target)
    while (state.stepper.last_phase() != target && advance_one(state)) {
    }
  changed(state);
  return "";
}

void update(AppState& state, bool new_step) {
  if (!state.running) return;
  if (state.runner->ended()) {  // paused, or a divergence: the stepper stays on the phase that produced NaN/Inf
    stop_running(state);
    return;
  }
  if (state.pausing) return;
  ++state.stats.running_frames;
  if (!new_step) {
    ++state.stats.held_frames;  // the snapshot waits; the request below makes it the latest one
  } else if (std::optional<bpl::Stepper> snapshot = state.runner->take_snapshot()) {
    // The snapshot it replaces is a step start too: into the ring, moved, not copied (megabytes
    // for a wide network). The worker replays the last steps before a pause when it stops.
    state.rewind.offer(std::exchange(state.stepper, std::move(*snapshot)));
    changed(state);
  }
  state.runner->request_snapshot();
}

}  // namespace app
