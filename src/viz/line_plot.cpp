// The line plot's frame: ranges (autoscale or the user's zoom) → layout from the tick labels →
// interaction → grid, series, axes, legend, hover. Series drawing is in plot_series.cpp.
#include "line_plot.hpp"
#include <imgui_internal.h>  // SetItemUsingMouseWheel: the wheel zooms the plot, not the window
#include <algorithm>
#include <cmath>
#include <vector>
#include "fonts.hpp"
#include "plot_legend.hpp"
#include "plot_math.hpp"
#include "plot_series.hpp"

namespace viz {

ImVec2 PlotArea::to_screen(double vx, double vy) const {
  return {static_cast<float>(min.x + to_pixel(vx, x, max.x - min.x, false)),
          static_cast<float>(max.y - to_pixel(vy, y, max.y - min.y, log_y))};
}
double PlotArea::x_at(float px) const { return from_pixel(px - min.x, x, max.x - min.x, false); }
double PlotArea::y_at(float py) const { return from_pixel(max.y - py, y, max.y - min.y, log_y); }

namespace {

void extend(DataRange& d, std::span<const double> values, bool positive) {
  const DataRange r = finite_range(values, positive);
  if (!r.valid) return;
  if (!d.valid) d = r;
  d.range = {std::min(d.range.lo, r.range.lo), std::max(d.range.hi, r.range.hi)};
}

struct Extents {
  DataRange x, y;
};
Extents data_extents(const PlotData& data, bool log_y) {
  Extents e;
  for (const LineSeries& s : data.lines)
    if (s.fit && !s.hidden) {
      extend(e.x, s.x, false);
      for (auto ys : {s.y, s.band_lo, s.band_hi}) extend(e.y, ys, log_y);
    }
  for (const ScatterSeries& s : data.scatters)
    if (s.fit && !s.hidden) extend(e.x, s.x, false), extend(e.y, s.y, log_y);
  return e;
}

// At least a little span, so a single point or a flat line still has an axis around it.
Range with_some_span(Range r, double relative, double absolute) {
  return widen(r, std::max(absolute, relative * std::max(std::abs(r.lo), std::abs(r.hi))));
}

// The autoscaled ranges; every frame, so a double-click reset lands on the data at once.
Range auto_x(PlotView& view, const Extents& e, const PlotOptions& o) {
  if (o.x_range) return *o.x_range;
  DataRange d = e.x;
  d.range = with_some_span(d.range, 0.1, 1e-9);
  view.x_auto.update(d, 0.02);
  return view.x_auto.shown;
}
Range auto_y(PlotView& view, const Extents& e, const PlotOptions& o) {
  if (o.y_range) return *o.y_range;
  DataRange d = e.y;
  if (o.log_y) {
    if (d.valid) d.range = widen({std::log10(d.range.lo), std::log10(d.range.hi)}, 0.5);  // half a decade at least
    view.y_log_auto.update(d, o.padding);
    return {std::pow(10.0, view.y_log_auto.shown.lo), std::pow(10.0, view.y_log_auto.shown.hi)};
  }
  if (o.include_zero && d.valid) d.range = {std::min(d.range.lo, 0.0), std::max(d.range.hi, 0.0)};
  d.range = with_some_span(d.range, 0.2, 1e-9);
  view.y_auto.update(d, o.padding);
  Range r = view.y_auto.shown;
  if (o.include_zero && d.valid && d.range.lo >= 0) r.lo = std::max(r.lo, 0.0);
  return r;
}

// Widens the x or the y range about its centre so one unit spans as many pixels on both axes.
void equalise(PlotArea& a) {
  if (a.log_y) return;
  const double px_w = a.max.x - a.min.x, px_h = a.max.y - a.min.y;
  if (!(px_w > 0 && px_h > 0 && a.x.span() > 0 && a.y.span() > 0)) return;
  const double ux = a.x.span() / px_w, uy = a.y.span() / px_h;  // units per pixel
  if (ux < uy) a.x = widen(a.x, uy * px_w);
  else a.y = widen(a.y, ux * px_h);
}

struct Ticks {
  std::vector<double> major, minor;
  std::vector<std::string> labels;
};
// At most `most` ticks; on a log axis of decades also minor ones (2…9 × 10ᵏ), if no more than `most_minor`.
Ticks make_ticks(Range r, bool log, int most, bool counts = false, int most_minor = 0) {
  Ticks t;
  most = std::max(2, most);
  if (log) {
    t.major = log_ticks(r, most);
    const bool decades = t.major.size() >= 2 && std::all_of(t.major.begin(), t.major.end(), [](double v) {
      return std::abs(std::log10(v) - std::round(std::log10(v))) < 1e-9;
    });
    if (decades) {
      const bool power = std::any_of(t.major.begin(), t.major.end(), decade_needs_power);
      for (double v : t.major) t.labels.push_back(decade_label(v, power));
      // Minor lines closer than a few pixels would only wash the plot grey (and cost fill).
      if (t.major[1] / t.major[0] < 11) t.minor = log_minor_ticks(r, most_minor);
      return t;
    }
  } else {
    t.major = nice_ticks(r, most);
  }
  const double step = nice_step(r.span(), most);
  for (double v : t.major) t.labels.push_back(counts ? count_label(v, step) : typographic_minus(tick_label(v, step)));
  return t;
}

float widest(const std::vector<std::string>& labels) {
  float w = 0;
  for (const auto& s : labels) w = std::max(w, ImGui::CalcTextSize(s.c_str()).x);
  return w;
}

// Wheel zooms about the mouse (Shift: x only); drag pans; double-click goes back to the autoscale.
void interact(PlotView& view, const PlotArea& area, const PlotOptions& o, bool hovered, bool active) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  const bool inside = m.x >= area.min.x && m.x <= area.max.x && m.y >= area.min.y && m.y <= area.max.y;
  if (inside && hovered && io.MouseWheel != 0) {
    const double factor = std::pow(0.85, io.MouseWheel);
    const Range x = zoom_range(area.x, area.x_at(m.x), factor, false);
    if (x.span() > 1e-12 * std::max(1.0, std::abs(x.lo))) view.x_zoom = x;
    if (!io.KeyShift) {
      view.y_zoom = zoom_range(area.y, area.y_at(m.y), factor, o.log_y);
      view.zoom_log_y = o.log_y;
    }
  }
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f) && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    view.x_zoom = pan_range(area.x, io.MouseDelta.x, area.max.x - area.min.x, false);
    view.y_zoom = pan_range(area.y, -io.MouseDelta.y, area.max.y - area.min.y, o.log_y);
    view.zoom_log_y = o.log_y;
  }
  if (inside && hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) view.reset_zoom();
}

