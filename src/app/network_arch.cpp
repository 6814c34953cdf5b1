// The architecture strip: inputs → layers → loss as nodes and edges, each layer's nodes above its
// card. Edge colour = sign of the weight, width = its size (up to 16 units a side; wider layers are
// joined by one bundle). The phase that just ran lights its layer and sends pulses along its edges.
#include <algorithm>
#include <cmath>
#include "network_parts.hpp"
#include "notation.hpp"
#include "viz/colormap.hpp"
#include "viz/discs.hpp"
#include "viz/fonts.hpp"

namespace app {

namespace {

constexpr int max_drawn_units = 16;  // past this, a layer is a bar and its edges one bundle

struct NodeColumn {
  float x = 0;
  int units = 0;
  float top = 0, bottom = 0;  // the span the nodes use
  float radius = 0;
  float y(int i) const { return units == 1 ? (top + bottom) * 0.5f : top + (bottom - top) * i / (units - 1); }
  bool bar() const { return units > max_drawn_units; }
};

ImU32 u32(ImVec4 c, float alpha = 1) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

// w > 0 red, w < 0 blue: the ends of the diverging colormap.
ImVec4 sign_colour(double w) {
  const viz::Rgb c = viz::colour_of(viz::ColormapKind::Diverging, w > 0 ? 1 : -1, -1.2, 1.2);
  return {c.r, c.g, c.b, 1};
}

// Edges between two columns: per weight w(i, j) from node j of `a` to node i of `b`, or one bundle.
// `lit` draws the wave's glow under them and pulses at `travel` (reversed for backward waves).
void draw_edges(ImDrawList* draw, const NodeColumn& a, const NodeColumn& b, const bpl::Matrix* w, ImVec4 lit,
                bool is_lit, float travel, bool reverse, float scale) {
  if (!w && !a.bar()) {  // into ℓ: one plain edge per output
    for (int j = 0; j < a.units; ++j) {
      const ImVec2 p(a.x, a.y(j)), q(b.x, b.y(0));
      if (is_lit) draw->AddLine(p, q, u32(lit, 0.30f), 5 * scale);
      draw->AddLine(p, q, IM_COL32(110, 114, 125, 200), 1.5f * scale);
      if (is_lit && travel < 1)
        viz::fill_disc(draw, ImVec2(p.x + (q.x - p.x) * travel, p.y + (q.y - p.y) * travel), 2.6f * scale, u32(lit));
    }
    return;
  }
  if (a.bar() || b.bar() || !w) {  // one thick bundle between the columns' middles
    const ImVec2 p(a.x, (a.top + a.bottom) * 0.5f), q(b.x, (b.top + b.bottom) * 0.5f);
    const float thick = 0.45f * ImGui::GetFontSize();
    draw->AddLine(p, q, is_lit ? u32(lit, 0.55f) : IM_COL32(120, 124, 135, 90), thick);
    if (is_lit && travel < 1) {
      const float t = reverse ? 1 - travel : travel;
      viz::fill_disc(draw, ImVec2(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t), 0.8f * thick, u32(lit));
    }
    return;
  }
  const double m = std::max(1e-12, w->cwiseAbs().maxCoeff());
  for (int pass = 0; pass < 2; ++pass)  // glow first, then the edges over it
    for (int i = 0; i < b.units; ++i)
      for (int j = 0; j < a.units; ++j) {
        const double v = (*w)(i, j);
        const float size = static_cast<float>(std::fabs(v) / m);
        const ImVec2 p(a.x, a.y(j)), q(b.x, b.y(i));
        if (pass == 0) {
          if (is_lit) draw->AddLine(p, q, u32(lit, 0.30f), (2.5f + 3.5f * size) * scale);
          continue;
        }
        draw->AddLine(p, q, u32(sign_colour(v), 0.25f + 0.75f * size), (0.6f + 2.6f * size) * scale);
        if (is_lit && travel < 1) {
          const float t = reverse ? 1 - travel : travel;
          viz::fill_disc(draw, ImVec2(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t), 2.6f * scale, u32(lit));
        }
      }
}

void draw_nodes(ImDrawList* draw, const NodeColumn& c, ImU32 fill, ImU32 border, float scale) {
  if (c.bar()) {
    draw->AddRectFilled(ImVec2(c.x - c.radius, c.top - c.radius), ImVec2(c.x + c.radius, c.bottom + c.radius), fill, c.radius);
    draw->AddRect(ImVec2(c.x - c.radius, c.top - c.radius), ImVec2(c.x + c.radius, c.bottom + c.radius), border, c.radius, 0,
                  1.5f * scale);
    return;
  }
  for (int i = 0; i < c.units; ++i) {
    viz::fill_disc(draw, ImVec2(c.x, c.y(i)), c.radius, fill);
    draw->AddCircle(ImVec2(c.x, c.y(i)), c.radius, border, 0, 1.5f * scale);
  }
}

// A small label centred at x on the strip's top line.
void top_label(ImDrawList* draw, float x, float y, const std::string& text, ImU32 colour) {
  ImFont* font = viz::small_font();
  const float size = font->FontSize;
  const float w = font->CalcTextSizeA(size, 1e9f, 0, text.c_str()).x;
  draw->AddText(font, size, ImVec2(std::round(x - w * 0.5f), y), colour, text.c_str());
}

}  // namespace

void draw_architecture(AppState& state, const NetworkGeometry& g, ImVec2 origin, const Wave& wave) {
  const bpl::Network& net = state.stepper.network();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float s = state.scale, label_h = std::round(ImGui::GetFontSize() * 1.05f);
  const float top = origin.y + label_h + 6 * s, bottom = origin.y + g.arch_h - 10 * s;

  // Node columns: x⁽⁰⁾, then each layer above its card, then ℓ.
  std::vector<NodeColumn> cols;
  const auto column = [&](float x, int units) {
    NodeColumn c{origin.x + x, units, top, bottom, 0};
    const float room = units > 1 ? (bottom - top) / (units - 1) : bottom - top;
    c.radius = std::clamp(0.36f * room, 2.5f * s, 0.42f * ImGui::GetFontSize());
    if (c.bar()) c.radius = 0.3f * ImGui::GetFontSize();
    if (units == 1) c.top = c.bottom = std::round((top + bottom) * 0.5f);
    if (units <= max_drawn_units && units > 1) {  // a short column sits centred, not stretched
      const float span = std::min(bottom - top, (units - 1) * 3.2f * c.radius);
      c.top = (top + bottom - span) * 0.5f;
      c.bottom = c.top + span;
    }
    return c;
  };
  cols.push_back(column(g.input_x, net.inputs));
  for (int l = 1; l <= net.depth(); ++l) cols.push_back(column(g.cards[l - 1].node_x, net.layers[l - 1].units()));
  cols.push_back(column(g.loss_x, 1));
  NodeColumn& loss = cols.back();
  loss.radius = 0.55f * ImGui::GetFontSize();

  // Which edges and nodes the wave lights: forward l and backward l → the edges into layer l;
  // the loss → the edges into ℓ; an update → every edge (all weights just changed).
  const int depth = net.depth();
  const auto lit_edges = [&](int into) {  // into = l for the edges from column l − 1 to column l (ℓ = depth + 1)
    if (!wave.phase) return false;
    switch (wave.phase->kind) {
      case bpl::PhaseKind::Forward:
      case bpl::PhaseKind::Backward: return wave.phase->layer == into;
      case bpl::PhaseKind::Loss: return into == depth + 1;
      case bpl::PhaseKind::Update: return into <= depth && wave.travel < 1;
    }
    return false;
  };
  const ImVec4 lit = wave.phase ? phase_colour(wave.phase->kind) : ImVec4();
  const bool reverse = wave.phase && wave.phase->kind == bpl::PhaseKind::Backward;
  for (int l = 1; l <= depth + 1; ++l)
    draw_edges(draw, cols[l - 1], cols[l], l <= depth ? &net.layers[l - 1].w : nullptr, lit, lit_edges(l), wave.travel,
               reverse, s);

  const ImU32 border = ImGui::GetColorU32(ImGuiCol_Text, 0.75f), muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  draw_nodes(draw, cols[0], IM_COL32(215, 218, 225, 255), border, s);
  top_label(draw, cols[0].x, origin.y, "x" + layer_tag(0), muted);
  for (int l = 1; l <= depth; ++l) {
    const bool on = wave.phase && (wave.phase->kind == bpl::PhaseKind::Forward || wave.phase->kind == bpl::PhaseKind::Backward) &&
                    wave.phase->layer == l;
    draw_nodes(draw, cols[l], on ? u32(lit) : IM_COL32(255, 255, 255, 255), border, s);
    const bpl::Layer& layer = net.layers[l - 1];
    top_label(draw, cols[l].x, origin.y, std::to_string(layer.units()) + " " + std::string(bpl::name(layer.act)),
              on ? u32(lit) : muted);
  }
  const bool loss_on = wave.phase && wave.phase->kind == bpl::PhaseKind::Loss;
  const ImVec2 lc(loss.x, (loss.top + loss.bottom) * 0.5f), r(loss.radius, loss.radius);
  draw->AddRectFilled(ImVec2(lc.x - r.x, lc.y - r.y), ImVec2(lc.x + r.x, lc.y + r.y), loss_on ? u32(lit) : IM_COL32(255, 255, 255, 255), 4 * s);
  draw->AddRect(ImVec2(lc.x - r.x, lc.y - r.y), ImVec2(lc.x + r.x, lc.y + r.y), border, 4 * s, 0, 1.5f * s);
  const ImVec2 ell = ImGui::CalcTextSize("ℓ");
  draw->AddText(ImVec2(std::round(lc.x - ell.x * 0.5f), std::round(lc.y - ell.y * 0.5f)),
                loss_on ? IM_COL32(255, 255, 255, 255) : ImGui::GetColorU32(ImGuiCol_Text), "ℓ");
  // The loss's name goes under its box: above, it would run into the output layer's label.
  top_label(draw, loss.x, std::round(lc.y + r.y + 3 * s), std::string(bpl::name(state.stepper.loss())), loss_on ? u32(lit) : muted);
}

}  // namespace app
