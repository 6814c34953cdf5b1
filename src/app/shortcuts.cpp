// The app's keyboard shortcuts, read from ImGui's key state once per frame.
#include "shortcuts.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

namespace app {

static bool pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); }

void handle_shortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  if (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_PAGE_DOWN) || pressed(GLFW_KEY_N)) next_phase(state);
  if (pressed(GLFW_KEY_S)) next_step(state);
  if (pressed(GLFW_KEY_E)) next_epoch(state);
  if (pressed(GLFW_KEY_SPACE)) toggle_running(state);
}

}  // namespace app