// Grid lines and tick labels; returns where the last x tick label ends (the x label must start after it).
float draw_grid_and_labels(ImDrawList* draw, const PlotArea& area, const Ticks& xt, const Ticks& yt,
                           const PlotOptions& o, float widget_bottom) {
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text, 0.85f);
  const float h = ImGui::GetTextLineHeight(), pad = 0.35f * h;
  const float t = std::max(1.0f, std::round(o.scale));  // grid lines: whole pixels, crisp, no fringe to fill
  const auto across = [&](float y, ImU32 colour) { draw->AddRectFilled({area.min.x, y}, {area.max.x, y + t}, colour); };
  for (double v : yt.minor) across(std::round(area.to_screen(area.x.lo, v).y), (o.grid & 0x00FFFFFF) | ((o.grid >> 25) << 24));
  for (std::size_t i = 0; i < yt.major.size(); ++i) {
    const float y = std::round(area.to_screen(area.x.lo, yt.major[i]).y);
    if (y < area.min.y - 1 || y > area.max.y + 1) continue;
    across(y, o.grid);
    const ImVec2 size = ImGui::CalcTextSize(yt.labels[i].c_str());
    draw->AddText({area.min.x - pad - size.x, y - 0.5f * size.y}, text, yt.labels[i].c_str());
  }
  float last_right = -1e9f;
  for (std::size_t i = 0; i < xt.major.size(); ++i) {
    const float x = std::round(area.to_screen(xt.major[i], area.y.lo).x);
    if (x < area.min.x - 1 || x > area.max.x + 1) continue;
    draw->AddRectFilled({x, area.min.y}, {x + t, area.max.y}, o.grid);
    const ImVec2 size = ImGui::CalcTextSize(xt.labels[i].c_str());
    const float left = x - 0.5f * size.x;
    if (left < last_right + h) continue;  // no overlaps
    draw->AddText({left, widget_bottom - size.y}, text, xt.labels[i].c_str());
    last_right = left + size.x;
  }
  return last_right;
}

}  // namespace

