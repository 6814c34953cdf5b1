// A loss curve over millions of steps in bounded memory. Points are kept in buckets; when the
// buckets are full, neighbours merge pairwise and each bucket spans twice as many steps.
// Each bucket keeps min, max and mean, so a decimated curve still shows its spikes.
#pragma once
#include <cstddef>
#include <vector>

namespace bpl {

struct HistoryBucket {
  long first_step = 0, last_step = 0;
  double min = 0, max = 0, sum = 0;
  long count = 0;
  double mean() const { return sum / static_cast<double>(count); }
};

class LossHistory {
 public:
  explicit LossHistory(std::size_t capacity = 4096) : capacity_(capacity) {}
  void add(long step, double value);  // value must be finite: the stepper pauses on NaN/Inf first
  void clear() { buckets_.clear(); span_ = 1; }
  const std::vector<HistoryBucket>& buckets() const { return buckets_; }
  long span() const { return span_; }  // points per bucket, a power of two
  bool empty() const { return buckets_.empty(); }
  double last() const { return last_; }

 private:
  void halve();
  std::size_t capacity_;
  long span_ = 1;
  double last_ = 0;
  std::vector<HistoryBucket> buckets_;
};

}  // namespace bpl
