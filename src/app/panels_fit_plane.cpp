// The Fit panel for 2-D data: the network's first output over the plane as a GPU heatmap (the
// decision boundary), its mid-level contour, and the points coloured by their targets on the same
// scale. For any other shape: each sample's prediction against its target.
#include <algorithm>
#include <cmath>
#include "fit_panel.hpp"
#include "panels.hpp"
#include "plot_style.hpp"
#include "viz/chip.hpp"
#include "viz/colormap.hpp"
#include "viz/plot_math.hpp"

namespace app {

namespace {

constexpr viz::ColormapKind plane_colormap = viz::ColormapKind::Diverging;

ImU32 on_scale(double v, double lo, double hi) {
  const viz::Rgb c = viz::colour_of(plane_colormap, v, lo, hi);
  return ImGui::ColorConvertFloat4ToU32({c.r, c.g, c.b, 1});
}

// The extent of input `r` over training and test samples, with a margin.
viz::Range extent(const bpl::Dataset& d, int r) {
  double lo = d.x_train.row(r).minCoeff(), hi = d.x_train.row(r).maxCoeff();
  if (d.x_test.cols() > 0) lo = std::min(lo, d.x_test.row(r).minCoeff()), hi = std::max(hi, d.x_test.row(r).maxCoeff());
  const viz::Range e = viz::widen({lo, hi}, 1e-3);
  return {e.lo - 0.08 * e.span(), e.hi + 0.08 * e.span()};
}

// Share of samples whose output is on the same side of `mid` as their target.
double accuracy(const bpl::Matrix& f, const bpl::Matrix& y, double mid) {
  if (y.cols() == 0) return 0;
  long right = 0;
  for (Eigen::Index n = 0; n < y.cols(); ++n) right += (f(0, n) > mid) == (y(0, n) > mid);
  return static_cast<double>(right) / static_cast<double>(y.cols());
}

void sync(DecisionPlane& p, const bpl::Stepper& s) {
  const bpl::Dataset& d = s.data();
  const bpl::Network& net = s.network();
  p.x = p.shown_x.value_or(extent(d, 0)), p.y = p.shown_y.value_or(extent(d, 1));  // the whole plot, zoomed or not
  // A 96 × 96 grid, coarser for wide nets so a live update stays cheap (24 × 24 at least).
  const int n = static_cast<int>(std::sqrt(static_cast<double>(fit_grid_points(net, 96 * 96))));
  const bpl::Matrix grid = bpl::output_grid(net, p.x.lo, p.x.hi, p.y.lo, p.y.hi, n, n);  // (n, n), row 0 = y.lo
  p.rows = p.cols = n;
  p.values.resize(static_cast<std::size_t>(n) * n);
  std::vector<float> bottom_up(p.values.size());
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < n; ++c) {
      bottom_up[static_cast<std::size_t>(r) * n + c] = static_cast<float>(grid(r, c));
      p.values[static_cast<std::size_t>(n - 1 - r) * n + c] = static_cast<float>(grid(r, c));
    }
  p.lo = d.y_train.row(0).minCoeff(), p.hi = d.y_train.row(0).maxCoeff();
  if (!(p.hi - p.lo > 1e-9)) p.lo = 0, p.hi = 1;
  const double mid = 0.5 * (p.lo + p.hi);
  p.contour = viz::contour_segments(bottom_up.data(), n, n, static_cast<float>(mid));