PlotResult draw_line_plot(const char* id, PlotView& view, ImVec2 size, const PlotOptions& o, const PlotData& data) {
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  if (size.x <= 0) size.x = std::max(avail.x + size.x, 50.0f);
  if (size.y <= 0) size.y = std::max(avail.y + size.y, 50.0f);
  const ImVec2 p0 = ImGui::GetCursorScreenPos();

  // 1. Ranges: autoscale (always updated, for eased motion), replaced by the user's zoom if any.
  if (view.y_zoom && view.zoom_log_y != o.log_y) view.y_zoom.reset();  // the axis kind changed
  const Extents extents = data_extents(data, o.log_y);
  PlotArea area;
  area.log_y = o.log_y;
  const Range auto_xr = auto_x(view, extents, o), auto_yr = auto_y(view, extents, o);

  // 2. Layout: a top row (y label; legend Above), the data rectangle (legend Right beside it),
  //    a bottom row (x tick labels, x label). Pass 0 lays out for the mouse; pass 1 uses the
  //    ranges the mouse left. The item is the data rectangle, so widgets may sit in the margins.
  const float h = ImGui::GetTextLineHeight(), pad = 0.4f * h;
  const std::string top_left = o.caption.empty() ? o.y_label : o.y_label.empty() ? o.caption : o.y_label + "    " + o.caption;
  const float y_label_w = top_left.empty() ? 0 : ImGui::CalcTextSize(top_left.c_str()).x;
  const float bottom = h + pad;
  // The margins round the data rectangle for a legend placed so (its size measured as it would be drawn).
  struct Margins {
    ImVec2 legend;
    bool two_rows;
    float top, right;
  };
  const auto margins = [&](LegendPlace place, float wrap) {
    const bool row = place == LegendPlace::Above;
    const ImVec2 legend = row || place == LegendPlace::Right ? legend_size(data, row, wrap) : ImVec2{0, 0};
    const float legend_h = row ? legend.y : 0;  // a row legend's rows, over the plot
    const bool two_rows = legend_h > 0 && y_label_w > 0 && y_label_w + 2 * h + legend.x > size.x;
    const float top = two_rows ? h + pad + legend_h + pad : legend_h > 0 || y_label_w > 0 ? std::max(h, legend_h) + pad : 0.6f * h;
    const float right = place == LegendPlace::Right && legend.x > 0 ? legend.x + 1.2f * h : 0.8f * h;
    return Margins{legend, two_rows, top, right};
  };
  // A legend on the right that would take over 30 % of the width is set in the small font; if the
  // plot is then still narrow, it may go over the plot in rows instead: whichever leaves the data
  // rectangle the larger short side (counting height 1.6×, as a plot is naturally wider than tall).
  LegendPlace place = o.legend;
  const bool small_legend = place == LegendPlace::Right && legend_size(data, false).x > 0.3f * size.x;
  if (small_legend) ImGui::PushFont(small_font());
  Margins chosen = margins(place, 0);
  if (small_legend) {
    const Margins above = margins(LegendPlace::Above, size.x);
    const auto short_side = [&](const Margins& g) { return std::min(size.x - g.right, 1.6f * (size.y - g.top - bottom)); };
    if (short_side(above) > short_side(chosen)) place = LegendPlace::Above, chosen = above;
  }
  if (small_legend) ImGui::PopFont();
  const bool row = place == LegendPlace::Above;
  const float wrap = row ? size.x : 0, top = chosen.top, right = chosen.right;
  const ImVec2 legend = chosen.legend;
  const bool two_rows = chosen.two_rows;
  const float x_label_w = o.x_label.empty() ? 0 : ImGui::CalcTextSize(o.x_label.c_str()).x;
  Ticks xt, yt;
  bool hovered = false, active = false;
  for (int pass = 0; pass < 2; ++pass) {
    area.x = view.x_zoom.value_or(auto_xr);
    area.y = view.y_zoom.value_or(auto_yr);
    const float plot_h = std::max(size.y - top - bottom, 10.0f);
    yt = make_ticks(area.y, o.log_y, static_cast<int>(std::lround(plot_h / (0.6f * o.tick_spacing * o.scale))) + 1,
                    false, static_cast<int>(plot_h / (7.5f * o.scale)));  // minor lines if a decade is ≥ 60 px
    const float left = std::max(widest(yt.labels) + 2 * pad, 0.5f * h);
    area.min = {std::round(p0.x + left), std::round(p0.y + top)};
    area.max = {std::round(std::max(p0.x + size.x - right, area.min.x + 10)), std::round(p0.y + top + plot_h)};
    if (o.equal_aspect) equalise(area);
    xt = make_ticks(area.x, false, static_cast<int>(std::lround((area.max.x - area.min.x) / (o.tick_spacing * o.scale))) + 1,
                    o.x_counts);
    if (pass == 0) {
      ImGui::SetCursorScreenPos(area.min);
      ImGui::InvisibleButton(id, {area.max.x - area.min.x, area.max.y - area.min.y}, ImGuiButtonFlags_MouseButtonLeft);
      hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
      if (o.interactive && hovered) ImGui::SetItemUsingMouseWheel();
      if (o.interactive) interact(view, area, o, hovered, active);
    }
  }
  // 3. Draw: background, underlay, grid, bands, lines, points, overlay; then frame, labels, legend.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(area.min, area.max, o.background);
  if (o.underlay) {
    draw->PushClipRect(area.min, area.max, true);
    o.underlay(area);
    draw->PopClipRect();
  }
  const float ticks_end = extents.y.valid ? draw_grid_and_labels(draw, area, xt, yt, o, p0.y + size.y) : -1e9f;
  LineRaster& raster = view.lines.raster;  // bands, lines and markers: one image, drawn again when they change
  if (const std::uint64_t key = raster_key(area, data, o.scale); key != view.raster_key) {
    raster.clear(area.min, static_cast<int>(area.max.x - area.min.x), static_cast<int>(area.max.y - area.min.y));  // whole pixels
    draw_lines(area, data.lines, o.scale, raster);
    for (const ScatterSeries& s : data.scatters)
      if (!s.hidden) draw_scatter(area, s, o.scale, raster);
    view.raster_key = key;
  }
  draw->PushClipRect(area.min, area.max, true);
  view.lines.draw(draw);
  if (o.overlay) o.overlay(area, draw);
  draw->PopClipRect();
  draw->AddRect(area.min, area.max, o.frame, 0, 0, o.scale);

  const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  if (y_label_w > 0) {  // clipped to the widget: a long caption must not run out of the panel
    draw->PushClipRect(p0, {p0.x + size.x, p0.y + size.y}, true);
    const ImVec2 label = ImGui::CalcTextSize(o.y_label.c_str());
    draw->AddText(p0, ImGui::GetColorU32(ImGuiCol_Text, 0.85f), o.y_label.c_str());  // the axis name, like the ticks
    if (!o.caption.empty()) {  // in the small font when the body font would not fit; then cut with "…"
      const float x = p0.x + (o.y_label.empty() ? 0 : label.x + 2 * h), right = p0.x + size.x;
      ImGui::PushFont(ImGui::CalcTextSize(o.caption.c_str()).x > right - x ? small_font() : ImGui::GetFont());
      ImGui::PushStyleColor(ImGuiCol_Text, muted);
      const float y = p0.y + std::round(0.5f * (h - ImGui::GetFontSize()));
      ImGui::RenderTextEllipsis(draw, {x, y}, {right, y + h}, right, right, o.caption.c_str(), nullptr, nullptr);
      ImGui::PopStyleColor();
      ImGui::PopFont();
    }
    draw->PopClipRect();
  }
  // The x label at the axis' right end, after the tick labels; left out when they leave no room.
  if (x_label_w > 0 && area.max.x - x_label_w > ticks_end + 0.5f * h)
    draw->AddText({area.max.x - x_label_w, p0.y + size.y - h}, ImGui::GetColorU32(ImGuiCol_Text, 0.85f), o.x_label.c_str());
  PlotResult result{.area = area, .legend_bottom = area.min.y};
  LegendResult drawn;
  if (small_legend) ImGui::PushFont(small_font());
  if (row && legend.x > 0)
    drawn = draw_legend(draw, {p0.x + size.x - legend.x, p0.y + (two_rows ? h + pad : 0)}, data, true, o.scale, wrap);
  if (place == LegendPlace::Right) drawn = draw_legend(draw, {area.max.x + 1.0f * h, area.min.y}, data, false, o.scale);
  if (small_legend) ImGui::PopFont();
  result.clicked_line = drawn.clicked_line, result.clicked_scatter = drawn.clicked_scatter;
  result.legend_bottom = std::max(result.legend_bottom, drawn.max.y);
  draw_legend_box(draw, area, place, data, o.scale);
  if (!extents.y.valid && !o.empty_text.empty()) {  // centred, wrapped to the plot's width
    const float wrap = std::max(area.max.x - area.min.x - 2 * h, 4 * h);
    const ImVec2 t = ImGui::CalcTextSize(o.empty_text.c_str(), nullptr, false, wrap);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                  {std::max(area.min.x + h, 0.5f * (area.min.x + area.max.x - t.x)), 0.5f * (area.min.y + area.max.y - t.y)},
                  muted, o.empty_text.c_str(), nullptr, wrap);
  }
  if (view.zoomed()) {  // a badge in the corner; how to get back, while the mouse is over the plot
    const char* badge = hovered ? "double-click: reset" : "zoomed";
    const ImVec2 t = ImGui::CalcTextSize(badge), at{area.min.x + 0.5f * pad, area.min.y + 0.5f * pad};
    draw->PushClipRect(area.min, area.max, true);
    draw->AddRectFilled(at, {at.x + t.x + 2 * pad, at.y + t.y}, IM_COL32(255, 255, 255, 220), 0.4f * h);
    draw->AddText({at.x + pad, at.y}, muted, badge);
    draw->PopClipRect();
  }
  ImGui::SetCursorScreenPos(p0);
  ImGui::Dummy(size);  // the whole widget, for the window's layout (last: the underlay may move the cursor)

  // 4. Hover: crosshair at the mouse, a ring on the nearest point, its values.
  PlotHover& hover = result.hover;
  const ImVec2 m = ImGui::GetIO().MousePos;
  hover.active = hovered && m.x >= area.min.x && m.x <= area.max.x && m.y >= area.min.y && m.y <= area.max.y;
  if (!hover.active) return result;
  hover.mouse_x = area.x_at(m.x), hover.mouse_y = area.y_at(m.y);
  draw->AddLine({m.x, area.min.y}, {m.x, area.max.y}, IM_COL32(0, 0, 0, 70), o.scale);
  draw->AddLine({area.min.x, m.y}, {area.max.x, m.y}, IM_COL32(0, 0, 0, 70), o.scale);
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) return result;  // panning: no readout
  find_nearest(area, data, m, hover);
  if (hover.index >= 0) {
    const ImVec2 c = area.to_screen(hover.x, hover.y);
    draw->AddCircleFilled(c, 6 * o.scale, IM_COL32(255, 255, 255, 230));
    draw->AddCircle(c, 6 * o.scale, IM_COL32(20, 20, 20, 255), 0, 2 * o.scale);
    if (o.tooltip) draw_hover_tooltip(hover, data, o);
  }
  return result;
}

}  // namespace viz
