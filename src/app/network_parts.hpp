// The pieces of the network panel (panels_network.cpp draws them top to bottom), and the colours
// of the waves: forward work in one colour, the loss in another, backward work in a third.
#pragma once
#include <imgui.h>
#include <optional>
#include "app_state.hpp"
#include "network_geometry.hpp"

namespace app {

// Colour of the work a phase does: forward teal, loss violet, backward orange, update blue.
ImVec4 phase_colour(bpl::PhaseKind kind);

// What the strip and the cards highlight: the phase that just ran (none while running), and how
// far its wave has travelled (0 … 1 over a moment after it ran; 1 once settled).
struct Wave {
  std::optional<bpl::Phase> phase;
  float travel = 1;
};
Wave current_wave(AppState& state);

// F1 F2 … ℓ … B2 B1 U chips: the one just run filled, those run before pale, the next outlined.
void draw_phase_strip(AppState& state);
// After the chips, wrapping below them: the formulas of the phase just run (or, before any, of
// the next) in the notes' notation.
void draw_phase_formulas(AppState& state);
// Inputs → layers → loss as nodes and edges, above the cards; `origin` is the region's top-left.
void draw_architecture(AppState& state, const NetworkGeometry& g, ImVec2 origin, const Wave& wave);
// One card per layer: heatmaps of w, s, x (forward row) and ∂ℓ/∂w, ∂ℓ/∂s (backward row), with tooltips.
// Returns the layer whose card the mouse is over (0: none).
int draw_layer_cards(AppState& state, const NetworkGeometry& g, ImVec2 origin, const Wave& wave);
// A "View" button at the top of the legend column, with the colour-range mode and the
// "b, ∂ℓ/∂b, ∂ℓ/∂x" toggle in its popup.
void draw_view_controls(AppState& state);
// The colour scales with ticks (of the hovered card's layer in per-matrix mode), and what hatching
// and frames mean.
void draw_network_legend(AppState& state, int hovered_layer);

}  // namespace app
