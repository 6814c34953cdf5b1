// The phase strip of the network panel: one chip per phase of a step, and the formulas of the
// phase that just ran, in the notes' notation (notation.hpp).
#include <algorithm>
#include "network_parts.hpp"
#include "notation.hpp"
#include "viz/chip.hpp"

namespace app {

ImVec4 phase_colour(bpl::PhaseKind kind) {
  switch (kind) {
    case bpl::PhaseKind::Forward: return {0.05f, 0.55f, 0.47f, 1};
    case bpl::PhaseKind::Loss: return {0.52f, 0.30f, 0.72f, 1};
    case bpl::PhaseKind::Backward: return {0.88f, 0.42f, 0.06f, 1};
    case bpl::PhaseKind::Update: return {0.16f, 0.42f, 0.78f, 1};
  }
  return {0, 0, 0, 1};
}

static ImVec4 faded(ImVec4 c, float alpha) { return {c.x, c.y, c.z, c.w * alpha}; }

void draw_phase_strip(AppState& state) {
  const bpl::Stepper& stepper = state.stepper;
  const int depth = stepper.network().depth();
  const int count = bpl::phases_per_step(depth);
  // At a step start after the first, the update that closed the last step is what just ran.
  const bool wrapped = stepper.at_step_start();
  const int done = wrapped && stepper.last_phase() ? count - 1 : stepper.done_position();
  const int next = bpl::position(stepper.next_phase(), depth);
  const float spacing = std::round(ImGui::GetStyle().ItemSpacing.x * 0.5f);

  // Full labels ("forward 1") when the strip takes at most half the row, else short ones ("F1").
  const auto widest = [&](bool short_form) {
    float w = 0;
    for (int p = 0; p < count; ++p) w = std::max(w, viz::chip_size(phase_label(bpl::phase_at(p, depth), short_form).c_str(), {}).x);
    return w;
  };
  const float row = ImGui::GetContentRegionAvail().x;
  const bool short_form = (widest(false) + spacing) * count > 0.45f * row;
  const float chip_width = widest(short_form);

  int clicked = -1;
  for (int p = 0; p < count; ++p) {
    const bpl::Phase phase = bpl::phase_at(p, depth);
    const ImVec4 kind = phase_colour(phase.kind);
    viz::ChipStyle style;
    style.min_width = chip_width;
    style.border_width = std::round(1.5f * state.scale);
    if (p == done && !state.running) {  // just ran
      style.fill = kind;
      style.text = ImVec4(1, 1, 1, 1);
    } else if (p < done && !wrapped && !state.running) {  // ran earlier in this step
      style.fill = faded(kind, 0.20f);
      style.text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    } else if (p == next && !state.running) {  // runs on →
      style.border = kind;
      style.border_width = std::round(3 * state.scale);
      style.text = kind;
    } else {
      style.border = viz::color(state.theme.muted, 0.45f);
      style.text = viz::color(state.theme.muted);
    }
    const std::string label = phase_label(phase, short_form);
    if (p > 0) ImGui::SameLine(0, spacing);
    if (viz::chip(label.c_str(), style))
      ImGui::SetTooltip("%s%s", phase_label(phase).c_str(),
                        p == done ? "  (just ran)" : p == next ? "  (next: → or click)" : "  (click: run the phases up to here)");
    if (ImGui::IsItemClicked() && p != done) clicked = p;
  }
  // Runs phases until the clicked one has run (into the next step when it already ran in this one).
  if (clicked < 0) return;
  const bpl::Phase target = bpl::phase_at(clicked, depth);
  for (int n = 0; n < count && state.stepper.last_phase() != target && !state.stepper.divergence(); ++n) next_phase(state);
}

// Where each formula goes when they flow like words: the first row starts at `first_x` (after
// the chips), later rows at 0; a formula that does not fit the rest of a row starts the next one.
struct Flow {
  std::vector<ImVec2> at;  // top-left of each piece, relative to the row origin (x) and row index (y)
  int rows = 1;
};
static Flow flow(ImFont* font, float first_x, float width, const std::vector<std::string>& pieces, float gap) {
  Flow f;
  float x = first_x;
  for (const std::string& piece : pieces) {
    const float w = font->CalcTextSizeA(font->FontSize, 1e9f, 0, piece.c_str()).x;
    if (x > 0 && x + w > width) {
      ++f.rows;
      x = 0;
    }
    f.at.emplace_back(x, static_cast<float>(f.rows - 1));
    x += w + gap;
  }
  return f;
}

void draw_phase_formulas(AppState& state) {
  const bpl::Stepper& stepper = state.stepper;
  const bpl::Network& net = stepper.network();
  const auto pieces = [&](bpl::Phase p, bool next) {
    std::vector<std::string> v = phase_formulas(p, net, stepper.loss(), stepper.training().optimizer);
    if (next) v.insert(v.begin(), "next:");  // the chips show what just ran; say so when it is what comes
    return v;
  };
  const std::optional<bpl::Phase> last = stepper.last_phase();
  const bool settled = last && !state.running;
  const bpl::Phase phase = settled ? *last : stepper.next_phase();

  // The formulas continue the chips' row, then wrap below it, in one font for every phase of the
  // step so the cards never move: the heading font when every phase fits in two rows of it and
  // the panel is tall enough, else the body font.
  ImGui::SameLine(0, 1.5f * ImGui::GetFontSize());
  const ImVec2 row0 = ImGui::GetCursorScreenPos();
  const float chips_h = ImGui::GetFrameHeight();
  const float left = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMin().x;
  const float width = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
  const float first_x = row0.x - left, gap = 1.4f * ImGui::GetFontSize();
  bool heading = ImGui::GetContentRegionAvail().y > 22 * ImGui::GetFontSize();
  for (int p = 0; p < bpl::phases_per_step(net.depth()) && heading; ++p)
    heading = flow(state.fonts.heading, first_x, width, pieces(bpl::phase_at(p, net.depth()), false), gap).rows <= 2;
  ImFont* font = heading ? state.fonts.heading : state.fonts.body;

  std::vector<std::string> shown = pieces(phase, !settled);
  if (state.running) shown = {"running: every phase of every step, as fast as it goes — pause to follow one"};
  const Flow f = flow(font, first_x, width, shown, gap);
  const float line_h = font->FontSize * 1.25f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const float y = f.at[i].y == 0 ? row0.y + (chips_h - font->FontSize) * 0.5f : row0.y + chips_h + (f.at[i].y - 1) * line_h + 0.25f * line_h;
    const ImU32 ink = ImGui::GetColorU32(i == 0 && !settled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    draw->AddText(font, font->FontSize, ImVec2(std::round(left + f.at[i].x), std::round(y)), ink, shown[i].c_str());
  }
  // Room for the chips' row and one more row, always (a third row, if ever needed, pushes down).
  ImGui::SetCursorScreenPos(ImVec2(left, row0.y));
  ImGui::Dummy(ImVec2(width, chips_h + std::max(1, f.rows - 1) * line_h + 0.25f * line_h));
}

}  // namespace app
