// Long series drawn as fast as short ones: one min/max pair per pixel column.
#pragma once
#include <span>
#include <vector>

namespace viz {

struct Column {
  double x = 0;          // centre of the pixel column, in data units
  double min = 0, max = 0;
  double last = 0;       // the last finite y in the column (for a polyline through it)
};

// Splits [x_lo, x_hi] into `pixels` columns and keeps, for each column that holds a finite
// point, its min, max and last y. xs must be increasing. Non-finite ys are skipped.
std::vector<Column> decimate(std::span<const double> xs, std::span<const double> ys, double x_lo, double x_hi,
                             int pixels);

}  // namespace viz
