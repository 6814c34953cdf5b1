// Frame pacing on a simulated clock: the fixed schedule, the restart after a stall, and the
// catch-up frame after a late one (pacer.hpp).
#include <gtest/gtest.h>

#include <chrono>
#include "pacer.hpp"

namespace {

using namespace std::chrono_literals;
using Clock = app::FramePacer::Clock;

struct Second {
  int frames = 0;     // frames shown in the simulated time
  int new_steps = 0;  // … of which showed a new step
};

// One simulated second of training: a frame showing a new step costs `step_frame`, a catch-up frame
// `catch_up_frame` (what a paused frame costs: nothing changed).
Second simulate(Clock::duration step_frame, Clock::duration catch_up_frame) {
  const Clock::time_point start{};
  app::FramePacer pacer(start);
  Clock::time_point now = start;
  Second run;
  while (now < start + 1s) {
    const bool new_step = !pacer.catch_up();
    now += new_step ? step_frame : catch_up_frame;
    ++run.frames;
    run.new_steps += new_step;
    now = std::max(now, pacer.frame_shown(now));  // sleep until the next frame's start
  }
  return run;
}

TEST(FramePacer, OnTimeFramesKeepTheScheduleAndEachShowsANewStep) {
  const Clock::time_point start{};
  app::FramePacer pacer(start);
  for (int k = 1; k <= 120; ++k) {
    const Clock::time_point next = pacer.frame_shown(start + (k - 1) * app::FramePacer::period + 13ms);
    EXPECT_EQ(next, start + k * app::FramePacer::period) << "frame " << k;
    EXPECT_FALSE(pacer.catch_up());
  }
  const Second run = simulate(13ms, 1ms);
  EXPECT_EQ(run.frames, 60);
  EXPECT_EQ(run.new_steps, 60);
}

TEST(FramePacer, ALateFrameIsFollowedByACatchUpFrameThatKeepsTheStep) {
  const Clock::time_point start{};
  app::FramePacer pacer(start);
  const Clock::time_point next = pacer.frame_shown(start + 18ms);  // 1.3 ms late
  EXPECT_TRUE(pacer.catch_up());
  EXPECT_EQ(next, start + app::FramePacer::period) << "the schedule stays: start the next frame at once";
  pacer.frame_shown(start + 20ms);  // the catch-up frame ends before its slot
  EXPECT_FALSE(pacer.catch_up());
}

TEST(FramePacer, OnABusyMachineTheWindowKeeps60FramesAndShowsANewStepEveryOtherFrame) {
  // Frames of 18 ms: without catch-up frames (each as dear as the rest) the window falls behind.
  const Second without = simulate(18ms, 18ms);
  EXPECT_LE(without.frames, 56);
  const Second with = simulate(18ms, 1500us);
  EXPECT_EQ(with.frames, 60);
  EXPECT_EQ(with.new_steps, 30);
}

TEST(FramePacer, WhereTheDisplaysRefreshSetsThePaceNoFrameCatchesUp) {
  const Clock::time_point start{};
  app::FramePacer pacer(start);
  pacer.frame_shown(start + 18ms, true);  // vsync: the swap waited for a refresh just after the slot
  EXPECT_FALSE(pacer.catch_up());
}

TEST(FramePacer, AfterAStallTheScheduleStartsAgainAndTheNextFrameShowsANewStep) {
  const Clock::time_point start{};
  app::FramePacer pacer(start);
  const Clock::time_point stalled = start + 40ms;  // more than a frame late: no cheap frame makes up for it
  EXPECT_EQ(pacer.frame_shown(stalled), stalled);
  EXPECT_FALSE(pacer.catch_up());
  const Second slow = simulate(40ms, 1ms);
  EXPECT_EQ(slow.new_steps, slow.frames) << "every frame shows a new step: holding one would gain nothing";
  EXPECT_EQ(slow.frames, 25);
}

}  // namespace
