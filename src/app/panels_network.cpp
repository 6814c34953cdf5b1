// The Network panel, the heart of the app: the phase strip and the formula of the phase, then the
// architecture strip over one card of heatmaps per layer (scrolling when it does not fit), and the
// legend column on the right.
#include <algorithm>
#include <cstdio>
#include "network_parts.hpp"
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

Wave current_wave(AppState& state) {
  NetworkView& view = state.network_view;
  const bpl::Stepper& stepper = state.stepper;
  if (state.running) return {};  // phases fly by: no wave to follow
  const std::optional<bpl::Phase> last = stepper.last_phase();
  const double now = ImGui::GetTime();
  if (last != view.wave_phase || stepper.step() != view.wave_step) {
    const bool first = view.wave_step < 0;  // no pulses for what was run before the window opened
    view.wave_phase = last;
    view.wave_step = stepper.step();
    view.wave_start = first ? -1e9 : now;
  }
  constexpr double travel_seconds = 0.8;
  return {last, static_cast<float>(std::clamp((now - view.wave_start) / travel_seconds, 0.0, 1.0))};
}

// Samples in the mini-batch: of the current batch once there is one, else what a batch will hold.
static int batch_columns(const bpl::Stepper& stepper) {
  if (!stepper.batch().empty()) return static_cast<int>(stepper.batch().size());
  const int n = static_cast<int>(stepper.data().x_train.cols()), b = stepper.training().batch_size;
  return std::max(1, b > 0 ? std::min(b, n) : n);
}

static void draw_body(AppState& state) {
  const float f = ImGui::GetFontSize();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float legend_w = std::round(std::clamp(0.18f * avail.x, 7.5f * f, 12.0f * f));
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const Wave wave = current_wave(state);

  ImGui::BeginChild("cards", ImVec2(avail.x - legend_w - spacing, avail.y), false, ImGuiWindowFlags_HorizontalScrollbar);
  GeometryInput in;
  in.net = &state.stepper.network();
  in.batch = batch_columns(state.stepper);
  in.show_more = state.config.view.more_quantities;
  in.region = ImGui::GetContentRegionAvail();
  in.font = f;
  in.scale = state.scale;
  in.label_width = [&](int layer, CardColumn c, bool backward) {
    constexpr bpl::Quantity forward[] = {bpl::Quantity::W, bpl::Quantity::B, bpl::Quantity::S, bpl::Quantity::X};
    constexpr bpl::Quantity back[] = {bpl::Quantity::DlDw, bpl::Quantity::DlDb, bpl::Quantity::DlDs, bpl::Quantity::DlDx};
    const bpl::Quantity q = (backward ? back : forward)[static_cast<int>(c)];
    if (!shown(state.config.view, q, layer, state.stepper.network().depth())) return 0.0f;
    return ImGui::CalcTextSize(with_layer(q, layer).c_str()).x;
  };
  const NetworkGeometry g = compute_network_geometry(in);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  draw_architecture(state, g, origin, wave);
  const int hovered = draw_layer_cards(state, g, origin, wave);
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(g.content);  // the scroll extent
  ImGui::EndChild();

  ImGui::SameLine(0, spacing);
  ImGui::PushStyleVar(ImGuiStyleVar_ScrollbarSize, std::round(0.4f * f));  // a thin one: the bars come first
  ImGui::BeginChild("legend", ImVec2(legend_w, avail.y));
  draw_network_legend(state, hovered);
  ImGui::EndChild();
  ImGui::PopStyleVar();
}

void draw_network_panel(AppState& state) {
  if (begin_panel("Network", state.layout.network)) {
    NetworkView& view = state.network_view;
    if (!view.program && view.program_error.empty()) {
      view.program = viz::load_heatmap_program(view.program_error);
      if (!view.program) std::fprintf(stderr, "backprop-lab: heatmap shaders: %s\n", view.program_error.c_str());
    }
    draw_phase_strip(state);
    draw_phase_formulas(state);
    ImGui::Spacing();
    if (view.program) {
      sync_network_view(view, state.stepper, state.version, state.running);  // running: ranges held, no flicker
      draw_body(state);
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.error));
      ImGui::TextWrapped("The heatmaps cannot be drawn: %s", view.program_error.c_str());
      ImGui::PopStyleColor();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("They are read at start from the project's shaders/ directory (or shaders/ beside the "
                         "executable); set BACKPROP_SHADER_DIR to point at it.");
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

}  // namespace app
