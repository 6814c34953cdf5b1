// Initialisations: uniform, Xavier (Glorot uniform), He (Kaiming normal), zeros.
#include "init.hpp"
#include "names.hpp"
#include <array>
#include <cmath>

namespace bpl {
namespace {
constexpr std::array<names::Named<InitKind>, 4> kNames{{{InitKind::Uniform, "uniform"},
                                       {InitKind::Xavier, "xavier"},
                                       {InitKind::He, "he"},
                                       {InitKind::Zeros, "zeros"}}};
}  // namespace

std::string_view name(InitKind k) { return names::find_name(kNames, k); }
std::optional<InitKind> parse_init(std::string_view text) { return names::find_value(kNames, text); }
std::string init_names() { return names::all_names(kNames); }

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
