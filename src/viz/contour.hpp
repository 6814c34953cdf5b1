// Iso-lines of a sampled field (marching squares), e.g. the 0.5 decision boundary of a classifier.
#pragma once
#include <vector>

namespace viz {

// One piece of an iso-line, in grid coordinates: x = column, y = row, each sample at integer
// coordinates (so a (rows × cols) grid spans [0, cols − 1] × [0, rows − 1]).
struct Segment {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The segments where the field crosses `level`. `values` is row-major (rows × cols). Cells with a
// non-finite corner are skipped; saddles are split by the cell's mean.
std::vector<Segment> contour_segments(const float* values, int rows, int cols, float level);

}  // namespace viz
