// A light, high-contrast ImGui style for projectors: generous spacing, soft panels on a grey ground.
#pragma once

namespace viz {

struct Theme {
  float gaps[4] = {0.86f, 0.87f, 0.89f, 1.0f};  // between panels
  float accent[4] = {0.16f, 0.42f, 0.78f, 1.0f};      // buttons, the next phase
  float highlight[4] = {0.90f, 0.45f, 0.10f, 1.0f};   // what just ran
  float muted[4] = {0.42f, 0.44f, 0.48f, 1.0f};       // secondary text
  float error[4] = {0.78f, 0.12f, 0.12f, 1.0f};
};

// Sets ImGui's colours and sizes (multiplied by `scale`, the monitor content scale).
void apply_theme(const Theme& theme, float scale);

}  // namespace viz
