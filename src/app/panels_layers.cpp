// The Layers panel: one row per layer with its σ and the shape of w, its parameters, and which of
// the notes' quantities this step has computed so far. (Per-layer heatmaps will live here.)
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

namespace {
constexpr bpl::Quantity parameters[] = {bpl::Quantity::W, bpl::Quantity::B};
constexpr bpl::Quantity computed[] = {bpl::Quantity::S,    bpl::Quantity::X,    bpl::Quantity::DlDx,
                                      bpl::Quantity::DlDs, bpl::Quantity::DlDw, bpl::Quantity::DlDb};
}  // namespace

// A chip for quantity q of a layer: filled highlight when the last phase produced it, pale when
// computed earlier in this step, outlined grey when not yet. With `wrap`, it goes to a new line
// when the cell is full (not in fit-to-content columns: their width comes from what they hold).
enum class Place { First, SameLine, Wrap };
static void quantity_chip(const AppState& state, bpl::Quantity q, int layer, Place place) {
  const bpl::Stepper& stepper = state.stepper;
  const bpl::Phase producer = bpl::producer(q, layer, stepper.network().depth());
  const bool fresh = stepper.fresh(q, layer);
  const bool just = fresh && stepper.last_phase() == producer;
  viz::ChipStyle style;
  style.fill = just ? viz::color(state.theme.highlight) : fresh ? viz::color(state.theme.accent, 0.18f) : ImVec4(0, 0, 0, 0);
  style.text = just ? ImVec4(1, 1, 1, 1) : fresh ? ImGui::GetStyleColorVec4(ImGuiCol_Text) : viz::color(state.theme.muted, 0.7f);
  style.border = viz::color(state.theme.muted, 0.35f);
  style.border_width = fresh ? 0 : 1;

  const std::string label = with_layer(q, layer);
  if (place != Place::First) ImGui::SameLine();
  if (place == Place::Wrap && ImGui::GetContentRegionAvail().x < viz::chip_size(label.c_str(), style).x) ImGui::NewLine();
  if (viz::chip(label.c_str(), style)) {
    const bool parameter = q == bpl::Quantity::W || q == bpl::Quantity::B;
    ImGui::SetTooltip("%s: %s (by %s)", label.c_str(),
                      parameter ? "a parameter, rewritten by each update"
                      : fresh   ? "computed in this step"
                                : "not computed yet in this step",
                      bpl::to_string(producer).c_str());
  }
}

static void layer_row(const AppState& state, int l) {
  const bpl::Layer& layer = state.stepper.network().layers[l - 1];
  ImGui::TableNextRow();
  if (l == state.stepper.touched_layer())
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(viz::color(state.theme.highlight, 0.12f)));
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d   %s", l, std::string(bpl::name(layer.act)).c_str());
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::Text("%d×%d", layer.units(), layer.inputs());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("w%s: %d units × %d inputs", layer_tag(l).c_str(), layer.units(), layer.inputs());
  ImGui::TableNextColumn();
  for (bpl::Quantity q : parameters) quantity_chip(state, q, l, q == parameters[0] ? Place::First : Place::SameLine);
  ImGui::TableNextColumn();
  for (bpl::Quantity q : computed) quantity_chip(state, q, l, q == computed[0] ? Place::First : Place::Wrap);
}

void draw_layers_panel(AppState& state) {
  if (begin_panel("Layers", state.layout.layers)) {
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("layers", 4, flags)) {
      ImGui::TableSetupColumn("layer");
      ImGui::TableSetupColumn("w");
      ImGui::TableSetupColumn("parameters");
      ImGui::TableSetupColumn("computed in this step", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableHeadersRow();
      for (int l = 1; l <= state.stepper.network().depth(); ++l) layer_row(state, l);
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace app
