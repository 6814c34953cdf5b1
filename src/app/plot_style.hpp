// The colours and the big numbers the Loss and Fit panels share, chosen to read on a projector:
// colour-blind-safe hues (after Okabe & Ito), the lines the class must follow thick and dark.
#pragma once
#include <imgui.h>
#include <span>
#include <string>
#include "app_state.hpp"

namespace app {

inline constexpr ImU32 train_colour = IM_COL32(0, 114, 178, 255);    // blue: training loss, f(x)
inline constexpr ImU32 test_colour = IM_COL32(0, 140, 100, 255);     // bluish green: test loss, test points
inline constexpr ImU32 target_colour = IM_COL32(40, 40, 40, 255);    // near-black, dashed: the target g(x)
inline constexpr ImU32 point_colour = IM_COL32(70, 70, 78, 255);     // dark grey: training points
inline constexpr ImU32 worst_colour = IM_COL32(200, 30, 45, 255);    // red: the worst error
inline constexpr ImU32 outline_colour = IM_COL32(255, 255, 255, 255);

// The colour of hidden unit k's term: distinct, lighter hues that stay behind f and the target.
ImU32 term_colour(int k);

// A big number with a small label before it ("step 1 234"), optionally with a legend swatch.
enum class Swatch { None, Line, Diamond };
struct Stat {
  std::string label, value;
  ImU32 colour = 0;  // of the value and the swatch; 0 = the text colour
  Swatch swatch = Swatch::None;
};

// Its width on one line, its label in a column `label_w` wide (0: the label's own width).
float stat_width(const AppState& state, const Stat& stat, float label_w = 0);
// Draws it at the cursor as one line (the label on the number's baseline).
void draw_stat(const AppState& state, const Stat& stat, float label_w = 0);
// Stacked: the label (and swatch) on one line, the number under it; for narrow columns.
float stacked_stat_width(const AppState& state, const Stat& stat);
void draw_stacked_stat(const AppState& state, const Stat& stat);
// Draws them right-aligned in the current window's title bar (`title`: the window's), where they
// take no room from the panel; those that do not fit beside the title are left out, leftmost first.
void draw_title_stats(const AppState& state, const char* title, std::span<const Stat> stats);

// A value for the big numbers: 4 significant digits, typographic minus.
std::string big_number(double value);

// 1234567 → "1 234 567" (thin spaces), readable at a distance.
std::string grouped(long n);

}  // namespace app
