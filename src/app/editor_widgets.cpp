// The editors' shared widgets.
#include "editor_widgets.hpp"

#include "viz/chip.hpp"

namespace app {

void editor_label(const char* label, float label_width) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine(label_width);
  ImGui::SetNextItemWidth(-1);
}

void draw_apply_bar(AppState& state, const char* id) {
  EditorState& editor = state.editor;
  if (!editor.pending) return;
  ImGui::PushID(id);
  ImGui::Spacing();
  if (!editor.problem.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.error));
    ImGui::TextWrapped("%s", editor.problem.c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::TextDisabled("Pending: these edits need new parameters.");
  }
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float discard_w = ImGui::CalcTextSize("Discard").x + 2 * ImGui::GetStyle().FramePadding.x;
  ImGui::BeginDisabled(!editor.problem.empty());
  ImGui::PushStyleColor(ImGuiCol_Button, viz::color(state.theme.accent, 0.85f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, viz::color(state.theme.accent, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  if (ImGui::Button("Apply (re-initialises)", ImVec2(ImGui::GetContentRegionAvail().x - discard_w - spacing, 0))) apply_draft(state);
  ImGui::PopStyleColor(3);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Discard")) {
    editor.draft = state.lesson;
    editor.draft.training = state.stepper.training();
    check_draft(editor, state.lesson);
  }
  ImGui::PopID();
}

}  // namespace app
