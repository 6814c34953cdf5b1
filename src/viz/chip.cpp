// Draws chips with the window's draw list; the padding follows the style's frame padding.
#include "viz/chip.hpp"

#include <algorithm>

namespace viz {

static ImVec2 chip_padding() {
  const ImGuiStyle& s = ImGui::GetStyle();
  return ImVec2(s.FramePadding.x * 0.7f, s.FramePadding.y * 0.6f);
}

ImVec2 chip_size(const char* label, const ChipStyle& style) {
  const ImVec2 text = ImGui::CalcTextSize(label), pad = chip_padding();
  return ImVec2(std::max(text.x + 2 * pad.x, style.min_width), text.y + 2 * pad.y);
}

bool chip(const char* label, const ChipStyle& style) {
  const ImVec2 text = ImGui::CalcTextSize(label), pad = chip_padding();
  const ImVec2 size = chip_size(label, style);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 p1(p0.x + size.x, p0.y + size.y);

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = size.y * 0.5f;
  if (style.fill.w > 0) draw->AddRectFilled(p0, p1, ImGui::GetColorU32(style.fill), rounding);
  if (style.border_width > 0 && style.border.w > 0)
    draw->AddRect(p0, p1, ImGui::GetColorU32(style.border), rounding, 0, style.border_width);
  draw->AddText(ImVec2(p0.x + (size.x - text.x) * 0.5f, p0.y + pad.y), ImGui::GetColorU32(style.text), label);

  ImGui::Dummy(size);
  return ImGui::IsItemHovered();
}

}  // namespace viz
