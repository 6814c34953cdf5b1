// The user's layout and view settings (split ratios, presenter zoom, view toggles), kept as JSON
// in a per-user config directory — never the working directory — and written atomically.
#pragma once
#include <string>

namespace app {

enum class RangeMode { PerMatrix, PerQuantity, Fixed };  // the heatmaps' colour ranges

// What the views show, as the user toggled it: read by the panels straight from UiConfig::view.
struct ViewSettings {
  RangeMode range_mode = RangeMode::PerQuantity;
  float fixed_range = 1;         // Fixed: signed quantities on [−m, m], ReLU activations on [0, m]
  bool more_quantities = false;  // b, ∂ℓ/∂b and every ∂ℓ/∂x in the cards
  bool loss_log = true;          // the loss on a log axis
  bool fit_terms = true;         // the hidden units' terms in the fit
  bool operator==(const ViewSettings&) const = default;
};

struct UiConfig {
  float zoom = 1;                 // presenter zoom: fonts and layout, on top of the monitor's content scale
  float sidebar_width = 0.28f;    // fraction of the window width
  float network_height = 0.60f;   // fraction of the main area's height
  float fit_width = 0.5f;         // fraction of the main area's width under the network
  bool show_sidebar = true;
  bool show_fit = true;
  bool show_loss = true;
  bool unlimited_speed = true;    // run as fast as possible, else steps_per_second
  float steps_per_second = 30;
  ViewSettings view;
  bool operator==(const UiConfig&) const = default;
};

inline constexpr float min_zoom = 0.5f, max_zoom = 3.0f;

// The directory: `override_dir` when not empty, else $BACKPROP_LAB_CONFIG_DIR, else
// $XDG_CONFIG_HOME/backprop-lab, else $HOME/.config/backprop-lab. "" when none can be named.
std::string config_dir(const std::string& override_dir);
std::string config_path(const std::string& dir);  // dir/ui.json

// Reads dir/ui.json; a missing file gives the defaults, a bad one the defaults and `warning` set.
// Values out of range are clamped.
UiConfig load_config(const std::string& dir, std::string& warning);
// Creates dir if needed, writes ui.json.saving and renames it over ui.json. false + `error` on failure.
bool save_config(const std::string& dir, const UiConfig& config, std::string& error);

// Clamps every value into its valid range (zoom, fractions, speed).
UiConfig clamped(UiConfig config);

// Saves the config when it changed since the last save. A zoom given for this session only
// (--zoom) is saved as the zoom it replaced until the user changes it.
struct ConfigKeeper {
  std::string dir;
  UiConfig saved;                 // as on disk
  float session_zoom = 0;         // --zoom, 0 = none
  std::string error{};            // the last save's error, reported once
  void keep(const UiConfig& current);
};

}  // namespace app
