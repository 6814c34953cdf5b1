// The layer cards: per layer, a forward row (w, b, s, x) above a backward row (∂ℓ/∂w, ∂ℓ/∂b,
// ∂ℓ/∂s, ∂ℓ/∂x), each a heatmap; what the last phase produced is framed in its colour, what this
// step has not computed yet is hatched; hovering a cell explains it with its numbers.
#include <algorithm>
#include <cmath>
#include <array>
#include <optional>
#include "explain.hpp"
#include "network_links.hpp"
#include "network_parts.hpp"
#include "notation.hpp"
#include "viz/cell_grid.hpp"
#include "viz/fonts.hpp"

namespace app {

namespace {

using bpl::Quantity;
constexpr Quantity forward_row[card_columns] = {Quantity::W, Quantity::B, Quantity::S, Quantity::X};
constexpr Quantity backward_row[card_columns] = {Quantity::DlDw, Quantity::DlDb, Quantity::DlDs, Quantity::DlDx};

// This frame's heatmaps on screen and the cell under the mouse: after the last card, what that
// cell was computed from is outlined on the others.
struct DrawnMaps {
  std::vector<std::array<std::optional<viz::Rect>, bpl::quantity_count>> rects;  // [l − 1][Quantity]
  std::optional<Span> hovered;                                                  // one cell
  float cards_top = 0, cards_bottom = 0;  // screen y: tooltips go below the cards (or above), off the outlines
};

// The tooltip of entry (i, j) of quantity q of layer l: what it is, how it was computed with its
// numbers (bpl::explain), and whether it belongs to this step.
void cell_tooltip(const AppState& state, Quantity q, int layer, int i, int j, float value, const DrawnMaps& drawn) {
  const bpl::Stepper& stepper = state.stepper;
  const bool parameter = q == Quantity::W || q == Quantity::B;
  const bool fresh = stepper.fresh(q, layer) && !state.running;
  const bool per_sample = q == Quantity::S || q == Quantity::X || q == Quantity::DlDs || q == Quantity::DlDx;
  // Below the cards, on the mouse's side, so the outlined inputs stay in view (above when no room).
  const ImVec2 mouse = ImGui::GetIO().MousePos, display = ImGui::GetIO().DisplaySize;
  const float f = ImGui::GetFontSize();
  const bool below = drawn.cards_bottom + 6 * f < display.y;
  const bool left = mouse.x > 0.6f * display.x;
  ImGui::SetNextWindowPos(ImVec2(mouse.x + (left ? f : -f), below ? drawn.cards_bottom + 0.5f * f : drawn.cards_top - 0.5f * f),
                          ImGuiCond_Always, ImVec2(left ? 1.0f : 0.0f, below ? 0.0f : 1.0f));
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(f * 34);
  if (fresh || parameter) {
    const bpl::Explanation e = bpl::explain(stepper, q, layer, i, parameter && q == Quantity::B ? 0 : j);
    ImGui::TextUnformatted(e.title.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted(e.formula.c_str());
  } else {
    const std::string where = q == Quantity::W || q == Quantity::DlDw
                                  ? " unit " + std::to_string(i + 1) + ", input " + std::to_string(j + 1)
                              : per_sample ? " unit " + std::to_string(i + 1) + ", sample " + std::to_string(j + 1)
                                           : " unit " + std::to_string(i + 1);
    ImGui::TextUnformatted((with_layer(q, layer) + where).c_str());
    ImGui::Separator();
    ImGui::Text("= %s", number(value).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(state.running ? "from the last completed step (running)"
                                         : ("not computed yet in this step: left from the previous one (computed by " +
                                            phase_label(bpl::producer(q, layer, stepper.network().depth())) + ")")
                                               .c_str());
    ImGui::PopStyleColor();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextUnformatted(parameter ? "outlined: its gradient, which the update subtracts" : "outlined: what it was computed from");
  ImGui::PopStyleColor();
  if (fresh && per_sample && j < static_cast<int>(stepper.batch().size())) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::Text("sample %d of the batch is training point #%ld", j + 1, static_cast<long>(stepper.batch()[j]) + 1);
    ImGui::PopStyleColor();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// Outlines the spans of the hovered cell's inputs: dark, with a light halo, over any colour.
void draw_links(const AppState& state, const DrawnMaps& drawn) {
  if (!drawn.hovered) return;
  const bpl::Network& net = state.stepper.network();
  const Span& h = *drawn.hovered;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const Span& s : inputs_of(net, state.stepper.loss(), h.q, h.layer, h.row0, h.col0)) {
    if (s.layer < 1 || s.layer > net.depth()) continue;
    const std::optional<viz::Rect>& r = drawn.rects[s.layer - 1][static_cast<int>(s.q)];
    const viz::Heatmap& map = state.network_view.maps[s.layer - 1][static_cast<int>(s.q)];
    if (!r || map.rows() == 0 || map.cols() == 0 || s.row1 > map.rows() || s.col1 > map.cols()) continue;
    const float cw = r->w / map.cols(), ch = r->h / map.rows();
    const ImVec2 a(std::round(r->x + s.col0 * cw), std::round(r->y + s.row0 * ch));
    const ImVec2 b(std::round(r->x + s.col1 * cw), std::round(r->y + s.row1 * ch));
    draw->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), IM_COL32(255, 255, 255, 230), 0, 0, 1.5f);
    draw->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), IM_COL32(25, 25, 35, 255), 0, 0, 1.5f);
  }
}

// One heatmap with its label above; returns true when the mouse is over it.
bool draw_map(AppState& state, Quantity q, int layer, ImVec2 at, ImVec2 size, float label_h, float column_w, const Wave& wave,
              DrawnMaps& drawn) {
  NetworkView& view = state.network_view;
  const bpl::Stepper& stepper = state.stepper;
  const bpl::Phase producer = bpl::producer(q, layer, stepper.network().depth());
  const bool fresh = stepper.fresh(q, layer);
  const bool just = fresh && wave.phase && *wave.phase == producer && q != Quantity::W && q != Quantity::B;
  const bool updated = (q == Quantity::W || q == Quantity::B) && wave.phase && wave.phase->kind == bpl::PhaseKind::Update;
  const ImVec4 colour = phase_colour(producer.kind);
  viz::Heatmap& map = heatmap_of(view, q, layer);
  const ViewSettings& settings = state.config.view;
  const ColourScale scale = colour_scale(view, settings, stepper.network(), q, layer);

  // The label: the symbol in the notes' notation, the shape in grey when there is room.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const std::string symbol = with_layer(q, layer);
  const float label_y = std::round(at.y - label_h + (label_h - ImGui::GetFontSize()) * 0.35f);
  const ImU32 ink = just || updated ? ImGui::GetColorU32(colour) : ImGui::GetColorU32(ImGuiCol_Text);
  draw->AddText(ImVec2(at.x, label_y), ink, symbol.c_str());
  std::string note = map.rows() == 0 || map.cols() == 0        ? ""
                     : settings.range_mode == RangeMode::PerMatrix ? "±" + number(scale.hi)
                                                               : std::to_string(map.rows()) + "×" + std::to_string(map.cols());
  if (scale.lo == 0 && settings.range_mode == RangeMode::PerMatrix) note = "0…" + number(scale.hi);
  ImFont* font = viz::small_font();
  const float symbol_w = ImGui::CalcTextSize(symbol.c_str()).x, small = font->FontSize;
  const float note_w = font->CalcTextSizeA(small, 1e9f, 0, note.c_str()).x;
  if (symbol_w + 6 + note_w <= column_w)
    draw->AddText(font, small, ImVec2(at.x + symbol_w + 6, label_y + ImGui::GetFontSize() - small - 1),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), note.c_str());

