// The sidebar: one scrolling window at layout.sidebar with collapsing sections — the lesson,
// the controls, the network, the training and the data.
#include <filesystem>
#include "panels.hpp"

namespace app {

static bool section(const char* title, bool open_by_default) {
  ImGui::Spacing();
  return ImGui::CollapsingHeader(title, open_by_default ? ImGuiTreeNodeFlags_DefaultOpen : 0);
}

void draw_sidebar_panel(AppState& state) {
  if (state.layout.sidebar.empty()) return;
  if (begin_panel("Lesson###sidebar", state.layout.sidebar)) {
    draw_lesson_section(state);
    if (state.stepper.divergence()) ImGui::SetNextItemOpen(true);
    if (section("Controls", true)) draw_controls_section(state);
    if (state.editor.pending && !state.editor.problem.empty()) ImGui::SetNextItemOpen(true);
    if (section(state.editor.network_edited ? "Network  (edited)###Network" : "Network###Network", true)) draw_network_editor(state);
    if (section("Training", false)) draw_training_editor(state);
    if (section(state.editor.data_edited ? "Data  (edited)###Data" : "Data###Data", false)) draw_data_editor(state);
  }
  ImGui::End();
}

}  // namespace app
