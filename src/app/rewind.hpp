// Rewind: a bounded ring of Stepper copies taken at step starts, newest last.
// An entry is pushed just before a step's first phase runs, so the newest entry is the start of
// the current step (when in the middle of one) or of the previous step (when at a step start).
#pragma once
#include <cstddef>
#include <deque>
#include <optional>
#include <vector>
#include "stepper.hpp"

namespace app {

class RewindRing {
 public:
  // At most `max_entries`, and fewer for big networks so the ring stays near `max_bytes`.
  RewindRing(std::size_t max_entries = 64, std::size_t max_bytes = 256u << 20)
      : max_entries_(max_entries), max_bytes_(max_bytes) {}

  // Keeps `stepper` (at a step start; a copy, or moved in); the oldest entries go past the bound.
  void push(bpl::Stepper stepper);
  // How many entries the ring keeps for networks the size of `stepper`'s.
  std::size_t capacity_for(const bpl::Stepper& stepper) const;
  // Run mode's snapshots, one a frame, moved in: all kept for small networks, every 30th for big
  // ones, so that the ring (256 MB at most) spans seconds of a run, not a few frames.
  void offer(bpl::Stepper&& stepper);
  // The newest entry, removed; nothing when the ring is empty.
  std::optional<bpl::Stepper> pop();
  void clear() { entries_.clear(); }
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  std::size_t capacity() const { return capacity_; }  // entries kept for the current network size
  long newest_step() const { return entries_.empty() ? -1 : entries_.back().step(); }

 private:
  std::size_t max_entries_, max_bytes_, capacity_ = 0;
  int offers_skipped_ = 0;
  std::deque<bpl::Stepper> entries_;
};

// Bytes one Stepper copy holds, roughly: every stored matrix of the network and the optimiser.
std::size_t approximate_bytes(const bpl::Stepper& stepper);

// The step starts a pause gives the ring: runs `steps` whole steps of `stepper` and returns the start
// of each of the last `most` of them, oldest first (fewer for wide networks: about 32 MB of copies
// at most). `stepper` is left after the replay.
std::vector<bpl::Stepper> replay(bpl::Stepper& stepper, long steps, std::size_t most);

}  // namespace app
