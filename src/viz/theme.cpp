// The projector-friendly ImGui style: dark text on light panels, large hit targets.
#include "viz/theme.hpp"

#include <imgui.h>

namespace viz {

static ImVec4 rgba(const float c[4], float alpha = 1) { return ImVec4(c[0], c[1], c[2], c[3] * alpha); }

void apply_theme(const Theme& theme, float scale) {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(14, 8);
  style.ItemSpacing = ImVec2(12, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.WindowRounding = 8;
  style.FrameRounding = 6;
  style.GrabRounding = 6;
  style.WindowBorderSize = 1;
  style.FrameBorderSize = 0;
  style.ScrollbarSize = 16;
  style.GrabMinSize = 14;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  style.ScaleAllSizes(scale);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1);
  c[ImGuiCol_TextDisabled] = rgba(theme.muted);
  c[ImGuiCol_WindowBg] = ImVec4(0.985f, 0.985f, 0.99f, 1);
  c[ImGuiCol_Border] = ImVec4(0.70f, 0.72f, 0.76f, 1);
  c[ImGuiCol_TitleBg] = ImVec4(0.80f, 0.82f, 0.86f, 1);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.74f, 0.78f, 0.85f, 1);
  c[ImGuiCol_TitleBgCollapsed] = c[ImGuiCol_TitleBg];
  c[ImGuiCol_Button] = rgba(theme.accent, 0.16f);
  c[ImGuiCol_ButtonHovered] = rgba(theme.accent, 0.32f);
  c[ImGuiCol_ButtonActive] = rgba(theme.accent, 0.50f);
  c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.91f, 0.93f, 1);
  c[ImGuiCol_SliderGrab] = rgba(theme.accent, 0.8f);
  c[ImGuiCol_SliderGrabActive] = rgba(theme.accent);
  c[ImGuiCol_CheckMark] = rgba(theme.accent);
  c[ImGuiCol_Header] = rgba(theme.accent, 0.14f);
  c[ImGuiCol_HeaderHovered] = rgba(theme.accent, 0.22f);
  c[ImGuiCol_HeaderActive] = rgba(theme.accent, 0.30f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.91f, 0.92f, 0.94f, 1);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.95f, 0.955f, 0.965f, 1);
  c[ImGuiCol_Separator] = ImVec4(0.78f, 0.80f, 0.83f, 1);
}

}  // namespace viz
