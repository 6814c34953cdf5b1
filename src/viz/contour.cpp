// Marching squares: per cell, the corners above the level pick which edges the line crosses.
#include "contour.hpp"
#include <cmath>

namespace viz {

namespace {
struct P {
  float x, y;
};
// Where the level crosses the edge from a (value va) to b (value vb), linearly interpolated.
P cross(P a, P b, float va, float vb, float level) {
  const float t = va == vb ? 0.5f : (level - va) / (vb - va);
  return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}
}  // namespace

std::vector<Segment> contour_segments(const float* values, int rows, int cols, float level) {
  std::vector<Segment> out;
  for (int r = 0; r + 1 < rows; ++r)
    for (int c = 0; c + 1 < cols; ++c) {
      // Corners counter-clockwise from (c, r): 0 = (c, r), 1 = (c+1, r), 2 = (c+1, r+1), 3 = (c, r+1).
      const float v[4] = {values[r * cols + c], values[r * cols + c + 1], values[(r + 1) * cols + c + 1],
                          values[(r + 1) * cols + c]};
      const P p[4] = {{float(c), float(r)}, {float(c + 1), float(r)}, {float(c + 1), float(r + 1)},
                      {float(c), float(r + 1)}};
      if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]) || !std::isfinite(v[3])) continue;
      int mask = 0;
      for (int k = 0; k < 4; ++k) mask |= (v[k] > level ? 1 : 0) << k;
      if (mask == 0 || mask == 15) continue;
      auto edge = [&](int e) {  // edge e joins corner e and corner e+1
        return cross(p[e], p[(e + 1) % 4], v[e], v[(e + 1) % 4], level);
      };
      auto add = [&](int e0, int e1) {
        const P a = edge(e0), b = edge(e1);
        out.push_back({a.x, a.y, b.x, b.y});
      };
      // The edges whose corners differ; a saddle (0101 / 1010) has four, paired by the cell's mean.
      int crossed[4], n = 0;
      for (int e = 0; e < 4; ++e)
        if (((mask >> e) & 1) != ((mask >> ((e + 1) % 4)) & 1)) crossed[n++] = e;
      if (n == 2) {
        add(crossed[0], crossed[1]);
      } else {  // n == 4
        const bool centre_above = (v[0] + v[1] + v[2] + v[3]) / 4 > level;
        // Corner 0 above and the centre above: corners 0 and 2 are joined, so cut off corners 1 and 3.
        if (centre_above == bool(mask & 1)) {
          add(0, 1);  // around corner 1
          add(2, 3);  // around corner 3
        } else {
          add(3, 0);  // around corner 0
          add(1, 2);  // around corner 2
        }
      }
    }
  return out;
}

}  // namespace viz
