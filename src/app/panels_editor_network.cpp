// The sidebar's Network and Training sections. Network: hidden layers, units, σ per layer, output σ,
// loss, initialisation, seed — a draft applied on a click, since it needs new parameters.
// Training: optimiser, batch size, shuffle, momentum — live, like η.
#include <algorithm>
#include "editor_widgets.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

using bpl::Activation;

inline constexpr int max_hidden_layers = 8, max_editor_units = 256;

static void resize_hidden(bpl::Lesson& d, int hidden) {
  while (static_cast<int>(d.layers.size()) - 1 < hidden) {
    const bpl::LayerSpec like = d.layers.size() > 1 ? d.layers[d.layers.size() - 2] : bpl::LayerSpec{8, Activation::Tanh};
    d.layers.insert(d.layers.end() - 1, like);
  }
  while (static_cast<int>(d.layers.size()) - 1 > hidden) d.layers.erase(d.layers.end() - 2);
}

// One row per layer: l, units, σ. Returns true on any edit.
static bool draw_layer_table(bpl::Lesson& d) {
  bool edited = false;
  if (!ImGui::BeginTable("layers", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) return false;
  ImGui::TableSetupColumn("l", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("units", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("σ", ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableHeadersRow();
  const int count = static_cast<int>(d.layers.size());
  for (int i = 0; i < count; ++i) {
    bpl::LayerSpec& layer = d.layers[i];
    const bool output = i + 1 == count;
    ImGui::PushID(i);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d%s", i + 1, output ? " out" : "");
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    if (output) {
      ImGui::AlignTextToFramePadding();
      ImGui::Text("%d", layer.units);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("The output layer has one unit per target of the data");
    } else {
      edited |= ImGui::SliderInt("##units", &layer.units, 1, max_editor_units, "%d", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
    }
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-1);
    if (output)
      edited |= enum_combo("##act", layer.act, {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::Relu,
                                                Activation::LeakyRelu, Activation::Softmax});
    else
      edited |= enum_combo("##act", layer.act, {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::Relu,
                                                Activation::LeakyRelu});
    ImGui::PopID();
  }
  ImGui::EndTable();
  return edited;
}

// A one-click fix for the loss ↔ output activation pairs the engine requires.
static bool draw_loss_fix(bpl::Lesson& d) {
  Activation& out = d.layers.back().act;
  if (const auto needed = bpl::required_output(d.loss); needed && *needed != out) {
    const std::string label = "Use a " + std::string(bpl::name(*needed)) + " output";
    if (ImGui::SmallButton(label.c_str())) return out = *needed, true;
  } else if (out == Activation::Softmax && d.loss != bpl::Loss::SoftmaxCrossEntropy) {
    if (ImGui::SmallButton("Use softmax_cross_entropy")) return d.loss = bpl::Loss::SoftmaxCrossEntropy, true;
  }
  return false;
}

void draw_network_editor(AppState& state) {
  bpl::Lesson& d = state.editor.draft;
  const float lw = ImGui::CalcTextSize("hidden layers").x + 2 * ImGui::GetStyle().ItemSpacing.x;
  bool edited = false;
  int hidden = static_cast<int>(d.layers.size()) - 1;
  editor_label("hidden layers", lw);
  if (ImGui::SliderInt("##hidden", &hidden, 0, max_hidden_layers, "%d", ImGuiSliderFlags_AlwaysClamp)) {
    resize_hidden(d, hidden);
    edited = true;
  }
  edited |= draw_layer_table(d);
  editor_label("loss", lw);
  edited |= enum_combo("##loss", d.loss, {bpl::Loss::Mse, bpl::Loss::HalfMse, bpl::Loss::Bce, bpl::Loss::SoftmaxCrossEntropy});
  editor_label("init", lw);
  edited |= enum_combo("##init", d.init.kind, {bpl::InitKind::Xavier, bpl::InitKind::He, bpl::InitKind::Uniform, bpl::InitKind::Zeros});
  if (d.init.kind == bpl::InitKind::Uniform) {
    editor_label("  scale", lw);
    const double lo = 1e-3, hi = 10;
    edited |= ImGui::SliderScalar("##scale", ImGuiDataType_Double, &d.init.scale, &lo, &hi, "U(−%.3g, …)", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  }
  editor_label("seed", lw);
  const std::uint64_t step = 1;
  edited |= ImGui::InputScalar("##seed", ImGuiDataType_U64, &d.seed, &step);
  if (edited) check_draft(state.editor, state.lesson);
  if (state.editor.pending && draw_loss_fix(d)) check_draft(state.editor, state.lesson);
  draw_apply_bar(state, "network");
}

void draw_training_editor(AppState& state) {
  bpl::TrainingSpec t = state.stepper.training();
  const float lw = ImGui::CalcTextSize("hidden layers").x + 2 * ImGui::GetStyle().ItemSpacing.x;
  bool edited = false;
  editor_label("optimiser", lw);
  edited |= enum_combo("##optimizer", t.optimizer.kind, {bpl::OptimizerKind::Sgd, bpl::OptimizerKind::Momentum, bpl::OptimizerKind::Adam});
  if (t.optimizer.kind == bpl::OptimizerKind::Momentum) {
    editor_label("  μ", lw);
    const double lo = 0, hi = 0.999;
    edited |= ImGui::SliderScalar("##momentum", ImGuiDataType_Double, &t.optimizer.momentum, &lo, &hi, "%.3f", ImGuiSliderFlags_AlwaysClamp);
  }
  const int n = static_cast<int>(std::max<Eigen::Index>(state.stepper.data().x_train.cols(), 1));
  bool full = t.batch_size <= 0 || t.batch_size >= n;
  editor_label("batch", lw);
  if (ImGui::Checkbox("full", &full)) {
    t.batch_size = full ? 0 : std::max(1, n / 4);
    edited = true;
  }
  if (!full) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    edited |= ImGui::SliderInt("##batch", &t.batch_size, 1, n, "%d samples", ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
  }
  editor_label("", lw);
  edited |= ImGui::Checkbox("shuffle", &t.shuffle);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("A new order of the training samples every epoch");
  if (edited) set_training(state, t);
  ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.muted));
  ImGui::TextWrapped("These apply at the next step, running or not.");
  ImGui::PopStyleColor();
}

}  // namespace app
