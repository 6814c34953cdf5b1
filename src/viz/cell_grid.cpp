// Cell lookup for heatmaps.
#include "cell_grid.hpp"
#include <algorithm>
#include <cmath>

namespace viz {

std::optional<Cell> cell_at(const Rect& r, int rows, int cols, float px, float py) {
  if (rows < 1 || cols < 1 || px < r.x || py < r.y || px >= r.x + r.w || py >= r.y + r.h) return std::nullopt;
  const int col = std::min(cols - 1, static_cast<int>(std::floor((px - r.x) / r.w * cols)));
  const int row = std::min(rows - 1, static_cast<int>(std::floor((py - r.y) / r.h * rows)));
  return Cell{row, col};
}

Rect cell_rect(const Rect& r, int rows, int cols, Cell c) {
  const float w = r.w / cols, h = r.h / rows;
  return {r.x + c.col * w, r.y + c.row * h, w, h};
}

}  // namespace viz
