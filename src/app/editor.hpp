// The network and data editors' state: a draft of the lesson that changes as the user edits, and
// whether applying it needs a re-initialisation. Live settings (η, optimiser, batch, shuffle) never
// wait here: they go to the stepper at once.
#pragma once
#include <string>
#include "lesson.hpp"

namespace app {

struct EditorState {
  bpl::Lesson draft;     // the lesson as edited (architecture, init, seed, loss, data)
  bool pending = false;  // the draft differs from the applied lesson: "Apply (re-initialises)"
  bool network_edited = false, data_edited = false;  // … in layers, loss, init or seed; in its data
  std::string problem{};  // why the draft cannot be applied, from the lesson checks ("" when it can)
};

// True when a and b differ in anything that needs new parameters or new data.
bool needs_reinit(const bpl::Lesson& a, const bpl::Lesson& b);

// Re-checks the draft against `applied` after an edit: sets pending and problem. The draft is
// checked exactly as a lesson file would be, so messages name the field and what is wrong.
void check_draft(EditorState& editor, const bpl::Lesson& applied);

// Makes the draft follow the data it trains on: inputs from the data kind.
void fit_draft_to_data(bpl::Lesson& draft);

}  // namespace app
