// The app's panels, one free function each, drawn every frame at the rectangles of state.layout.
#pragma once
#include "app_state.hpp"

namespace app {

// The shell: menu bar, sidebar, splitters, dialogs and overlays.
float draw_main_menu(AppState& state);      // File, Train, View, Help; returns the bar's height
void draw_sidebar_panel(AppState& state);   // at layout.sidebar: the sections below, in one scrolling window
void draw_lesson_section(AppState& state);  // title, notes (a few lines, more on a click), summary
void draw_controls_section(AppState& state);  // Next phase, Step, Epoch, Run/Pause, Rewind, Reset, η, speed, divergence
void draw_network_editor(AppState& state);  // hidden layers, units, σ, output σ, loss, init, seed: Apply (re-initialises)
void draw_training_editor(AppState& state);  // optimiser, batch size, shuffle: live
void draw_data_editor(AppState& state);     // data kind and parameters: Apply (re-initialises)
void draw_splitters(AppState& state, float top);  // fills the gaps of state.layout below top; they change state.config
void draw_file_dialog(AppState& state);     // Open…, Save as…, and why a file could not be used
void draw_help_overlay(AppState& state);    // every shortcut (?)

void draw_network_panel(AppState& state);   // at layout.network: phases, formula, architecture, per-layer heatmap cards
void draw_fit_panel(AppState& state);       // at layout.fit: the data, the target, f and its terms; 2-D: the plane
void draw_loss_panel(AppState& state);      // at layout.loss: train and test loss against steps, step, epoch, ℓ

}  // namespace app
