// The Fit panel for 1-D data: training and test points, the target g(x), the network's f(x) on a
// dense grid and each hidden unit's term ωₖ x⁽ᴸ⁻¹⁾ₖ(x) as its own thin curve (their sum + b is f for
// a linear output), the current mini-batch highlighted, and the worst error max |g − f| marked.
// 2-D data and other shapes are drawn by panels_fit_plane.cpp.
#include <algorithm>
#include <cmath>
#include "fit_panel.hpp"
#include "notation.hpp"
#include "panels.hpp"
#include "plot_style.hpp"
#include "viz/chip.hpp"
#include "viz/plot_math.hpp"

namespace app {

namespace {

constexpr const char* subscript_digits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
std::string subscript(int n) {
  std::string out;
  for (char c : std::to_string(n)) out += subscript_digits[c - '0'];
  return out;
}

std::string target_text(bpl::TargetFunction g) {
  switch (g) {
    case bpl::TargetFunction::Sin: return "sin x";
    case bpl::TargetFunction::Step: return "step(x) = ±1";
    case bpl::TargetFunction::Abs: return "|x|";
    case bpl::TargetFunction::Sawtooth: return "sawtooth(x)";
    case bpl::TargetFunction::GaussianBump: return "e^(−x²)";
    case bpl::TargetFunction::Cubic: return "x³";
  }
  return "g(x)";
}

bool has_target(const AppState& state) { return state.lesson.data.kind == bpl::DataKind::Function; }

// The x interval shown: the lesson's domain for function data, else the data's extent.
viz::Range domain(const AppState& state) {
  if (has_target(state)) return {state.lesson.data.lo, state.lesson.data.hi};
  const bpl::Dataset& d = state.stepper.data();
  double lo = d.x_train.minCoeff(), hi = d.x_train.maxCoeff();
  if (d.x_test.cols() > 0) lo = std::min(lo, d.x_test.minCoeff()), hi = std::max(hi, d.x_test.maxCoeff());
  return viz::widen({lo, hi}, 1e-6);
}

void sync(FitCurves1D& f, const AppState& state) {
  const bpl::Network& net = state.stepper.network();
  const viz::Range x = domain(state);
  f.curves = bpl::fit_curves(net, x.lo, x.hi, fit_grid_points(net, 400));
  f.terms_by_unit = f.curves.terms.transpose();
  f.target.clear();
  f.worst = -1;
  if (!has_target(state)) return;
  double worst = -1;
  for (Eigen::Index k = 0; k < f.curves.x.size(); ++k) {
    f.target.push_back(bpl::target(state.lesson.data.function, f.curves.x(k)));
    const double e = std::abs(f.target.back() - f.curves.f(k));
    if (e > worst || !std::isfinite(e)) worst = e, f.worst = k;
  }
}

// What the thin curves are and how they add up, for the caption over the plot:
// "Σ terms + b = f,  termₖ = ωₖ tanh(wₖ x + bₖ)".
std::string terms_caption(const bpl::Network& net, const bpl::FitCurves& c) {
  const int L = net.depth();
  const std::string out_act(bpl::name(net.layers.back().act));
  if (L == 1) return "no hidden layer: f(x) = " + out_act + "(w x + b), no terms";
  const std::string act(bpl::name(net.layers[L - 2].act));
  const std::string term = L == 2 ? "ωₖ " + act + "(wₖ x + bₖ)" : "ωₖ x" + layer_tag(L - 1) + "ₖ(x), last hidden layer";
  const std::string sum = c.terms_sum_to_f ? "Σ terms + b = f" : "Σ terms + b = s" + layer_tag(L) + ",  f = " + out_act + "(s" + layer_tag(L) + ")";
  return sum + ",   termₖ = " + term;
}

// The worst error in the title bar: the number the class watches fall.
void title(const AppState& state, const FitCurves1D& f) {
  if (f.worst < 0) return;
  const Stat worst[] = {{"worst |g − f|", big_number(std::abs(f.target[f.worst] - f.curves.f(f.worst))), worst_colour}};
  draw_title_stats(state, "Fit", worst);
}

void fit_tooltip(const viz::PlotHover& h, const AppState& state, int terms, bool target) {
  if (h.index < 0) return;
  const bpl::Network& net = state.stepper.network();
  ImGui::BeginTooltip();
  if (h.line >= 0 && h.line < terms) {  // unit k's term
    const int k = h.line;
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(term_colour(k)), "hidden unit %d's term", k + 1);
    const bpl::Layer& out = net.layers.back();
    ImGui::Text("ω%s = %s   at x = %s:  term = %s", subscript(k + 1).c_str(), viz::readout(out.w(0, k)).c_str(),
                viz::readout(h.x).c_str(), viz::readout(h.y).c_str());
    if (net.depth() == 2) {
      const bpl::Layer& hidden = net.layers[0];
      ImGui::TextDisabled("w%s = %s,  b%s = %s", subscript(k + 1).c_str(), viz::readout(hidden.w(k, 0)).c_str(),
                          subscript(k + 1).c_str(), viz::readout(hidden.b(k)).c_str());
    }
  } else if (h.scatter >= 0) {
    ImGui::Text("%s sample %ld:  x = %s,  y = %s", h.scatter == 0 ? "training" : "test", h.index + 1,
                viz::readout(h.x).c_str(), viz::readout(h.y).c_str());
  } else {
    const bool is_target = target && h.line == terms;
    ImGui::Text("%s at x = %s:  %s", is_target ? "target g(x)" : "network f(x)", viz::readout(h.x).c_str(),
                viz::readout(h.y).c_str());
  }
  ImGui::EndTooltip();
}

}  // namespace

