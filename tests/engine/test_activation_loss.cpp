// Unit tests of the activations σ, σ′ and the losses ℓₙ, ∂ℓₙ/∂f, one formula at a time.
#include <gtest/gtest.h>
#include <cmath>
#include <limits>
#include "activation.hpp"
#include "gradcheck.hpp"
#include "loss.hpp"
#include "network.hpp"

namespace bpl {
namespace {

const Activation kElementwise[] = {Activation::Linear, Activation::Sigmoid, Activation::Tanh, Activation::Relu,
                                   Activation::LeakyRelu};

double apply(Activation a, double s) {
  Matrix x;
  activate(a, Matrix::Constant(1, 1, s), x);
  return x(0, 0);
}

TEST(Activation, ValuesOfTheNotes) {
  for (double s : {-3.0, -0.5, -1e-3, 0.0, 1e-3, 0.7, 4.0}) {
    EXPECT_EQ(apply(Activation::Linear, s), s);
    EXPECT_NEAR(apply(Activation::Sigmoid, s), 1.0 / (1.0 + std::exp(-s)), 1e-16);
    EXPECT_NEAR(apply(Activation::Tanh, s), 2.0 / (1.0 + std::exp(-2.0 * s)) - 1.0, 1e-15);  // the notes' form
    EXPECT_EQ(apply(Activation::Relu, s), std::max(0.0, s));
    EXPECT_EQ(apply(Activation::LeakyRelu, s), s > 0 ? s : 0.01 * s);
  }
}

TEST(Activation, TanhIsAccurateEverywhere) {
  // The vectorised tanh switches from a series to exp at |s| = 0.125: check both sides and the tails.
  // (Worst seen on a 1e-4 grid over [−20, 20]: 6.9e-16 relative, near |s| = 0.16.)
  Matrix s(1, 2001);
  for (int i = 0; i < s.cols(); ++i) s(0, i) = -20.0 + 0.02 * i;
  s(0, 0) = 1e-300;
  s(0, 1) = -0.125;
  s(0, 2) = 0.125;
  s(0, 3) = std::nextafter(0.125, 0.0);
  Matrix x;
  activate(Activation::Tanh, s, x);
  for (int i = 0; i < s.cols(); ++i) {
    const double want = std::tanh(s(0, i));
    EXPECT_LE(std::abs(x(0, i) - want), 1e-15 * std::abs(want)) << "s = " << s(0, i);
  }
}

TEST(Activation, SigmoidAndSoftmaxStayFiniteForLargeInputs) {
  EXPECT_EQ(apply(Activation::Sigmoid, -800.0), 0.0);
  EXPECT_EQ(apply(Activation::Sigmoid, 800.0), 1.0);
  Matrix s(3, 2), x;
  s << 1000, -1000, 999, 0, -5, 1000;
  activate(Activation::Softmax, s, x);
  EXPECT_TRUE(x.allFinite());
  EXPECT_NEAR(x.col(0).sum(), 1.0, 1e-15);
  EXPECT_NEAR(x.col(1).sum(), 1.0, 1e-15);
  EXPECT_NEAR(x(0, 0) / x(1, 0), std::exp(1.0), 1e-12);
}

TEST(Activation, SoftmaxIsPerColumnAndShiftInvariant) {
  Matrix s(3, 2), x, shifted;
  s << 0.1, 2.0, -0.4, 0.5, 1.3, -1.0;
  activate(Activation::Softmax, s, x);
  Matrix t = s;
  t.col(0).array() += 7.0;  // shifting one column changes nothing
  activate(Activation::Softmax, t, shifted);
  EXPECT_LT((x - shifted).cwiseAbs().maxCoeff(), 1e-15);
  const double denom = std::exp(0.1) + std::exp(-0.4) + std::exp(1.3);
  EXPECT_NEAR(x(1, 0), std::exp(-0.4) / denom, 1e-16);
}

// σ′ from derivative() and activation_backward() against central differences of σ.
TEST(Activation, DerivativesMatchFiniteDifferences) {
  for (Activation a : kElementwise) {
    for (double s : {-2.5, -0.3, -0.01, 0.02, 0.4, 3.0}) {  // away from the kink at 0
      const double h = 1e-6;
      const double numeric = (apply(a, s + h) - apply(a, s - h)) / (2 * h);
      EXPECT_NEAR(derivative(a, s, apply(a, s)), numeric, 1e-9) << name(a) << " at " << s;
      Matrix dl_ds;
      activation_backward(a, Matrix::Constant(1, 1, s), Matrix::Constant(1, 1, apply(a, s)), Matrix::Constant(1, 1, 3.0),
                          dl_ds);
      EXPECT_NEAR(dl_ds(0, 0), 3.0 * numeric, 3e-9) << name(a) << " at " << s;
    }
  }
  EXPECT_EQ(derivative(Activation::Relu, 0.0, 0.0), 0.0);  // PyTorch's convention at the kink
  EXPECT_EQ(derivative(Activation::LeakyRelu, 0.0, 0.0), 0.01);
}

// Softmax's backward is the full Jacobian (diag(x) − x xᵀ) applied to ∂ℓ/∂x, column by column.
TEST(Activation, SoftmaxBackwardIsTheFullJacobian) {
  Matrix s(3, 2), x, g(3, 2), dl_ds;
  s << 0.3, -1.0, 1.2, 0.4, -0.7, 2.0;
  g << 0.5, -2.0, 1.0, 0.3, -0.25, 4.0;
  activate(Activation::Softmax, s, x);
  activation_backward(Activation::Softmax, s, x, g, dl_ds);
  for (int n = 0; n < 2; ++n) {
    const Vector xn = x.col(n);
    const Matrix jacobian = Matrix(xn.asDiagonal()) - xn * xn.transpose();
    EXPECT_LT((dl_ds.col(n) - jacobian.transpose() * g.col(n)).cwiseAbs().maxCoeff(), 1e-15);
  }
}

TEST(Loss, SampleLossesByHand) {
  Matrix f(2, 2), y(2, 2), s(2, 2);
  f << 0.2, 0.9, -0.5, 0.4;
  y << 0.0, 1.0, 0.5, -0.1;
  const RowVector mse = sample_losses(Loss::Mse, s, f, y);
  EXPECT_DOUBLE_EQ(mse(0), 0.2 * 0.2 + 1.0 * 1.0);
  EXPECT_DOUBLE_EQ(mse(1), 0.1 * 0.1 + 0.5 * 0.5);
  const RowVector half = sample_losses(Loss::HalfMse, s, f, y);
  EXPECT_DOUBLE_EQ(half(0), 0.5 * mse(0));
  // bce and cross-entropy are computed from s
  Matrix sb(1, 2), fb, yb(1, 2);
  sb << 0.3, -2.0;
  yb << 1.0, 0.25;
  activate(Activation::Sigmoid, sb, fb);
  const RowVector bce = sample_losses(Loss::Bce, sb, fb, yb);
  EXPECT_NEAR(bce(0), -std::log(fb(0, 0)), 1e-15);
  EXPECT_NEAR(bce(1), -(0.25 * std::log(fb(0, 1)) + 0.75 * std::log(1 - fb(0, 1))), 1e-15);
  Matrix sc(3, 1), fc, yc(3, 1);
  sc << 0.5, -0.2, 1.1;
  yc << 0.0, 1.0, 0.0;
  activate(Activation::Softmax, sc, fc);
  EXPECT_NEAR(sample_losses(Loss::SoftmaxCrossEntropy, sc, fc, yc)(0), -std::log(fc(1, 0)), 1e-15);
}

TEST(Loss, BceAndCrossEntropyStayFiniteWhenTheOutputSaturates) {
  Matrix s(1, 2), f, y(1, 2);
  s << 60.0, -60.0;
  y << 0.0, 1.0;  // confidently wrong: ℓ ≈ 60 each, not Inf
  activate(Activation::Sigmoid, s, f);
  const RowVector l = sample_losses(Loss::Bce, s, f, y);
  EXPECT_NEAR(l(0), 60.0, 1e-12);
  EXPECT_NEAR(l(1), 60.0, 1e-12);
  Matrix sc(2, 1), fc, yc(2, 1);
  sc << 800.0, -800.0;
  yc << 0.0, 1.0;
  activate(Activation::Softmax, sc, fc);
  EXPECT_NEAR(sample_losses(Loss::SoftmaxCrossEntropy, sc, fc, yc)(0), 1600.0, 1e-9);
}

// ∂ℓₙ/∂f against central differences of ℓₙ written as a function of f.
TEST(Loss, GradientWithRespectToTheOutput) {
  Matrix f(2, 1), y(2, 1);
  f << 0.3, 0.6;
  y << 1.0, 0.2;
  const auto as_function_of_f = [&](Loss loss, const Matrix& fv) {
    switch (loss) {
      case Loss::Mse:
      case Loss::HalfMse: return sample_losses(loss, fv, fv, y)(0);
      case Loss::Bce: return -(y.array() * fv.array().log() + (1 - y.array()) * (1 - fv.array()).log()).sum();
      case Loss::SoftmaxCrossEntropy: return -(y.array() * fv.array().log()).sum();
    }
    return 0.0;
  };
  for (Loss loss : {Loss::Mse, Loss::HalfMse, Loss::Bce, Loss::SoftmaxCrossEntropy}) {
    Matrix g;
    loss_gradient(loss, f, y, g);
    for (int i = 0; i < 2; ++i) {
      Matrix up = f, down = f;
      up(i, 0) += 1e-6;
      down(i, 0) -= 1e-6;
      const double numeric = (as_function_of_f(loss, up) - as_function_of_f(loss, down)) / 2e-6;
      EXPECT_NEAR(g(i, 0), numeric, 1e-8) << name(loss) << " output " << i;
    }
  }
}

TEST(Loss, RequiredOutputsAndFusedForms) {
  EXPECT_EQ(required_output(Loss::Bce), Activation::Sigmoid);
  EXPECT_EQ(required_output(Loss::SoftmaxCrossEntropy), Activation::Softmax);
  EXPECT_FALSE(required_output(Loss::Mse).has_value());
  EXPECT_TRUE(fused_output_gradient(Loss::Bce, Activation::Sigmoid));
  EXPECT_TRUE(fused_output_gradient(Loss::SoftmaxCrossEntropy, Activation::Softmax));
  EXPECT_FALSE(fused_output_gradient(Loss::Mse, Activation::Sigmoid));
  for (Loss l : {Loss::Mse, Loss::HalfMse, Loss::Bce, Loss::SoftmaxCrossEntropy}) EXPECT_EQ(parse_loss(name(l)), l);
  for (Activation a : kElementwise) EXPECT_EQ(parse_activation(name(a)), a);
}

// Cross-entropy targets need not sum to 1 (a lesson's "points" may give any numbers): then
// ∂ℓₙ/∂s = f Σᵢ yᵢ − y, not f − y. Before the fix the stepper's fused form gave f − y here
// and the check showed errors of 0.66.
TEST(Loss, CrossEntropyGradientIsRightForTargetsNotSummingToOne) {
  Network net = make_network(2, {{3, Activation::Tanh}, {3, Activation::Softmax}});
  net.layers[0].w << 0.4, -0.3, 0.8, 0.1, -0.6, 0.5;
  net.layers[0].b << 0.1, -0.2, 0.05;
  net.layers[1].w << 0.7, -0.2, 0.3, -0.5, 0.9, 0.1, 0.2, 0.4, -0.8;
  net.layers[1].b << 0.0, 0.1, -0.1;
  Matrix x0(2, 3), y(3, 3);
  x0 << 0.5, -0.3, 1.0, 0.2, 0.9, -0.7;
  y << 1.0, 0.0, 0.2, 1.0, 0.0, 0.1, 0.0, 2.0, 0.3;  // column sums 2, 2 and 0.6
  EXPECT_LT(gradient_check(net, x0, y, Loss::SoftmaxCrossEntropy).worst(), 1e-5);
  EXPECT_LT(sample_gradient_check(net, x0, y, Loss::SoftmaxCrossEntropy).worst(), 1e-5);
}

}  // namespace
}  // namespace bpl
