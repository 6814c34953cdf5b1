// Term colours, big numbers with their labels and swatches, and digit grouping.
#include "plot_style.hpp"
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include "viz/line_plot.hpp"
#include "viz/plot_math.hpp"

namespace app {

namespace {
// Not the blue of f, the green of test, the red of the worst error or the orange of highlights.
constexpr std::array<ImU32, 8> palette{
    IM_COL32(204, 121, 167, 255),  // reddish purple
    IM_COL32(86, 180, 233, 255),   // sky blue
    IM_COL32(200, 160, 0, 255),    // gold
    IM_COL32(150, 110, 60, 255),   // brown
    IM_COL32(140, 100, 200, 255),  // violet
    IM_COL32(120, 150, 40, 255),   // olive
    IM_COL32(210, 110, 110, 255),  // rose
    IM_COL32(90, 140, 140, 255),   // grey teal
};

float swatch_width(const Stat& s) { return s.swatch == Swatch::None ? 0 : 1.6f * ImGui::GetTextLineHeight(); }
}  // namespace

ImU32 term_colour(int k) { return palette[static_cast<std::size_t>(k) % palette.size()]; }

float stat_width(const AppState& state, const Stat& s, float label_w) {
  ImGui::PushFont(state.fonts.heading);
  const float value_w = ImGui::CalcTextSize(s.value.c_str()).x;
  ImGui::PopFont();
  const float label = label_w > 0 ? label_w : ImGui::CalcTextSize(s.label.c_str()).x;
  return swatch_width(s) + label + ImGui::GetStyle().ItemInnerSpacing.x * 1.5f + value_w;
}

namespace {
// Draws a stat with its top-left corner at `at`, the big number `big` pixels tall.
void draw_stat_at(const AppState& state, ImDrawList* draw, ImVec2 at, const Stat& s, float label_w) {
  ImGui::PushFont(state.fonts.heading);
  const float big = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  const float h = ImGui::GetTextLineHeight(), base = 0.8f * (big - h);  // the small label on the big baseline
  const ImU32 colour = s.colour ? s.colour : ImGui::GetColorU32(ImGuiCol_Text);
  const float sw = swatch_width(s), cy = at.y + base + 0.5f * h;
  if (s.swatch == Swatch::Line) draw->AddLine({at.x, cy}, {at.x + 0.8f * sw, cy}, colour, 3.0f * state.scale);
  if (s.swatch == Swatch::Diamond) viz::draw_marker(draw, {at.x + 0.4f * sw, cy}, viz::Marker::Diamond, 0.3f * h, colour, true, 1);
  draw->AddText({at.x + sw, at.y + base}, ImGui::GetColorU32(ImGuiCol_TextDisabled), s.label.c_str());
  const float label = label_w > 0 ? label_w : ImGui::CalcTextSize(s.label.c_str()).x;
  ImFont* font = state.fonts.heading ? state.fonts.heading : ImGui::GetFont();
  draw->AddText(font, big, {at.x + sw + label + ImGui::GetStyle().ItemInnerSpacing.x * 1.5f, at.y}, colour, s.value.c_str());
}

float heading_height(const AppState& state) {
  ImGui::PushFont(state.fonts.heading);
  const float big = ImGui::GetTextLineHeight();
  ImGui::PopFont();
  return big;
}
}  // namespace

void draw_stat(const AppState& state, const Stat& s, float label_w) {
  draw_stat_at(state, ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), s, label_w);
  ImGui::Dummy({stat_width(state, s, label_w), heading_height(state)});
}

float stacked_stat_width(const AppState& state, const Stat& s) {
  ImGui::PushFont(state.fonts.heading);
  const float value_w = ImGui::CalcTextSize(s.value.c_str()).x;
  ImGui::PopFont();
  return std::max(swatch_width(s) + ImGui::CalcTextSize(s.label.c_str()).x, value_w);
}

void draw_stacked_stat(const AppState& state, const Stat& s) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight(), sw = swatch_width(s);
  const ImU32 colour = s.colour ? s.colour : ImGui::GetColorU32(ImGuiCol_Text);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (s.swatch == Swatch::Line) draw->AddLine({at.x, at.y + 0.5f * h}, {at.x + 0.8f * sw, at.y + 0.5f * h}, colour, 3.0f * state.scale);
  if (s.swatch == Swatch::Diamond)
    viz::draw_marker(draw, {at.x + 0.4f * sw, at.y + 0.5f * h}, viz::Marker::Diamond, 0.3f * h, colour, true, 1);
  draw->AddText({at.x + sw, at.y}, ImGui::GetColorU32(ImGuiCol_TextDisabled), s.label.c_str());
  ImFont* font = state.fonts.heading ? state.fonts.heading : ImGui::GetFont();
  draw->AddText(font, heading_height(state), {at.x, at.y + h}, colour, s.value.c_str());
  ImGui::Dummy({stacked_stat_width(state, s), h + heading_height(state)});
}

void draw_title_stats(const AppState& state, const char* title, std::span<const Stat> stats) {
  const ImVec2 pos = ImGui::GetWindowPos();
  const float bar = ImGui::GetFrameHeight(), width = ImGui::GetWindowWidth();
  const float gap = 2 * ImGui::GetStyle().ItemSpacing.x, pad = ImGui::GetStyle().FramePadding.x;
  const float free_from = pos.x + pad + ImGui::CalcTextSize(title, nullptr, true).x + gap;
  // The rightmost stats that fit beside the title, in their order.
  std::size_t first = stats.size();
  float total = 0;
  while (first > 0 && pos.x + width - pad - (total + stat_width(state, stats[first - 1])) >= free_from)
    total += stat_width(state, stats[--first]) + gap;
  float x = pos.x + width - pad - total + gap;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(pos, {pos.x + width, pos.y + bar}, false);
  for (std::size_t i = first; i < stats.size(); ++i) {
    draw_stat_at(state, draw, {x, pos.y + 0.5f * (bar - heading_height(state))}, stats[i], 0);
    x += stat_width(state, stats[i]) + gap;
  }
  draw->PopClipRect();
}

std::string big_number(double value) { return viz::readout(value, 4); }

std::string grouped(long n) {
  std::string digits = std::to_string(std::labs(n)), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += "\u2009";  // thin space
    out += digits[i];
  }
  return n < 0 ? "−" + out : out;
}

}  // namespace app
