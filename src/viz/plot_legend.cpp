// Legend entries (a line or marker swatch and the series' label) and the hover tooltip.
#include "plot_legend.hpp"
#include <algorithm>
#include <vector>
#include "plot_math.hpp"
#include "plot_series.hpp"

namespace viz {

namespace {
struct Entry {
  const LineSeries* line = nullptr;
  const ScatterSeries* scatter = nullptr;
  const std::string& label() const { return line ? line->label : scatter->label; }
};

std::vector<Entry> entries(const PlotData& data) {
  std::vector<Entry> out;
  for (const LineSeries& s : data.lines)
    if (!s.label.empty()) out.push_back({&s, nullptr});
  for (const ScatterSeries& s : data.scatters)
    if (!s.label.empty()) out.push_back({nullptr, &s});
  return out;
}

float swatch_width() { return 1.8f * ImGui::GetTextLineHeight(); }
float entry_gap() { return 1.1f * ImGui::GetTextLineHeight(); }
float entry_width(const Entry& e) {
  return swatch_width() + 0.35f * ImGui::GetTextLineHeight() + ImGui::CalcTextSize(e.label().c_str()).x;
}

// The swatch of an entry in [x, x + swatch_width()] centred on y.
void draw_swatch(ImDrawList* draw, float x, float y, const Entry& e, float scale) {
  const float w = swatch_width(), h = ImGui::GetTextLineHeight();
  if (e.line) {
    const LineSeries& s = *e.line;
    if (!s.band_lo.empty()) draw->AddRectFilled({x, y - 0.3f * h}, {x + w, y + 0.3f * h}, (s.colour & 0x00FFFFFF) | (50u << 24));
    const float t = std::min(s.thickness * scale, 0.25f * h);
    if (s.dash > 0) {
      draw->AddLine({x, y}, {x + 0.4f * w, y}, s.colour, t);
      draw->AddLine({x + 0.6f * w, y}, {x + w, y}, s.colour, t);
    } else {
      draw->AddLine({x, y}, {x + w, y}, s.colour, t);
    }
    return;
  }
  const ScatterSeries& s = *e.scatter;
  const ImVec2 c{x + 0.5f * w, y};
  const float r = std::min(s.radius * scale, 0.3f * h);
  if (s.outline) draw_marker(draw, c, s.marker, r + 1.2f * scale, s.outline, true, 1.6f * scale);
  draw_marker(draw, c, s.marker, r, s.colour, s.filled, 1.6f * scale);
}
}  // namespace

ImVec2 legend_row_size(const PlotData& data, float) {
  const auto list = entries(data);
  if (list.empty()) return {0, 0};
  float w = 0;
  for (const Entry& e : list) w += entry_width(e);
  return {w + entry_gap() * static_cast<float>(list.size() - 1), ImGui::GetTextLineHeight()};
}

void draw_legend_row(ImDrawList* draw, ImVec2 top_right, const PlotData& data, float scale) {
  const ImVec2 size = legend_row_size(data, scale);
  float x = top_right.x - size.x;
  const float h = ImGui::GetTextLineHeight(), y = top_right.y + 0.5f * h;
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  for (const Entry& e : entries(data)) {
    draw_swatch(draw, x, y, e, scale);
    draw->AddText({x + swatch_width() + 0.35f * h, top_right.y}, text, e.label().c_str());
    x += entry_width(e) + entry_gap();
  }
}

void draw_legend_box(ImDrawList* draw, const PlotArea& area, LegendPlace place, const PlotData& data, float scale) {
  const auto list = entries(data);
  if (list.empty() || place == LegendPlace::None || place == LegendPlace::Above) return;
  const float h = ImGui::GetTextLineHeight(), pad = 0.45f * h, row = 1.25f * h;
  float w = 0;
  for (const Entry& e : list) w = std::max(w, entry_width(e));
  const ImVec2 size{w + 2 * pad, row * static_cast<float>(list.size()) + 2 * pad - (row - h)};
  const bool left = place == LegendPlace::TopLeft || place == LegendPlace::BottomLeft;
  const bool top = place == LegendPlace::TopLeft || place == LegendPlace::TopRight;
  const float margin = 0.5f * h;
  const ImVec2 p0{left ? area.min.x + margin : area.max.x - margin - size.x,
                  top ? area.min.y + margin : area.max.y - margin - size.y};
  draw->AddRectFilled(p0, {p0.x + size.x, p0.y + size.y}, IM_COL32(255, 255, 255, 225), 0.3f * h);
  draw->AddRect(p0, {p0.x + size.x, p0.y + size.y}, IM_COL32(0, 0, 0, 60), 0.3f * h, 0, scale);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  float y = p0.y + pad;
  for (const Entry& e : list) {
    draw_swatch(draw, p0.x + pad, y + 0.5f * h, e, scale);
    draw->AddText({p0.x + pad + swatch_width() + 0.35f * h, y}, text, e.label().c_str());
    y += row;
  }
}

void draw_hover_tooltip(const PlotHover& hover, const PlotData& data, const PlotOptions& options) {
  if (hover.index < 0) return;
  const LineSeries* line = hover.line >= 0 ? &data.lines[hover.line] : nullptr;
  const ScatterSeries* scatter = hover.scatter >= 0 ? &data.scatters[hover.scatter] : nullptr;
  const std::string& label = line ? line->label : scatter->label;
  const ImU32 colour = line ? line->colour
                       : static_cast<std::size_t>(hover.index) < scatter->colours.size() ? scatter->colours[hover.index]
                                                                                         : scatter->colour;
  ImGui::BeginTooltip();
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled({p.x, p.y + 0.2f * h}, {p.x + 0.6f * h, p.y + 0.8f * h}, colour, 0.15f * h);
  ImGui::Dummy({0.6f * h, h});
  ImGui::SameLine();
  ImGui::TextUnformatted(label.empty() ? "point" : label.c_str());
  const std::string x_name = options.x_label.empty() ? "x" : options.x_label;
  const std::string y_name = options.y_label.empty() ? "y" : options.y_label;
  ImGui::Text("%s = %s", x_name.c_str(), readout(hover.x).c_str());
  ImGui::Text("%s = %s", y_name.c_str(), readout(hover.y).c_str());
  if (line && static_cast<std::size_t>(hover.index) < std::min(line->band_lo.size(), line->band_hi.size()))
    ImGui::TextDisabled("min %s   max %s", readout(line->band_lo[hover.index]).c_str(),
                        readout(line->band_hi[hover.index]).c_str());
  ImGui::EndTooltip();
}

}  // namespace viz
