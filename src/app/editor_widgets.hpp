// Small widgets the editors share: an enum combo from a list of values, labelled rows, and the
// "Apply (re-initialises)" bar shown while the draft differs from the applied lesson.
#pragma once
#include <imgui.h>
#include <initializer_list>
#include <string>
#include "app_state.hpp"

namespace app {

// A combo over `values`, labelled by bpl::name(value). Returns true when the choice changed.
template <typename Enum>
bool enum_combo(const char* label, Enum& value, std::initializer_list<Enum> values) {
  bool changed = false;
  if (ImGui::BeginCombo(label, std::string(bpl::name(value)).c_str())) {
    for (Enum v : values) {
      if (ImGui::Selectable(std::string(bpl::name(v)).c_str(), v == value) && v != value) {
        value = v;
        changed = true;
      }
      if (v == value) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  return changed;
}

// Starts a row: the label on the left in a fixed column, the widget filling the rest.
void editor_label(const char* label, float label_width);

// Pending-edit bar: the problem (if any), "Apply (re-initialises)" and "Discard". `id` keeps the
// bars of several sections apart.
void draw_apply_bar(AppState& state, const char* id);

}  // namespace app
