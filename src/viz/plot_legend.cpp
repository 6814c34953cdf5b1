// Legend entries (a line or marker swatch and the series' label) and the hover tooltip.
#include "plot_legend.hpp"
#include <algorithm>
#include <vector>
#include "discs.hpp"
#include "plot_math.hpp"
#include "plot_series.hpp"

namespace viz {

namespace {
// One legend entry: a line, a scatter's marker, or a scatter's highlight ring.
struct Entry {
  const LineSeries* line = nullptr;
  const ScatterSeries* scatter = nullptr;
  bool ring = false;
  const std::string& label() const { return line ? line->label : ring ? scatter->highlight_label : scatter->label; }
};

std::vector<Entry> entries(const PlotData& data) {
  std::vector<Entry> out;
  for (const LineSeries& s : data.lines)
    if (!s.label.empty()) out.push_back({&s, nullptr});
  for (const ScatterSeries& s : data.scatters)
    if (!s.label.empty()) out.push_back({nullptr, &s});
  for (const ScatterSeries& s : data.scatters)
    if (!s.highlight_label.empty() && std::find(s.highlight.begin(), s.highlight.end(), 1) != s.highlight.end())
      out.push_back({nullptr, &s, true});
  return out;
}

float swatch_width() { return 1.5f * ImGui::GetTextLineHeight(); }
float inner_gap() { return 0.3f * ImGui::GetTextLineHeight(); }
float row_gap() { return 0.9f * ImGui::GetTextLineHeight(); }   // between entries in a row
float column_step() { return 1.2f * ImGui::GetTextLineHeight(); }  // between entries in a column
float entry_width(const Entry& e) { return swatch_width() + inner_gap() + ImGui::CalcTextSize(e.label().c_str()).x; }

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
  const float r = std::min(s.radius * scale, 0.25f * h);
  if (e.ring) {
    fill_disc(draw, c, 0.42f * h, (s.highlight_colour & 0x00FFFFFF) | (77u << 24));
    draw->AddCircle(c, 0.42f * h, s.highlight_colour, 0, 2.2f * scale);
  }
  if (s.outline) draw_marker(draw, c, s.marker, r + 1.2f * scale, s.outline, true, 1.6f * scale);
  draw_marker(draw, c, s.marker, r, s.colour, s.filled, 1.6f * scale);
}
}  // namespace

namespace {
// Where each entry goes, from (0, 0): a column, or rows that wrap before `wrap` pixels (0: one row).
std::vector<ImVec2> flow(const std::vector<Entry>& list, bool row, float wrap) {
  std::vector<ImVec2> at;
  if (!row) {
    for (std::size_t i = 0; i < list.size(); ++i) at.push_back({0, static_cast<float>(i) * column_step()});
    return at;
  }
  std::vector<float> widths;
  for (const Entry& e : list) widths.push_back(entry_width(e));
  for (Point p : flow_rows(widths, row_gap(), column_step(), wrap)) at.push_back({p.x, p.y});
  return at;
}
}  // namespace

ImVec2 legend_size(const PlotData& data, bool row, float wrap) {
  const auto list = entries(data);
  if (list.empty()) return {0, 0};
  const std::vector<ImVec2> at = flow(list, row, wrap);
  ImVec2 size{0, at.back().y + ImGui::GetTextLineHeight()};
  for (std::size_t i = 0; i < list.size(); ++i) size.x = std::max(size.x, at[i].x + entry_width(list[i]));
  return size;
}

LegendResult draw_legend(ImDrawList* draw, ImVec2 origin, const PlotData& data, bool row, float scale, float wrap) {
  const float h = ImGui::GetTextLineHeight();
  LegendResult result{.max = origin};
  const auto list = entries(data);
  const std::vector<ImVec2> offsets = flow(list, row, wrap);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool window_hovered = ImGui::IsWindowHovered();
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Entry& e = list[i];
    const ImVec2 at{origin.x + offsets[i].x, origin.y + offsets[i].y};
    const bool hidden = e.line ? e.line->hidden : e.scatter->hidden;
    const ImVec2 end{at.x + entry_width(e), at.y + h};
    if (window_hovered && !e.ring && mouse.x >= at.x && mouse.x < end.x && mouse.y >= at.y && mouse.y < end.y) {
      ImGui::SetTooltip(hidden ? "click: show" : "click: hide");
      if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        if (e.line) result.clicked_line = static_cast<int>(e.line - data.lines.data());
        else result.clicked_scatter = static_cast<int>(e.scatter - data.scatters.data());
      }
    }
    if (!hidden) draw_swatch(draw, at.x, at.y + 0.5f * h, e, scale);
    draw->AddText({at.x + swatch_width() + inner_gap(), at.y}, ImGui::GetColorU32(hidden ? ImGuiCol_TextDisabled : ImGuiCol_Text),
                  e.label().c_str());
    result.max = {std::max(result.max.x, end.x), std::max(result.max.y, end.y)};
  }
  return result;
}

void draw_legend_box(ImDrawList* draw, const PlotArea& area, LegendPlace place, const PlotData& data, float scale) {
  const ImVec2 inner = legend_size(data, false);
  if (inner.x <= 0 || place == LegendPlace::None || place == LegendPlace::Above || place == LegendPlace::Right) return;
  const float h = ImGui::GetTextLineHeight(), pad = 0.45f * h, margin = 0.5f * h;
  const ImVec2 size{inner.x + 2 * pad, inner.y + 2 * pad};
  const bool left = place == LegendPlace::TopLeft || place == LegendPlace::BottomLeft;
  const bool top = place == LegendPlace::TopLeft || place == LegendPlace::TopRight;
  const ImVec2 p0{left ? area.min.x + margin : area.max.x - margin - size.x,
                  top ? area.min.y + margin : area.max.y - margin - size.y};
  draw->AddRectFilled(p0, {p0.x + size.x, p0.y + size.y}, IM_COL32(255, 255, 255, 225), 0.3f * h);
  draw->AddRect(p0, {p0.x + size.x, p0.y + size.y}, IM_COL32(0, 0, 0, 60), 0.3f * h, 0, scale);
  draw_legend(draw, {p0.x + pad, p0.y + pad}, data, false, scale);
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
