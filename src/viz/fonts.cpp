// Finds DejaVu on the system and loads it with every glyph the lecture notation uses.
#include "viz/fonts.hpp"

#include <cmath>

#include <filesystem>

#include "viz/discs.hpp"

namespace viz {
namespace {

constexpr const char* font_directories[] = {
    "/usr/share/fonts/truetype/dejavu",  // Debian, Ubuntu (fonts-dejavu-core)
    "/usr/share/fonts/dejavu",           // Fedora
    "/usr/share/fonts/TTF",              // Arch
    "/usr/local/share/fonts",
    "/Library/Fonts",
};

constexpr ImWchar notation_ranges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 (² ³ ¹ · × ÷ ±)
    0x0370, 0x03FF,  // Greek: σ η ω μ β ε Σ …
    0x1D00, 0x1DBF,  // phonetic extensions: modifier letters ᵀ ᵢ ⱼ ᵏ …
    0x2000, 0x206F,  // punctuation: ′ ″ – — … ‖
    0x2070, 0x209F,  // superscripts and subscripts: ⁽ˡ⁾ ⁰¹²³ ₙ ₖ
    0x2100, 0x214F,  // letterlike: ℓ ℝ
    0x2190, 0x21FF,  // arrows: ← → ↑ ↓ ⇒
    0x2200, 0x22FF,  // mathematical operators: ∂ ∑ √ ∞ ≈ ≠ ≤ ≥ ⊙ ⋅
    0x2300, 0x23FF,  // miscellaneous technical: ⌈ ⌉ ⏸ ⏵
    0x25A0, 0x25FF,  // geometric shapes: ■ ▶ ● ◆
    0x2C7C, 0x2C7C,  // Latin subscript j: the ⱼ of Σⱼ wᵢⱼ xⱼ
    0x02B0, 0x02FF,  // spacing modifier letters: ˡ ʰ
    0x0300, 0x036F,  // combining marks: the hat of m̂ (DejaVu draws them with zero advance)
    0,
};

}  // namespace

std::string find_font_file(const std::string& file_name) {
  std::error_code ec;
  for (const char* dir : font_directories) {
    std::filesystem::path candidate = std::filesystem::path(dir) / file_name;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
  }
  return "";
}

std::vector<ImWchar> notation_glyph_ranges() {
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(ImGui::GetIO().Fonts->GetGlyphRangesDefault());
  builder.AddRanges(notation_ranges);
  ImVector<ImWchar> built;
  builder.BuildRanges(&built);
  return std::vector<ImWchar>(built.begin(), built.end());
}

static ImFont* small = nullptr;  // small_font()

static ImFont* add_font(const std::string& file_name, float size_px, const ImWchar* ranges, std::string& missing) {
  ImGuiIO& io = ImGui::GetIO();
  std::string path = find_font_file(file_name);
  if (path.empty()) {
    if (missing.find(file_name) == std::string::npos) missing += (missing.empty() ? "" : ", ") + file_name;
    ImFontConfig config;
    config.SizePixels = size_px;
    return io.Fonts->AddFontDefault(&config);
  }
  // Glyphs at whole pixels, one texel per pixel: crisp, and cheaper to sample in software GL than
  // oversampled glyphs.
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return io.Fonts->AddFontFromFileTTF(path.c_str(), size_px, &config, ranges);
}

Fonts load_fonts(const FontOptions& options) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  Fonts fonts;
  fonts.ranges = notation_glyph_ranges();
  const float size = options.size_px * options.scale;
  fonts.body = add_font("DejaVuSans.ttf", size, fonts.ranges.data(), fonts.missing);
  fonts.heading = add_font("DejaVuSans.ttf", size * options.heading_scale, fonts.ranges.data(), fonts.missing);
  fonts.small = add_font("DejaVuSans.ttf", std::round(size * options.small_scale), fonts.ranges.data(), fonts.missing);
  fonts.mono = add_font("DejaVuSansMono.ttf", size, fonts.ranges.data(), fonts.missing);
  add_disc_sprites(io.Fonts);  // markers' discs share the atlas (viz/discs.hpp)
  io.Fonts->Build();
  bake_disc_sprites(io.Fonts);
  io.FontDefault = fonts.body;
  small = fonts.small;
  return fonts;
}

ImFont* small_font() { return small ? small : ImGui::GetFont(); }

}  // namespace viz
