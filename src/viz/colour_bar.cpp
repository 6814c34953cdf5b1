// draw_colour_bar: the colormap as a gradient bar over [lo, hi] with 1-2-5 ticks and labels.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>
#include "viz/bar_labels.hpp"
#include "viz/fonts.hpp"
#include "viz/heatmap.hpp"

namespace viz {

static ImU32 to_u32(Rgb c) { return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, 1)); }

void draw_colour_bar(ColormapKind colormap, double lo, double hi, ImVec2 size) {
  const ImVec2 p0(std::floor(ImGui::GetCursorScreenPos().x), std::floor(ImGui::GetCursorScreenPos().y));
  ImGui::Dummy(size);
  if (!ImGui::IsItemVisible()) return;
  if (!(hi > lo)) hi = lo + 1;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* font = small_font();
  const float text_size = font->FontSize;
  const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text), frame = ImGui::GetColorU32(ImGuiCol_Border);
  const bool horizontal = size.x >= size.y;
  const float tick = 4;
  constexpr int segments = 48;  // the gradient in pieces, each a two-colour blend

  if (horizontal) {
    const float bar_h = std::max(4.0f, size.y - text_size - tick - 1);
    const ImVec2 b0 = p0, b1(p0.x + size.x, p0.y + bar_h);
    for (int i = 0; i < segments; ++i) {
      const float x0 = b0.x + size.x * i / segments, x1 = b0.x + size.x * (i + 1) / segments;
      const ImU32 c0 = to_u32(colour_of(colormap, lo + (hi - lo) * i / segments, lo, hi));
      const ImU32 c1 = to_u32(colour_of(colormap, lo + (hi - lo) * (i + 1) / segments, lo, hi));
      draw->AddRectFilledMultiColor(ImVec2(x0, b0.y), ImVec2(x1, b1.y), c0, c1, c1, c0);
    }
    draw->AddRect(b0, b1, frame);
    const auto width = [&](const std::string& text) { return font->CalcTextSizeA(text_size, 1e9f, 0, text.c_str()).x; };
    for (const BarLabel& l : bar_labels(lo, hi, size.x, text_size, width)) {
      if (l.tick) draw->AddLine(ImVec2(b0.x + l.x, b1.y), ImVec2(b0.x + l.x, b1.y + tick), ink);
      draw->AddText(font, text_size, ImVec2(b0.x + l.left, b1.y + tick), ink, l.text.c_str());
    }
  } else {
    const float bar_w = std::min(14.0f, size.x * 0.35f);
    const ImVec2 b0 = p0, b1(p0.x + bar_w, p0.y + size.y);
    for (int i = 0; i < segments; ++i) {  // hi at the top
      const float y0 = b0.y + size.y * i / segments, y1 = b0.y + size.y * (i + 1) / segments;
      const ImU32 c0 = to_u32(colour_of(colormap, hi - (hi - lo) * i / segments, lo, hi));
      const ImU32 c1 = to_u32(colour_of(colormap, hi - (hi - lo) * (i + 1) / segments, lo, hi));
      draw->AddRectFilledMultiColor(ImVec2(b0.x, y0), ImVec2(b1.x, y1), c0, c0, c1, c1);
    }
    draw->AddRect(b0, b1, frame);
    for (const BarTick& t : bar_ticks(lo, hi, size.y, 1.6f * text_size)) {
      const float y = std::round(b1.y - static_cast<float>((t.value - lo) / (hi - lo)) * size.y);
      draw->AddLine(ImVec2(b1.x, y), ImVec2(b1.x + tick, y), ink);
      const float ty = std::clamp(y - text_size * 0.5f, p0.y, p0.y + size.y - text_size);
      draw->AddText(font, text_size, ImVec2(b1.x + tick + 2, std::round(ty)), ink, t.text.c_str());
    }
  }
}

}  // namespace viz
