// Pixel ↔ cell of a heatmap drawn in a screen rectangle: rows top to bottom, columns left to right.
#pragma once
#include <optional>

namespace viz {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;  // top-left corner and size, in pixels
};

struct Cell {
  int row = 0, col = 0;
  bool operator==(const Cell&) const = default;
};

// The cell under pixel (px, py), or nothing outside the rectangle.
std::optional<Cell> cell_at(const Rect& r, int rows, int cols, float px, float py);
// The screen rectangle of a cell.
Rect cell_rect(const Rect& r, int rows, int cols, Cell c);

}  // namespace viz
