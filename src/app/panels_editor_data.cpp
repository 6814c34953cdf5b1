// The sidebar's Data section: the lesson's data kind and its parameters (function, domain, count,
// noise, test fraction; 2-D pattern). Points lessons show their size, read-only.
#include "editor_widgets.hpp"
#include "panels.hpp"

namespace app {

static bool draw_kind(bpl::Lesson& d, float lw) {
  editor_label("kind", lw);
  if (!enum_combo("##kind", d.data.kind, {bpl::DataKind::Function, bpl::DataKind::Classification})) return false;
  fit_draft_to_data(d);
  return true;
}

void draw_data_editor(AppState& state) {
  bpl::Lesson& d = state.editor.draft;
  bpl::DataSpec& data = d.data;
  const float lw = ImGui::CalcTextSize("hidden layers").x + 2 * ImGui::GetStyle().ItemSpacing.x;
  if (data.kind == bpl::DataKind::Points) {
    ImGui::TextWrapped("Points from the lesson file: %ld training, %ld test samples of %ld input(s) → %ld target(s).",
                       static_cast<long>(data.inputs.cols()), static_cast<long>(data.test_inputs.cols()),
                       static_cast<long>(data.inputs.rows()), static_cast<long>(data.targets.rows()));
    return;
  }
  bool edited = draw_kind(d, lw);
  if (data.kind == bpl::DataKind::Function) {
    editor_label("function", lw);
    edited |= enum_combo("##function", data.function,
                         {bpl::TargetFunction::Sin, bpl::TargetFunction::Step, bpl::TargetFunction::Abs,
                          bpl::TargetFunction::Sawtooth, bpl::TargetFunction::GaussianBump, bpl::TargetFunction::Cubic});
    editor_label("domain", lw);
    double domain[2] = {data.lo, data.hi};
    if (ImGui::InputScalarN("##domain", ImGuiDataType_Double, domain, 2, nullptr, nullptr, "%.4g")) {
      data.lo = domain[0];
      data.hi = domain[1];
      edited = true;
    }
  } else {
    editor_label("pattern", lw);
    edited |= enum_combo("##pattern", data.pattern,
                         {bpl::Pattern::Xor, bpl::Pattern::Circle, bpl::Pattern::TwoGaussians, bpl::Pattern::Spiral});
  }
  editor_label("samples", lw);
  edited |= ImGui::SliderInt("##count", &data.count, 4, 4000, "%d", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  editor_label("noise", lw);
  const double zero = 0, noise_hi = 1, test_hi = 0.9;
  edited |= ImGui::SliderScalar("##noise", ImGuiDataType_Double, &data.noise, &zero, &noise_hi, "%.3f", ImGuiSliderFlags_AlwaysClamp);
  editor_label("test part", lw);
  edited |= ImGui::SliderScalar("##test", ImGuiDataType_Double, &data.test_fraction, &zero, &test_hi, "%.2f", ImGuiSliderFlags_AlwaysClamp);
  if (edited) check_draft(state.editor, state.lesson);
  draw_apply_bar(state, "data");
}

}  // namespace app
