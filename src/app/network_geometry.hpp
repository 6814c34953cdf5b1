// Where everything of the network view goes, in pixels, computed from the network's shape and the
// space available (no drawing here): cell size, one card per layer with its columns, the
// architecture strip above them, and the node columns the strip draws (aligned with the cards).
//
//   inputs   ┌ card 1 ───────────────────────┐ ┌ card 2 ──────── ┐  loss
//   x⁽⁰⁾ ●──── w b  s          x   (nodes) ●──── w  s   x  ● ────── ℓ
//            │ w⁽¹⁾ b⁽¹⁾ s⁽¹⁾ x⁽¹⁾  forward row │ │ …             │
//            │ ∂ℓ/∂w ∂ℓ/∂b ∂ℓ/∂s ∂ℓ/∂x  backward│ │ …             │
//            └───────────────────────────────┘ └────────────────┘
#pragma once
#include <imgui.h>
#include <array>
#include <functional>
#include <string>
#include <vector>
#include "network.hpp"

namespace app {

// The columns of a card: parameters (w / ∂ℓ/∂w), bias (b / ∂ℓ/∂b, on the "more" toggle),
// pre-activations (s / ∂ℓ/∂s) and activations (x / ∂ℓ/∂x).
enum class CardColumn { Weights, Bias, S, X };
inline constexpr int card_columns = 4;

struct CardGeometry {
  float x = 0, width = 0;  // from the region's left edge
  std::array<float, card_columns> col_x{}, col_w{};  // left edge and width of each column (0 = hidden)
  std::array<int, card_columns> cells{};            // heatmap columns in each column (inputs, 1, batch, batch)
  int rows = 0;                                     // units
  float node_x = 0;                                 // centre of this layer's nodes on the strip
};

struct NetworkGeometry {
  float cell_w = 1, cell_h = 1;  // pixels per heatmap cell
  float pad = 0, label_h = 0, row_gap = 0;
  float arch_h = 0;              // the architecture strip, at the top of the region
  float cards_y = 0, card_h = 0;
  float forward_y = 0, backward_y = 0;  // tops of the heatmaps of each row (labels are above)
  float input_x = 0, loss_x = 0;        // node columns of x⁽⁰⁾ and ℓ
  std::vector<CardGeometry> cards;      // cards[l − 1]
  ImVec2 content{};                     // the whole drawing (scrolls when larger than the region)

  ImVec2 map_size(const CardGeometry& card, CardColumn c) const {
    return {card.cells[static_cast<int>(c)] * cell_w, card.rows * cell_h};
  }
};

struct GeometryInput {
  const bpl::Network* net = nullptr;
  int batch = 1;            // samples in the mini-batch (columns of s, x, …)
  bool show_more = false;   // the bias column
  ImVec2 region{};          // pixels available
  float font = 20;          // size of the label font
  float scale = 1;          // content scale × zoom
  // Width in pixels of a label (column `c` of card l, or "" for the side labels) at `font`.
  std::function<float(int layer, CardColumn c, bool backward)> label_width;
};

NetworkGeometry compute_network_geometry(const GeometryInput& in);

}  // namespace app
