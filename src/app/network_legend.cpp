// The network panel's legend column: how colours map to values (one bar with ticks per quantity,
// or per matrix of one card), what frames and hatching mean, and the range and toggle controls.
#include <algorithm>
#include <cmath>
#include "network_parts.hpp"
#include "notation.hpp"

namespace app {

namespace {

using bpl::Quantity;

// A caption and its colour bar on one row; the bar fills what is left of the column.
void scale_row(const std::string& caption, const ColourScale& scale, float caption_w) {
  const float f = ImGui::GetFontSize();
  ImGui::AlignTextToFramePadding();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::TextUnformatted(caption.c_str());
  ImGui::SameLine(0, 0);
  ImGui::SetCursorScreenPos(ImVec2(at.x + caption_w, at.y + 0.25f * f));
  viz::draw_colour_bar(scale.colormap, scale.lo, scale.hi,
                       ImVec2(std::max(ImGui::GetContentRegionAvail().x - 4, 4 * f), std::round(1.35f * f)));
}

// A small swatch drawn by `paint` in a square the text's height, then the text.
template <class Paint>
void key_row(const char* text, Paint paint) {
  const float f = ImGui::GetFontSize();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(1.6f * f, f));
  paint(ImGui::GetWindowDrawList(), ImVec2(p.x + 2, p.y + 2), ImVec2(p.x + 1.4f * f, p.y + f - 2));
  ImGui::SameLine();
  ImGui::TextUnformatted(text);
}

}  // namespace

void draw_network_legend(AppState& state, int hovered_layer) {
  const NetworkView& view = state.network_view;
  const ViewSettings& settings = state.config.view;
  const bpl::Network& net = state.stepper.network();
  const float f = ImGui::GetFontSize();
  draw_view_controls(state);

  const Quantity order[] = {Quantity::W, Quantity::B, Quantity::S, Quantity::X, Quantity::DlDw, Quantity::DlDb, Quantity::DlDs, Quantity::DlDx};
  const auto shown_anywhere = [&](Quantity q) {
    for (int l = 1; l <= net.depth(); ++l)
      if (shown(settings, q, l, net.depth())) return true;
    return false;
  };
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, std::round(0.3f * f)));
  const float caption_w = ImGui::CalcTextSize(settings.range_mode == RangeMode::PerMatrix ? "∂ℓ/∂w⁽⁸⁾" : "∂ℓ/∂w").x + 0.4f * f;

  if (settings.range_mode == RangeMode::PerMatrix) {
    const int l = std::clamp(hovered_layer ? hovered_layer : std::max(state.stepper.touched_layer(), 1), 1, net.depth());
    ImGui::TextDisabled("layer %d (hover a card)", l);
    for (Quantity q : order)
      if (shown(settings, q, l, net.depth())) scale_row(with_layer(q, l), colour_scale(view, settings, net, q, l), caption_w);
  } else {
    for (Quantity q : order) {
      if (!shown_anywhere(q)) continue;
      // One bar per distinct scale: x can differ by σ (tanh on [−1, 1], sigmoid on [0, 1], …).
      std::vector<std::pair<ColourScale, int>> scales;
      for (int l = 1; l <= net.depth(); ++l) {
        if (!shown(settings, q, l, net.depth())) continue;
        const ColourScale s = colour_scale(view, settings, net, q, l);
        const bool seen = std::any_of(scales.begin(), scales.end(), [&](const auto& e) {
          return e.first.colormap == s.colormap && e.first.lo == s.lo && e.first.hi == s.hi;
        });
        if (!seen) scales.emplace_back(s, l);
      }
      for (const auto& [s, l] : scales)
        scale_row(scales.size() == 1 ? std::string(bpl::symbol(q)) : with_layer(q, l), s, caption_w);
    }
  }

  ImGui::Spacing();
  const ImU32 frame = ImGui::GetColorU32(ImGuiCol_Border);
  key_row("not computed yet", [&](ImDrawList* d, ImVec2 a, ImVec2 b) {
    d->AddRectFilled(a, b, IM_COL32(226, 228, 232, 255));
    d->PushClipRect(a, b, true);
    for (float x = a.x - (b.y - a.y); x < b.x; x += 6) d->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), IM_COL32(120, 124, 135, 255), 1.5f);
    d->PopClipRect();
    d->AddRect(a, b, frame);
  });
  key_row("just computed", [&](ImDrawList* d, ImVec2 a, ImVec2 b) {
    const float w = (b.x - a.x) / 2;
    d->AddRect(a, ImVec2(a.x + w - 1, b.y), ImGui::GetColorU32(phase_colour(bpl::PhaseKind::Forward)), 2, 0, 2.5f);
    d->AddRect(ImVec2(a.x + w + 1, a.y), b, ImGui::GetColorU32(phase_colour(bpl::PhaseKind::Backward)), 2, 0, 2.5f);
  });
  key_row("NaN", [&](ImDrawList* d, ImVec2 a, ImVec2 b) {
    d->AddRectFilled(a, b, ImGui::GetColorU32(ImVec4(viz::nan_colour.r, viz::nan_colour.g, viz::nan_colour.b, 1)));
    d->AddRect(a, b, frame);
  });
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("rows: units; columns: samples of the batch (w, ∂ℓ/∂w: inputs)");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleVar();
}

void draw_view_controls(AppState& state) {
  ViewSettings& settings = state.config.view;
  if (ImGui::Button("View ▾", ImVec2(ImGui::GetContentRegionAvail().x, 0))) ImGui::OpenPopup("network view");
  if (ImGui::IsItemHovered() && !ImGui::IsPopupOpen("network view"))
    ImGui::SetTooltip("colour ranges; show b, ∂ℓ/∂b and every ∂ℓ/∂x");
  if (!ImGui::BeginPopup("network view")) return;
  ImGui::TextDisabled("colour range");
  int mode = static_cast<int>(settings.range_mode);
  ImGui::RadioButton("per matrix: each its own ±max", &mode, static_cast<int>(RangeMode::PerMatrix));
  ImGui::RadioButton("per quantity: one ±max across layers", &mode, static_cast<int>(RangeMode::PerQuantity));
  ImGui::RadioButton("fixed", &mode, static_cast<int>(RangeMode::Fixed));
  settings.range_mode = static_cast<RangeMode>(mode);
  if (settings.range_mode == RangeMode::Fixed) {
    ImGui::SameLine();
    ImGui::SetNextItemWidth(6 * ImGui::GetFontSize());
    ImGui::DragFloat("##fixed", &settings.fixed_range, 0.01f, 1e-4f, 1e4f, "±%.3g", ImGuiSliderFlags_Logarithmic);
  } else {
    ImGui::TextDisabled("while running, a range grows at once\nbut shrinks only below half: no flicker");
  }
  ImGui::Separator();
  ImGui::Checkbox("show b, ∂ℓ/∂b and every ∂ℓ/∂x", &settings.more_quantities);
  ImGui::EndPopup();
}

}  // namespace app
