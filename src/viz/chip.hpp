// A chip: a rounded, coloured label that sits in a line of text (phase pipelines, status tags).
#pragma once
#include <imgui.h>

namespace viz {

struct ChipStyle {
  ImVec4 fill{0, 0, 0, 0};
  ImVec4 border{0, 0, 0, 0};
  ImVec4 text{0, 0, 0, 1};
  float border_width = 0;  // pixels; 0 = none
  float min_width = 0;     // pixels; the label is centred
};

// The chip's size in pixels with the current font and style.
ImVec2 chip_size(const char* label, const ChipStyle& style);

// Draws the chip at the cursor as one ImGui item (hoverable; returns true when hovered).
bool chip(const char* label, const ChipStyle& style);

// ImVec4 from a float[4] colour, with its alpha multiplied by `alpha`.
inline ImVec4 color(const float rgba[4], float alpha = 1) { return ImVec4(rgba[0], rgba[1], rgba[2], rgba[3] * alpha); }

}  // namespace viz
