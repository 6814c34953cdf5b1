// Adam late in a long run: the bias correction 1 − βᵗ equals 1 − pow(β, t) exactly at every step
// count, around the points where β₁ᵗ and β₂ᵗ fall below 2⁻⁶⁰ (where the optimizer stops calling
// pow) and far past them; and a whole update there matches the textbook formula.
#include <gtest/gtest.h>
#include <cmath>
#include <vector>
#include "network.hpp"
#include "optimizer.hpp"

namespace bpl {
namespace {

TEST(Adam, BiasCorrectionIsExactlyOneMinusPowAtEveryStep) {
  for (double beta : {0.9, 0.999, 0.5, 0.0}) {
    std::vector<long> steps{1, 2, 10, 10000000, 100000000000};
    // The steps where βᵗ crosses 2^e: 1 − βᵗ is below 1 down to e = −53 and rounds to 1 after.
    if (beta > 0)
      for (int e : {-20, -40, -50, -52, -53, -54, -55, -59, -60, -61})
        for (long d : {-1L, 0L, 1L}) steps.push_back(static_cast<long>(std::ceil(e / std::log2(beta))) + d);
    for (long t : steps)
      EXPECT_EQ(bias_correction(beta, t), 1.0 - std::pow(beta, static_cast<double>(t))) << "β = " << beta << ", t = " << t;
  }
}

// w after one Adam update from moments (m, v) and gradient g at step t, as PyTorch writes it.
double textbook_adam(double w, double g, double m, double v, const OptimizerSpec& o, long t) {
  m = o.beta1 * m + (1.0 - o.beta1) * g;
  v = o.beta2 * v + (1.0 - o.beta2) * g * g;
  const double c1 = 1.0 - std::pow(o.beta1, static_cast<double>(t));
  const double c2 = 1.0 - std::pow(o.beta2, static_cast<double>(t));
  return w - (o.learning_rate / c1) * m / (std::sqrt(v) / std::sqrt(c2) + o.epsilon);
}

TEST(Adam, LateStepsMatchTheTextbookUpdate) {
  OptimizerSpec o;
  o.kind = OptimizerKind::Adam;
  o.learning_rate = 0.01;
  for (long t : {1L, 395L, 41566L, 10000000L}) {
    Network net = make_network(1, {{2, Activation::Tanh}, {1, Activation::Linear}});
    OptimizerState state = make_optimizer_state(net);
    state.t = t - 1;  // apply_update counts this step
    Layer& l = net.layers[0];
    l.w << 0.3, -0.7;
    l.dl_dw << 0.02, -1.5;
    state.slots[0].m_w << 0.01, -0.2;
    state.slots[0].v_w << 1e-4, 0.9;
    apply_update(net, o, state);
    EXPECT_EQ(state.t, t);
    // Within a few ulps: the compiler may fuse the multiply-adds differently in the two versions.
    EXPECT_DOUBLE_EQ(l.w(0, 0), textbook_adam(0.3, 0.02, 0.01, 1e-4, o, t)) << "t = " << t;
    EXPECT_DOUBLE_EQ(l.w(1, 0), textbook_adam(-0.7, -1.5, -0.2, 0.9, o, t)) << "t = " << t;
  }
}

}  // namespace
}  // namespace bpl