int fit_grid_points(const bpl::Network& net, int most) {
  long macs = 0;  // multiply-adds of one forward pass
  for (const bpl::Layer& l : net.layers) macs += static_cast<long>(l.units()) * l.inputs();
  constexpr double budget = 4e6;  // per recomputation, so a live fit of a wide net stays under a few ms
  return static_cast<int>(std::clamp(budget / std::max(macs, 1L), 100.0, static_cast<double>(most)));
}

std::vector<std::uint8_t>& batch_mask(AppState& state, std::string& caption) {
  const bpl::Stepper& s = state.stepper;
  std::vector<std::uint8_t>& mask = state.plots.batch_mask;
  mask.assign(static_cast<std::size_t>(s.data().x_train.cols()), 0);
  const bool stepping = !state.running && (!s.at_step_start() || s.step() > 0);
  if (!stepping || s.batch().size() >= mask.size()) return mask;  // a full batch: every point, nothing to single out
  for (Eigen::Index n : s.batch()) mask[static_cast<std::size_t>(n)] = 1;
  caption = (s.at_step_start() ? "last batch (" : "this batch (") + std::to_string(s.batch().size()) + ")";
  return mask;
}

void draw_fit_1d(AppState& state) {
  PlotViews& views = state.plots;
  FitCurves1D& f = views.fit.line;
  if (views.fit.version != state.version) sync(f, state), views.fit.version = state.version;
  title(state, f);

  const bpl::Dataset& d = state.stepper.data();
  std::string batch_caption;
  const auto& mask = batch_mask(state, batch_caption);
  std::vector<viz::LineSeries> lines;
  const int terms = static_cast<int>(f.terms_by_unit.cols());
  const auto grid = std::span<const double>(f.curves.x.data(), static_cast<std::size_t>(f.curves.x.size()));
  // One legend entry for all (a click there hides or shows them); many units: a fainter, thinner bundle,
  // hard-edged (viz/line_raster.hpp).
  const bool many = terms > 24;
  for (int k = 0; k < terms; ++k)
    lines.push_back({.label = k == 0 ? "terms" : "",
                     .x = grid,
                     .y = {f.terms_by_unit.col(k).data(), grid.size()},
                     .colour = many ? (term_colour(k) & 0x00FFFFFF) | (150u << 24) : term_colour(k),
                     .thickness = many ? 1.0f : 2.0f,
                     .tolerance = many ? 0.5f : 0.25f,  // a bundle: the eye follows the bundle, not each curve
                     .hidden = !state.config.view.fit_terms,
                     .hard_edged = many});
  if (!f.target.empty())
    lines.push_back({.label = "g = " + target_text(state.lesson.data.function), .x = grid, .y = f.target,
                     .colour = target_colour, .thickness = 2.5f, .dash = 9, .tolerance = 0.25f});
  lines.push_back({.label = "f", .x = grid, .y = {f.curves.f.data(), grid.size()}, .colour = train_colour,
                   .thickness = 3.5f, .tolerance = 0.25f});
  // The worst error: a red bracket from g to f (its caps in the overlay below).
  const double worst_x[2] = {f.worst >= 0 ? f.curves.x(f.worst) : 0, f.worst >= 0 ? f.curves.x(f.worst) : 0};
  const double worst_y[2] = {f.worst >= 0 ? f.target[f.worst] : 0, f.worst >= 0 ? f.curves.f(f.worst) : 0};
  if (f.worst >= 0)
    lines.push_back({.x = worst_x, .y = worst_y, .colour = worst_colour, .thickness = 2.5f,
                     .sorted_x = false, .hover = false});

  const auto row = [](const bpl::Matrix& m, int r) {  // a row of a (1, N) matrix is contiguous
    return std::span<const double>(m.data() + r, m.rows() == 1 ? static_cast<std::size_t>(m.cols()) : 0);
  };
  viz::ScatterSeries points[2] = {
      {.label = "train", .x = row(d.x_train, 0), .y = row(d.y_train, 0), .colour = point_colour, .radius = 4.5f,
       .outline = outline_colour, .highlight = mask,
       .highlight_colour = ImGui::ColorConvertFloat4ToU32(viz::color(state.theme.highlight)),
       .highlight_label = batch_caption},
      {.label = d.x_test.cols() > 0 ? "test" : "", .x = row(d.x_test, 0), .y = row(d.y_test, 0), .colour = test_colour, .marker = viz::Marker::Diamond,
       .radius = 4.5f, .outline = outline_colour}};

  const viz::Range x = domain(state);
  viz::PlotOptions options{.x_label = "x", .y_label = "y", .caption = terms_caption(state.stepper.network(), f.curves), .x_range = viz::Range{x.lo - 0.03 * x.span(), x.hi + 0.03 * x.span()},
                           .scale = state.scale, .legend = viz::LegendPlace::Right, .tooltip = false};
  if (f.worst >= 0)
    options.overlay = [&](const viz::PlotArea& area, ImDrawList* draw) {  // the worst error as a red bracket
      const double wx = f.curves.x(f.worst);
      const ImVec2 a = area.to_screen(wx, f.target[f.worst]), b = area.to_screen(wx, f.curves.f(f.worst));
      const float t = 2.5f * state.scale, cap = 6 * state.scale;
      draw->AddLine({a.x - cap, a.y}, {a.x + cap, a.y}, worst_colour, t);
      draw->AddLine({b.x - cap, b.y}, {b.x + cap, b.y}, worst_colour, t);
    };
  const viz::PlotResult plot =
      viz::draw_line_plot("##fit", views.fit_plot, {0, 0}, options, {.lines = lines, .scatters = points});
  if (plot.clicked_line == 0 && terms > 0) state.config.view.fit_terms = !state.config.view.fit_terms;
  if (plot.hover.active) fit_tooltip(plot.hover, state, terms, !f.target.empty());
}

void draw_fit_panel(AppState& state) {
  if (state.layout.fit.empty()) return;
  if (begin_panel("Fit", state.layout.fit)) {
    const bpl::Dataset& d = state.stepper.data();
    sync_plot_views(state.plots, state.stepper);
    if (d.inputs() == 1) draw_fit_1d(state);
    else if (d.inputs() == 2) draw_fit_plane(state);
    else draw_fit_predictions(state);
  }
  ImGui::End();
}

}  // namespace app
