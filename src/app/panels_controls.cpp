// The sidebar's Controls section: the buttons that drive the stepper, where the step is, the live
// learning rate, the run speed, and what to do after a divergence.
#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include "notation.hpp"
#include "panels.hpp"
#include "plot_style.hpp"
#include "viz/chip.hpp"

namespace app {

struct ButtonSpec {
  const char* label;
  const char* tooltip;
  bool enabled = true;
};

// Rows of buttons filling the width, each as wide as its label plus an equal share of what its row
// leaves; buttons that do not fit (a narrow sidebar, a big zoom) wrap onto the next row. Returns
// the index of the one clicked, or −1.
static int button_row(std::initializer_list<ButtonSpec> buttons, float height) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x, padding = 2 * ImGui::GetStyle().FramePadding.x;
  const float avail = ImGui::GetContentRegionAvail().x;
  const auto natural = [&](const ButtonSpec& b) { return ImGui::CalcTextSize(b.label, nullptr, true).x + padding; };
  const std::span<const ButtonSpec> all(buttons.begin(), buttons.size());
  int clicked = -1;
  for (std::size_t first = 0; first < all.size();) {
    std::size_t last = first + 1;  // [first, last) share a row: at least one, then while they fit
    float used = natural(all[first]);
    while (last < all.size() && used + spacing + natural(all[last]) <= avail) used += spacing + natural(all[last++]);
    const float extra = std::max(0.0f, (avail - used) / static_cast<float>(last - first));
    for (std::size_t i = first; i < last; ++i) {
      if (i > first) ImGui::SameLine();
      ImGui::BeginDisabled(!all[i].enabled);
      if (ImGui::Button(all[i].label, ImVec2(std::round(natural(all[i]) + extra), height))) clicked = static_cast<int>(i);
      ImGui::EndDisabled();
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", all[i].tooltip);
    }
    first = last;
  }
  return clicked;
}

static float label_width() { return ImGui::CalcTextSize("steps / s").x + ImGui::GetStyle().ItemInnerSpacing.x; }

static void draw_learning_rate(AppState& state) {
  float eta = static_cast<float>(state.stepper.training().optimizer.learning_rate);
  ImGui::SetNextItemWidth(-label_width());
  if (ImGui::SliderFloat("η", &eta, 1e-5f, 10.0f, "%.3g", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp) && eta > 0)
    set_learning_rate(state, eta);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Learning rate η: w ← w − η ∂ℓ/∂w. Applies at the next update, running or not.\nCtrl+click to type a value.");
}

static void draw_speed(AppState& state) {
  bool unlimited = state.config.unlimited_speed;
  float rate = state.config.steps_per_second;
  bool changed = ImGui::Checkbox("as fast as possible", &unlimited);
  if (!unlimited) {
    ImGui::SetNextItemWidth(-label_width());
    changed |= ImGui::SliderFloat("steps / s", &rate, 0.5f, 10000.0f, "%.3g", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  }
  if (changed) set_speed(state, unlimited, rate);
}

// "step 40   epoch 13", then what comes next (or how fast it runs): on the same line if it fits.
static void draw_position(AppState& state) {
  const bpl::Stepper& s = state.stepper;
  ImGui::TextUnformatted(("step " + grouped(s.step()) + "   epoch " + grouped(s.epoch())).c_str());
  std::string note;
  if (state.running) {
    const double seconds = state.runner->seconds();
    note = "running, " + grouped(std::lround(seconds > 0 ? static_cast<double>(state.runner->steps()) / seconds : 0.0)) + " steps/s";
  } else if (!s.divergence()) {
    note = "next: " + phase_label(s.next_phase());
  }
  if (note.empty()) return;
  ImGui::SameLine(0, 2 * ImGui::GetStyle().ItemSpacing.x);
  if (ImGui::CalcTextSize(note.c_str()).x > ImGui::GetContentRegionAvail().x) ImGui::NewLine();
  ImGui::TextDisabled("%s", note.c_str());
}

static void draw_divergence(AppState& state) {
  const auto& divergence = state.stepper.divergence();
  if (!divergence) return;
  ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.error));
  ImGui::TextWrapped("Diverged — %s.", divergence->message().c_str());
  ImGui::PopStyleColor();
  ImGui::TextWrapped("η = %s is too large for this network: rewind, lower η, and go on.",
                     number(state.stepper.training().optimizer.learning_rate).c_str());
  switch (button_row({{"Rewind one step", "Back to the start of the step that diverged   (←)", !state.rewind.empty()},
                      {"Reset", "Back to the initial parameters and step 0   (R)"}},
                     0)) {
    case 0: rewind(state); break;
    case 1: reset(state); break;
    default: break;
  }
  ImGui::Separator();
}

void draw_controls_section(AppState& state) {
  draw_divergence(state);
  const float height = ImGui::GetFrameHeight() * 1.3f;
  const bool diverged = state.stepper.divergence().has_value();
  switch (button_row({{"Next phase", "Run the next phase   (→, Page Down or N)", !diverged},
                      {"Step", "Finish the current step: one mini-batch   (S)", !diverged},
                      {"Epoch", "Finish the current epoch   (E)", !diverged}},
                     height)) {
    case 0: next_phase(state); break;
    case 1: next_step(state); break;
    case 2: next_epoch(state); break;
    default: break;
  }
  switch (button_row({{state.running ? "Pause" : "Run", "Train continuously, or pause   (Space)", !diverged},
                      {"Rewind", "Back to the start of this step, or of the previous one   (← or Backspace)", !state.rewind.empty()},
                      {"Reset", "Back to the initial parameters and step 0; η stays as set   (R)"}},
                     height)) {
    case 0: toggle_running(state); break;
    case 1: rewind(state); break;
    case 2: reset(state); break;
    default: break;
  }
  draw_position(state);
  ImGui::Spacing();
  draw_learning_rate(state);
  draw_speed(state);
}

}  // namespace app