  viz::HeatmapOptions options;
  options.colormap = scale.colormap;
  options.lo = scale.lo;
  options.hi = scale.hi;
  options.dim = !fresh && !state.running;
  options.highlight = just || updated;
  options.highlight_colour = ImGui::GetColorU32(colour);
  ImGui::SetCursorScreenPos(at);
  ImGui::PushID(static_cast<int>(q));
  const viz::HeatmapHover hover = viz::draw_heatmap(map, size, options);
  ImGui::PopID();
  drawn.rects[layer - 1][static_cast<int>(q)] = viz::Rect{std::floor(at.x), std::floor(at.y), std::round(size.x), std::round(size.y)};
  if (hover.hovered) {
    cell_tooltip(state, q, layer, hover.row, hover.col, map.value(hover.row, hover.col), drawn);
    drawn.hovered = Span{q, layer, hover.row, hover.row + 1, hover.col, hover.col + 1};
  }
  return ImGui::IsItemHovered();
}

}  // namespace

int draw_layer_cards(AppState& state, const NetworkGeometry& g, ImVec2 origin, const Wave& wave) {
  const bpl::Stepper& stepper = state.stepper;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = 6 * state.scale;
  int hovered = 0;
  DrawnMaps drawn;
  drawn.rects.resize(stepper.network().depth());
  const ImVec2 clip0 = ImGui::GetWindowDrawList()->GetClipRectMin(), clip1 = ImGui::GetWindowDrawList()->GetClipRectMax();
  drawn.cards_top = std::max(origin.y + g.cards_y, clip0.y);
  drawn.cards_bottom = std::min(origin.y + g.cards_y + g.card_h, clip1.y);
  for (int l = 1; l <= stepper.network().depth(); ++l) {
    const CardGeometry& card = g.cards[l - 1];
    const ImVec2 c0(origin.x + card.x, origin.y + g.cards_y), c1(c0.x + card.width, c0.y + g.card_h);
    const bool touched = wave.phase && (wave.phase->kind == bpl::PhaseKind::Forward || wave.phase->kind == bpl::PhaseKind::Backward) &&
                         wave.phase->layer == l;
    const ImVec4 tint = wave.phase ? phase_colour(wave.phase->kind) : ImVec4();
    draw->AddRectFilled(c0, c1, touched ? ImGui::GetColorU32(ImVec4(tint.x, tint.y, tint.z, 0.08f)) : IM_COL32(242, 243, 246, 255), rounding);
    draw->AddRect(c0, c1, touched ? ImGui::GetColorU32(ImVec4(tint.x, tint.y, tint.z, 0.6f)) : ImGui::GetColorU32(ImGuiCol_Border, 0.6f),
                  rounding, 0, touched ? 2 * state.scale : 1);

    ImGui::PushID(l);
    for (int c = 0; c < card_columns; ++c) {
      if (card.col_w[c] <= 0) continue;
      const auto column = static_cast<CardColumn>(c);
      const ImVec2 size = g.map_size(card, column);
      for (bool backward : {false, true}) {
        const Quantity q = backward ? backward_row[c] : forward_row[c];
        if (!shown(state.config.view, q, l, stepper.network().depth())) continue;
        const ImVec2 at(origin.x + card.col_x[c], origin.y + (backward ? g.backward_y : g.forward_y));
        ImGui::PushID(backward);
        if (draw_map(state, q, l, at, size, g.label_h, card.col_w[c], wave, drawn)) hovered = l;
        ImGui::PopID();
      }
    }
    ImGui::PopID();
    if (ImGui::IsMouseHoveringRect(c0, c1)) hovered = l;
  }
  draw_links(state, drawn);
  return hovered;
}

}  // namespace app
