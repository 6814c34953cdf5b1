// App state without a display: stepping and rewind, run mode on the worker thread (snapshots,
// throughput, divergence and its rewind), live training settings, the editors' draft, open and save.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <fstream>
#include <thread>
#include <unistd.h>
#include "app_state.hpp"

namespace {

using namespace std::chrono_literals;
const std::string kLessons = std::string(BACKPROP_SOURCE_DIR) + "/assets/lessons/";

app::AppState fit_sin() { return app::load_app_state(kLessons + "fit-sin.json"); }

std::filesystem::path temp_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("bpl-app-tests-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Stepping, EveryActionBumpsTheVersion) {
  app::AppState state = fit_sin();
  std::uint64_t v = state.version;
  for (auto action : {app::next_phase, app::next_step, app::next_epoch, app::rewind, app::reset}) {
    action(state);
    EXPECT_GT(state.version, v);
    v = state.version;
  }
}

TEST(Rewind, BackToTheStartOfThisStepThenThePreviousOne) {
  app::AppState state = fit_sin();
  app::next_step(state);
  app::next_step(state);
  const bpl::Matrix w_after_two = state.stepper.network().layers[0].w;
  app::next_phase(state);
  app::next_phase(state);
  ASSERT_EQ(state.stepper.step(), 2);
  app::rewind(state);  // mid-step → its start
  EXPECT_TRUE(state.stepper.at_step_start());
  EXPECT_EQ(state.stepper.step(), 2);
  EXPECT_EQ(state.stepper.network().layers[0].w, w_after_two);
  app::rewind(state);  // at a start → the previous step's start
  EXPECT_EQ(state.stepper.step(), 1);
  app::next_step(state);
  EXPECT_EQ(state.stepper.network().layers[0].w, w_after_two) << "replaying a rewound step gives the same numbers";
}

TEST(Rewind, RingIsBounded) {
  app::AppState state = fit_sin();
  for (int i = 0; i < 100; ++i) app::next_step(state);
  EXPECT_LE(state.rewind.size(), 64u);
  EXPECT_EQ(state.rewind.newest_step(), 99);
}

TEST(Rewind, PauseReplaysEveryStepStartOfASmallNetworkButOnlyTheLastFewOfAWideOne) {
  const app::AppState state = fit_sin();
  const app::RewindRing ring;
  bpl::Stepper small = state.stepper;
  const std::vector<bpl::Stepper> small_starts = app::replay(small, 100, ring.capacity_for(small));
  EXPECT_EQ(small.step(), 100);
  ASSERT_EQ(small_starts.size(), 64u) << "all the ring keeps";
  EXPECT_EQ(small_starts.front().step(), 36);
  EXPECT_EQ(small_starts.back().step(), 99);

  using bpl::Activation;
  bpl::Stepper wide(bpl::make_network(1, {{256, Activation::Tanh}, {256, Activation::Tanh}, {1, Activation::Linear}}),
                    state.stepper.data(), bpl::Loss::Mse, state.stepper.training(), 1);
  EXPECT_GT(ring.capacity_for(wide), 20u) << "the ring would keep more than the replay copies";
  const std::vector<bpl::Stepper> wide_starts = app::replay(wide, 40, ring.capacity_for(wide));
  EXPECT_EQ(wide.step(), 40);
  ASSERT_GE(wide_starts.size(), 3u);
  EXPECT_EQ(wide_starts.back().step(), 39) << "the last step start is still exact";
  EXPECT_LE(wide_starts.size() * app::approximate_bytes(wide), 32u << 20) << "a pause copies about 32 MB at most";
}

// Run mode's frame loop, frames 5 ms apart until `done()` (at most 400): each takes the worker's
// snapshot and asks for the next, then runs `each`.
void run_frames(app::AppState& state, const std::function<bool()>& done, const std::function<void()>& each = [] {}) {
  for (int frame = 0; frame < 400 && !done(); ++frame) {
    std::this_thread::sleep_for(5ms);
    app::update(state);
    each();
  }
}

TEST(RunMode, WorkerTrainsAndPublishesSnapshots) {
  app::AppState state = fit_sin();
  const double before = state.stepper.evaluate(state.stepper.data().x_train, state.stepper.data().y_train);
  app::start_running(state);
  ASSERT_TRUE(state.running);
  long seen = 0;
  int frames = 0;
  run_frames(state, [&] { return frames >= 20 && seen != 0; }, [&] {
    ++frames;
    EXPECT_GE(state.stepper.step(), seen);
    seen = state.stepper.step();
  });
  EXPECT_GT(seen, 0);
  app::stop_running(state);
  EXPECT_FALSE(state.running);
  EXPECT_GE(state.stepper.step(), seen);
  EXPECT_TRUE(state.stepper.at_step_start());
  EXPECT_GT(state.stats.run_steps, 0);
  EXPECT_LT(state.stepper.evaluate(state.stepper.data().x_train, state.stepper.data().y_train), before);
}

TEST(RunMode, ReplacedSnapshotsGoIntoTheRing) {
  app::AppState state = fit_sin();
  app::start_running(state);
  run_frames(state, [&] { return state.rewind.size() >= 3; }, [&] {
    EXPECT_LE(state.rewind.newest_step(), state.stepper.step()) << "the ring holds what was shown before";
  });
  EXPECT_GE(state.rewind.size(), 3u);
  app::stop_running(state);
}

// After a run: Rewind goes back one step, and that step again gives the same parameters.
void expect_rewind_gives_the_exact_previous_step(app::AppState& state) {
  ASSERT_GE(state.stepper.step(), 3);
  const long final_step = state.stepper.step();
  const bpl::Matrix w_final = state.stepper.network().layers[0].w;
  app::rewind(state);
  EXPECT_EQ(state.stepper.step(), final_step - 1);
  app::next_step(state);
  EXPECT_EQ(state.stepper.network().layers[0].w, w_final) << "the ring holds the exact step start (replayed)";
}

TEST(RunMode, RewindAfterRunGivesTheExactPreviousStep) {
  app::AppState state = fit_sin();
  app::start_running(state);
  run_frames(state, [&] { return state.stepper.step() >= 3; });
  std::this_thread::sleep_for(10ms);
  app::stop_running(state);
  expect_rewind_gives_the_exact_previous_step(state);
}

TEST(RunMode, PauseLetsFramesGoOnUntilTheWorkerHasStopped) {
  app::AppState state = fit_sin();
  app::start_running(state);
  run_frames(state, [&] { return state.stepper.step() >= 3; });
  app::toggle_running(state);  // Space
  EXPECT_TRUE(state.running && state.pausing) << "the worker stops on its own core; no frame waits";
  run_frames(state, [&] { return !state.running; });
  ASSERT_FALSE(state.running);
  EXPECT_FALSE(state.pausing);
  EXPECT_TRUE(state.stepper.at_step_start());
  expect_rewind_gives_the_exact_previous_step(state);

  app::start_running(state);
  app::toggle_running(state);
  app::toggle_running(state);  // Space twice at once: the pause completes, and it runs again
  EXPECT_TRUE(state.running);
  EXPECT_FALSE(state.pausing);
  app::stop_running(state);
  EXPECT_FALSE(state.running);
}

TEST(RunMode, SpeedLimitIsKept) {
  app::AppState state = fit_sin();
  app::set_speed(state, false, 200);
  app::start_running(state);
  std::this_thread::sleep_for(300ms);
  app::stop_running(state);
  EXPECT_GT(state.stepper.step(), 5);
  EXPECT_LT(state.stepper.step(), 120) << "at most 200 steps/s for 0.3 s (and a few after a stall)";
}

TEST(RunMode, LiveLearningRateReachesTheWorker) {
  app::AppState state = fit_sin();
  app::start_running(state);
  app::set_learning_rate(state, 0.001);
  std::this_thread::sleep_for(20ms);
  app::update(state);
  std::this_thread::sleep_for(20ms);
  app::update(state);
  EXPECT_DOUBLE_EQ(state.stepper.training().optimizer.learning_rate, 0.001);
  app::stop_running(state);
  EXPECT_DOUBLE_EQ(state.stepper.training().optimizer.learning_rate, 0.001);
}

TEST(RunMode, ACatchUpFrameKeepsTheStepItShows) {
  app::AppState state = fit_sin();
  app::start_running(state);
  for (int frame = 0; frame < 500 && state.stepper.step() == 0; ++frame) {
    std::this_thread::sleep_for(2ms);
    app::update(state);
  }
  const long shown = state.stepper.step();
  const std::uint64_t version = state.version;
  ASSERT_GT(shown, 0);
  std::this_thread::sleep_for(20ms);  // the worker has published a newer snapshot by now
  app::update(state, false);
  EXPECT_EQ(state.stepper.step(), shown);
  EXPECT_EQ(state.version, version) << "nothing changed: the panels draw nothing new";
  EXPECT_EQ(state.stats.held_frames, 1);
  for (int frame = 0; frame < 500 && state.stepper.step() == shown; ++frame) {
    std::this_thread::sleep_for(2ms);
    app::update(state);
  }
  EXPECT_GT(state.stepper.step(), shown) << "the next frame shows a new step";
  EXPECT_EQ(state.stats.held_frames, 1);
  EXPECT_GT(state.stats.running_frames, 1);
  app::stop_running(state);
}

TEST(Divergence, RunPausesAndRewindsToTheStepThatDiverged) {
  app::AppState state = fit_sin();
  bpl::TrainingSpec t = state.stepper.training();
  t.optimizer.kind = bpl::OptimizerKind::Sgd;
  t.optimizer.learning_rate = 1e6;
  app::set_training(state, t);
  app::start_running(state);
  for (int frame = 0; frame < 200 && state.running; ++frame) {
    std::this_thread::sleep_for(2ms);
    app::update(state);
  }
  ASSERT_FALSE(state.running) << "a divergence stops run mode";
  ASSERT_TRUE(state.stepper.divergence());
  EXPECT_FALSE(state.stepper.divergence()->message().empty());
  const long diverged_step = state.stepper.divergence()->step;
  app::rewind(state);
  EXPECT_FALSE(state.stepper.divergence());
  EXPECT_TRUE(state.stepper.at_step_start());
  EXPECT_EQ(state.stepper.step(), diverged_step);
}

TEST(Editor, InvalidCombinationIsExplainedNotApplied) {
  app::AppState state = fit_sin();
  state.editor.draft.loss = bpl::Loss::Bce;  // needs a sigmoid output; the output is linear
  app::check_draft(state.editor, state.lesson);
  EXPECT_TRUE(state.editor.pending);
  EXPECT_NE(state.editor.problem.find("sigmoid"), std::string::npos) << state.editor.problem;
  EXPECT_FALSE(app::apply_draft(state).empty());
  EXPECT_EQ(state.stepper.loss(), bpl::Loss::Mse);
}

TEST(Editor, ApplyReinitialisesAndKeepsLiveSettings) {
  app::AppState state = fit_sin();
  app::set_learning_rate(state, 0.005);
  app::next_step(state);
  state.editor.draft.layers.insert(state.editor.draft.layers.begin(), bpl::LayerSpec{32, bpl::Activation::Relu});
  app::check_draft(state.editor, state.lesson);
  EXPECT_TRUE(state.editor.pending);
  EXPECT_EQ(app::apply_draft(state), "");
  EXPECT_EQ(state.stepper.network().depth(), 3);
  EXPECT_EQ(state.stepper.network().layers[0].units(), 32);
  EXPECT_EQ(state.stepper.step(), 0);
  EXPECT_DOUBLE_EQ(state.stepper.training().optimizer.learning_rate, 0.005);
  EXPECT_FALSE(state.editor.pending);
}

TEST(Files, BadLessonKeepsTheCurrentOne) {
  app::AppState state = fit_sin();
  const auto dir = temp_dir("bad");
  const std::string bad = (dir / "bad.json").string();
  std::ofstream(bad) << "{\"format\": \"backprop-lab/lesson@1\", \"data\": 3}";
  const std::string error = app::open_lesson(state, bad);
  EXPECT_NE(error.find("bad.json"), std::string::npos) << error;
  EXPECT_EQ(state.lesson.title, fit_sin().lesson.title);
  EXPECT_EQ(app::open_lesson(state, kLessons + "xor.json"), "");
  EXPECT_EQ(state.stepper.network().inputs, 2);
  std::filesystem::remove_all(dir);
}

TEST(Files, SaveAsRoundTripsWithParameters) {
  app::AppState state = fit_sin();
  app::set_learning_rate(state, 0.0125);
  for (int i = 0; i < 5; ++i) app::next_step(state);
  const auto dir = temp_dir("save");
  const std::string path = (dir / "saved.json").string();
  EXPECT_EQ(app::save_lesson_as(state, path, true), "");
  EXPECT_FALSE(std::filesystem::exists(path + ".saving"));
  const bpl::Lesson back = bpl::load_lesson(path);
  EXPECT_DOUBLE_EQ(back.training.optimizer.learning_rate, 0.0125);
  ASSERT_EQ(back.parameters.size(), 2u);
  EXPECT_TRUE(back.parameters[0].w.isApprox(state.stepper.network().layers[0].w));
  // A failed save leaves the file as it was.
  EXPECT_NE(app::save_lesson_as(state, (dir / "no-such-dir" / "x.json").string(), false), "");
  EXPECT_EQ(bpl::load_lesson(path).parameters.size(), 2u);
  std::filesystem::remove_all(dir);
}

}  // namespace
