// Checks that the Fit and Loss panels drew their plots: counts pixels of given kinds in a region
// of a screenshot (fractions of the frame), e.g. the blue of f, the red of the worst error.
//   check_plots FILE.png X0 Y0 X1 Y1 KIND:MIN [KIND:MIN …]
// KIND is rgb=R,G,B (within ±12 per channel), red or blue (a channel 60 above both others), or dark.
#include <stb_image.h>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

struct Pixel {
  int r, g, b;
};

bool is(const std::string& kind, Pixel p) {
  if (kind == "red") return p.r > p.g + 60 && p.r > p.b + 60;
  if (kind == "blue") return p.b > p.r + 60 && p.b > p.g + 40;
  if (kind == "dark") return p.r < 50 && p.g < 50 && p.b < 50;
  int r = 0, g = 0, b = 0;
  if (std::sscanf(kind.c_str(), "rgb=%d,%d,%d", &r, &g, &b) != 3) {
    std::fprintf(stderr, "check_plots: unknown kind %s\n", kind.c_str());
    std::exit(2);
  }
  return std::abs(p.r - r) <= 12 && std::abs(p.g - g) <= 12 && std::abs(p.b - b) <= 12;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 7) {
    std::fprintf(stderr, "usage: check_plots FILE.png X0 Y0 X1 Y1 KIND:MIN [KIND:MIN ...]\n");
    return 2;
  }
  int width = 0, height = 0, channels = 0;
  unsigned char* rgb = stbi_load(argv[1], &width, &height, &channels, 3);
  if (!rgb) {
    std::printf("FAIL  %s: cannot read the PNG\n", argv[1]);
    return 1;
  }
  const int x0 = static_cast<int>(std::atof(argv[2]) * width), y0 = static_cast<int>(std::atof(argv[3]) * height);
  const int x1 = static_cast<int>(std::atof(argv[4]) * width), y1 = static_cast<int>(std::atof(argv[5]) * height);
  int failures = 0;
  for (int a = 6; a < argc; ++a) {
    const std::string arg = argv[a];
    const auto colon = arg.rfind(':');
    const std::string kind = arg.substr(0, colon);
    const long least = std::atol(arg.c_str() + colon + 1);
    long count = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) {
        const unsigned char* p = rgb + 3 * (static_cast<long>(y) * width + x);
        count += is(kind, {p[0], p[1], p[2]});
      }
    const bool ok = count >= least;
    std::printf("%s  %s: %ld pixels in [%d, %d) × [%d, %d), at least %ld wanted\n", ok ? "ok  " : "FAIL", kind.c_str(),
                count, x0, x1, y0, y1, least);
    failures += !ok;
  }
  stbi_image_free(rgb);
  return failures == 0 ? 0 : 1;
}
