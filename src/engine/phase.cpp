// Phase order within a step, and which phase produces which quantity.
#include "phase.hpp"
#include <array>
#include <charconv>

namespace bpl {
namespace {
constexpr std::array<std::string_view, quantity_count> kNames{"w", "b", "s", "x", "dl_dx", "dl_ds", "dl_dw", "dl_db"};
constexpr std::array<std::string_view, quantity_count> kSymbols{"w", "b", "s", "x", "∂ℓ/∂x", "∂ℓ/∂s", "∂ℓ/∂w", "∂ℓ/∂b"};
}  // namespace

std::string_view name(Quantity q) { return kNames[static_cast<int>(q)]; }
std::string_view symbol(Quantity q) { return kSymbols[static_cast<int>(q)]; }

int phases_per_step(int depth) { return 2 * depth + 2; }

int position(Phase p, int depth) {
  switch (p.kind) {
    case PhaseKind::Forward: return p.layer - 1;               // 0 … L−1
    case PhaseKind::Loss: return depth;                        // L
    case PhaseKind::Backward: return depth + 1 + (depth - p.layer);  // L+1 … 2L
    case PhaseKind::Update: return 2 * depth + 1;              // 2L+1
  }
  return 0;
}

Phase phase_at(int pos, int depth) {
  if (pos < depth) return {PhaseKind::Forward, pos + 1};
  if (pos == depth) return {PhaseKind::Loss, 0};
  if (pos <= 2 * depth) return {PhaseKind::Backward, depth - (pos - depth - 1)};
  return {PhaseKind::Update, 0};
}

std::string to_string(Phase p) {
  switch (p.kind) {
    case PhaseKind::Forward: return "forward:" + std::to_string(p.layer);
    case PhaseKind::Loss: return "loss";
    case PhaseKind::Backward: return "backward:" + std::to_string(p.layer);
    case PhaseKind::Update: return "update";
  }
  return "?";
}

std::optional<Phase> parse_phase(std::string_view text, int depth) {
  const auto colon = text.find(':');
  const std::string_view kind = text.substr(0, colon);
  std::optional<int> layer;
  if (colon != std::string_view::npos) {
    int value = 0;
    const auto digits = text.substr(colon + 1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc{} || end != digits.data() + digits.size() || value < 1 || value > depth) return std::nullopt;
    layer = value;
  }
  if (kind == "forward") return Phase{PhaseKind::Forward, layer.value_or(1)};
  if (kind == "backward") return Phase{PhaseKind::Backward, layer.value_or(depth)};
  if (layer) return std::nullopt;
  if (kind == "loss") return Phase{PhaseKind::Loss, 0};
  if (kind == "update") return Phase{PhaseKind::Update, 0};
  return std::nullopt;
}

Phase producer(Quantity q, int layer, int depth) {
  switch (q) {
    case Quantity::S:
    case Quantity::X: return {PhaseKind::Forward, layer};
    case Quantity::DlDx:  // ∂ℓ/∂x⁽ᴸ⁾ comes from the loss; ∂ℓ/∂x⁽ˡ⁾ from backward through layer l+1
      return layer == depth ? Phase{PhaseKind::Loss, 0} : Phase{PhaseKind::Backward, layer + 1};
    case Quantity::DlDs:
    case Quantity::DlDw:
    case Quantity::DlDb: return {PhaseKind::Backward, layer};
    case Quantity::W:
    case Quantity::B: return {PhaseKind::Update, 0};
  }
  return {PhaseKind::Update, 0};
}

bool is_fresh(Quantity q, int layer, int done, int depth) {
  if (q == Quantity::W || q == Quantity::B) return true;  // the parameters are always current
  return position(producer(q, layer, depth), depth) <= done;
}

}  // namespace bpl
