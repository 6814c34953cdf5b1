// draw_colour_bar: the colormap as a gradient bar over [lo, hi] with 1-2-5 ticks and labels.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>
#include "viz/axis.hpp"
#include "viz/fonts.hpp"
#include "viz/heatmap.hpp"

namespace viz {

static ImU32 to_u32(Rgb c) { return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, 1)); }

// "−0.5" with a real minus sign.
static std::string tick_text(double v, double step) {
  std::string text = tick_label(v, step);
  if (!text.empty() && text[0] == '-') text = "−" + text.substr(1);
  return text;
}

struct Tick {
  double value;
  std::string label;
};

// The ends of the bar always carry a label (they are the range); 1-2-5 ticks fill in between
// where they keep `spacing` pixels from their neighbours along a bar `length` pixels long.
static std::vector<Tick> bar_ticks(double lo, double hi, float length, float spacing) {
  const std::vector<double> inner = nice_ticks({lo, hi}, std::max(2, static_cast<int>(length / spacing)));
  const double step = inner.size() > 1 ? inner[1] - inner[0] : (hi - lo) / 2;
  const double end_step = nice_step(hi - lo, 20);  // ends need the digits of the range itself: ±1.5, not ±2
  std::vector<Tick> ticks{{lo, tick_text(lo, end_step)}};
  const double room = spacing / length * (hi - lo);  // the same spacing in value units
  for (double v : inner)
    if (v - lo >= room && hi - v >= room) ticks.push_back({v, tick_text(v, step)});
  ticks.push_back({hi, tick_text(hi, end_step)});
  return ticks;
}

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
    // Labels centred on their ticks, the end ones kept inside the bar; an inner label that would
    // come closer than half an em to a neighbour (long numbers on a short bar) is left out.
    // (The ticks the labels would sit on go with them: a tick with no number reads as a gap.)
    struct Placed {
      float x, left, width;
      const std::string* label;
    };
    const std::vector<Tick> ticks = bar_ticks(lo, hi, size.x, 3.2f * text_size);
    std::vector<Placed> placed;
    for (const Tick& t : ticks) {
      const float x = std::round(b0.x + static_cast<float>((t.value - lo) / (hi - lo)) * size.x);
      const float w = font->CalcTextSizeA(text_size, 1e9f, 0, t.label.c_str()).x;
      placed.push_back({x, std::round(std::clamp(x - w * 0.5f, p0.x, p0.x + size.x - w)), w, &t.label});
    }
    const float gap = 0.5f * text_size, last_left = placed.back().left;
    if (placed.front().left + placed.front().width + gap > last_left && lo == -hi) {
      // Even the ends do not fit side by side: a symmetric range says it once, "±0.0030", centred.
      const std::string both = "±" + *placed.back().label;
      const float w = font->CalcTextSizeA(text_size, 1e9f, 0, both.c_str()).x;
      draw->AddText(font, text_size, ImVec2(std::round(p0.x + 0.5f * (size.x - w)), b1.y + tick), ink, both.c_str());
      return;
    }
    float right = -1e9f;
    for (std::size_t i = 0; i < placed.size(); ++i) {
      const Placed& t = placed[i];
      const bool end = i == 0 || i + 1 == placed.size();
      if (!end && (t.left < right + gap || t.left + t.width + gap > last_left)) continue;
      draw->AddLine(ImVec2(t.x, b1.y), ImVec2(t.x, b1.y + tick), ink);
      draw->AddText(font, text_size, ImVec2(t.left, b1.y + tick), ink, t.label->c_str());
      right = t.left + t.width;
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
    for (const Tick& t : bar_ticks(lo, hi, size.y, 1.6f * text_size)) {
      const float y = std::round(b1.y - static_cast<float>((t.value - lo) / (hi - lo)) * size.y);
      draw->AddLine(ImVec2(b1.x, y), ImVec2(b1.x + tick, y), ink);
      const float ty = std::clamp(y - text_size * 0.5f, p0.y, p0.y + size.y - text_size);
      draw->AddText(font, text_size, ImVec2(b1.x + tick + 2, std::round(ty)), ink, t.label.c_str());
    }
  }
}

}  // namespace viz
