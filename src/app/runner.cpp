// The training worker: whole steps in a loop, a snapshot published when the main thread asks,
// live η / batch / optimiser changes, an optional steps-per-second limit.
#include "runner.hpp"
#include "rewind.hpp"

#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>
#include <time.h>

namespace app {

using Clock = std::chrono::steady_clock;

Runner::~Runner() { stop(); }

void Runner::start(const bpl::Stepper& stepper, RunSpeed speed, std::size_t step_starts) {
  stop();
  work_ = stepper;
  checkpoint_ = stepper;
  last_ = stepper;
  since_ = since_last_ = 0;
  most_starts_ = step_starts;
  step_starts_.clear();
  snapshot_.reset();
  new_training_.reset();
  sent_training_.reset();
  sent_generation_ = snapshot_generation_ = applied_generation_ = 0;
  speed_ = speed;
  stop_ = false;
  diverged_ = false;
  ended_ = false;
  want_snapshot_ = false;
  changed_ = false;
  steps_ = 0;
  cpu_seconds_ = 0;
  started_ = Clock::now();
  thread_ = std::thread([this] { loop(); });
}

std::optional<bpl::Stepper> Runner::take_snapshot() {
  std::optional<bpl::Stepper> out;
  {
    std::lock_guard lock(mutex_);
    out = std::move(snapshot_);
    snapshot_.reset();
    if (!out || snapshot_generation_ == sent_generation_) return out;
  }
  if (sent_training_) out->set_training(*sent_training_);  // η set after the worker's last step: show it as set
  return out;
}

void Runner::set_training(const bpl::TrainingSpec& training) {
  sent_training_ = training;
  std::lock_guard lock(mutex_);
  new_training_ = training;
  ++sent_generation_;
  changed_.store(true, std::memory_order_release);
}

void Runner::set_speed(RunSpeed speed) {
  std::lock_guard lock(mutex_);
  speed_ = speed;
  changed_.store(true, std::memory_order_release);
}

std::optional<RunResult> Runner::stop() {
  if (!thread_.joinable()) return std::nullopt;
  stop_.store(true, std::memory_order_relaxed);
  thread_.join();
  RunResult result{std::move(*work_), std::move(step_starts_), diverged_};
  work_.reset();
  checkpoint_.reset();
  last_.reset();
  std::lock_guard lock(mutex_);
  snapshot_.reset();
  if (new_training_) result.stepper.set_training(*new_training_);  // sent after the worker's last step
  new_training_.reset();
  return result;
}

double Runner::seconds() const {
  const auto end = thread_.joinable() ? Clock::now() : stopped_;
  return std::chrono::duration<double>(end - started_).count();
}

void Runner::publish(const bpl::Stepper& stepper) {
  std::optional<bpl::Stepper> copy(stepper);  // copy outside the lock; the main thread only waits for a move
  std::lock_guard lock(mutex_);
  snapshot_ = std::move(copy);
  snapshot_generation_ = applied_generation_;
}

// The calling thread's CPU time in seconds.
static double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

constexpr int training_nice = 5;

void Runner::loop() {
  pthread_setname_np(pthread_self(), "bpl-train");  // its own name in top and perf
  // Below the window's priority: where drawing shares the cores (software OpenGL), the frame is
  // drawn first and training takes the rest. Nice 5 weighs about a third of a normal thread; with
  // a GPU or idle cores it changes nothing. Measured in docs/PERFORMANCE.md.
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), training_nice);
  const double cpu_start = thread_cpu_seconds();
  diverged_ = !train();
  cpu_seconds_ = thread_cpu_seconds() - cpu_start;
  stopped_ = Clock::now();
  // For Rewind, the starts of the last steps: replayed here, on the worker's core, so that a pause
  // (which does not wait for it) shows no hitch. The checkpoint ends at the start of the step the
  // worker is in: the one that diverged, or the next.
  step_starts_ = replay(*checkpoint_, since_, most_starts_);
  if (diverged_) step_starts_.push_back(std::move(*checkpoint_));
  ended_.store(true, std::memory_order_release);
}

bool Runner::train() {
  bpl::Stepper& stepper = *work_;
  RunSpeed speed = speed_;
  auto next = Clock::now();
  while (!stop_.load(std::memory_order_relaxed)) {
    if (changed_.load(std::memory_order_acquire)) {
      std::lock_guard lock(mutex_);
      changed_ = false;
      if (new_training_) {
        stepper.set_training(*new_training_);
        new_training_.reset();
        applied_generation_ = sent_generation_;
        *checkpoint_ = stepper;  // a replay from here uses the new settings
        *last_ = stepper;
        since_ = since_last_ = 0;
      }
      speed = speed_;
      next = Clock::now();
    }
    if (!speed.unlimited) {
      const auto now = Clock::now();
      if (now < next) {  // sleep in short slices so stop requests are seen at once
        std::this_thread::sleep_for(std::min<Clock::duration>(next - now, std::chrono::milliseconds(5)));
        continue;
      }
      next += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / speed.steps_per_second));
      if (next < now - std::chrono::milliseconds(100)) next = now;  // no burst of catch-up steps after a stall
    }
    if (!stepper.advance_step()) {  // NaN/Inf: stop here, on the phase that produced it
      publish(stepper);
      return false;
    }
    ++since_;
    ++since_last_;
    steps_.store(steps_.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);  // only this thread writes
    if (want_snapshot_.load(std::memory_order_relaxed)) {
      // The checkpoint is the snapshot before this one, so a replay from it always reaches the
      // step before the one the worker stops at (at least one frame of steps).
      want_snapshot_.store(false, std::memory_order_relaxed);
      std::swap(*checkpoint_, *last_);
      *last_ = stepper;
      since_ = since_last_;
      since_last_ = 0;
      publish(*last_);
    }
  }
  return true;
}

}  // namespace app
