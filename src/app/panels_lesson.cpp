// The sidebar's Lesson section: the title, the notes (a few lines, all on a click) and a one-line
// summary of the network, the data and the training.
#include "explain.hpp"
#include "notation.hpp"
#include "panels.hpp"
#include "viz/chip.hpp"

namespace app {

static std::string network_summary(const bpl::Network& net) {
  std::string text = std::to_string(net.inputs);
  for (const bpl::Layer& layer : net.layers) text += " → " + std::to_string(layer.units()) + " " + std::string(bpl::name(layer.act));
  return text + "   (" + std::to_string(net.parameter_count()) + " parameters)";
}

static std::string data_summary(const bpl::Lesson& lesson, const bpl::Dataset& data) {
  std::string what;
  switch (lesson.data.kind) {
    case bpl::DataKind::Function:
      what = std::string(bpl::name(lesson.data.function)) + "(x) on [" + bpl::format_number(lesson.data.lo, 3) + ", " +
             bpl::format_number(lesson.data.hi, 3) + "]";
      break;
    case bpl::DataKind::Classification: what = std::string(bpl::name(lesson.data.pattern)) + " classification"; break;
    case bpl::DataKind::Points: what = "points from the lesson"; break;
  }
  return what + ": " + std::to_string(data.x_train.cols()) + " training, " + std::to_string(data.x_test.cols()) + " test";
}

static void summary_row(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", label);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

// The notes in a box a few lines high; "more" shows them whole (remembered in ImGui's window storage).
static void draw_notes(AppState& state) {
  const std::string& notes = state.lesson.notes;
  if (notes.empty()) return;
  bool* expanded = ImGui::GetStateStorage()->GetBoolRef(ImGui::GetID("notes expanded"), false);
  const float width = ImGui::GetContentRegionAvail().x;
  const float full = ImGui::CalcTextSize(notes.c_str(), nullptr, false, width).y;
  const float lines = 3 * ImGui::GetTextLineHeight();
  const bool long_notes = full > lines + 1;
  ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.muted));
  if (long_notes && !*expanded) {
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(start, ImVec2(start.x + width, start.y + lines), true);
    ImGui::TextWrapped("%s", notes.c_str());
    ImGui::PopClipRect();
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + lines + ImGui::GetStyle().ItemSpacing.y));
  } else {
    ImGui::TextWrapped("%s", notes.c_str());
  }
  ImGui::PopStyleColor();
  if (long_notes && ImGui::SmallButton(*expanded ? "less" : "more…")) *expanded = !*expanded;
}

void draw_lesson_section(AppState& state) {
  const bpl::Stepper& stepper = state.stepper;
  ImGui::PushFont(state.fonts.heading);
  ImGui::TextWrapped("%s", state.lesson.title.c_str());
  ImGui::PopFont();
  draw_notes(state);
  if (ImGui::BeginTable("summary", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    summary_row("network", network_summary(stepper.network()));
    summary_row("data", data_summary(state.lesson, stepper.data()));
    summary_row("loss", std::string(bpl::name(stepper.loss())) + ":  " + sample_loss_formula(stepper.loss()));
    ImGui::EndTable();
  }
}

}  // namespace app
