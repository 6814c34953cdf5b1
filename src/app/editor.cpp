// Draft checks for the editors: what needs a re-initialisation, and what is wrong with a draft.
#include "editor.hpp"

#include <stdexcept>

namespace app {

static bool same_data(const bpl::DataSpec& a, const bpl::DataSpec& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case bpl::DataKind::Function:
      if (a.function != b.function || a.lo != b.lo || a.hi != b.hi) return false;
      break;
    case bpl::DataKind::Classification:
      if (a.pattern != b.pattern) return false;
      break;
    case bpl::DataKind::Points: return true;  // the points themselves are not edited
  }
  return a.count == b.count && a.noise == b.noise && a.test_fraction == b.test_fraction;
}

// Layers, loss, initialisation and seed (the inputs follow the data).
static bool same_network(const bpl::Lesson& a, const bpl::Lesson& b) {
  if (a.layers.size() != b.layers.size() || a.seed != b.seed || a.loss != b.loss) return false;
  for (std::size_t i = 0; i < a.layers.size(); ++i)
    if (a.layers[i].units != b.layers[i].units || a.layers[i].act != b.layers[i].act) return false;
  return a.init.kind == b.init.kind && (a.init.kind != bpl::InitKind::Uniform || a.init.scale == b.init.scale);
}

bool needs_reinit(const bpl::Lesson& a, const bpl::Lesson& b) {
  return a.inputs != b.inputs || !same_network(a, b) || !same_data(a.data, b.data);
}

void fit_draft_to_data(bpl::Lesson& draft) {
  switch (draft.data.kind) {
    case bpl::DataKind::Function: draft.inputs = 1; break;
    case bpl::DataKind::Classification: draft.inputs = 2; break;
    case bpl::DataKind::Points: draft.inputs = static_cast<int>(draft.data.inputs.rows()); break;
  }
}

void check_draft(EditorState& editor, const bpl::Lesson& applied) {
  editor.pending = needs_reinit(editor.draft, applied);
  editor.network_edited = !same_network(editor.draft, applied);
  editor.data_edited = editor.pending && !editor.network_edited ? true : !same_data(editor.draft.data, applied.data);
  editor.problem.clear();
  if (!editor.pending) return;
  try {
    bpl::Lesson checked = editor.draft;
    checked.parameters.clear();
    bpl::parse_lesson(bpl::lesson_to_json(checked), "edited lesson");  // the file checks, field by field
  } catch (const std::exception& e) {
    editor.problem = e.what();
    const std::string prefix = "edited lesson: ";
    if (editor.problem.rfind(prefix, 0) == 0) editor.problem.erase(0, prefix.size());
  }
}

}  // namespace app
