// The phases of one training step, in order:
//   Forward 1 … Forward L, Loss, Backward L … Backward 1, Update
// and which stored quantity each phase produces.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bpl {

enum class PhaseKind { Forward, Loss, Backward, Update };

struct Phase {
  PhaseKind kind = PhaseKind::Forward;
  int layer = 1;  // 1-based layer l for Forward and Backward; 0 for Loss and Update
  bool operator==(const Phase&) const = default;
};

// The quantities the notes name, per layer l.
enum class Quantity { W, B, S, X, DlDx, DlDs, DlDw, DlDb };
inline constexpr int quantity_count = 8;

std::string_view name(Quantity q);    // "w", "b", "s", "x", "dl_dx", …
std::string_view symbol(Quantity q);  // "w", "b", "s", "x", "∂ℓ/∂x", …

// Position of a phase in a step of a depth-L network: 0 … 2L + 1.
int position(Phase p, int depth);
Phase phase_at(int position, int depth);
int phases_per_step(int depth);  // 2L + 2

// "forward:2", "loss", "backward:1", "update".
std::string to_string(Phase p);
// Parses "forward", "forward:2", "loss", "backward", "backward:1", "update". A kind without a
// layer means its first layer in step order (forward → 1, backward → L).
std::optional<Phase> parse_phase(std::string_view text, int depth);

// Whether quantity q of layer l (1-based) has been computed in the current step, once the phases
// up to and including position `done` have run (done = −1: none yet). w and b are always
// current: they are the parameters the step uses, rewritten by its last phase.
bool is_fresh(Quantity q, int layer, int done, int depth);

// The phase that produces quantity q of layer l in a step.
Phase producer(Quantity q, int layer, int depth);

}  // namespace bpl
