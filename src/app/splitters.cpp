// The gaps between panels, filled in the theme's gap colour, and the draggable splitters in them:
// they change the split fractions in state.config (saved with the layout). Double-click one to put
// it back where it started.
#include "config.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

struct SplitterSpec {
  const char* id;
  const PanelRect& rect;
  bool vertical;   // a vertical bar dragged left and right
  float& fraction;
  float span;      // pixels for a fraction of 1
  float initial;   // the default fraction
};

static void splitter(AppState& state, const SplitterSpec& s) {
  if (s.rect.empty()) return;
  ImGui::SetNextWindowPos(s.rect.pos);
  ImGui::SetNextWindowSize(s.rect.size);
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  ImGui::Begin(s.id, nullptr, flags);
  ImGui::SetCursorScreenPos(s.rect.pos);
  ImGui::InvisibleButton("##drag", s.rect.size);
  const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
  if (hovered || active) ImGui::SetMouseCursor(s.vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  if (active) {
    const ImVec2 delta = ImGui::GetIO().MouseDelta;
    s.fraction += (s.vertical ? delta.x : delta.y) / std::max(s.span, 1.0f);
    state.config = clamped(state.config);
  }
  if (hovered && ImGui::IsMouseDoubleClicked(0)) s.fraction = s.initial;
  if (hovered || active) {  // a grip line down the middle of the gap
    const ImVec2 a = s.rect.pos, b(a.x + s.rect.size.x, a.y + s.rect.size.y);
    const float t = 2 * state.scale;
    const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
    const ImVec2 from = s.vertical ? ImVec2(c.x - t / 2, a.y) : ImVec2(a.x, c.y - t / 2);
    const ImVec2 to = s.vertical ? ImVec2(c.x + t / 2, b.y) : ImVec2(b.x, c.y + t / 2);
    ImGui::GetWindowDrawList()->AddRectFilled(from, to, ImGui::GetColorU32(viz::color(state.theme.accent, active ? 1.0f : 0.6f)));
  }
  ImGui::End();
}

void draw_splitters(AppState& state, float top) {
  const UiConfig defaults;
  const Layout& l = state.layout;
  ImDrawList* behind = ImGui::GetBackgroundDrawList();  // under every panel
  for (const PanelRect& g : gaps(l, ImGui::GetIO().DisplaySize, top))
    behind->AddRectFilled(g.pos, ImVec2(g.pos.x + g.size.x, g.pos.y + g.size.y), ImGui::GetColorU32(viz::color(state.theme.gaps)));
  UiConfig& c = state.config;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  splitter(state, {"##split_sidebar", l.split_sidebar, true, c.sidebar_width, l.sidebar_span, defaults.sidebar_width});
  splitter(state, {"##split_network", l.split_network, false, c.network_height, l.network_span, defaults.network_height});
  splitter(state, {"##split_fit", l.split_fit, true, c.fit_width, l.fit_span, defaults.fit_width});
  ImGui::PopStyleVar(3);
}

}  // namespace app
