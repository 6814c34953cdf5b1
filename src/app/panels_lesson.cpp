// The Lesson panel: what this lesson is about, and the network, data, loss and optimiser it uses.
#include <filesystem>
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
      what = std::string(bpl::name(lesson.data.function)) + "(x) on [" + number(lesson.data.lo) + ", " + number(lesson.data.hi) + "]";
      break;
    case bpl::DataKind::Classification: what = std::string(bpl::name(lesson.data.pattern)) + " classification"; break;
    case bpl::DataKind::Points: what = "points from the lesson"; break;
  }
  return what + ": " + std::to_string(data.x_train.cols()) + " training, " + std::to_string(data.x_test.cols()) + " test";
}

static std::string training_summary(const bpl::TrainingSpec& t, long training_size) {
  const long batch = t.batch_size > 0 ? t.batch_size : training_size;
  return std::string(bpl::name(t.optimizer.kind)) + ", η = " + number(t.optimizer.learning_rate) + ", batches of " +
         std::to_string(batch) + (t.shuffle ? ", shuffled" : "");
}

static void summary_row(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextDisabled("%s", label);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", value.c_str());
}

void draw_lesson_panel(AppState& state) {
  const std::string title = "Lesson   " + std::filesystem::path(state.lesson_path).filename().string() + "###Lesson";
  if (begin_panel(title.c_str(), state.layout.lesson)) {
    const bpl::Stepper& stepper = state.stepper;
    ImGui::PushFont(state.fonts.heading);
    ImGui::TextWrapped("%s", state.lesson.title.c_str());
    ImGui::PopFont();
    if (!state.lesson.notes.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, viz::color(state.theme.muted));
      ImGui::TextWrapped("%s", state.lesson.notes.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (ImGui::BeginTable("summary", 2, ImGuiTableFlags_SizingFixedFit)) {
      ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
      ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
      summary_row("network", network_summary(stepper.network()));
      summary_row("data", data_summary(state.lesson, stepper.data()));
      summary_row("training", training_summary(stepper.training(), stepper.data().x_train.cols()));
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

}  // namespace app
