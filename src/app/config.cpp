// Loads and saves UiConfig as JSON ("backprop-lab/ui@1") in the per-user config directory.
#include "config.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace app {

namespace fs = std::filesystem;
using nlohmann::json;

static std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string config_dir(const std::string& override_dir) {
  if (!override_dir.empty()) return override_dir;
  if (std::string dir = env("BACKPROP_LAB_CONFIG_DIR"); !dir.empty()) return dir;
  if (std::string xdg = env("XDG_CONFIG_HOME"); !xdg.empty() && fs::path(xdg).is_absolute())
    return (fs::path(xdg) / "backprop-lab").string();
  if (std::string home = env("HOME"); !home.empty()) return (fs::path(home) / ".config" / "backprop-lab").string();
  return "";
}

std::string config_path(const std::string& dir) { return (fs::path(dir) / "ui.json").string(); }

UiConfig clamped(UiConfig c) {
  c.zoom = std::clamp(c.zoom, min_zoom, max_zoom);
  c.sidebar_width = std::clamp(c.sidebar_width, 0.15f, 0.6f);
  c.network_height = std::clamp(c.network_height, 0.2f, 0.85f);
  c.fit_width = std::clamp(c.fit_width, 0.15f, 0.85f);
  c.steps_per_second = std::clamp(c.steps_per_second, 0.1f, 100000.0f);
  c.view.fixed_range = std::clamp(c.view.fixed_range, 1e-6f, 1e6f);
  return c;
}

template <typename T>
static void read(const json& doc, const char* key, T& value) {
  if (auto it = doc.find(key); it != doc.end() && !it->is_null()) value = it->get<T>();
}

UiConfig load_config(const std::string& dir, std::string& warning) {
  UiConfig c;
  if (dir.empty()) return c;
  const std::string path = config_path(dir);
  std::ifstream in(path, std::ios::binary);
  if (!in) return c;  // first start: the defaults
  std::stringstream text;
  text << in.rdbuf();
  try {
    const json doc = json::parse(text.str());
    read(doc, "zoom", c.zoom);
    read(doc, "sidebar_width", c.sidebar_width);
    read(doc, "network_height", c.network_height);
    read(doc, "fit_width", c.fit_width);
    read(doc, "show_sidebar", c.show_sidebar);
    read(doc, "show_fit", c.show_fit);
    read(doc, "show_loss", c.show_loss);
    read(doc, "unlimited_speed", c.unlimited_speed);
    read(doc, "steps_per_second", c.steps_per_second);
    int range_mode = static_cast<int>(c.view.range_mode);
    read(doc, "range_mode", range_mode);
    c.view.range_mode = static_cast<RangeMode>(std::clamp(range_mode, 0, 2));  // 0 per matrix, 1 per quantity, 2 fixed
    read(doc, "fixed_range", c.view.fixed_range);
    read(doc, "more_quantities", c.view.more_quantities);
    read(doc, "loss_log", c.view.loss_log);
    read(doc, "fit_terms", c.view.fit_terms);
  } catch (const json::exception& e) {
    warning = path + ": ignored (" + e.what() + ")";
    return UiConfig{};
  }
  return clamped(c);
}

bool save_config(const std::string& dir, const UiConfig& c, std::string& error) {
  if (dir.empty()) {
    error = "no config directory (set HOME, XDG_CONFIG_HOME or BACKPROP_LAB_CONFIG_DIR)";
    return false;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  const auto tidy = [](float v) { return std::round(static_cast<double>(v) * 1e4) / 1e4; };  // 1.1, not 1.100000023841858
  const json doc = {{"format", "backprop-lab/ui@1"},
                    {"zoom", tidy(c.zoom)},
                    {"sidebar_width", tidy(c.sidebar_width)},
                    {"network_height", tidy(c.network_height)},
                    {"fit_width", tidy(c.fit_width)},
                    {"show_sidebar", c.show_sidebar},
                    {"show_fit", c.show_fit},
                    {"show_loss", c.show_loss},
                    {"unlimited_speed", c.unlimited_speed},
                    {"steps_per_second", tidy(c.steps_per_second)},
                    {"range_mode", static_cast<int>(c.view.range_mode)},
                    {"fixed_range", tidy(c.view.fixed_range)},
                    {"more_quantities", c.view.more_quantities},
                    {"loss_log", c.view.loss_log},
                    {"fit_terms", c.view.fit_terms}};
  const std::string path = config_path(dir), temporary = path + ".saving";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << doc.dump(2) << '\n';
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      error = "cannot write " + temporary;
      return false;
    }
  }
  fs::rename(temporary, path, ec);  // atomic on one file system
  if (ec) {
    std::remove(temporary.c_str());
    error = "cannot replace " + path + " (" + ec.message() + ")";
    return false;
  }
  return true;
}

void ConfigKeeper::keep(const UiConfig& current) {
  if (session_zoom > 0 && current.zoom != session_zoom) session_zoom = 0;  // the user zoomed: the zoom is theirs now
  UiConfig to_save = current;
  if (session_zoom > 0) to_save.zoom = saved.zoom;
  if (to_save == saved || dir.empty()) return;
  std::string problem;
  const bool ok = save_config(dir, to_save, problem);
  saved = to_save;  // on failure too: tried once per change, not every frame
  if (!ok && problem != error) {
    error = problem;
    std::fprintf(stderr, "backprop-lab: layout not saved: %s\n", problem.c_str());
  }
}

}  // namespace app
