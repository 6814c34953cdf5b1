// The Fit panel's parts: 1-D curves (panels_fit.cpp), the 2-D plane and predicted-vs-target for
// other shapes (panels_fit_plane.cpp), and what they share.
#pragma once
#include <cstdint>
#include <string>
#include <vector>
#include "app_state.hpp"

namespace app {

void draw_fit_1d(AppState& state);           // one input: f(x), its terms, the target, the points
void draw_fit_plane(AppState& state);        // two inputs: the output over the plane, points by class
void draw_fit_predictions(AppState& state);  // any other shape: each sample's prediction against its target

// Grid points for a live curve of `net`: up to `most`, fewer for wide nets (a few ms at most).
int fit_grid_points(const bpl::Network& net, int most);

// 1 for the training samples of the current mini-batch while stepping by hand (none while
// running, or when the batch is the whole set); `caption` names it for the legend.
std::vector<std::uint8_t>& batch_mask(AppState& state, std::string& caption);

}  // namespace app
