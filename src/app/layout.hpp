// Where each panel sits: fixed rectangles computed from the window size every frame (no docking in 1.86).
//
//   ┌ Lesson ──────┐ ┌ Step ────────────────────────┐
//   │              │ ├ Loss ────────────────────────┤
//   ├ Controls ────┤ ├ Layers ──────────────────────┤
//   └──────────────┘ └──────────────────────────────┘
#pragma once
#include <imgui.h>

namespace app {

struct PanelRect {
  ImVec2 pos, size;  // in pixels, from the window's top-left corner
};

struct Layout {
  PanelRect lesson, controls, step, loss, layers;
};

// `display` is the window size, `scale` the content scale (margins and minimum widths grow with it).
Layout compute_layout(ImVec2 display, float scale);

// Begins a fixed, titled panel at `rect` (ImGui::Begin; always pair with ImGui::End).
bool begin_panel(const char* title, const PanelRect& rect);

}  // namespace app
