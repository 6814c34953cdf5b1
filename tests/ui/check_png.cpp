// Checks that a PNG is a real rendered frame of the app, not a blank or garbage buffer:
//   check_png FILE.png WIDTH HEIGHT
// The size must match; a menu bar spans the top; the bottom corners show the background between
// panels; the panels cover most of every quadrant; there is dark text, and many distinct colours
// (anti-aliased glyphs, chips, heatmaps).
#include <stb_image.h>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

namespace {

struct Image {
  int width = 0, height = 0;
  const unsigned char* rgb = nullptr;  // (height, width, 3), top row first
  unsigned color(int x, int y) const {
    const unsigned char* p = rgb + 3 * (static_cast<long>(y) * width + x);
    return (p[0] << 16) | (p[1] << 8) | p[2];
  }
};

int failures = 0;

void expect(bool ok, const char* what) {
  std::printf("%s  %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok) ++failures;
}

// Fraction of pixels in [x0, x1) × [y0, y1) whose colour differs from `background`.
double covered(const Image& im, unsigned background, int x0, int y0, int x1, int y1) {
  long differ = 0, total = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x, ++total) differ += im.color(x, y) != background;
  return total ? static_cast<double>(differ) / total : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: check_png FILE.png WIDTH HEIGHT\n");
    return 2;
  }
  Image im;
  int channels = 0;
  unsigned char* data = stbi_load(argv[1], &im.width, &im.height, &channels, 3);
  if (!data) {
    std::printf("FAIL  %s: cannot read the PNG (%s)\n", argv[1], stbi_failure_reason());
    return 1;
  }
  im.rgb = data;
  std::printf("%s: %dx%d\n", argv[1], im.width, im.height);
  expect(im.width == std::atoi(argv[2]) && im.height == std::atoi(argv[3]), "size is as requested");

  // The menu bar runs along the top; the bottom corners show the background between panels.
  const unsigned background = im.color(0, im.height - 1);
  expect(im.color(im.width - 1, im.height - 1) == background, "the bottom corners show one background colour");
  const bool menu_bar = im.color(0, 0) == im.color(im.width - 1, 0) && im.color(0, 0) != background &&
                        covered(im, background, 0, 0, im.width, 2) > 0.99;
  expect(menu_bar, "a menu bar spans the top of the window");

  std::set<unsigned> colors;
  long dark = 0;
  for (int y = 0; y < im.height; ++y)
    for (int x = 0; x < im.width; ++x) {
      const unsigned c = im.color(x, y);
      colors.insert(c);
      const int luma = (299 * (c >> 16) + 587 * ((c >> 8) & 255) + 114 * (c & 255)) / 1000;
      dark += luma < 96;
    }
  const double dark_fraction = static_cast<double>(dark) / (static_cast<double>(im.width) * im.height);
  std::printf("      %zu distinct colours, %.2f%% dark (text) pixels\n", colors.size(), 100 * dark_fraction);
  expect(colors.size() >= 200, "at least 200 distinct colours");
  expect(dark_fraction > 0.005, "dark text covers more than 0.5% of the frame");

  const int w2 = im.width / 2, h2 = im.height / 2;
  const double quadrants[] = {covered(im, background, 0, 0, w2, h2), covered(im, background, w2, 0, im.width, h2),
                              covered(im, background, 0, h2, w2, im.height), covered(im, background, w2, h2, im.width, im.height)};
  std::printf("      panel coverage per quadrant: %.0f%% %.0f%% %.0f%% %.0f%%\n", 100 * quadrants[0], 100 * quadrants[1],
              100 * quadrants[2], 100 * quadrants[3]);
  bool all = true;
  for (double q : quadrants) all = all && q > 0.6;
  expect(all, "panels differ from the background over 60% of every quadrant");

  // The default layout's regions (sidebar 28% wide; network 60% of the height; fit and loss below):
  // each is covered by its panel and has content of its own (text, curves, heatmaps), not a blank box.
  struct Region {
    const char* name;
    double x0, y0, x1, y1;  // fractions of the window, well inside the region
  };
  const Region regions[] = {{"sidebar", 0.02, 0.10, 0.25, 0.95}, {"network", 0.33, 0.10, 0.97, 0.55},
                            {"fit", 0.33, 0.68, 0.62, 0.95}, {"loss", 0.70, 0.68, 0.97, 0.95}};
  for (const Region& r : regions) {
    const int x0 = static_cast<int>(r.x0 * im.width), x1 = static_cast<int>(r.x1 * im.width);
    const int y0 = static_cast<int>(r.y0 * im.height), y1 = static_cast<int>(r.y1 * im.height);
    std::set<unsigned> inside;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) inside.insert(im.color(x, y));
    const double cover = covered(im, background, x0, y0, x1, y1);
    std::printf("      %-8s %.0f%% covered, %zu colours\n", r.name, 100 * cover, inside.size());
    const std::string what = std::string("the ") + r.name + " region is a panel with content";
    expect(cover > 0.95 && inside.size() >= 40, what.c_str());
  }

  stbi_image_free(data);
  return failures ? 1 : 0;
}
