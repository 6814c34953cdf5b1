// The lesson file dialog (ImGui modal: a path field and a list of lessons), Save, and the popup
// that shows why a file could not be opened or saved. The current lesson is kept on any error.
#include "file_dialog.hpp"

#include <algorithm>
#include <filesystem>
#include <imgui.h>
#include <imgui_stdlib.h>
#include "assets.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

namespace fs = std::filesystem;

std::vector<std::string> list_lessons(const std::vector<std::string>& dirs) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const std::string& dir : dirs) {
    for (fs::directory_iterator it(dir.empty() ? "." : dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".json" && it->is_regular_file(ec))
        out.push_back(dir.empty() ? it->path().filename().string() : it->path().string());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

static const char* dialog_title(FileDialogMode mode) {
  return mode == FileDialogMode::Open ? "Open a lesson###file" : "Save the lesson as###file";
}

// Saving into the shipped lessons (assets/) would change them for everyone: ask for a path instead.
static bool is_shipped(const std::string& path) {
  const std::string assets = asset_dir();
  std::error_code ec;
  if (assets.empty() || path.empty()) return path.empty();
  const fs::path rel = fs::relative(fs::weakly_canonical(path, ec), fs::weakly_canonical(assets, ec), ec);
  return !ec && !rel.empty() && *rel.begin() != "..";
}

static void finish(AppState& state, FileDialogMode mode, const std::string& path) {
  FileDialogState& files = state.files;
  const std::string error = mode == FileDialogMode::Open ? open_lesson(state, path)
                                                        : save_lesson_as(state, path, files.include_parameters);
  if (error.empty()) {
    files.status = (mode == FileDialogMode::Open ? "Opened " : "Saved ") + fs::path(path).filename().string();
    files.mode = FileDialogMode::None;
    ImGui::CloseCurrentPopup();
  } else {
    files.error = error;  // the dialog stays open with the path as typed
  }
}

static void draw_dialog_body(AppState& state) {
  FileDialogState& files = state.files;
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::TextDisabled("Lessons here and in assets/lessons");
  if (ImGui::BeginListBox("##files", ImVec2(width, 8.5f * ImGui::GetTextLineHeightWithSpacing()))) {
    for (const std::string& file : files.files) {  // the name, then its directory in grey
      const fs::path path(file);
      ImGui::PushID(file.c_str());
      if (ImGui::Selectable(path.filename().string().c_str(), file == files.path, ImGuiSelectableFlags_AllowDoubleClick)) {
        files.path = file;
        if (ImGui::IsMouseDoubleClicked(0)) finish(state, files.mode, file);
      }
      ImGui::SameLine(14 * ImGui::GetFontSize());
      ImGui::TextDisabled("%s", path.has_parent_path() ? path.parent_path().string().c_str() : "current directory");
      ImGui::PopID();
    }
    ImGui::EndListBox();
  }
  ImGui::SetNextItemWidth(width);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputTextWithHint("##path", "path/to/lesson.json", &files.path, ImGuiInputTextFlags_EnterReturnsTrue);
  if (files.mode == FileDialogMode::SaveAs) {
    ImGui::Checkbox("include the current parameters (w, b)", &files.include_parameters);
    if (state.editor.pending) ImGui::TextDisabled("Edits not yet applied are not saved.");
  }
  if (!files.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.error));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(files.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  const ImVec2 button(8 * ImGui::GetFontSize(), 0);
  ImGui::BeginDisabled(files.path.empty());
  if (ImGui::Button(files.mode == FileDialogMode::Open ? "Open" : "Save", button) || (enter && !files.path.empty()))
    finish(state, files.mode, files.path);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Cancel", button) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    files.mode = FileDialogMode::None;
    ImGui::CloseCurrentPopup();
  }
}

void draw_file_dialog(AppState& state) {
  FileDialogState& files = state.files;
  if (files.save_now) {  // File › Save: to the lesson's own file, unless it is a shipped one
    files.save_now = false;
    if (is_shipped(state.lesson_path)) {
      files.request = FileDialogMode::SaveAs;
    } else if (std::string error = save_lesson_as(state, state.lesson_path, files.include_parameters); error.empty()) {
      files.status = "Saved " + fs::path(state.lesson_path).filename().string();
    } else {
      files.error = error;
      files.request = FileDialogMode::SaveAs;
    }
  }
  if (files.request != FileDialogMode::None) {
    files.mode = files.request;
    files.request = FileDialogMode::None;
    files.files = list_lessons({"", (fs::path(asset_dir()) / "lessons").string()});
    files.path = files.mode == FileDialogMode::SaveAs && !is_shipped(state.lesson_path)
                     ? state.lesson_path
                     : (files.mode == FileDialogMode::SaveAs ? "my-lesson.json" : "");
    if (files.mode == FileDialogMode::Open) files.error.clear();
    ImGui::OpenPopup("###file");
  }
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x / 2, display.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const float width = std::min(display.x * 0.9f, 44 * ImGui::GetFontSize());
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, display.y * 0.9f));
  bool open = true;
  if (ImGui::BeginPopupModal(dialog_title(files.mode), &open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
    draw_dialog_body(state);
    ImGui::EndPopup();
  }
  if (!open) files.mode = FileDialogMode::None;
  if (files.mode == FileDialogMode::None) files.error.clear();
}

}  // namespace app