  auto copy = [&](const bpl::Matrix& x, const bpl::Matrix& y, std::vector<double>& px, std::vector<double>& py,
                  std::vector<ImU32>& colours) {
    px.resize(static_cast<std::size_t>(x.cols())), py.resize(px.size()), colours.resize(px.size());
    for (Eigen::Index i = 0; i < x.cols(); ++i)
      px[i] = x(0, i), py[i] = x(1, i), colours[i] = on_scale(y(0, i), p.lo, p.hi);
  };
  copy(d.x_train, d.y_train, p.train_x, p.train_y, p.train_colours);
  copy(d.x_test, d.y_test, p.test_x, p.test_y, p.test_colours);
  const bpl::Matrix f_train = bpl::predict(net, d.x_train), f_test = bpl::predict(net, d.x_test);
  p.train_f.assign(f_train.row(0).begin(), f_train.row(0).end());
  p.test_f.assign(f_test.row(0).begin(), f_test.row(0).end());
  p.train_accuracy = accuracy(f_train, d.y_train, mid);
  p.test_accuracy = d.x_test.cols() > 0 ? accuracy(f_test, d.y_test, mid) : 0;
}

// A sample under the mouse: where it is, its target and the network's output there.
void sample_tooltip(const viz::PlotHover& h, const DecisionPlane& p, const bpl::Dataset& d) {
  if (h.index < 0 || h.scatter < 0) return;
  const bool train = h.scatter == 0;
  const auto n = static_cast<Eigen::Index>(h.index);
  const double y = train ? d.y_train(0, n) : d.y_test(0, n), f = (train ? p.train_f : p.test_f)[h.index];
  ImGui::BeginTooltip();
  ImGui::Text("%s sample %ld at (%s, %s)", train ? "training" : "test", h.index + 1, viz::readout(h.x, 3).c_str(),
              viz::readout(h.y, 3).c_str());
  ImGui::Text("target y = %s,   output f = %s", viz::readout(y, 4).c_str(), viz::readout(f, 4).c_str());
  const double mid = 0.5 * (p.lo + p.hi);
  if (((f > mid) == (y > mid)))
    ImGui::TextDisabled("on the right side of f = %s", viz::readout(mid, 3).c_str());
  else
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(worst_colour), "on the wrong side of f = %s", viz::readout(mid, 3).c_str());
  ImGui::EndTooltip();
}

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", 100 * share);
  return text;
}

}  // namespace

void draw_fit_plane(AppState& state) {
  PlotViews& views = state.plots;
  DecisionPlane& p = views.fit.plane;
  if (views.fit.version != state.version) sync(p, state.stepper), views.fit.version = state.version;
  const bpl::Stepper& s = state.stepper;

  const Stat accuracy[] = {{"accuracy  train", percent(p.train_accuracy), train_colour},
                           {"test", percent(p.test_accuracy), test_colour}};
  if (state.lesson.data.kind == bpl::DataKind::Classification)  // regression targets have no "right side"
    draw_title_stats(state, "Fit", std::span<const Stat>(accuracy).first(p.test_x.empty() ? 1 : 2));

  std::string batch_caption;
  const auto& mask = batch_mask(state, batch_caption);
  const ImU32 edge = IM_COL32(25, 25, 30, 255);
  viz::ScatterSeries points[2] = {
      {.label = "train", .x = p.train_x, .y = p.train_y, .colour = point_colour, .colours = p.train_colours,
       .radius = 4.5f, .outline = edge, .highlight = mask,
       .highlight_colour = ImGui::ColorConvertFloat4ToU32(viz::color(state.theme.highlight)),
       .highlight_label = batch_caption},
      {.label = p.test_x.empty() ? "" : "test", .x = p.test_x, .y = p.test_y, .colour = point_colour, .colours = p.test_colours,
       .marker = viz::Marker::Square, .radius = 4.5f, .outline = edge}};

  const std::string output = s.data().outputs() > 1 ? "f₁" : "f";
  const viz::LineSeries boundary{.label = output + " = " + big_number(0.5 * (p.lo + p.hi)), .colour = IM_COL32(20, 20, 20, 255)};
  viz::PlotOptions options{.x_label = "x₁", .y_label = "x₂", .caption = "background: the output " + output + " over the plane",
                           .x_range = extent(s.data(), 0), .y_range = extent(s.data(), 1), .equal_aspect = true, .scale = state.scale,
                           .legend = viz::LegendPlace::Right, .tooltip = false};
  options.underlay = [&](const viz::PlotArea& area) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 top_left = area.to_screen(p.x.lo, p.y.hi), bottom_right = area.to_screen(p.x.hi, p.y.lo);
    views.decision.set_values(p.values.data(), p.rows, p.cols, views.fit.version);
    // Rendered at most 6 px per cell (no gaps between cells) and stretched: crisp at any zoom.
    const int w = std::clamp(static_cast<int>(bottom_right.x - top_left.x), 1, 6 * p.cols);
    const int h = std::clamp(static_cast<int>(bottom_right.y - top_left.y), 1, 6 * p.rows);
    if (views.decision.render(w, h, {.colormap = plane_colormap, .lo = p.lo, .hi = p.hi, .numbers = false})) {
      draw->AddImage(viz::texture_id(views.decision.texture()), top_left, bottom_right);
      draw->AddRectFilled(top_left, bottom_right, IM_COL32(255, 255, 255, 110));  // paler, so the points stand out
    }
  };
  options.overlay = [&](const viz::PlotArea& area, ImDrawList* draw) {  // the mid-level contour
    const double dx = p.x.span() / p.cols, dy = p.y.span() / p.rows;
    for (const viz::Segment& g : p.contour)
      draw->AddLine(area.to_screen(p.x.lo + (g.x0 + 0.5) * dx, p.y.lo + (g.y0 + 0.5) * dy),
                    area.to_screen(p.x.lo + (g.x1 + 0.5) * dx, p.y.lo + (g.y1 + 0.5) * dy), IM_COL32(20, 20, 20, 230),
                    2.5f * state.scale);
  };
  const viz::PlotResult plot =
      viz::draw_line_plot("##plane", views.fit_plot, {0, 0}, options, {.lines = {&boundary, 1}, .scatters = points});
  if (plot.hover.active) sample_tooltip(plot.hover, p, s.data());
  // The grid follows what the plot shows (wider for equal axes, or zoomed in): recompute when that moved.
  const auto moved = [](viz::Range a, viz::Range b) {
    return std::abs(a.lo - b.lo) + std::abs(a.hi - b.hi) > 1e-6 * std::max(a.span(), b.span());
  };
  if (moved(plot.area.x, p.x) || moved(plot.area.y, p.y)) {
    p.shown_x = plot.area.x, p.shown_y = plot.area.y;
    views.fit.version = 0;
  }
  // The colour scale under the legend, when there is room for it.
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 bar{std::min(3.5f * h, ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - plot.area.max.x - 1.5f * h),
                   plot.area.max.y - plot.legend_bottom - 1.0f * h};
  if (bar.y >= 4 * h && bar.x >= 2.5f * h) {  // the last item: the cursor is not put back (that would grow the window)
    ImGui::SetCursorScreenPos({plot.area.max.x + h, plot.legend_bottom + 1.0f * h});
    viz::draw_colour_bar(plane_colormap, p.lo, p.hi, bar);
  }
}

