// Finds a heatmap cell in a screenshot of the app, and checks that hovering it drew a tooltip:
//   check_tooltip find BASE.png               prints "X,Y": the centre of a strongly coloured cell
//   check_tooltip compare BASE.png HOVER.png X Y
// `compare` passes when HOVER differs from BASE (same frame, no mouse) by a tooltip: at least
// 8000 changed pixels of light background spanning 250×60 or more, with dark text in it. Hovering
// without a tooltip changes only thin outlines (the cell, and what it was computed from): far too
// few light pixels to pass.
#include <stb_image.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

struct Image {
  int width = 0, height = 0;
  unsigned char* rgb = nullptr;  // (height, width, 3), top row first
  const unsigned char* at(int x, int y) const { return rgb + 3 * (static_cast<long>(y) * width + x); }
  bool same(int x0, int y0, int x1, int y1) const {
    const unsigned char *a = at(x0, y0), *b = at(x1, y1);
    return a[0] == b[0] && a[1] == b[1] && a[2] == b[2];
  }
};

bool load(const char* path, Image& im) {
  int channels = 0;
  im.rgb = stbi_load(path, &im.width, &im.height, &channels, 3);
  if (!im.rgb) std::printf("FAIL  %s: cannot read the PNG (%s)\n", path, stbi_failure_reason());
  return im.rgb != nullptr;
}

// A deep red or deep blue: the ends of the diverging colormap, which only heatmap cells (and thin
// weight edges) are painted with.
bool deep(const unsigned char* p) {
  return (p[0] > 150 && p[1] < 80 && p[2] < 80) || (p[2] > 140 && p[0] < 80 && p[1] < 110);
}

// A deep pixel with 9 identical pixels across and down through it: inside a cell, not on an edge.
bool cell_centre(const Image& im, int x, int y) {
  constexpr int r = 4;
  if (x < r || y < r || x + r >= im.width || y + r >= im.height || !deep(im.at(x, y))) return false;
  for (int d = -r; d <= r; ++d)
    if (!im.same(x, y, x + d, y) || !im.same(x, y, x, y + d)) return false;
  return true;
}

int find(const Image& im) {
  // The network panel is right of the sidebar, in the upper part of the window.
  for (int y = im.height / 10; y < im.height * 6 / 10; ++y)
    for (int x = im.width / 4; x < im.width; ++x)
      if (cell_centre(im, x, y)) {
        std::printf("%d,%d\n", x, y);
        return 0;
      }
  std::fprintf(stderr, "FAIL  no heatmap cell found in the upper right of the frame\n");
  return 1;
}

int compare(const Image& base, const Image& hover, int mx, int my) {
  if (base.width != hover.width || base.height != hover.height) {
    std::printf("FAIL  the two frames differ in size\n");
    return 1;
  }
  // Differences anywhere but right at the mouse (the hovered cell's own outline).
  const int x0 = 0, x1 = base.width, y0 = 0, y1 = base.height;
  long differ = 0, light = 0, dark = 0;
  int bx0 = x1, by0 = y1, bx1 = x0, by1 = y0;  // the box of the light changed pixels
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const unsigned char *a = base.at(x, y), *b = hover.at(x, y);
      if (a[0] == b[0] && a[1] == b[1] && a[2] == b[2]) continue;
      if (std::abs(x - mx) < 40 && std::abs(y - my) < 40) continue;  // the hovered cell's outline
      ++differ;
      const int luma = (299 * b[0] + 587 * b[1] + 114 * b[2]) / 1000;
      dark += luma < 110;
      if (luma <= 225) continue;
      ++light;
      bx0 = std::min(bx0, x), by0 = std::min(by0, y), bx1 = std::max(bx1, x), by1 = std::max(by1, y);
    }
  const int w = light ? bx1 - bx0 + 1 : 0, h = light ? by1 - by0 + 1 : 0;
  std::printf("      %ld pixels changed away from the mouse; %ld light (in a %dx%d box), %ld dark\n", differ, light, w, h, dark);
  int failures = 0;
  const auto expect = [&](bool ok, const char* what) {
    std::printf("%s  %s\n", ok ? "ok  " : "FAIL", what);
    failures += !ok;
  };
  expect(light >= 8000, "at least 8000 pixels turned to a light background");
  expect(w >= 250 && h >= 60, "over a tooltip-sized box (at least 250x60)");
  expect(dark >= 300, "with dark text in it");
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Image base, hover;
  if (argc == 3 && std::string_view(argv[1]) == "find") return load(argv[2], base) ? find(base) : 1;
  if (argc == 6 && std::string_view(argv[1]) == "compare")
    return load(argv[2], base) && load(argv[3], hover) ? compare(base, hover, std::atoi(argv[4]), std::atoi(argv[5])) : 1;
  std::fprintf(stderr, "usage: check_tooltip find BASE.png | check_tooltip compare BASE.png HOVER.png X Y\n");
  return 2;
}
