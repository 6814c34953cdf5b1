// Run mode without stutter: training runs on a worker thread that owns its own Stepper copy.
// The main thread (which keeps every GL call) asks for a snapshot about once per frame:
//   start → every frame { take_snapshot(); request_snapshot(); } → [request_stop → … ended()] → stop
// A snapshot is a Stepper copy (cheap: the data set is shared), always taken between two steps.
#pragma once
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>
#include "stepper.hpp"

namespace app {

struct RunSpeed {
  bool unlimited = true;          // as fast as possible
  double steps_per_second = 30;   // else at most this many
};

// What the worker leaves when it stops: its stepper, and for Rewind the starts of its last steps,
// oldest first (replayed by the worker from the snapshot before its last, after it stopped).
struct RunResult {
  bpl::Stepper stepper;
  std::vector<bpl::Stepper> step_starts;  // with the start of the step that diverged, if one did
  bool diverged = false;  // the stepper stopped on NaN/Inf (in the middle of a step)
};

class Runner {
 public:
  Runner() = default;
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // Starts the worker on a copy of `stepper` (which should be at a step start); when it stops it
  // hands back the starts of (at most) its last `step_starts` steps.
  void start(const bpl::Stepper& stepper, RunSpeed speed, std::size_t step_starts);
  bool active() const { return thread_.joinable(); }
  // Asks the worker to stop, without waiting for it.
  void request_stop() { stop_.store(true, std::memory_order_relaxed); }
  // True once the worker has stopped (asked to, or by itself on a divergence) and replayed its last
  // steps: stop() then collects it without waiting.
  bool ended() const { return ended_.load(std::memory_order_acquire); }

  void request_snapshot() { want_snapshot_.store(true, std::memory_order_relaxed); }
  // The snapshot published since the last take, if any.
  std::optional<bpl::Stepper> take_snapshot();

  // Live changes, picked up by the worker before its next step.
  void set_training(const bpl::TrainingSpec& training);
  void set_speed(RunSpeed speed);

  // Stops and joins the worker. Nothing when it was not running.
  std::optional<RunResult> stop();

  long steps() const { return steps_.load(std::memory_order_relaxed); }  // whole steps since start
  double seconds() const;  // time since start (up to stop)
  double cpu_seconds() const { return cpu_seconds_; }  // CPU time the worker used, known after stop()

 private:
  void loop();
  bool train();  // until a stop request (true) or a divergence (false)
  void publish(const bpl::Stepper& stepper);

  std::thread thread_;
  std::atomic<bool> want_snapshot_{false}, stop_{false}, changed_{false}, ended_{false};
  std::atomic<long> steps_{0};
  std::chrono::steady_clock::time_point started_{}, stopped_{};

  std::mutex mutex_;  // guards the five below
  std::optional<bpl::Stepper> snapshot_;
  std::optional<bpl::TrainingSpec> new_training_;
  RunSpeed speed_;
  long sent_generation_ = 0;      // live training changes sent by the main thread
  long snapshot_generation_ = 0;  // … of which the snapshot has seen this many
  // The latest training sent (main thread only): a snapshot taken before the worker saw it gets it too.
  std::optional<bpl::TrainingSpec> sent_training_;
  long applied_generation_ = 0;   // worker only

  // Owned by the worker while it runs; read by stop() after the join.
  std::optional<bpl::Stepper> work_;
  std::optional<bpl::Stepper> checkpoint_, last_;  // the stepper at the snapshot before the last, and at the last
  long since_ = 0, since_last_ = 0;                // whole steps since each
  std::size_t most_starts_ = 0;                    // step starts to hand back
  std::vector<bpl::Stepper> step_starts_;          // … replayed once stopped
  bool diverged_ = false;
  double cpu_seconds_ = 0;
};

}  // namespace app
