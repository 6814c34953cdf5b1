// The in-app file dialog for lessons (Open…, Save as…) and the error popup for bad files.
// ImGui only: a path field and the .json files of the current directory and assets/lessons.
#pragma once
#include <string>
#include <vector>

namespace app {

enum class FileDialogMode { None, Open, SaveAs };

struct FileDialogState {
  FileDialogMode request = FileDialogMode::None;  // set by menus and shortcuts; the dialog opens next frame
  FileDialogMode mode = FileDialogMode::None;     // the dialog on screen
  bool save_now = false;                          // File › Save, Ctrl+S: to the lesson's own file
  std::string path;                               // the path field
  std::vector<std::string> files;                 // listed when the dialog opened
  bool include_parameters = false;                // Save: the current w and b go into the file
  std::string error;                              // shown in a popup, then cleared
  std::string status;                             // "Saved fit-sin.json" under the menu bar
};

// The .json files of `dirs` (non-recursive), sorted, as paths.
std::vector<std::string> list_lessons(const std::vector<std::string>& dirs);

}  // namespace app
