// Sizes the network view: the largest whole-pixel cells (within limits) that let every card fit
// side by side; past the smallest cell, the region scrolls.
#include "network_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace app {

namespace {

struct Metrics {
  float pad, gap, card_gap, left, right, min_cell, fit_cell, readable_cell, max_cell_w, max_cell_h;
};

// Lays out the cards left to right for cells `cell_w` wide; returns the total width.
float place_cards(const GeometryInput& in, const Metrics& m, float cell_w, std::vector<CardGeometry>& cards) {
  const bpl::Network& net = *in.net;
  float x = m.left;
  cards.assign(net.depth(), {});
  for (int l = 1; l <= net.depth(); ++l) {
    const bpl::Layer& layer = net.layers[l - 1];
    CardGeometry& card = cards[l - 1];
    card.rows = layer.units();
    card.cells = {layer.inputs(), in.show_more ? 1 : 0, in.batch, in.batch};
    card.x = x;
    float cx = x + m.pad;
    for (int c = 0; c < card_columns; ++c) {
      if (card.cells[c] == 0) continue;
      const auto column = static_cast<CardColumn>(c);
      const float label = std::max(in.label_width(l, column, false), in.label_width(l, column, true));
      if (cx > x + m.pad) cx += m.gap;
      card.col_x[c] = cx;
      card.col_w[c] = std::max(label, card.cells[c] * cell_w);
      cx += card.col_w[c];
    }
    card.width = cx + m.pad - x;
    const int xc = static_cast<int>(CardColumn::X);
    card.node_x = std::round(card.col_x[xc] + std::min(card.col_w[xc], card.cells[xc] * cell_w) * 0.5f);
    x += card.width + m.card_gap;
  }
  return x - m.card_gap + m.right;
}

}  // namespace

NetworkGeometry compute_network_geometry(const GeometryInput& in) {
  const float s = in.scale, f = in.font;
  const Metrics m{std::round(0.4f * f), std::round(0.5f * f), std::round(0.6f * f), std::round(1.7f * f),
                  std::round(2.0f * f), std::round(2 * s),    std::round(3 * s),    std::round(6 * s),
                  std::round(3.2f * f), std::round(1.8f * f)};
  NetworkGeometry g;
  g.pad = m.pad;
  g.label_h = std::round(f * 1.2f);
  g.row_gap = std::round(0.5f * f);
  // The strip: tall enough for up to 16 nodes a column at 0.75 em apart, but at most 30% of the region.
  int drawn = std::min(in.net->inputs, 16);
  for (const bpl::Layer& layer : in.net->layers) drawn = std::max(drawn, std::min(layer.units(), 16));
  const float want = 2.4f * f + (drawn - 1) * 0.75f * f;
  g.arch_h = std::round(std::clamp(want, 2.8f * f, std::max(2.8f * f, 0.3f * in.region.y)));
  g.cards_y = g.arch_h;

  // Tallest cell that fits the height left for the two rows of heatmaps of the tallest card.
  int rows = 1;
  for (const bpl::Layer& layer : in.net->layers) rows = std::max(rows, layer.units());
  const float fixed_h = g.cards_y + 2 * m.pad + 2 * g.label_h + g.row_gap;
  const float fit_h = std::floor((in.region.y - fixed_h) / (2.0f * rows));

  // Widest whole-pixel cell, down to a small but visible one, with which every card fits the
  // width: the whole network on screen. When none does (deep nets, long labels), the cards scroll
  // sideways anyway: then cells as tall as the height allows, not the smallest ones.
  float cell_w = 0;
  for (float w = m.max_cell_w; w >= m.fit_cell && cell_w == 0; w -= 1)
    if (place_cards(in, m, w, g.cards) <= in.region.x) cell_w = w;
  if (cell_w == 0) cell_w = std::clamp(fit_h, m.readable_cell, m.max_cell_w);
  const float tallest = cell_w < m.readable_cell ? 3.0f : 1.6f;  // cells squeezed to fit the width may be taller
  float cell_h = std::clamp(fit_h, m.min_cell, std::max(m.min_cell, std::min(m.max_cell_h, std::round(tallest * cell_w))));
  cell_w = std::min(cell_w, std::max(m.min_cell, 3 * cell_h));  // cells no wider than 3:1

  g.cell_w = cell_w;
  g.cell_h = cell_h;
  const float width = place_cards(in, m, cell_w, g.cards);
  g.forward_y = g.cards_y + m.pad + g.label_h;
  g.backward_y = g.forward_y + rows * cell_h + g.row_gap + g.label_h;
  g.card_h = g.backward_y + rows * cell_h + m.pad - g.cards_y;
  g.input_x = std::round(m.left * 0.5f);
  g.loss_x = std::round(width - m.right * 0.5f);
  g.content = ImVec2(width, g.cards_y + g.card_h);
  return g;
}

}  // namespace app
