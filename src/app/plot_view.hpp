// What the Loss and Fit panels keep between frames: their plots' autoscale and zoom, their
// toggles, and the curves they draw, recomputed only when AppState::version changes.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>
#include "fit.hpp"
#include "stepper.hpp"
#include "viz/contour.hpp"
#include "viz/heatmap.hpp"
#include "viz/line_plot.hpp"

namespace app {

// The loss histories as plot series: one point per history bucket (step, mean, min, max).
struct LossCurves {
  std::uint64_t version = 0;
  std::vector<double> train_step{}, train_mean{}, train_min{}, train_max{};  // (train buckets)
  std::vector<double> test_step{}, test_loss{}, test_min{}, test_max{};  // (test buckets)
  std::vector<long> test_first_epoch{}, test_epochs{};               // (test buckets) which epochs each holds
};

// 1-D data: the network's f on a dense grid with each hidden unit's term, and the target.
struct FitCurves1D {
  bpl::FitCurves curves;
  bpl::Matrix terms_by_unit;   // (points, K): column k is unit k's term ωₖ x⁽ᴸ⁻¹⁾ₖ(x), contiguous
  std::vector<double> target;  // (points) g(x) for function data; empty otherwise
  long worst = -1;             // grid index of the worst error max |g − f| (−1 without a target)
};

// 2-D data: the first output over the plane, its mid-level contour, the points by coordinate.
struct DecisionPlane {
  std::vector<float> values;   // (rows, cols) row-major, row 0 at the top (y_hi), for the heatmap
  int rows = 0, cols = 0;
  viz::Range x, y;             // the plane the grid covers: what the plot showed last (else the data's box)
  std::optional<viz::Range> shown_x, shown_y;  // what the plot showed last frame (zoomed, or widened to equal axes)
  double lo = 0, hi = 1;       // the targets' range: the ends of the colour scale
  std::vector<viz::Segment> contour;  // where the output crosses (lo + hi) / 2, in grid coordinates
  std::vector<double> train_x, train_y, test_x, test_y;  // the two inputs of each sample
  std::vector<ImU32> train_colours, test_colours;         // each sample's target on the colour scale
  std::vector<double> train_f, test_f;                    // the network's first output at each sample
  double train_accuracy = 0, test_accuracy = 0;           // share of samples on the right side of the mid-level
};

// Any other shape: each sample's first target against the network's first output.
struct Predictions {
  std::vector<double> train_y, train_f, test_y, test_f;
};

struct FitData {
  std::uint64_t version = 0;  // the AppState::version this was computed for (0 = never)
  FitCurves1D line;
  DecisionPlane plane;
  Predictions predictions;
};

struct PlotViews {
  const void* data_id = nullptr;  // the data set the views were fitted to: a new one starts them afresh
  viz::PlotView loss_plot, fit_plot;
  LossCurves loss;
  FitData fit;
  viz::Heatmap decision;   // the 2-D output as a GPU heatmap (main thread only)
  std::vector<std::uint8_t> batch_mask;  // (training samples) 1 = in the current mini-batch
};

// Refreshes view.loss from the stepper's histories when `version` is new.
void sync_loss_curves(LossCurves& curves, const bpl::Stepper& stepper, std::uint64_t version);

// Forgets zoom and autoscale when the data set changed (another lesson, new data), and the loss
// plot's when its history was cleared (reset), so the axes fit what is shown now.
inline void sync_plot_views(PlotViews& views, const bpl::Stepper& stepper) {
  if (views.data_id != &stepper.data()) {
    views.data_id = &stepper.data();
    views.loss_plot = {}, views.fit_plot = {};
    views.fit.plane.shown_x.reset(), views.fit.plane.shown_y.reset();
  }
  if (stepper.train_history().empty() && stepper.at_step_start()) views.loss_plot = {};
}

}  // namespace app
