// The saved layout (config directory, atomic JSON round trip, clamping) and the panel rectangles
// (they fill the window without overlapping at the sizes a lecture hall uses, at every zoom).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include "config.hpp"
#include "layout.hpp"

namespace {

namespace fs = std::filesystem;

fs::path temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("bpl-config-tests-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  return dir;
}

TEST(Config, DirectoryFollowsFlagThenEnvironment) {
  EXPECT_EQ(app::config_dir("/flag/dir"), "/flag/dir");
  ::setenv("BACKPROP_LAB_CONFIG_DIR", "/env/dir", 1);
  EXPECT_EQ(app::config_dir(""), "/env/dir");
  ::unsetenv("BACKPROP_LAB_CONFIG_DIR");
  ::setenv("XDG_CONFIG_HOME", "/xdg", 1);
  EXPECT_EQ(app::config_dir(""), "/xdg/backprop-lab");
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("HOME", "/home/someone", 1);
  EXPECT_EQ(app::config_dir(""), "/home/someone/.config/backprop-lab");
}

TEST(Config, RoundTripIsAtomicAndClamped) {
  const fs::path dir = temp_dir("round");
  std::string warning, error;
  EXPECT_EQ(app::load_config(dir.string(), warning), app::UiConfig{}) << "no file: the defaults";
  app::UiConfig c;
  c.zoom = 1.5f;
  c.sidebar_width = 0.33f;
  c.show_loss = false;
  c.unlimited_speed = false;
  c.steps_per_second = 12;
  c.view = {.range_mode = app::RangeMode::Fixed, .fixed_range = 0.5f, .more_quantities = true, .loss_log = false, .fit_terms = false};
  ASSERT_TRUE(app::save_config(dir.string(), c, error)) << error;
  EXPECT_FALSE(fs::exists(dir / "ui.json.saving"));
  EXPECT_EQ(app::load_config(dir.string(), warning), c);
  EXPECT_TRUE(warning.empty());

  std::ofstream(dir / "ui.json") << R"({"zoom": 99, "network_height": -1, "range_mode": 7})";
  const app::UiConfig clamped = app::load_config(dir.string(), warning);
  EXPECT_EQ(clamped.zoom, app::max_zoom);
  EXPECT_GT(clamped.network_height, 0.1f);
  EXPECT_EQ(clamped.view.range_mode, app::RangeMode::Fixed) << "an unknown range mode: the last one";

  std::ofstream(dir / "ui.json") << "{not json";
  EXPECT_EQ(app::load_config(dir.string(), warning), app::UiConfig{});
  EXPECT_NE(warning.find("ui.json"), std::string::npos);
  fs::remove_all(dir);
}

TEST(Config, SessionZoomIsNotSavedUntilTheUserZooms) {
  const fs::path dir = temp_dir("keeper");
  app::ConfigKeeper keeper{.dir = dir.string(), .saved = {}, .session_zoom = 2.0f};
  app::UiConfig current;
  current.zoom = 2.0f;
  current.fit_width = 0.4f;  // a splitter drag: saved, with the zoom the session replaced
  keeper.keep(current);
  std::string warning;
  EXPECT_EQ(app::load_config(dir.string(), warning).zoom, 1.0f);
  EXPECT_EQ(app::load_config(dir.string(), warning).fit_width, 0.4f);
  current.zoom = 2.5f;  // Ctrl +: now the zoom is the user's
  keeper.keep(current);
  EXPECT_EQ(app::load_config(dir.string(), warning).zoom, 2.5f);
  fs::remove_all(dir);
}

bool overlap(const app::PanelRect& a, const app::PanelRect& b) {
  if (a.empty() || b.empty()) return false;
  return a.pos.x < b.pos.x + b.size.x && b.pos.x < a.pos.x + a.size.x && a.pos.y < b.pos.y + b.size.y &&
         b.pos.y < a.pos.y + a.size.y;
}

bool inside(const app::PanelRect& r, ImVec2 display) {
  return r.pos.x >= 0 && r.pos.y >= 0 && r.pos.x + r.size.x <= display.x && r.pos.y + r.size.y <= display.y;
}

double area(const app::PanelRect& r) { return r.empty() ? 0 : static_cast<double>(r.size.x) * r.size.y; }

TEST(Layout, FillsTheWindowWithoutOverlapAtLectureSizes) {
  for (ImVec2 display : {ImVec2(1280, 720), ImVec2(1920, 1080), ImVec2(1024, 768)}) {
    for (float scale : {1.0f, 1.5f, 2.0f}) {
      const float menu = 30 * scale;
      const app::Layout l = app::compute_layout({.display = display, .top = menu, .scale = scale});
      const app::PanelRect regions[] = {l.sidebar, l.network, l.fit, l.loss};
      double covered = 0;
      for (int i = 0; i < 4; ++i) {
        EXPECT_FALSE(regions[i].empty()) << i;
        EXPECT_TRUE(inside(regions[i], display)) << i << " at " << display.x << "x" << display.y << " scale " << scale;
        EXPECT_GE(regions[i].pos.y, menu) << "below the menu bar";
        for (int j = i + 1; j < 4; ++j) EXPECT_FALSE(overlap(regions[i], regions[j])) << i << " " << j;
        covered += area(regions[i]);
      }
      EXPECT_GT(covered / (display.x * (display.y - menu)), 0.85) << "panels fill the window (the rest: margins and splitter gaps)";
      EXPECT_GT(l.network.size.y, 0.5 * (display.y - menu)) << "the network gets about 60%";
      EXPECT_FALSE(overlap(l.split_sidebar, l.network));
      EXPECT_FALSE(overlap(l.split_network, l.fit));
      EXPECT_FALSE(overlap(l.split_fit, l.loss));
    }
  }
}

TEST(Layout, HiddenRegionsGiveTheirSpaceAway) {
  const ImVec2 display(1280, 720);
  const app::Layout l = app::compute_layout({.display = display, .top = 30, .show_sidebar = false, .show_fit = false});
  EXPECT_TRUE(l.sidebar.empty());
  EXPECT_TRUE(l.fit.empty());
  EXPECT_GT(l.loss.size.x, 0.9 * display.x) << "loss takes the whole row";
  EXPECT_GT(l.network.size.x, 0.9 * display.x);
  const app::Layout only = app::compute_layout({.display = display, .top = 30, .show_fit = false, .show_loss = false});
  EXPECT_GT(only.network.size.y, 0.9 * (display.y - 30)) << "the network takes the whole height";
}

TEST(Layout, GapsAndPanelsTileTheWindowExactly) {
  const ImVec2 display(1280, 720);
  const float menu = 36;
  for (bool show_fit : {true, false}) {
    const app::Layout l = app::compute_layout({.display = display, .top = menu, .show_fit = show_fit});
    const std::vector<app::PanelRect> gaps = app::gaps(l, display, menu);
    const app::PanelRect panels[] = {l.sidebar, l.network, l.fit, l.loss};
    double total = 0;
    for (const app::PanelRect& g : gaps) {
      EXPECT_FALSE(g.empty());
      EXPECT_TRUE(inside(g, display));
      EXPECT_GE(g.pos.y, menu);
      for (const app::PanelRect& p : panels) EXPECT_FALSE(overlap(g, p)) << "a gap never covers a panel";
      total += area(g);
    }
    for (const app::PanelRect& p : panels) total += area(p);
    EXPECT_DOUBLE_EQ(total, display.x * (display.y - menu)) << "gaps + panels = the window below the menu, nothing twice";
    EXPECT_LT(gaps.size(), 12u) << "a row's cells merge into one rectangle";
  }
}

TEST(Layout, SplitFractionsMoveTheEdges) {
  const ImVec2 display(1920, 1080);
  const app::Layout a = app::compute_layout({.display = display, .sidebar_width = 0.25f, .network_height = 0.5f});
  const app::Layout b = app::compute_layout({.display = display, .sidebar_width = 0.35f, .network_height = 0.7f});
  EXPECT_GT(b.sidebar.size.x, a.sidebar.size.x);
  EXPECT_GT(b.network.size.y, a.network.size.y);
}

}  // namespace
