// Panel rectangles: a left column for the lesson and its controls, a right column for the step.
#include "layout.hpp"

#include <algorithm>
#include <cmath>

namespace app {

Layout compute_layout(ImVec2 display, float scale) {
  const float gap = 10 * scale;
  const float left_w = std::clamp(0.36f * display.x, 400 * scale, 620 * scale);
  const float right_x = gap + left_w + gap;
  const float right_w = std::max(display.x - right_x - gap, 100.0f);
  const float inner_h = display.y - 2 * gap;

  Layout layout;
  const float lesson_h = std::round(0.50f * inner_h);
  layout.lesson = {{gap, gap}, {left_w, lesson_h}};
  layout.controls = {{gap, gap + lesson_h + gap}, {left_w, inner_h - lesson_h - gap}};

  const float step_h = std::round(0.40f * inner_h), loss_h = std::round(0.21f * inner_h);
  layout.step = {{right_x, gap}, {right_w, step_h}};
  layout.loss = {{right_x, gap + step_h + gap}, {right_w, loss_h}};
  const float layers_y = gap + step_h + gap + loss_h + gap;
  layout.layers = {{right_x, layers_y}, {right_w, display.y - gap - layers_y}};
  return layout;
}

bool begin_panel(const char* title, const PanelRect& rect) {
  ImGui::SetNextWindowPos(rect.pos);
  ImGui::SetNextWindowSize(rect.size);
  constexpr ImGuiWindowFlags flags =
      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
  return ImGui::Begin(title, nullptr, flags);
}

}  // namespace app
