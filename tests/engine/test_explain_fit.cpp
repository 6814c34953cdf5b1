// Tooltip explanations carry the numbers that went into an entry; fit curves add up to f.
#include <gtest/gtest.h>
#include <cmath>
#include "explain.hpp"
#include "fit.hpp"
#include "lesson.hpp"

namespace bpl {
namespace {

Lesson one_hidden_layer(Activation output, Loss loss) {
  Lesson l;
  l.seed = 9;
  l.data.kind = DataKind::Function;
  l.data.count = 10;
  l.data.test_fraction = 0;
  l.layers = {{3, Activation::Tanh}, {1, output}};
  l.loss = loss;
  return l;
}

TEST(Explain, BackwardEntryShowsTheProductThatMadeIt) {
  Stepper s = make_stepper(one_hidden_layer(Activation::Linear, Loss::Mse));
  while (s.next_phase() != Phase{PhaseKind::Update, 0}) s.advance();
  const Layer& l1 = s.network().layers[0];
  const Explanation e = explain(s, Quantity::DlDs, 1, 1, 2);  // unit 2, sample 3
  EXPECT_EQ(e.value, l1.dl_ds(1, 2));
  const double sigma_prime = 1 - l1.x(1, 2) * l1.x(1, 2);
  // "∂ℓ/∂s₂ = ∂ℓ/∂x₂ · σ′(s₂) = a × b = c" with the actual numbers
  const std::string expected = "∂ℓ/∂s₂ = ∂ℓ/∂x₂ · σ′(s₂) = " + format_number(l1.dl_dx(1, 2), 3) + " × " +
                               format_number(sigma_prime, 3) + " = " + format_number(l1.dl_ds(1, 2));
  EXPECT_EQ(e.formula, expected);
  EXPECT_NE(e.title.find("⁽¹⁾"), std::string::npos);
}

TEST(Explain, GradientOfAWeightIsAMeanOverTheBatch) {
  Stepper s = make_stepper(one_hidden_layer(Activation::Linear, Loss::HalfMse));
  s.advance_step();
  const Explanation e = explain(s, Quantity::DlDw, 2, 0, 1);
  EXPECT_EQ(e.value, s.network().layers[1].dl_dw(0, 1));
  EXPECT_EQ(e.formula.rfind("∂ℓ/∂w₁,₂ = mean over n of ∂ℓ/∂s₁ · x⁽¹⁾₂ = (", 0), 0u) << e.formula;
  EXPECT_NE(e.formula.find(") / 10 = "), std::string::npos) << e.formula;  // the batch of 10
}

TEST(Explain, EveryQuantityOfEveryLayerHasAnExplanation) {
  Stepper s = make_stepper(one_hidden_layer(Activation::Sigmoid, Loss::Bce));
  while (s.next_phase() != Phase{PhaseKind::Update, 0}) s.advance();
  for (int q = 0; q < quantity_count; ++q)
    for (int l = 1; l <= 2; ++l) {
      const Explanation e = explain(s, static_cast<Quantity>(q), l, 0, 0);
      EXPECT_FALSE(e.formula.empty());
      EXPECT_TRUE(std::isfinite(e.value));
    }
}

TEST(Explain, NumbersUseARealMinusAndNameNonFinite) {
  EXPECT_EQ(format_number(-0.5), "−0.5");
  EXPECT_EQ(format_number(0.28312345), "0.2831");
  EXPECT_EQ(format_number(std::nan("")), "NaN");
  EXPECT_EQ(subscript(12), "₁₂");
  EXPECT_EQ(layer_superscript(3), "⁽³⁾");
}

TEST(Fit, HiddenUnitTermsAddUpToTheOutput) {
  Stepper s = make_stepper(one_hidden_layer(Activation::Linear, Loss::Mse));
  for (int i = 0; i < 5; ++i) s.advance_step();
  const FitCurves c = fit_curves(s.network(), -3, 3, 101);
  ASSERT_EQ(c.terms.rows(), 3);
  ASSERT_TRUE(c.terms_sum_to_f);
  for (int k = 0; k < 101; ++k) {
    const double sum = c.terms.col(k).sum() + c.bias;  // Σₖ ωₖ tanh(wₖ x + bₖ) + b
    EXPECT_NEAR(sum, c.f(k), 1e-12);
    // and f matches the network's own prediction
    EXPECT_NEAR(c.f(k), predict(s.network(), Matrix::Constant(1, 1, c.x(k)))(0, 0), 1e-12);
  }
  // one term by hand: ω₂ tanh(w₂ x + b₂) at x = c.x(7)
  const Network& n = s.network();
  const double by_hand = n.layers[1].w(0, 1) * std::tanh(n.layers[0].w(1, 0) * c.x(7) + n.layers[0].b(1));
  EXPECT_NEAR(c.terms(1, 7), by_hand, 1e-12);
}

TEST(Fit, DeeperNetsTermsAreTheLastHiddenLayersUnitsTimesTheirOutputWeights) {
  Network n = make_network(1, {{4, Activation::Tanh}, {3, Activation::Sigmoid}, {1, Activation::Sigmoid}});
  for (Layer& l : n.layers) l.w.setRandom(), l.b.setRandom();
  const FitCurves c = fit_curves(n, -2, 2, 9);
  ASSERT_EQ(c.terms.rows(), 3);
  EXPECT_FALSE(c.terms_sum_to_f);  // a sigmoid output: the terms add up to s⁽³⁾, not f
  for (int k = 0; k < 9; ++k) {  // x⁽²⁾ by hand, at x = c.x(k)
    const Vector x1 = (n.layers[0].w.col(0) * c.x(k) + n.layers[0].b).array().tanh().matrix();
    const Vector x2 = (1 / (1 + (-(n.layers[1].w * x1 + n.layers[1].b)).array().exp())).matrix();
    for (int u = 0; u < 3; ++u) EXPECT_NEAR(c.terms(u, k), n.layers[2].w(0, u) * x2(u), 1e-12);
    const double s3 = c.terms.col(k).sum() + c.bias;
    EXPECT_NEAR(c.f(k), 1 / (1 + std::exp(-s3)), 1e-12);
  }
}

TEST(Fit, WorstErrorIsTheLargestGapToTheTarget) {
  Network net = make_network(1, {{1, Activation::Linear}});  // f(x) = 0
  const FitCurves c = fit_curves(net, -1, 1, 201);
  EXPECT_NEAR(worst_error(c, TargetFunction::Cubic), 1.0, 1e-12);  // |x³| at x = ±1
  EXPECT_NEAR(worst_error(c, TargetFunction::GaussianBump), 1.0, 1e-12);  // e⁰ at x = 0
}

TEST(Fit, OutputGridPutsRowZeroAtTheBottom) {
  Network net = make_network(2, {{1, Activation::Linear}});
  net.layers[0].w << 0, 1;  // f = second coordinate
  const Matrix g = output_grid(net, 0, 1, -1, 1, 4, 2);
  EXPECT_LT(g(0, 0), 0);
  EXPECT_GT(g(1, 3), 0);
  EXPECT_NEAR(g(0, 0), -0.5, 1e-15);
}

}  // namespace
}  // namespace bpl
