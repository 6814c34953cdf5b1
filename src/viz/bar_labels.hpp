// Where the numbers under a colour bar go: the range's two ends always, 1-2-5 ticks between them
// where they do not crowd their neighbours. Plain C++ (text widths come from the caller).
//
//   const auto labels = viz::bar_labels(-1.5, 1.5, 120, 13, [](const std::string& s) { return width_of(s); });
//   for (const auto& l : labels) { if (l.tick) draw tick at l.x; draw l.text at l.left; }
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace viz {

struct BarTick {
  double value;
  std::string text;  // with a real minus sign: "−0.5"
};
// The ends (with the digits of the range itself: ±1.5, not ±2) and 1-2-5 ticks at least
// `spacing` pixels from them along a bar `length` pixels long.
std::vector<BarTick> bar_ticks(double lo, double hi, float length, float spacing);

struct BarLabel {
  std::string text;
  float x = 0;        // the tick's position along the bar, pixels from its start
  float left = 0;     // where the text starts (centred on x, kept within the bar)
  bool tick = true;   // false for the one centred "±m" label of a symmetric range too short for both ends
};
// The labels of a horizontal bar: centred under their ticks, the ends kept inside the bar; an inner
// label closer than half an em to a neighbour is left out; a symmetric range whose two ends do not
// fit side by side is labelled once, centred: "±0.015".
std::vector<BarLabel> bar_labels(double lo, double hi, float length, float em,
                                 const std::function<float(const std::string&)>& width);

}  // namespace viz
