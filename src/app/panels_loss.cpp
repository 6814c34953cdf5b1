// The Loss panel: train (batch) and test loss against steps, live, on a linear or log axis, with
// the current step, epoch and losses as big numbers. Each history bucket is drawn as its mean
// with a faint min–max band, so a long run keeps its spikes visible.
#include <string>
#include <vector>
#include "panels.hpp"
#include "plot_style.hpp"
#include "plot_view.hpp"
#include "viz/chip.hpp"
#include "viz/plot_math.hpp"

namespace app {

void sync_loss_curves(LossCurves& c, const bpl::Stepper& stepper, std::uint64_t version) {
  if (c.version == version) return;
  c = LossCurves{.version = version};
  for (const bpl::HistoryBucket& b : stepper.train_history().buckets()) {
    c.train_step.push_back(0.5 * static_cast<double>(b.first_step + b.last_step));
    c.train_mean.push_back(b.mean());
    c.train_min.push_back(b.min);
    c.train_max.push_back(b.max);
  }
  long epoch = 1;
  for (const bpl::HistoryBucket& b : stepper.test_history().buckets()) {
    c.test_step.push_back(static_cast<double>(b.last_step));
    c.test_loss.push_back(b.mean());
    c.test_min.push_back(b.min);
    c.test_max.push_back(b.max);
    c.test_first_epoch.push_back(epoch);
    c.test_epochs.push_back(b.count);
    epoch += b.count;
  }
}

namespace {

// Whether this step's batch loss exists yet (its Loss phase has run).
bool loss_ran(const bpl::Stepper& s) {
  return !s.at_step_start() && s.done_position() >= bpl::position({bpl::PhaseKind::Loss, 0}, s.network().depth());
}

// The batch loss (this step's once its Loss phase has run, else the last step's) and the test loss.
std::vector<Stat> stats(const AppState& state) {
  const bpl::Stepper& s = state.stepper;
  std::vector<Stat> out;
  if (loss_ran(s))
    out.push_back({"ℓ this batch", big_number(s.batch_loss()), ImGui::ColorConvertFloat4ToU32(viz::color(state.theme.highlight)),
                   Swatch::Diamond});
  else
    out.push_back({"ℓ train", s.train_history().empty() ? "—" : big_number(s.train_history().last()), train_colour, Swatch::Line});
  if (s.data().x_test.cols() > 0)
    out.push_back({"ℓ test", s.test_history().empty() ? "—" : big_number(s.test_history().last()), test_colour, Swatch::Line});
  return out;
}

constexpr const char* log_toggle = "log scale";
float toggle_width() {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(log_toggle).x;
}
void draw_toggle(AppState& state) {
  if (ImGui::Checkbox(log_toggle, &state.config.view.loss_log)) state.plots.loss_plot.reset_zoom();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("the loss axis: logarithmic (decades) or linear from 0");
}

// The numbers in one row over the plot when they fit; else in a column beside it. Returns the plot's size.
ImVec2 draw_stats(AppState& state) {
  const std::vector<Stat> list = stats(state);
  const float gap = 2.2f * ImGui::GetStyle().ItemSpacing.x, avail = ImGui::GetContentRegionAvail().x;
  float row = toggle_width(), column = toggle_width();
  for (const Stat& s : list) row += stat_width(state, s) + gap, column = std::max(column, stacked_stat_width(state, s));
  if (row <= avail) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i > 0) ImGui::SameLine(0, gap);
      draw_stat(state, list[i]);
    }
    ImGui::SameLine(0, 0);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - toggle_width());
    draw_toggle(state);
    return {0, 0};
  }
  // A column at the right: the plot first, then the numbers beside it.
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float plot_w = avail - column - gap;
  ImGui::SetCursorScreenPos({start.x + plot_w + gap, start.y});
  ImGui::BeginGroup();
  for (const Stat& s : list) draw_stacked_stat(state, s);
  draw_toggle(state);
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(start);
  return {plot_w, 0};
}

