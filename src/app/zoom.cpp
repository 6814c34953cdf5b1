// Zoom steps and the font atlas rebuild at the new size.
#include "zoom.hpp"

#include <algorithm>
#include <array>
#include "viz/gl_window.hpp"
#include <iostream>

namespace app {

static constexpr std::array<float, 13> zoom_steps = {0.5f, 0.67f, 0.75f, 0.8f, 0.9f, 1.0f, 1.1f,
                                                     1.25f, 1.5f, 1.75f, 2.0f, 2.5f, 3.0f};

void set_zoom(AppState& state, float zoom) {
  zoom = std::clamp(zoom, min_zoom, max_zoom);
  if (zoom == state.config.zoom) return;
  state.config.zoom = zoom;
  state.fonts_dirty = true;
}

void zoom_in(AppState& state) {
  for (float step : zoom_steps)
    if (step > state.config.zoom + 1e-3f) return set_zoom(state, step);
}

void zoom_out(AppState& state) {
  for (auto it = zoom_steps.rbegin(); it != zoom_steps.rend(); ++it)
    if (*it < state.config.zoom - 1e-3f) return set_zoom(state, *it);
}

void apply_scale(AppState& state) {
  state.scale = state.content_scale * state.config.zoom;
  state.fonts = viz::load_fonts({.size_px = body_font_px, .scale = state.scale});
  if (!state.fonts.missing.empty())
    std::cerr << "backprop-lab: fonts not found (" << state.fonts.missing << "), using ImGui's\n";
  viz::upload_font_atlas();
  viz::apply_theme(state.theme, state.scale);
  state.fonts_dirty = false;
  ++state.version;  // views that cache sizes in pixels lay out again
}

}  // namespace app
