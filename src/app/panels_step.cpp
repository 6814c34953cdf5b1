// The Step panel: the phases of one training step as a pipeline, what runs next, and its formulas.
#include <algorithm>
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

// One chip per phase: done (filled pale), the last run (filled highlight), next (accent outline), later (grey).
static void draw_pipeline(const AppState& state) {
  const bpl::Stepper& stepper = state.stepper;
  const int depth = stepper.network().depth();
  const int count = bpl::phases_per_step(depth);
  // At the start of a step after the first, the update that closed the last step is what just ran.
  const int done = stepper.at_step_start() && stepper.last_phase() ? count - 1 : stepper.done_position();
  const bool wrapped = stepper.at_step_start();
  const int next = bpl::position(stepper.next_phase(), depth);
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.6f;

  // Full labels when they fit in one row, else short ones ("F1", "ℓ", "B1", "U"), wrapping if need be.
  const auto widest = [&](bool short_form) {
    float w = 0;
    for (int p = 0; p < count; ++p) w = std::max(w, viz::chip_size(phase_label(bpl::phase_at(p, depth), short_form).c_str(), {}).x);
    return w;
  };
  const float fit = (ImGui::GetContentRegionAvail().x - spacing * (count - 1)) / count;
  const bool short_form = widest(false) > fit;
  const float chip_width = std::min(widest(short_form), std::max(fit, 0.0f));

  for (int p = 0; p < count; ++p) {
    const bpl::Phase phase = bpl::phase_at(p, depth);
    viz::ChipStyle style;
    style.min_width = chip_width;
    style.border_width = 1.5f * state.scale;
    if (p == done) {
      style.fill = viz::color(state.theme.highlight);
      style.text = ImVec4(1, 1, 1, 1);
    } else if (p < done && !wrapped) {
      style.fill = viz::color(state.theme.highlight, 0.22f);
    } else if (p == next) {
      style.border = viz::color(state.theme.accent);
      style.border_width = 3 * state.scale;
      style.text = viz::color(state.theme.accent);
    } else {
      style.border = viz::color(state.theme.muted, 0.5f);
      style.text = viz::color(state.theme.muted);
    }
    const std::string label = phase_label(phase, short_form);
    if (p > 0) {
      ImGui::SameLine(0, spacing);
      if (ImGui::GetContentRegionAvail().x < viz::chip_size(label.c_str(), style).x) ImGui::NewLine();
    }
    if (viz::chip(label.c_str(), style)) ImGui::SetTooltip("%s", bpl::to_string(phase).c_str());
  }
}

static void draw_formulas(const AppState& state, bpl::Phase phase) {
  const bpl::Stepper& stepper = state.stepper;
  ImGui::Indent();
  ImGui::PushFont(state.fonts.heading);  // the formulas are what the class reads
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 4 * state.scale));
  for (const std::string& line : phase_formulas(phase, stepper.network(), stepper.loss(), stepper.training().optimizer))
    ImGui::TextUnformatted(line.c_str());
  ImGui::PopStyleVar();
  ImGui::PopFont();
  ImGui::Unindent();
}

void draw_step_panel(AppState& state) {
  if (begin_panel("Step", state.layout.step)) {
    const bpl::Stepper& stepper = state.stepper;
    draw_pipeline(state);
    ImGui::Spacing();

    ImGui::TextDisabled("next");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.accent));
    ImGui::TextUnformatted(bpl::to_string(stepper.next_phase()).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextDisabled("last");
    ImGui::SameLine();
    const auto last = stepper.last_phase();
    ImGui::TextUnformatted(last ? bpl::to_string(*last).c_str() : "—");
    ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextDisabled("step");
    ImGui::SameLine();
    ImGui::Text("%ld", stepper.step());
    ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextDisabled("epoch");
    ImGui::SameLine();
    ImGui::Text("%ld", stepper.epoch());

    ImGui::Spacing();
    draw_formulas(state, stepper.next_phase());
  }
  ImGui::End();
}

}  // namespace app
