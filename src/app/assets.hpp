// Where the app finds its assets (lessons, later colormaps): the source tree, or beside the executable.
#pragma once
#include <string>

namespace app {

// The assets directory: BACKPROP_ASSET_DIR when it exists, else assets/ next to or above the
// executable, else share/backprop-lab/assets above it. "" when none exists.
std::string asset_dir();

// assets/lessons/fit-sin.json (a path that may not exist when no assets were found).
std::string default_lesson_path();

}  // namespace app
