// The network view's own state: one heatmap per (layer, quantity), the largest values for the
// colour ranges, and when the last phase ran (for the waves on the architecture strip). AppState
// holds one; panels_network.cpp draws it, with the toggles of UiConfig::view.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "config.hpp"
#include "phase.hpp"
#include "stepper.hpp"
#include "viz/heatmap.hpp"

namespace app {

// The colour scale of one heatmap.
struct ColourScale {
  viz::ColormapKind colormap = viz::ColormapKind::Diverging;
  double lo = -1, hi = 1;
};

struct NetworkView {
  std::shared_ptr<viz::HeatmapProgram> program;  // shared by every heatmap below
  std::string program_error;                     // why the shaders could not be loaded ("" = fine)
  std::vector<std::array<viz::Heatmap, bpl::quantity_count>> maps;  // [l − 1][Quantity]
  std::vector<std::array<float, bpl::quantity_count>> max_abs, max_value;  // [l − 1][Quantity], finite values only
  std::uint64_t synced_version = 0;  // the AppState::version the maps hold
  std::vector<float> scratch;        // column-major double → row-major float

  std::optional<bpl::Phase> wave_phase;  // the last phase, as of the last frame
  long wave_step = -1;
  double wave_start = -1e9;  // ImGui time when wave_phase ran: the pulses travel for a moment after
};

// Copies every stored quantity of every layer into the heatmaps, when `version` is new (or the
// depth changed). Cheap otherwise: call it every frame.
// With `hold` (while training runs) the largest values the colour ranges come from are held: each
// follows the values up at once, but down only once they fall below half of it, so a range does not
// flip between two nice steps (0.4 and 0.5) from one frame to the next. Without it, they are exact.
void sync_network_view(NetworkView& view, const bpl::Stepper& stepper, std::uint64_t version, bool hold = false);

// A held largest value (see sync_network_view): `now` when it is above `before` or below half of it.
inline float held(float before, float now) { return now > before || now < 0.5f * before ? now : before; }

// Frees the heatmaps' GL objects and the program (main thread, before the GL context goes).
void release_network_view(NetworkView& view);

// Whether the cards show quantity q of layer l: w, s, x, ∂ℓ/∂s, ∂ℓ/∂w always, and ∂ℓ/∂x⁽ᴸ⁾ (where
// the loss starts the backward pass); b, ∂ℓ/∂b and the other ∂ℓ/∂x with more_quantities.
inline bool shown(const ViewSettings& settings, bpl::Quantity q, int layer, int depth) {
  using bpl::Quantity;
  return settings.more_quantities || (q != Quantity::B && q != Quantity::DlDb && (q != Quantity::DlDx || layer == depth));
}

// The heatmap of quantity q of layer l (1-based).
inline viz::Heatmap& heatmap_of(NetworkView& view, bpl::Quantity q, int layer) {
  return view.maps[layer - 1][static_cast<int>(q)];
}

// The colour scale of quantity q of layer l under the settings' range mode: diverging on a symmetric
// range for signed quantities; for x, by σ: tanh on [−1, 1], sigmoid and softmax sequential on
// [0, 1], ReLU sequential from 0, linear and leaky ReLU like s.
ColourScale colour_scale(const NetworkView& view, const ViewSettings& settings, const bpl::Network& net, bpl::Quantity q,
                         int layer);

// m rounded up to 1, 1.5, 2, 3, 4, 5, 6 or 8 × 10ᵏ, so ranges do not flicker and ticks land at the ends.
double nice_ceiling(double m);

}  // namespace app
