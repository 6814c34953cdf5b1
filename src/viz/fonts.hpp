// Fonts for the lecture notation: DejaVu Sans, with the glyphs of ∂ℓ/∂s⁽ˡ⁾, σ′, ⊙, ᵀ, η, ≤ …
#pragma once
#include <imgui.h>
#include <string>
#include <vector>

namespace viz {

struct FontOptions {
  float size_px = 20;        // body text, before the content scale
  float heading_scale = 1.35f;
  float small_scale = 0.78f;   // labels: axis ticks, colour-bar ticks, numbers in cells
  float scale = 1;           // monitor content scale
};

struct Fonts {
  ImFont* body = nullptr;     // DejaVu Sans (ImGui's default font when DejaVu is missing)
  ImFont* heading = nullptr;  // the same, larger
  ImFont* small = nullptr;    // the same, smaller, for labels
  ImFont* mono = nullptr;     // DejaVu Sans Mono, for columns of numbers
  std::vector<ImWchar> ranges;  // the glyph ranges the atlas was built from; must outlive the context
  std::string missing;          // files not found ("" when all were)
};

// The first existing file among the usual font directories, or "" when there is none.
std::string find_font_file(const std::string& file_name);

// Glyph ranges for Latin, Greek, sub/superscripts, arrows and mathematical operators.
std::vector<ImWchar> notation_glyph_ranges();

// Adds the fonts to io.Fonts and builds the atlas, with the markers' disc sprites (viz/discs.hpp).
// Call after init_imgui, before the first frame.
Fonts load_fonts(const FontOptions& options);

// The small font of the last load_fonts (ImGui's current font before any). Draw it at its own
// FontSize: glyphs are built 1:1, so they are sharp only at the size they were built.
ImFont* small_font();

}  // namespace viz
