// The Loss panel: ℓ of the current mini-batch, where it comes from, and the test loss.
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

void draw_loss_panel(AppState& state) {
  if (begin_panel("Loss", state.layout.loss)) {
    const bpl::Stepper& stepper = state.stepper;
    const int depth = stepper.network().depth();
    const bool fresh = stepper.done_position() >= bpl::position({bpl::PhaseKind::Loss, 0}, depth);
    const bool any = fresh || stepper.step() > 0;

    ImGui::PushFont(state.fonts.heading);
    ImGui::TextUnformatted(any ? ("ℓ = " + number(stepper.batch_loss())).c_str() : "ℓ = ?");
    ImGui::PopFont();
    ImGui::SameLine(0, 2 * ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    const std::string batch = std::to_string(stepper.batch().size());
    if (fresh)
      ImGui::TextDisabled("mean of ℓₙ over this step's batch of %s samples", batch.c_str());
    else if (any)
      ImGui::TextDisabled("from step %ld; this step's loss is not computed yet", stepper.step());
    else
      ImGui::TextDisabled("not computed yet: run forward 1 … forward %d, then loss", depth);

    ImGui::TextUnformatted((std::string(bpl::name(stepper.loss())) + ":   " + sample_loss_formula(stepper.loss())).c_str());
    if (!stepper.test_history().empty()) {
      ImGui::SameLine(0, 3 * ImGui::GetStyle().ItemSpacing.x);
      ImGui::TextDisabled("test");
      ImGui::SameLine();
      ImGui::Text("ℓ = %s after epoch %ld", number(stepper.test_history().last()).c_str(), stepper.epoch());
    }
  }
  ImGui::End();
}

}  // namespace app
