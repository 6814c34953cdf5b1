// Where each panel sits: rectangles computed from the window size every frame (no docking in 1.86),
// with draggable splitters in the gaps between them.
//
//   ┌ menu bar ───────────────────────────────────────────┐
//   ┌ sidebar ─────┐ ┌ network ──────────────────────────┐
//   │ lesson       │ │ phases, formula, architecture,    │
//   │ controls     │ │ per-layer heatmap cards    (~60%) │
//   │ network ed.  │ ├ fit ─────────────┐ ┌ loss ────────┤
//   │ data editor  │ │                  │ │              │
//   └──────────────┘ └──────────────────┘ └──────────────┘
#pragma once
#include <imgui.h>
#include <vector>

namespace app {

struct PanelRect {
  ImVec2 pos, size;  // in pixels, from the window's top-left corner
  bool empty() const { return size.x <= 0 || size.y <= 0; }
};

struct LayoutOptions {
  ImVec2 display;             // the window size
  float top = 0;              // the menu bar's height
  float scale = 1;            // content scale × zoom: margins and minimum sizes grow with it
  float sidebar_width = 0.28f, network_height = 0.60f, fit_width = 0.5f;  // fractions (UiConfig)
  bool show_sidebar = true, show_fit = true, show_loss = true;
};

struct Layout {
  PanelRect sidebar, network, fit, loss;  // a hidden region has an empty rectangle
  PanelRect split_sidebar, split_network, split_fit;  // the gaps the splitters sit in (empty when unused)
  float sidebar_span = 1, network_span = 1, fit_span = 1;  // pixels a fraction of 1 spans, for splitter drags
};

Layout compute_layout(const LayoutOptions& options);

// Begins a fixed, titled panel at `rect` (ImGui::Begin; always pair with ImGui::End). Panels draw
// no background of their own: the window is cleared to their colour and only the gaps between them
// are filled (see gaps), which costs far less than a blended fill of every panel in software GL.
bool begin_panel(const char* title, const PanelRect& rect);

// The parts of the window below `top` that no panel covers: margins and splitter gaps.
std::vector<PanelRect> gaps(const Layout& layout, ImVec2 display, float top);

}  // namespace app
