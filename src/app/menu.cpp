// The main menu bar: File (open, save, quit), Train, View (zoom, regions, layout), Help;
// and on its right, what the app just did (opened, saved) and where the step is.
#include <filesystem>
#include "config.hpp"
#include "panels.hpp"
#include "shortcuts.hpp"
#include "viz/chip.hpp"
#include "zoom.hpp"

namespace app {

static void draw_file_menu(AppState& state) {
  if (!ImGui::BeginMenu("File")) return;
  if (ImGui::MenuItem("Open…", "Ctrl O")) state.files.request = FileDialogMode::Open;
  if (ImGui::MenuItem("Save", "Ctrl S")) state.files.save_now = true;
  if (ImGui::MenuItem("Save as…", "Ctrl Shift S")) state.files.request = FileDialogMode::SaveAs;
  ImGui::MenuItem("Save with the current parameters", nullptr, &state.files.include_parameters);
  ImGui::Separator();
  if (ImGui::MenuItem("Quit", "Ctrl Q")) state.quit = true;
  ImGui::EndMenu();
}

static void draw_train_menu(AppState& state) {
  if (!ImGui::BeginMenu("Train")) return;
  if (ImGui::MenuItem(state.running ? "Pause" : "Run", "Space", false, state.running || !state.stepper.divergence()))
    toggle_running(state);
  if (ImGui::MenuItem("Next phase", "→")) next_phase(state);
  if (ImGui::MenuItem("One step", "S")) next_step(state);
  if (ImGui::MenuItem("One epoch", "E")) next_epoch(state);
  if (ImGui::MenuItem("Rewind", "←", false, !state.rewind.empty())) rewind(state);
  if (ImGui::MenuItem("Reset", "R")) reset(state);
  ImGui::EndMenu();
}

static void draw_view_menu(AppState& state) {
  if (!ImGui::BeginMenu("View")) return;
  if (ImGui::MenuItem("Zoom in", "Ctrl +", false, state.config.zoom < max_zoom)) zoom_in(state);
  if (ImGui::MenuItem("Zoom out", "Ctrl −", false, state.config.zoom > min_zoom)) zoom_out(state);
  if (ImGui::MenuItem("Reset zoom", "Ctrl 0", false, state.config.zoom != 1)) set_zoom(state, 1);
  ImGui::TextDisabled("   zoom %.0f%%", 100 * state.config.zoom);
  ImGui::Separator();
  ImGui::MenuItem("Sidebar", nullptr, &state.config.show_sidebar);
  ImGui::MenuItem("Fit", nullptr, &state.config.show_fit);
  ImGui::MenuItem("Loss", nullptr, &state.config.show_loss);
  ImGui::Separator();
  if (ImGui::MenuItem("Reset layout")) {
    const UiConfig defaults;
    state.config.sidebar_width = defaults.sidebar_width;
    state.config.network_height = defaults.network_height;
    state.config.fit_width = defaults.fit_width;
    state.config.show_sidebar = state.config.show_fit = state.config.show_loss = true;
  }
  ImGui::EndMenu();
}

static void draw_help_menu(AppState& state) {
  if (!ImGui::BeginMenu("Help")) return;
  if (ImGui::MenuItem("Keyboard shortcuts", "?")) state.show_help = true;
  ImGui::EndMenu();
}

float draw_main_menu(AppState& state) {
  float height = 0;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));  // under the menu bar's own colour: nothing to blend
  const bool open = ImGui::BeginMainMenuBar();
  ImGui::PopStyleColor();
  if (open) {
    draw_file_menu(state);
    draw_train_menu(state);
    draw_view_menu(state);
    draw_help_menu(state);
    // Right-aligned: the last file action, then the lesson file.
    const std::string file = std::filesystem::path(state.lesson_path).filename().string();
    const std::string right = (state.files.status.empty() ? "" : state.files.status + "     ") + file;
    const float width = ImGui::CalcTextSize(right.c_str()).x + 2 * ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - width));
    ImGui::TextDisabled("%s", right.c_str());
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
  }
  return height;
}

void draw_help_overlay(AppState& state) {
  if (!state.show_help) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
  if (ImGui::Begin("Keyboard shortcuts", &state.show_help, flags)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
      for (const ShortcutHelp& s : shortcut_list()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushFont(state.fonts.mono);
        ImGui::TextUnformatted(s.keys);
        ImGui::PopFont();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.action);
      }
      ImGui::EndTable();
    }
    ImGui::TextDisabled("Hover any heatmap cell to read its value and how it was computed.");
  }
  ImGui::End();
}

}  // namespace app
