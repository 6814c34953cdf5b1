// Bounded loss history: merge neighbouring buckets when full.
#include "history.hpp"
#include <algorithm>

namespace bpl {

void LossHistory::add(long step, double value) {
  last_ = value;
  if (!buckets_.empty() && buckets_.back().count < span_) {
    HistoryBucket& b = buckets_.back();
    b.last_step = step;
    b.min = std::min(b.min, value);
    b.max = std::max(b.max, value);
    b.sum += value;
    ++b.count;
    return;
  }
  if (buckets_.size() == capacity_) halve();
  buckets_.push_back({step, step, value, value, value, 1});
}

void LossHistory::halve() {
  std::vector<HistoryBucket> merged;
  merged.reserve(capacity_);
  for (std::size_t i = 0; i + 1 < buckets_.size(); i += 2) {
    const HistoryBucket &a = buckets_[i], &b = buckets_[i + 1];
    merged.push_back({a.first_step, b.last_step, std::min(a.min, b.min), std::max(a.max, b.max), a.sum + b.sum,
                      a.count + b.count});
  }
  if (buckets_.size() % 2 == 1) merged.push_back(buckets_.back());
  buckets_ = std::move(merged);
  span_ *= 2;
}

}  // namespace bpl