void loss_tooltip(const viz::PlotHover& h, const LossCurves& c, const bpl::Stepper& s, const bpl::LossHistory& train) {
  if (h.index < 0) return;
  ImGui::BeginTooltip();
  if (h.line == 0) {
    const bpl::HistoryBucket& b = train.buckets()[static_cast<std::size_t>(h.index)];
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(train_colour), "training batch loss");
    if (b.count == 1) {
      ImGui::Text("step %s:   ℓ = %s", grouped(b.last_step).c_str(), viz::readout(b.min).c_str());
    } else {
      ImGui::Text("steps %s – %s:   mean ℓ = %s", grouped(b.first_step).c_str(), grouped(b.last_step).c_str(),
                  viz::readout(b.mean()).c_str());
      ImGui::TextDisabled("min %s   max %s   (%ld steps in this point)", viz::readout(b.min).c_str(),
                          viz::readout(b.max).c_str(), b.count);
    }
  } else if (h.line == 1 || h.scatter == 0) {
    const auto i = static_cast<std::size_t>(h.index);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(test_colour), "test loss (whole test set)");
    const std::string epochs = c.test_epochs[i] == 1 ? "epoch " + grouped(c.test_first_epoch[i])
                                                     : "epochs " + grouped(c.test_first_epoch[i]) + " – " +
                                                           grouped(c.test_first_epoch[i] + c.test_epochs[i] - 1);
    ImGui::Text("after %s (step %s):   ℓ = %s", epochs.c_str(), grouped(static_cast<long>(c.test_step[i])).c_str(),
                viz::readout(c.test_loss[i]).c_str());
  } else {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(train_colour), "this step's batch (in progress)");
    ImGui::Text("step %s:   ℓ = %s", grouped(s.step() + 1).c_str(), viz::readout(s.batch_loss()).c_str());
  }
  ImGui::EndTooltip();
}

}  // namespace

void draw_loss_panel(AppState& state) {
  if (state.layout.loss.empty()) return;
  if (begin_panel("Loss", state.layout.loss)) {
    PlotViews& views = state.plots;
    const bpl::Stepper& s = state.stepper;
    sync_plot_views(views, s);
    sync_loss_curves(views.loss, s, state.version);
    const LossCurves& c = views.loss;
    const Stat title[] = {{"step", grouped(s.step())}, {"epoch", grouped(s.epoch())}};
    draw_title_stats(state, "Loss", title);
    const ImVec2 plot_size = draw_stats(state);

    viz::LineSeries lines[2];
    lines[0] = {.label = "train", .x = c.train_step, .y = c.train_mean, .colour = train_colour,
                .thickness = 2.5f};
    if (s.train_history().span() > 1) lines[0].band_lo = c.train_min, lines[0].band_hi = c.train_max;
    lines[1] = {.label = "test", .x = c.test_step, .y = c.test_loss, .colour = test_colour, .thickness = 2.5f};
    if (s.test_history().span() > 1) lines[1].band_lo = c.test_min, lines[1].band_hi = c.test_max;
    // Test points as markers while they are far apart (one per epoch).
    const float plot_w = plot_size.x > 0 ? plot_size.x : ImGui::GetContentRegionAvail().x;
    const bool few = static_cast<float>(c.test_step.size()) * 16 * state.scale < 0.8f * plot_w;
    // This step's batch loss, once its Loss phase has run (the history holds completed steps only).
    const double now_x[1] = {static_cast<double>(s.step() + 1)}, now_y[1] = {s.batch_loss()};
    viz::ScatterSeries points[2];
    points[0] = {.x = few ? std::span<const double>(c.test_step) : std::span<const double>(),
                 .y = few ? std::span<const double>(c.test_loss) : std::span<const double>(),
                 .colour = test_colour, .radius = 4.5f, .outline = outline_colour};
    if (loss_ran(s))
      points[1] = {.x = now_x, .y = now_y, .colour = ImGui::ColorConvertFloat4ToU32(viz::color(state.theme.highlight)),
                   .marker = viz::Marker::Diamond, .radius = 6.5f, .outline = outline_colour};

    viz::PlotOptions options{.x_label = "step", .log_y = state.config.view.loss_log, .include_zero = !state.config.view.loss_log, .x_counts = true,
                             .scale = state.scale, .legend = viz::LegendPlace::None, .tooltip = false,
                             .empty_text = "The loss appears here after the first step."};
    const long last = std::max(s.step() + (loss_ran(s) ? 1 : 0), 1L);
    options.x_range = viz::Range{0, static_cast<double>(last) * 1.02 + 0.5};
    const viz::PlotResult plot =
        viz::draw_line_plot("##loss", views.loss_plot, plot_size, options, {.lines = lines, .scatters = points});
    if (plot.hover.active) loss_tooltip(plot.hover, c, s, s.train_history());
  }
  ImGui::End();
}

}  // namespace app
