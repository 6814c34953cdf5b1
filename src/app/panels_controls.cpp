// The Controls panel: the buttons that drive the stepper, the live learning rate and run speed.
#include <cmath>
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

struct ButtonSpec {
  const char* label;
  const char* tooltip;
};

// A row of equally wide buttons; returns the index of the one clicked, or −1.
static int button_row(std::initializer_list<ButtonSpec> buttons, float height) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float n = static_cast<float>(buttons.size());
  const float width = (ImGui::GetContentRegionAvail().x - spacing * (n - 1)) / n;
  int clicked = -1, index = 0;
  for (const ButtonSpec& button : buttons) {
    if (index > 0) ImGui::SameLine();
    if (ImGui::Button(button.label, ImVec2(width, height))) clicked = index;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", button.tooltip);
    ++index;
  }
  return clicked;
}

static void draw_learning_rate(AppState& state) {
  float eta = static_cast<float>(state.stepper.training().optimizer.learning_rate);
  ImGui::SetNextItemWidth(-ImGui::CalcTextSize("steps / frame").x - ImGui::GetStyle().ItemInnerSpacing.x);
  if (ImGui::SliderFloat("η", &eta, 1e-4f, 10.0f, "%.4g", ImGuiSliderFlags_Logarithmic) && eta > 0)
    set_learning_rate(state, eta);
}

void draw_controls_panel(AppState& state) {
  if (begin_panel("Controls", state.layout.controls)) {
    const float height = ImGui::GetFrameHeight() * 1.3f;
    switch (button_row({{"Next phase", "Run the next phase   (→, Page Down or N)"},
                        {"Step", "Finish the current step: one mini-batch   (S)"},
                        {"Epoch", "Finish the current epoch   (E)"}},
                       height)) {
      case 0: next_phase(state); break;
      case 1: next_step(state); break;
      case 2: next_epoch(state); break;
      default: break;
    }
    switch (button_row({{state.running ? "Pause" : "Run", "Run whole steps every frame, or pause   (Space)"},
                        {"Reset", "Back to the initial parameters and step 0; η stays as set"}},
                       height)) {
      case 0: toggle_running(state); break;
      case 1: reset(state); break;
      default: break;
    }
    ImGui::Spacing();
    draw_learning_rate(state);
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize("steps / frame").x - ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::SliderInt("steps / frame", &state.steps_per_frame, 1, 500, "%d", ImGuiSliderFlags_Logarithmic);

    if (const auto& divergence = state.stepper.divergence()) {
      ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.error));
      ImGui::TextWrapped("Diverged at %s. Lower η and press Reset.", divergence->message().c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

}  // namespace app
