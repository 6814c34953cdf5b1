// Keyboard shortcuts for lecturing (a presenter remote sends → and Page Down):
//   → / Page Down / N  next phase     S  step     E  epoch     Space  run / pause
#pragma once
#include "app_state.hpp"

namespace app {

// Reads this frame's key presses (ImGui 1.86: keys indexed by GLFW key codes) and acts on them.
void handle_shortcuts(AppState& state);

}  // namespace app
