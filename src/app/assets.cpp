// Locates the assets directory at run time.
#include "assets.hpp"

#include <filesystem>

namespace app {

namespace fs = std::filesystem;

std::string asset_dir() {
  std::error_code ec;
#ifdef BACKPROP_ASSET_DIR
  if (fs::is_directory(BACKPROP_ASSET_DIR, ec)) return BACKPROP_ASSET_DIR;
#endif
  const fs::path exe_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
  if (ec) return "";
  for (const fs::path& candidate : {exe_dir / "assets", exe_dir.parent_path() / "assets",
                                    exe_dir.parent_path().parent_path() / "assets",
                                    exe_dir.parent_path() / "share" / "backprop-lab" / "assets"}) {
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return "";
}

std::string default_lesson_path() {
  const std::string dir = asset_dir();
  return (fs::path(dir.empty() ? "assets" : dir) / "lessons" / "fit-sin.json").string();
}

}  // namespace app
