// The app's panels, one free function each, drawn every frame at the rectangles of state.layout.
#pragma once
#include "app_state.hpp"

namespace app {

void draw_lesson_panel(AppState& state);    // title, notes, network / data / loss / optimiser summary
void draw_controls_panel(AppState& state);  // Next phase, Step, Epoch, Run/Pause, Reset, η, speed
void draw_step_panel(AppState& state);      // the phases of one step, the next and last, their formulas
void draw_loss_panel(AppState& state);      // ℓ of the batch, how it is defined, the test loss
void draw_layers_panel(AppState& state);    // per layer: shape, σ, and which quantities are fresh

}  // namespace app
