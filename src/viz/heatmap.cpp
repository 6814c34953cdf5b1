// draw_heatmap: the rendered image as one ImGui item, plus what ImGui draws over it: the hovered
// cell's outline, the highlight frame, and the numbers inside cells large enough to read them.
#include "viz/heatmap.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include "viz/cell_grid.hpp"
#include "viz/fonts.hpp"
#include "viz/redraw.hpp"

namespace viz {

std::string cell_label(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "−Inf";
  const double a = std::fabs(v);
  char text[32];
  if (a != 0 && a < 0.00995) {  // 0.0031 → "3e−3": a small gradient keeps its size, not "0.00"
    int exponent = static_cast<int>(std::floor(std::log10(a)));
    long mantissa = std::lround(a / std::pow(10.0, exponent));
    if (mantissa == 10) mantissa = 1, ++exponent;
    return (v < 0 ? "−" : "") + std::to_string(mantissa) + "e−" + std::to_string(-exponent);
  }
  if (a < 9.995) std::snprintf(text, sizeof text, "%.2f", a);
  else if (a < 99.95) std::snprintf(text, sizeof text, "%.1f", a);
  else if (a < 999.5) std::snprintf(text, sizeof text, "%.0f", a);
  else std::snprintf(text, sizeof text, "%.0e", a);
  const bool negative = v < 0 && std::string(text).find_first_not_of("0.") != std::string::npos;  // no "−0.00"
  return (negative ? "−" : "") + std::string(text);
}

Rgb displayed_colour(ColormapKind colormap, double v, double lo, double hi, bool dim) {
  Rgb c = colour_of(colormap, v, lo, hi);
  if (!dim) return c;
  const float luma = 0.299f * c.r + 0.587f * c.g + 0.114f * c.b;  // as in heatmap.frag
  const auto wash = [luma](float channel) { return (luma + (channel - luma) * 0.30f) * 0.45f + 0.94f * 0.55f; };
  return {wash(c.r), wash(c.g), wash(c.b)};
}

ImU32 text_colour_on(Rgb background) {
  const float luma = 0.299f * background.r + 0.587f * background.g + 0.114f * background.b;
  return luma > 0.55f ? IM_COL32(20, 22, 28, 255) : IM_COL32(255, 255, 255, 255);
}

// The numbers, one per visible cell, when the widest label fits with a little margin.
static void draw_numbers(const Heatmap& map, const Rect& r, const HeatmapOptions& options) {
  const float cell_w = r.w / map.cols(), cell_h = r.h / map.rows();
  ImFont* font = small_font();
  const float size = font->FontSize;
  if (size > cell_h * 0.72f) return;
  const float widest = font->CalcTextSizeA(size, 1e9f, 0, "−0.00").x;
  if (widest + 4 > cell_w) return;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clip0 = draw->GetClipRectMin(), clip1 = draw->GetClipRectMax();
  const int col0 = std::max(0, static_cast<int>((clip0.x - r.x) / cell_w));
  const int col1 = std::min(map.cols(), static_cast<int>(std::ceil((clip1.x - r.x) / cell_w)));
  const int row0 = std::max(0, static_cast<int>((clip0.y - r.y) / cell_h));
  const int row1 = std::min(map.rows(), static_cast<int>(std::ceil((clip1.y - r.y) / cell_h)));
  for (int row = row0; row < row1; ++row)
    for (int col = col0; col < col1; ++col) {
      const double v = map.value(row, col);
      const std::string label = cell_label(v);
      const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0, label.c_str());
      const ImVec2 at(std::round(r.x + (col + 0.5f) * cell_w - text.x * 0.5f), std::round(r.y + (row + 0.5f) * cell_h - text.y * 0.5f));
      draw->AddText(font, size, at, text_colour_on(displayed_colour(options.colormap, v, options.lo, options.hi, options.dim)),
                    label.c_str());
    }
}

HeatmapHover draw_heatmap(Heatmap& map, ImVec2 size, const HeatmapOptions& options) {
  const ImVec2 p0(std::floor(ImGui::GetCursorScreenPos().x), std::floor(ImGui::GetCursorScreenPos().y));
  size = ImVec2(std::max(std::round(size.x), 1.0f), std::max(std::round(size.y), 1.0f));
  const ImVec2 p1(p0.x + size.x, p0.y + size.y);
  ImGui::SetCursorScreenPos(p0);
  ImGui::Dummy(size);
  const bool item_hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  HeatmapHover hover;

  if (ImGui::IsItemVisible()) {
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    const int width = static_cast<int>(std::lround(size.x * scale.x)), height = static_cast<int>(std::lround(size.y * scale.y));
    if (map.render(width, height, options)) {
      const auto texture = texture_id(map.texture());
      draw->AddImage(texture, p0, p1);
      mark_opaque(texture);  // the shader writes alpha 1
    } else {
      draw->AddRectFilled(p0, p1, IM_COL32(235, 235, 238, 255));  // nothing to show yet (an empty matrix)
      if (options.dim) {  // the same hatching as the shader's, in a few lines
        draw->PushClipRect(p0, p1, true);
        for (float x = p0.x - size.y; x < p1.x; x += 9) draw->AddLine(ImVec2(x, p1.y), ImVec2(x + size.y, p0.y), IM_COL32(170, 173, 182, 255), 2.5f);
        draw->PopClipRect();
      }
      draw->AddRect(p0, p1, IM_COL32(180, 180, 186, 255));
      if (!map.error().empty()) {
        draw->PushClipRect(p0, p1, true);
        draw->AddText(ImVec2(p0.x + 4, p0.y + 2), IM_COL32(200, 30, 30, 255), "shaders missing (see the terminal)");
        draw->PopClipRect();
      }
    }
    if (options.numbers && map.rows() > 0 && map.cols() > 0) draw_numbers(map, {p0.x, p0.y, size.x, size.y}, options);
  }

  if (item_hovered && map.rows() > 0 && map.cols() > 0) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Rect r{p0.x, p0.y, size.x, size.y};
    if (const auto cell = cell_at(r, map.rows(), map.cols(), mouse.x, mouse.y)) {
      hover = {true, cell->row, cell->col};
      const Rect c = cell_rect(r, map.rows(), map.cols(), *cell);
      const ImVec2 c0(std::round(c.x), std::round(c.y)), c1(std::round(c.x + c.w), std::round(c.y + c.h));
      draw->AddRect(ImVec2(c0.x - 2, c0.y - 2), ImVec2(c1.x + 2, c1.y + 2), IM_COL32(255, 255, 255, 255), 0, 0, 2.0f);
      draw->AddRect(ImVec2(c0.x - 1, c0.y - 1), ImVec2(c1.x + 1, c1.y + 1), IM_COL32(15, 15, 20, 255), 0, 0, 2.0f);
    }
  }
  if (options.highlight) {
    const float pad = 3;
    draw->AddRect(ImVec2(p0.x - pad, p0.y - pad), ImVec2(p1.x + pad, p1.y + pad), options.highlight_colour, 3, 0, 3.0f);
  }
  return hover;
}

}  // namespace viz
