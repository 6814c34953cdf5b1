// Presenter zoom and the monitor's content scale: fonts are rebuilt at the new pixel size (sharp,
// unlike ImGui's FontGlobalScale) and every style size and layout margin scales with them.
#pragma once
#include "app_state.hpp"

namespace app {

inline constexpr float body_font_px = 20;  // body text at zoom 1 on a plain (scale 1) monitor

// Asks for a zoom (clamped to min_zoom … max_zoom); fonts are rebuilt before the next frame.
void set_zoom(AppState& state, float zoom);
void zoom_in(AppState& state);   // to the next step of 0.5 0.67 0.75 0.8 0.9 1 1.1 1.25 1.5 1.75 2 2.5 3
void zoom_out(AppState& state);

// Sets state.scale = content scale × zoom, reloads the fonts, re-creates the font texture on the GPU
// and re-applies the theme. Call between frames (never between NewFrame and Render).
void apply_scale(AppState& state);

}  // namespace app
