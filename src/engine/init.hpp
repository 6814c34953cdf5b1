// Initialisation of w and b before training.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include "network.hpp"
#include "random.hpp"

namespace bpl {

enum class InitKind {
  Uniform,  // w, b ~ U(−scale, scale)
  Xavier,   // w ~ U(−a, a), a = √(6 / (fan_in + fan_out)); b = 0
  He,       // w ~ N(0, 2 / fan_in); b = 0
  Zeros,    // w = 0, b = 0 (a lesson on symmetry: every unit of a layer stays the same)
};

struct InitSpec {
  InitKind kind = InitKind::Xavier;
  double scale = 1.0;  // for Uniform
};

std::string_view name(InitKind k);
std::optional<InitKind> parse_init(std::string_view text);
std::string init_names();

// Draws every layer's w and b, layer 1 first, row by row, from rng.
void initialise(Network& net, const InitSpec& spec, Random& rng);

}  // namespace bpl
