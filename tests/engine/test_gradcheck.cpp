// Back-propagation against central finite differences, for every activation × every loss
// (the valid combinations), several shapes, batch sizes 1 and 5; and the per-sample meaning of
// ∂ℓ/∂s and ∂ℓ/∂x (column n is the gradient of sample n's own loss ℓₙ).
#include <gtest/gtest.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>
#include "gradcheck.hpp"
#include "network.hpp"
#include "random.hpp"

namespace bpl {
namespace {

// Tolerances on the relative error defined in gradcheck.hpp (floor 1e-4 · max(1, |ℓ|)). The worst
// values seen over all these cases are 1.7e-6 (w, b) and 1.1e-6 (per-sample); typical worst values
// per case are 1e-7 … 1e-9. A wrong gradient (a leaky_relu slope of 0.02 in the backward pass,
// tried once) gives 1e-2 … 1.
constexpr double kParameterTolerance = 1e-5;
constexpr double kSampleTolerance = 1e-5;

struct Shape {
  int inputs;
  std::vector<int> hidden;
  int outputs;
  std::string text() const {
    std::string t = std::to_string(inputs) + "-[";
    for (std::size_t i = 0; i < hidden.size(); ++i) t += (i ? "," : "") + std::to_string(hidden[i]);
    return t + "]-" + std::to_string(outputs);
  }
};

const std::vector<Shape> kShapes{{1, {3}, 1}, {2, {4, 3}, 2}, {3, {5}, 4}};
const std::vector<int> kBatches{1, 5};

bool has_kink(Activation a) { return a == Activation::Relu || a == Activation::LeakyRelu; }

// Targets that suit the loss: any reals for (half) mse, values in [0, 1] for bce (some exactly 0
// or 1, some soft), probability columns for cross-entropy (one-hot for even samples).
Matrix make_targets(Loss loss, int outputs, int batch, Random& rng) {
  Matrix y(outputs, batch);
  for (int n = 0; n < batch; ++n) {
    switch (loss) {
      case Loss::Mse:
      case Loss::HalfMse:
        for (int i = 0; i < outputs; ++i) y(i, n) = rng.uniform(-1.0, 1.0);
        break;
      case Loss::Bce:
        for (int i = 0; i < outputs; ++i) y(i, n) = (n + i) % 3 == 2 ? rng.uniform(0.1, 0.9) : double(rng.below(2));
        break;
      case Loss::SoftmaxCrossEntropy:
        if (n % 2 == 0) {
          y.col(n).setZero();
          y(static_cast<Eigen::Index>(rng.below(outputs)), n) = 1.0;
        } else {
          for (int i = 0; i < outputs; ++i) y(i, n) = rng.uniform(0.05, 1.0);
          y.col(n) /= y.col(n).sum();
        }
        break;
    }
  }
  return y;
}

// A network of the given shape with random parameters and an input batch, redrawn until every
// s of a relu / leaky_relu layer is at least 1e-3 away from the kink at 0 (finite differences
// across a kink measure neither side's slope).
struct Case {
  Network net;
  Matrix x0, y;
};

Case make_case(const Shape& shape, Activation hidden, Activation output, Loss loss, int batch, std::uint64_t seed) {
  std::vector<LayerSpec> specs;
  for (int units : shape.hidden) specs.push_back({units, hidden});
  specs.push_back({shape.outputs, output});
  for (std::uint64_t attempt = 0;; ++attempt) {
    Random rng(seed * 1000 + attempt);
    Case c{make_network(shape.inputs, specs), Matrix(shape.inputs, batch), Matrix()};
    for (auto& l : c.net.layers) {
      const double a = 1.5 / std::sqrt(static_cast<double>(l.inputs()));
      for (Eigen::Index i = 0; i < l.w.size(); ++i) l.w.data()[i] = rng.uniform(-a, a) * 1.5;
      for (Eigen::Index i = 0; i < l.b.size(); ++i) l.b(i) = rng.uniform(-0.5, 0.5);
    }
    for (Eigen::Index i = 0; i < c.x0.size(); ++i) c.x0.data()[i] = rng.uniform(-1.5, 1.5);
    c.y = make_targets(loss, shape.outputs, batch, rng);
    Network probe = c.net;
    probe.x0 = c.x0;
    bool clear = true;
    for (int k = 0; k < probe.depth(); ++k) {
      forward_layer(probe, k);
      const Matrix& s = probe.layers[k].s;
      if (has_kink(probe.layers[k].act) && (s.array().abs() < 1e-3).any()) clear = false;
      // A relu layer with every unit off for some sample passes nothing back for it: redraw,
      // so that no layer's gradient is trivially zero.
      if (probe.layers[k].act == Activation::Relu && ((s.array() > 0).colwise().any() == false).any()) clear = false;
    }
    if (clear) return c;
  }
}

struct Combo {
  Activation hidden, output;
  Loss loss;
};

std::vector<Combo> valid_combos() {
  const std::vector<Activation> elementwise{Activation::Linear, Activation::Sigmoid, Activation::Tanh,
                                            Activation::Relu, Activation::LeakyRelu};
  std::vector<Combo> out;
  for (Activation h : elementwise) {
    for (Activation o : elementwise) {
      out.push_back({h, o, Loss::Mse});
      out.push_back({h, o, Loss::HalfMse});
    }
    out.push_back({h, Activation::Sigmoid, Loss::Bce});
    out.push_back({h, Activation::Softmax, Loss::SoftmaxCrossEntropy});
  }
  return out;
}

class GradCheckCombo : public ::testing::TestWithParam<Combo> {};

TEST_P(GradCheckCombo, BackpropMatchesFiniteDifferences) {
  const Combo combo = GetParam();
  std::uint64_t seed = 17;
  double worst_parameter = 0, worst_sample = 0;
  for (const Shape& shape : kShapes) {
    for (int batch : kBatches) {
      ++seed;
      SCOPED_TRACE(shape.text() + " batch " + std::to_string(batch));
      const Case c = make_case(shape, combo.hidden, combo.output, combo.loss, batch, seed);
      const GradientCheck g = gradient_check(c.net, c.x0, c.y, combo.loss);
      ASSERT_EQ(g.layers.size(), c.net.layers.size());
      EXPECT_TRUE(std::isfinite(g.loss));
      EXPECT_EQ(g.near_kinks(), 0);
      for (std::size_t k = 0; k < g.layers.size(); ++k) {
        const auto& l = g.layers[k];
        EXPECT_LT(l.w_error, kParameterTolerance)
            << "layer " << k + 1 << " w(" << l.w_worst_row << "," << l.w_worst_col << ") analytic "
            << l.dl_dw_analytic(l.w_worst_row, l.w_worst_col) << " numeric "
            << l.dl_dw_numeric(l.w_worst_row, l.w_worst_col);
        EXPECT_LT(l.b_error, kParameterTolerance) << "layer " << k + 1 << " b(" << l.b_worst << ") analytic "
                                                   << l.dl_db_analytic(l.b_worst) << " numeric "
                                                   << l.dl_db_numeric(l.b_worst);
        // The gradient is not trivially zero everywhere (that would make the check vacuous),
        // except for a softmax over one unit, whose output is the constant 1.
        if (!(combo.output == Activation::Softmax && shape.outputs == 1)) {
          EXPECT_GT(l.dl_dw_analytic.cwiseAbs().maxCoeff() + l.dl_db_analytic.cwiseAbs().maxCoeff(), 1e-6)
              << "layer " << k + 1;
        }
      }
      const SampleCheck s = sample_gradient_check(c.net, c.x0, c.y, combo.loss);
      for (std::size_t k = 0; k < s.layers.size(); ++k) {
        EXPECT_LT(s.layers[k].dl_ds_error, kSampleTolerance) << "dl_ds of layer " << k + 1;
        EXPECT_LT(s.layers[k].dl_dx_error, kSampleTolerance) << "dl_dx of layer " << k + 1;
      }
      worst_parameter = std::max(worst_parameter, g.worst());
      worst_sample = std::max(worst_sample, s.worst());
    }
  }
  std::printf("[ worst ] parameters %.3g, per-sample %.3g\n", worst_parameter, worst_sample);
}

std::string combo_name(const ::testing::TestParamInfo<Combo>& info) {
  return std::string(name(info.param.hidden)) + "_" + std::string(name(info.param.output)) + "_" +
         std::string(name(info.param.loss));
}

INSTANTIATE_TEST_SUITE_P(AllActivationsAndLosses, GradCheckCombo, ::testing::ValuesIn(valid_combos()), combo_name);

// A deeper network mixing every elementwise activation, with a batch of 7.
TEST(GradCheck, MixedDeepNetwork) {
  for (Loss loss : {Loss::Mse, Loss::HalfMse, Loss::Bce, Loss::SoftmaxCrossEntropy}) {
    SCOPED_TRACE(std::string(name(loss)));
    const Activation out = loss == Loss::Bce                   ? Activation::Sigmoid
                           : loss == Loss::SoftmaxCrossEntropy ? Activation::Softmax
                                                               : Activation::Tanh;
    Network net = make_network(3, {{5, Activation::Tanh},
                                   {4, Activation::LeakyRelu},
                                   {4, Activation::Sigmoid},
                                   {3, Activation::Relu},
                                   {4, Activation::Linear},
                                   {3, out}});
    Random rng(99);
    for (auto& l : net.layers) {
      for (Eigen::Index i = 0; i < l.w.size(); ++i) l.w.data()[i] = rng.uniform(-1.2, 1.2);
      for (Eigen::Index i = 0; i < l.b.size(); ++i) l.b(i) = rng.uniform(0.1, 0.6);  // keeps the relu alive
    }
    Matrix x0(3, 7);
    for (Eigen::Index i = 0; i < x0.size(); ++i) x0.data()[i] = rng.uniform(-1.0, 1.0);
    const Matrix y = make_targets(loss, 3, 7, rng);
    const GradientCheck g = gradient_check(net, x0, y, loss);
    EXPECT_LT(g.worst(), kParameterTolerance);
    const SampleCheck s = sample_gradient_check(net, x0, y, loss);
    EXPECT_LT(s.worst(), kSampleTolerance);
    if (g.near_kinks() == 0) {
      std::printf("[ mixed %s ] worst parameter error %.3g, worst per-sample error %.3g\n",
                  std::string(name(loss)).c_str(), g.worst(), s.worst());
    }
  }
}

// The per-sample meaning, spelled out on one case without the helper: perturbing b⁽ˡ⁾ᵢ moves
// sᵢ of every sample by the same amount, so ∂ℓₙ/∂b⁽ˡ⁾ᵢ = ∂ℓₙ/∂s⁽ˡ⁾ᵢₙ: column n of dl_ds is the
// finite-difference gradient of sample n's loss alone with respect to b; and dl_db, the gradient
// of the mean loss, is the mean of those columns — not their sum.
TEST(GradCheck, ColumnsOfDlDsAreGradientsOfEachSamplesOwnLoss) {
  const Case c = make_case({2, {4}, 3}, Activation::Tanh, Activation::Sigmoid, Loss::Mse, 4, 5);
  Network net = c.net;
  net.x0 = c.x0;
  // The engine's backward pass, phase by phase as the stepper does it (mse has no fused form).
  for (int k = 0; k < net.depth(); ++k) forward_layer(net, k);
  loss_gradient(Loss::Mse, net.output(), c.y, net.layers.back().dl_dx);
  for (int k = net.depth() - 1; k >= 0; --k) backward_layer(net, k, false);

  const auto sample_loss = [&](const Network& n, Eigen::Index sample) {
    Matrix s, f;
    predict(n, c.x0, s, f);
    return sample_losses(Loss::Mse, s, f, c.y)(sample);
  };
  for (int k = 0; k < net.depth(); ++k) {
    Matrix numeric(net.layers[k].units(), c.x0.cols());
    for (Eigen::Index n = 0; n < c.x0.cols(); ++n) {
      for (Eigen::Index i = 0; i < net.layers[k].units(); ++i) {
        Network p = c.net;
        const double h = 1e-6;
        p.layers[k].b(i) += h;
        const double up = sample_loss(p, n);
        p.layers[k].b(i) -= 2 * h;
        const double down = sample_loss(p, n);
        numeric(i, n) = (up - down) / (2 * h);
      }
    }
    EXPECT_LT(worst_relative_error(net.layers[k].dl_ds, numeric), 1e-6) << "layer " << k + 1;
    const Vector mean = numeric.rowwise().mean();
    EXPECT_LT(worst_relative_error(net.layers[k].dl_db, mean), 1e-6) << "layer " << k + 1;
    // With 4 samples the sum is 4× the mean: the check can tell them apart.
    EXPECT_GT(worst_relative_error(net.layers[k].dl_db, numeric.rowwise().sum()), 0.5);
  }
}

TEST(GradCheck, RelativeErrorDefinition) {
  EXPECT_EQ(relative_error(1.0, 1.0), 0.0);
  EXPECT_DOUBLE_EQ(relative_error(1.0, -1.0), 1.0);
  EXPECT_DOUBLE_EQ(relative_error(3.0, 1.0), 0.5);
  EXPECT_DOUBLE_EQ(relative_error(0.0, 1e-9), 1e-9 / gradcheck_floor);  // tiny values: absolute over the floor
  EXPECT_TRUE(std::isinf(relative_error(std::nan(""), 1.0)));
}

// A check that would pass whatever the engine did is worth nothing: a deliberately wrong analytic
// gradient, here ∂ℓ/∂w of the batch loss doubled, must be reported.
TEST(GradCheck, ReportsAWrongGradient) {
  const Case c = make_case({2, {3}, 1}, Activation::Tanh, Activation::Linear, Loss::HalfMse, 3, 8);
  GradientCheck g = gradient_check(c.net, c.x0, c.y, Loss::HalfMse);
  ASSERT_LT(g.worst(), kParameterTolerance);
  EXPECT_GT(worst_relative_error(2.0 * g.layers[0].dl_dw_analytic, g.layers[0].dl_dw_numeric), 0.3);
  // The loss convention matters: mse's gradient is twice half_mse's.
  const GradientCheck mse = gradient_check(c.net, c.x0, c.y, Loss::Mse);
  EXPECT_LT(worst_relative_error(mse.layers[1].dl_dw_analytic, 2.0 * g.layers[1].dl_dw_analytic), 1e-12);
}

// A relu unit sitting on its kink is flagged, so a report can explain a large error there.
TEST(GradCheck, FlagsReluKinks) {
  Network net = make_network(1, {{2, Activation::Relu}, {1, Activation::Linear}});
  net.layers[0].w << 1.0, -1.0;
  net.layers[0].b << 0.0, 0.5;
  net.layers[1].w << 1.0, 1.0;
  Matrix x0(1, 2);
  x0 << 0.0, 1.0;  // unit 1 has s = 0 for the first sample
  Matrix y(1, 2);
  y << 0.3, -0.2;
  const GradientCheck g = gradient_check(net, x0, y, Loss::Mse);
  EXPECT_EQ(g.layers[0].near_kinks, 1);
  EXPECT_EQ(g.layers[1].near_kinks, 0);
}

}  // namespace
}  // namespace bpl
