// Frame pacing: 60 frames a second against a fixed schedule, even where vsync does nothing (Xvfb).
// A sleep's overshoot or a slow frame is made up by the next one; after a stall of more than a
// frame the schedule starts again instead of racing to catch up.
//
// While training runs, a frame that ended late (but within a frame) is followed by a catch-up
// frame: it keeps the step the panels show, so it costs what a paused frame costs, and the frame
// after it is on time again. On a busy machine the window then stays at 60 frames a second and the
// panels show a new step every other frame, instead of every frame coming late.
#pragma once
#include <chrono>

namespace app {

class FramePacer {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr Clock::duration period = std::chrono::microseconds(16667);

  explicit FramePacer(Clock::time_point start) : next_(start) {}

  // A frame was shown at `now`: returns when the next one starts (sleep until then).
  // `display_paced`: showing it waited for the display's refresh (vsync), which then sets the pace,
  // so a frame that ends after its slot is not late, and none catches up.
  Clock::time_point frame_shown(Clock::time_point now, bool display_paced = false) {
    next_ += period;
    const bool stalled = now > next_ + period;             // no cheap frame makes up for it
    catch_up_ = !display_paced && now > next_ && !stalled;  // late, but a cheap frame makes up for it
    if (stalled) next_ = now;                               // start the schedule again
    return next_;
  }

  // The next frame should keep the step it shows.
  bool catch_up() const { return catch_up_; }

 private:
  Clock::time_point next_;
  bool catch_up_ = false;
};

}  // namespace app