void draw_fit_predictions(AppState& state) {
  PlotViews& views = state.plots;
  Predictions& p = views.fit.predictions;
  const bpl::Stepper& s = state.stepper;
  if (views.fit.version != state.version) {
    const bpl::Dataset& d = s.data();
    const bpl::Matrix ft = bpl::predict(s.network(), d.x_train), fs = bpl::predict(s.network(), d.x_test);
    p.train_y.assign(d.y_train.row(0).begin(), d.y_train.row(0).end());
    p.train_f.assign(ft.row(0).begin(), ft.row(0).end());
    p.test_y.assign(d.y_test.row(0).begin(), d.y_test.row(0).end());
    p.test_f.assign(fs.row(0).begin(), fs.row(0).end());
    views.fit.version = state.version;
  }
  // The diagonal across every target and prediction: a sample on it is predicted right.
  viz::DataRange r = viz::finite_range(p.train_y);
  for (const auto* v : {&p.train_f, &p.test_y, &p.test_f})
    if (const viz::DataRange e = viz::finite_range(*v); e.valid)
      r.range = {std::min(r.range.lo, e.range.lo), std::max(r.range.hi, e.range.hi)};
  const double diagonal_x[2] = {r.range.lo, r.range.hi};
  const viz::LineSeries diagonal{.label = "f = y", .x = diagonal_x, .y = diagonal_x, .colour = target_colour,
                                 .thickness = 2, .dash = 8, .hover = false};
  const viz::ScatterSeries points[2] = {
      {.label = "train", .x = p.train_y, .y = p.train_f, .colour = point_colour, .radius = 4.5f, .outline = outline_colour},
      {.label = p.test_y.empty() ? "" : "test", .x = p.test_y, .y = p.test_f, .colour = test_colour,
       .marker = viz::Marker::Diamond, .radius = 4.5f, .outline = outline_colour}};
  const int inputs = s.data().inputs(), outputs = s.data().outputs();
  const std::string shape = std::to_string(inputs) + (inputs == 1 ? " input → " : " inputs → ") + std::to_string(outputs) +
                            (outputs == 1 ? " output" : " outputs");
  viz::PlotOptions options{.x_label = "target y₁",
                           .y_label = "prediction f₁", .caption = "against target y₁,  " + shape,
                           .equal_aspect = true, .scale = state.scale, .legend = viz::LegendPlace::Right};
  viz::draw_line_plot("##predictions", views.fit_plot, {0, 0}, options, {.lines = {&diagonal, 1}, .scatters = points});
}

}  // namespace app
