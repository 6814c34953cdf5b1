// Min/max decimation per pixel column.
#include "decimate.hpp"
#include <algorithm>
#include <cmath>

namespace viz {

std::vector<Column> decimate(std::span<const double> xs, std::span<const double> ys, double x_lo, double x_hi,
                             int pixels) {
  std::vector<Column> out;
  if (pixels < 1 || !(x_hi > x_lo)) return out;
  const double width = (x_hi - x_lo) / pixels;
  int current = -1;
  // Binary search for the first visible point: cost is O(visible points), not O(all points).
  const auto first = std::lower_bound(xs.begin(), xs.end(), x_lo) - xs.begin();
  for (std::size_t k = static_cast<std::size_t>(first); k < xs.size() && xs[k] <= x_hi; ++k) {
    if (!std::isfinite(ys[k])) continue;
    const int column = std::min(pixels - 1, static_cast<int>((xs[k] - x_lo) / width));
    if (column != current) {
      out.push_back({x_lo + (column + 0.5) * width, ys[k], ys[k], ys[k]});
      current = column;
    } else {
      Column& c = out.back();
      c.min = std::min(c.min, ys[k]);
      c.max = std::max(c.max, ys[k]);
      c.last = ys[k];
    }
  }
  return out;
}

}  // namespace viz
