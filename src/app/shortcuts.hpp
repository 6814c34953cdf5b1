// Keyboard shortcuts for lecturing (a presenter remote sends → and Page Down):
//   → / Page Down / N  next phase   ← / Backspace  rewind   S  step   E  epoch   Space  run / pause
//   R  reset   ? / F1  this list    Ctrl + / − / 0  zoom   Ctrl O / S / Shift S / Q  open, save, save as, quit
#pragma once
#include <span>
#include "app_state.hpp"

namespace app {

struct ShortcutHelp {
  const char* keys;
  const char* action;
};

// Every shortcut, for the help overlay and the menus.
std::span<const ShortcutHelp> shortcut_list();

// Reads this frame's key presses (ImGui 1.86: keys indexed by GLFW key codes) and acts on them.
void handle_shortcuts(AppState& state);

}  // namespace app
