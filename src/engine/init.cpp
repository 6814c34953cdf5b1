// Initialisations: uniform, Xavier (Glorot uniform), He (Kaiming normal), zeros.
#include "init.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
struct Named { InitKind k; std::string_view text; };
constexpr std::array<Named, 4> kNames{{{InitKind::Uniform, "uniform"},
                                       {InitKind::Xavier, "xavier"},
                                       {InitKind::He, "he"},
                                       {InitKind::Zeros, "zeros"}}};
}  // namespace

std::string_view name(InitKind k) {
  for (const auto& n : kNames)
    if (n.k == k) return n.text;
  return "?";
}

std::optional<InitKind> parse_init(std::string_view text) {
  for (const auto& n : kNames)
    if (n.text == text) return n.k;
  return std::nullopt;
}

std::string init_names() {
  std::string out;
  for (const auto& n : kNames) out += (out.empty() ? "" : ", ") + std::string(n.text);
  return out;
}

void initialise(Network& net, const InitSpec& spec, Random& rng) {
  for (auto& l : net.layers) {
    const double fan_in = l.inputs(), fan_out = l.units();
    const double xavier = std::sqrt(6.0 / (fan_in + fan_out));  // a = √(6 / (fan_in + fan_out))
    const double he = std::sqrt(2.0 / fan_in);                  // std = √(2 / fan_in)
    for (Eigen::Index i = 0; i < l.w.rows(); ++i)
      for (Eigen::Index j = 0; j < l.w.cols(); ++j) {
        switch (spec.kind) {
          case InitKind::Uniform: l.w(i, j) = rng.uniform(-spec.scale, spec.scale); break;
          case InitKind::Xavier: l.w(i, j) = rng.uniform(-xavier, xavier); break;
          case InitKind::He: l.w(i, j) = he * rng.normal(); break;
          case InitKind::Zeros: l.w(i, j) = 0.0; break;
        }
      }
    for (Eigen::Index i = 0; i < l.b.size(); ++i)
      l.b(i) = spec.kind == InitKind::Uniform ? rng.uniform(-spec.scale, spec.scale) : 0.0;
  }
}

}  // namespace bpl
