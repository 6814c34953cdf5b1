// The app's keyboard shortcuts, read from ImGui's key state once per frame.
#include "shortcuts.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include "zoom.hpp"

namespace app {

namespace {
constexpr ShortcutHelp shortcuts[] = {
      {"→   Page Down   N", "next phase"},
      {"←   Backspace", "rewind: back to the start of this step (or the previous one)"},
      {"S", "one step: finish the current mini-batch"},
      {"E", "one epoch"},
      {"Space", "run / pause"},
      {"R", "reset: initial parameters, step 0 (η stays)"},
      {"Ctrl +   Ctrl −   Ctrl 0", "zoom in, out, reset (fonts and layout)"},
      {"Ctrl O", "open a lesson"},
      {"Ctrl S   Ctrl Shift S", "save the lesson, save as"},
      {"Ctrl Q", "quit"},
      {"?   F1", "this list"},
      {"Esc", "close this list or a dialog"},
};
}  // namespace

std::span<const ShortcutHelp> shortcut_list() { return shortcuts; }

static bool pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); }

static bool typed(ImWchar c) {
  for (ImWchar queued : ImGui::GetIO().InputQueueCharacters)
    if (queued == c) return true;
  return false;
}

void handle_shortcuts(AppState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (io.KeyCtrl && !io.KeyAlt) {
    if (pressed(GLFW_KEY_EQUAL) || pressed(GLFW_KEY_KP_ADD)) zoom_in(state);
    if (pressed(GLFW_KEY_MINUS) || pressed(GLFW_KEY_KP_SUBTRACT)) zoom_out(state);
    if (pressed(GLFW_KEY_0) || pressed(GLFW_KEY_KP_0)) set_zoom(state, 1);
    if (pressed(GLFW_KEY_O)) state.files.request = FileDialogMode::Open;
    if (pressed(GLFW_KEY_S) && io.KeyShift) state.files.request = FileDialogMode::SaveAs;
    if (pressed(GLFW_KEY_S) && !io.KeyShift) state.files.save_now = true;
    if (pressed(GLFW_KEY_Q)) state.quit = true;
    return;
  }
  if (io.KeyAlt || io.KeySuper || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
  if (pressed(GLFW_KEY_RIGHT) || pressed(GLFW_KEY_PAGE_DOWN) || pressed(GLFW_KEY_N)) next_phase(state);
  if (pressed(GLFW_KEY_LEFT) || pressed(GLFW_KEY_BACKSPACE) || pressed(GLFW_KEY_PAGE_UP)) rewind(state);
  if (pressed(GLFW_KEY_S)) next_step(state);
  if (pressed(GLFW_KEY_E)) next_epoch(state);
  if (pressed(GLFW_KEY_SPACE)) toggle_running(state);
  if (pressed(GLFW_KEY_R)) reset(state);
  if (typed('?') || pressed(GLFW_KEY_F1)) state.show_help = !state.show_help;
  if (pressed(GLFW_KEY_ESCAPE)) state.show_help = false;
}

}  // namespace app
