// The rewind ring and the replay that refills it after a run on the worker thread.
#include "rewind.hpp"

#include <algorithm>
#include <utility>

namespace app {

std::size_t approximate_bytes(const bpl::Stepper& stepper) {
  std::size_t doubles = 0;
  const bpl::Network& net = stepper.network();
  doubles += static_cast<std::size_t>(net.x0.size());
  for (const bpl::Layer& l : net.layers)
    doubles += static_cast<std::size_t>(3 * l.w.size() + 3 * l.b.size() + 4 * l.s.size());  // w, ∂ℓ/∂w, moments; s, x, ∂ℓ/∂x, ∂ℓ/∂s
  doubles += static_cast<std::size_t>(2 * net.parameter_count());  // optimiser moments
  return 8 * doubles + 2 * 4096 * sizeof(bpl::HistoryBucket) + 4096;
}

// How many copies of `stepper` fit in `bytes` (at least 2).
static std::size_t copies_within(std::size_t bytes, const bpl::Stepper& stepper) {
  return std::max<std::size_t>(bytes / std::max<std::size_t>(approximate_bytes(stepper), 1), 2);
}

std::size_t RewindRing::capacity_for(const bpl::Stepper& stepper) const {
  return std::min(copies_within(max_bytes_, stepper), max_entries_);
}

void RewindRing::push(bpl::Stepper stepper) {
  capacity_ = capacity_for(stepper);
  if (!entries_.empty() && entries_.back().step() == stepper.step() && entries_.back().at_step_start())
    entries_.pop_back();  // the same step start again (e.g. after a rewind): keep one copy
  entries_.push_back(std::move(stepper));
  while (entries_.size() > capacity_) entries_.pop_front();
}

void RewindRing::offer(bpl::Stepper&& stepper) {
  constexpr std::size_t small = 4u << 20;
  if (approximate_bytes(stepper) > small && ++offers_skipped_ < 30) return;
  offers_skipped_ = 0;
  push(std::move(stepper));
}

std::optional<bpl::Stepper> RewindRing::pop() {
  if (entries_.empty()) return std::nullopt;
  std::optional<bpl::Stepper> out(std::move(entries_.back()));
  entries_.pop_back();
  return out;
}

std::vector<bpl::Stepper> replay(bpl::Stepper& stepper, long steps, std::size_t most) {
  // A step key or Reset pressed while running waits for these copies: at most about 32 MB of them
  // (a 1-[256,256]-1 network with Adam: 12 copies of 2.6 MB, where 64 took 0.4 s).
  constexpr std::size_t replay_bytes = 32u << 20;
  most = std::min(most, copies_within(replay_bytes, stepper));
  std::vector<bpl::Stepper> starts;
  for (long i = 0; i < steps; ++i) {
    if (steps - i <= static_cast<long>(most)) starts.push_back(stepper);
    if (!stepper.advance_step()) break;
  }
  return starts;
}

}  // namespace app
