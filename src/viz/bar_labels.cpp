// bar_ticks and bar_labels: the numbers under a colour bar.
#include "viz/bar_labels.hpp"
#include <algorithm>
#include <cmath>
#include "viz/axis.hpp"
#include "viz/plot_math.hpp"

namespace viz {

static std::string tick_text(double v, double step) { return typographic_minus(tick_label(v, step)); }

std::vector<BarTick> bar_ticks(double lo, double hi, float length, float spacing) {
  const std::vector<double> inner = nice_ticks({lo, hi}, std::max(2, static_cast<int>(length / spacing)));
  const double step = inner.size() > 1 ? inner[1] - inner[0] : (hi - lo) / 2;
  const double end_step = nice_step(hi - lo, 20);
  std::vector<BarTick> ticks{{lo, tick_text(lo, end_step)}};
  const double room = spacing / length * (hi - lo);  // the same spacing in value units
  for (double v : inner)
    if (v - lo >= room && hi - v >= room) ticks.push_back({v, tick_text(v, step)});
  ticks.push_back({hi, tick_text(hi, end_step)});
  return ticks;
}

std::vector<BarLabel> bar_labels(double lo, double hi, float length, float em,
                                 const std::function<float(const std::string&)>& width) {
  std::vector<BarLabel> all;
  for (BarTick& t : bar_ticks(lo, hi, length, 3.2f * em)) {
    const float x = std::round(static_cast<float>((t.value - lo) / (hi - lo)) * length);
    const float w = width(t.text);
    all.push_back({std::move(t.text), x, std::round(std::clamp(x - 0.5f * w, 0.0f, length - w))});
  }
  const float gap = 0.5f * em, last_left = all.back().left;
  if (all.front().left + width(all.front().text) + gap > last_left && lo == -hi) {
    const std::string both = "±" + all.back().text;
    return {{both, 0.5f * length, std::round(0.5f * (length - width(both))), false}};
  }
  std::vector<BarLabel> kept;
  float right = -1e9f;  // where the last kept label ends
  for (std::size_t i = 0; i < all.size(); ++i) {
    const bool end = i == 0 || i + 1 == all.size();
    const float w = width(all[i].text);
    if (!end && (all[i].left < right + gap || all[i].left + w + gap > last_left)) continue;
    right = all[i].left + w;
    kept.push_back(std::move(all[i]));
  }
  return kept;
}

}  // namespace viz
