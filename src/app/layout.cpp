// Panel rectangles: a sidebar on the left, the network on top of the main area, fit and loss below.
#include "layout.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace app {

static PanelRect rect(float x, float y, float w, float h) {
  return {{std::round(x), std::round(y)}, {std::round(std::max(w, 0.0f)), std::round(std::max(h, 0.0f))}};
}

Layout compute_layout(const LayoutOptions& o) {
  const float gap = std::round(8 * o.scale);
  const float top = o.top + gap, bottom = o.display.y - gap;
  const float left = gap, right = o.display.x - gap;
  Layout layout;

  // Sidebar: a fraction of the width, never narrower than its controls need nor wider than half.
  float main_x = left;
  if (o.show_sidebar) {
    const float min_w = 260 * o.scale, max_w = std::max(min_w, 0.6f * o.display.x);
    const float w = std::clamp(o.sidebar_width * o.display.x, std::min(min_w, 0.5f * o.display.x), max_w);
    layout.sidebar = rect(left, top, w, bottom - top);
    layout.split_sidebar = rect(left + w, top, gap, bottom - top);
    layout.sidebar_span = o.display.x;
    main_x = left + w + gap;
  }
  const float main_w = right - main_x, main_h = bottom - top;

  // Network on top; fit and loss share the row below it.
  const bool below = o.show_fit || o.show_loss;
  float network_h = main_h;
  if (below) {
    const float min_h = 120 * o.scale;
    network_h = std::clamp(std::round(o.network_height * main_h), std::min(min_h, 0.5f * main_h), std::max(main_h - min_h, 0.5f * main_h));
    layout.split_network = rect(main_x, top + network_h, main_w, gap);
    layout.network_span = main_h;
  }
  layout.network = rect(main_x, top, main_w, network_h);
  const float row_y = top + network_h + gap, row_h = bottom - row_y;
  if (o.show_fit && o.show_loss) {
    const float fit_w = std::round(std::clamp(o.fit_width, 0.15f, 0.85f) * main_w);
    layout.fit = rect(main_x, row_y, fit_w - gap / 2, row_h);
    layout.split_fit = rect(main_x + fit_w - gap / 2, row_y, gap, row_h);
    layout.loss = rect(main_x + fit_w + gap / 2, row_y, right - (main_x + fit_w + gap / 2), row_h);
    layout.fit_span = main_w;
  } else if (o.show_fit) {
    layout.fit = rect(main_x, row_y, main_w, row_h);
  } else if (o.show_loss) {
    layout.loss = rect(main_x, row_y, main_w, row_h);
  }

  return layout;
}

bool begin_panel(const char* title, const PanelRect& rect) {
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  if (rect.empty()) {  // a hidden region (View menu): an empty, collapsed window far off screen
    ImGui::SetNextWindowPos(ImVec2(-10000, -10000));
    ImGui::SetNextWindowCollapsed(true);
    ImGui::Begin(title, nullptr, flags);
    return false;
  }
  ImGui::SetNextWindowPos(rect.pos);
  ImGui::SetNextWindowSize(rect.size);
  ImGui::SetNextWindowCollapsed(false);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);  // square, so the clear colour shows no corners
  const bool open = ImGui::Begin(title, nullptr, flags | ImGuiWindowFlags_NoBackground);  // the clear colour is its background
  ImGui::PopStyleVar();
  return open;
}

std::vector<PanelRect> gaps(const Layout& layout, ImVec2 display, float top) {
  const PanelRect panels[] = {layout.sidebar, layout.network, layout.fit, layout.loss};
  // Every panel edge cuts the window into a grid; the grid cells no panel covers are the gaps.
  std::vector<float> xs{0, display.x}, ys{top, display.y};
  for (const PanelRect& p : panels)
    if (!p.empty()) {
      xs.insert(xs.end(), {p.pos.x, p.pos.x + p.size.x});
      ys.insert(ys.end(), {p.pos.y, p.pos.y + p.size.y});
    }
  for (std::vector<float>* cuts : {&xs, &ys}) {
    std::sort(cuts->begin(), cuts->end());
    cuts->erase(std::unique(cuts->begin(), cuts->end()), cuts->end());
  }
  const auto covered = [&](float x, float y) {
    return std::any_of(std::begin(panels), std::end(panels), [&](const PanelRect& p) {
      return !p.empty() && x > p.pos.x && x < p.pos.x + p.size.x && y > p.pos.y && y < p.pos.y + p.size.y;
    });
  };
  std::vector<PanelRect> out;
  for (std::size_t j = 0; j + 1 < ys.size(); ++j)
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
      if (covered(0.5f * (xs[i] + xs[i + 1]), 0.5f * (ys[j] + ys[j + 1]))) continue;
      const float y0 = ys[j], h = ys[j + 1] - ys[j];
      if (!out.empty() && out.back().pos.y == y0 && out.back().size.y == h && out.back().pos.x + out.back().size.x == xs[i])
        out.back().size.x = xs[i + 1] - out.back().pos.x;  // one rectangle per run along a row
      else
        out.push_back({{xs[i], y0}, {xs[i + 1] - xs[i], h}});
    }
  return out;
}

}  // namespace app
