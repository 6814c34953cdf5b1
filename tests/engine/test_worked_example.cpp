// The worked 2-3-1 example of the course notes (course-notes/004), computed by hand with the
// notes' scalar formulas — plain doubles and std::exp, no matrix products — and compared phase by
// phase with the Stepper:
//
//   a¹ᵢ = Σⱼ W¹ᵢⱼ xⱼ + b¹ᵢ,   hᵢ = σ(a¹ᵢ),   a² = Σᵢ w²ᵢ hᵢ + b²,   z = σ(a²)
//   J = 1/(2N) Σₚ (tᵖ − zᵖ)²
//   ∂J/∂w²ᵢ  = −(1/N) Σₚ (t − z) σ′(a²) hᵢ                 ∂J/∂b² = −(1/N) Σₚ (t − z) σ′(a²)
//   ∂J/∂W¹ᵢⱼ = −(1/N) Σₚ (t − z) σ′(a²) w²ᵢ σ′(a¹ᵢ) xⱼ     ∂J/∂b¹ᵢ = −(1/N) Σₚ (t − z) σ′(a²) w²ᵢ σ′(a¹ᵢ)
//   SGD: w ← w − η ∂J/∂w
//
// In the engine's names: s⁽¹⁾ = a¹, x⁽¹⁾ = h, s⁽²⁾ = a², x⁽²⁾ = z = f, y = t, loss half_mse;
// column p of ∂ℓ/∂s and ∂ℓ/∂x is sample p's own ℓₚ = ½ (tᵖ − zᵖ)², so ∂ℓₚ/∂z = −(t − z).
// The same numbers are in assets/lessons/worked-2-3-1.json.
#include <gtest/gtest.h>
#include <cmath>
#include <string>
#include "lesson.hpp"
#include "stepper.hpp"

namespace bpl {
namespace {

constexpr int N = 2;  // samples
constexpr double kTolerance = 1e-14;

// The example's numbers: inputs, targets, parameters, learning rate.
constexpr double X[N][2] = {{0.5, -0.3}, {-0.2, 0.7}};  // X[p][j]
constexpr double T[N] = {0.8, 0.1};
constexpr double W1[3][2] = {{0.1, -0.2}, {0.4, 0.3}, {-0.5, 0.6}};
constexpr double B1[3] = {0.05, -0.1, 0.2};
constexpr double W2[3] = {0.7, -0.4, 0.3};
constexpr double B2 = -0.05;
constexpr double ETA = 0.5;

double sigma(double a) { return 1.0 / (1.0 + std::exp(-a)); }
double sigma_prime(double a) { return sigma(a) * (1.0 - sigma(a)); }  // σ′ = σ(1 − σ)

// Every quantity of one step, by hand.
struct Hand {
  double a1[N][3], h[N][3], a2[N], z[N];
  double J;
  double dl_dz[N];       // ∂ℓₚ/∂z = −(t − z)
  double dl_da2[N];      // ∂ℓₚ/∂a² = −(t − z) σ′(a²)
  double dl_dh[N][3];    // ∂ℓₚ/∂hᵢ = −(t − z) σ′(a²) w²ᵢ
  double dl_da1[N][3];   // ∂ℓₚ/∂a¹ᵢ = −(t − z) σ′(a²) w²ᵢ σ′(a¹ᵢ)
  double dJ_dw2[3], dJ_db2, dJ_dW1[3][2], dJ_db1[3];
  double W1_new[3][2], b1_new[3], w2_new[3], b2_new;

  Hand() {
    J = 0;
    for (int p = 0; p < N; ++p) {
      a2[p] = B2;
      for (int i = 0; i < 3; ++i) {
        a1[p][i] = W1[i][0] * X[p][0] + W1[i][1] * X[p][1] + B1[i];
        h[p][i] = sigma(a1[p][i]);
        a2[p] += W2[i] * h[p][i];
      }
      z[p] = sigma(a2[p]);
      J += (T[p] - z[p]) * (T[p] - z[p]) / (2.0 * N);
      dl_dz[p] = -(T[p] - z[p]);
      dl_da2[p] = -(T[p] - z[p]) * sigma_prime(a2[p]);
      for (int i = 0; i < 3; ++i) {
        dl_dh[p][i] = -(T[p] - z[p]) * sigma_prime(a2[p]) * W2[i];
        dl_da1[p][i] = -(T[p] - z[p]) * sigma_prime(a2[p]) * W2[i] * sigma_prime(a1[p][i]);
      }
    }
    dJ_db2 = 0;
    for (int i = 0; i < 3; ++i) {
      dJ_dw2[i] = dJ_db1[i] = dJ_dW1[i][0] = dJ_dW1[i][1] = 0;
    }
    for (int p = 0; p < N; ++p) {
      const double common = -(T[p] - z[p]) * sigma_prime(a2[p]) / N;
      dJ_db2 += common;
      for (int i = 0; i < 3; ++i) {
        dJ_dw2[i] += common * h[p][i];
        dJ_db1[i] += common * W2[i] * sigma_prime(a1[p][i]);
        for (int j = 0; j < 2; ++j) dJ_dW1[i][j] += common * W2[i] * sigma_prime(a1[p][i]) * X[p][j];
      }
    }
    for (int i = 0; i < 3; ++i) {
      for (int j = 0; j < 2; ++j) W1_new[i][j] = W1[i][j] - ETA * dJ_dW1[i][j];
      b1_new[i] = B1[i] - ETA * dJ_db1[i];
      w2_new[i] = W2[i] - ETA * dJ_dw2[i];
    }
    b2_new = B2 - ETA * dJ_db2;
  }
};

Stepper stepper_from_numbers() {
  Network net = make_network(2, {{3, Activation::Sigmoid}, {1, Activation::Sigmoid}});
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 2; ++j) net.layers[0].w(i, j) = W1[i][j];
    net.layers[0].b(i) = B1[i];
    net.layers[1].w(0, i) = W2[i];
  }
  net.layers[1].b(0) = B2;
  Dataset data;
  data.x_train.resize(2, N);
  data.y_train.resize(1, N);
  for (int p = 0; p < N; ++p) {
    data.x_train(0, p) = X[p][0];
    data.x_train(1, p) = X[p][1];
    data.y_train(0, p) = T[p];
  }
  TrainingSpec training;
  training.optimizer.kind = OptimizerKind::Sgd;
  training.optimizer.learning_rate = ETA;
  training.batch_size = 0;
  return Stepper(std::move(net), std::move(data), Loss::HalfMse, training, 1);
}

// Which quantities are fresh: exactly those whose producing phase has run in this step.
void expect_fresh(const Stepper& st, std::initializer_list<std::pair<Quantity, int>> fresh) {
  for (int l = 1; l <= 2; ++l) {
    for (int q = 0; q < quantity_count; ++q) {
      const Quantity quantity = static_cast<Quantity>(q);
      bool expected = quantity == Quantity::W || quantity == Quantity::B;  // parameters are always current
      for (const auto& [fq, fl] : fresh) expected |= fq == quantity && fl == l;
      EXPECT_EQ(st.fresh(quantity, l), expected) << name(quantity) << " of layer " << l;
    }
  }
}

// Steps one whole step phase by phase and compares every quantity with the hand computation.
void check_first_step(Stepper& st) {
  const Hand hand;
  const Network& net = st.network();
  const Layer& l1 = net.layers[0];
  const Layer& l2 = net.layers[1];
  ASSERT_TRUE(st.at_step_start());
  EXPECT_FALSE(st.last_phase().has_value());
  expect_fresh(st, {});

  // forward:1 — s⁽¹⁾ = a¹, x⁽¹⁾ = h
  ASSERT_EQ(st.next_phase(), (Phase{PhaseKind::Forward, 1}));
  ASSERT_TRUE(st.advance());
  EXPECT_EQ(st.touched_layer(), 1);
  ASSERT_EQ(l1.s.rows(), 3);
  ASSERT_EQ(l1.s.cols(), N);
  for (int p = 0; p < N; ++p) {
    EXPECT_NEAR(net.x0(0, p), X[p][0], 0);
    for (int i = 0; i < 3; ++i) {
      EXPECT_NEAR(l1.s(i, p), hand.a1[p][i], kTolerance) << "a¹ of unit " << i << ", sample " << p;
      EXPECT_NEAR(l1.x(i, p), hand.h[p][i], kTolerance) << "h of unit " << i << ", sample " << p;
    }
  }
  expect_fresh(st, {{Quantity::S, 1}, {Quantity::X, 1}});
  EXPECT_EQ(st.multiply_adds().last_phase, 3 * 2 * N + 2 * 3 * N);  // W¹ x: 3×2×N; + b and σ: 2 per element

  // forward:2 — s⁽²⁾ = a², x⁽²⁾ = z
  ASSERT_TRUE(st.advance());
  EXPECT_EQ(st.last_phase(), (Phase{PhaseKind::Forward, 2}));
  for (int p = 0; p < N; ++p) {
    EXPECT_NEAR(l2.s(0, p), hand.a2[p], kTolerance);
    EXPECT_NEAR(l2.x(0, p), hand.z[p], kTolerance);
    EXPECT_NEAR(net.output()(0, p), hand.z[p], kTolerance);
  }
  expect_fresh(st, {{Quantity::S, 1}, {Quantity::X, 1}, {Quantity::S, 2}, {Quantity::X, 2}});
  EXPECT_EQ(st.multiply_adds().last_phase, 1 * 3 * N + 2 * 1 * N);

  // loss — J and ∂ℓₚ/∂z = −(t − z)
  ASSERT_TRUE(st.advance());
  EXPECT_EQ(st.last_phase(), (Phase{PhaseKind::Loss, 0}));
  EXPECT_EQ(st.touched_layer(), 0);
  EXPECT_NEAR(st.batch_loss(), hand.J, kTolerance);
  for (int p = 0; p < N; ++p) {
    EXPECT_NEAR(st.sample_losses()(p), 0.5 * (T[p] - hand.z[p]) * (T[p] - hand.z[p]), kTolerance);
    EXPECT_NEAR(l2.dl_dx(0, p), hand.dl_dz[p], kTolerance);
    EXPECT_EQ(st.targets()(0, p), T[p]);
  }
  expect_fresh(st, {{Quantity::S, 1}, {Quantity::X, 1}, {Quantity::S, 2}, {Quantity::X, 2}, {Quantity::DlDx, 2}});

  // backward:2 — ∂ℓ/∂s⁽²⁾, ∂J/∂w², ∂J/∂b², and ∂ℓ/∂x⁽¹⁾ = ∂ℓ/∂h
  ASSERT_TRUE(st.advance());
  EXPECT_EQ(st.last_phase(), (Phase{PhaseKind::Backward, 2}));
  EXPECT_EQ(st.touched_layer(), 2);
  for (int p = 0; p < N; ++p) {
    EXPECT_NEAR(l2.dl_ds(0, p), hand.dl_da2[p], kTolerance);
    for (int i = 0; i < 3; ++i) EXPECT_NEAR(l1.dl_dx(i, p), hand.dl_dh[p][i], kTolerance) << "∂ℓ/∂h" << i;
  }
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(l2.dl_dw(0, i), hand.dJ_dw2[i], kTolerance) << "∂J/∂w²" << i;
  EXPECT_NEAR(l2.dl_db(0), hand.dJ_db2, kTolerance);
  expect_fresh(st, {{Quantity::S, 1}, {Quantity::X, 1}, {Quantity::S, 2}, {Quantity::X, 2}, {Quantity::DlDx, 2},
                    {Quantity::DlDs, 2}, {Quantity::DlDw, 2}, {Quantity::DlDb, 2}, {Quantity::DlDx, 1}});
  // (w²)ᵀ ∂ℓ/∂s: 3×1×N, ∂ℓ/∂s (x⁽¹⁾)ᵀ: 1×N×3, and 2 per element of the layer
  EXPECT_EQ(st.multiply_adds().last_phase, 2 * (1 * 3 * N) + 2 * 1 * N);

  // backward:1 — ∂ℓ/∂s⁽¹⁾ = ∂ℓ/∂a¹, ∂J/∂W¹, ∂J/∂b¹
  ASSERT_TRUE(st.advance());
  EXPECT_EQ(st.last_phase(), (Phase{PhaseKind::Backward, 1}));
  for (int p = 0; p < N; ++p)
    for (int i = 0; i < 3; ++i) EXPECT_NEAR(l1.dl_ds(i, p), hand.dl_da1[p][i], kTolerance);
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 2; ++j) EXPECT_NEAR(l1.dl_dw(i, j), hand.dJ_dW1[i][j], kTolerance) << "∂J/∂W¹" << i << j;
    EXPECT_NEAR(l1.dl_db(i), hand.dJ_db1[i], kTolerance) << "∂J/∂b¹" << i;
  }
  expect_fresh(st, {{Quantity::S, 1}, {Quantity::X, 1}, {Quantity::S, 2}, {Quantity::X, 2}, {Quantity::DlDx, 2},
                    {Quantity::DlDs, 2}, {Quantity::DlDw, 2}, {Quantity::DlDb, 2}, {Quantity::DlDx, 1},
                    {Quantity::DlDs, 1}, {Quantity::DlDw, 1}, {Quantity::DlDb, 1}});
  EXPECT_EQ(st.multiply_adds().last_phase, 3 * N * 2 + 2 * 3 * N);  // no ∂ℓ/∂x⁽⁰⁾ below layer 1
  EXPECT_EQ(st.next_phase(), (Phase{PhaseKind::Update, 0}));

  // update — w ← w − η ∂J/∂w
  ASSERT_TRUE(st.advance());
  EXPECT_TRUE(st.at_step_start());
  EXPECT_EQ(st.step(), 1);
  EXPECT_EQ(st.epoch(), 1);  // the batch is the full set
  EXPECT_EQ(st.last_phase(), (Phase{PhaseKind::Update, 0}));
  for (int i = 0; i < 3; ++i) {
    for (int j = 0; j < 2; ++j) EXPECT_NEAR(l1.w(i, j), hand.W1_new[i][j], kTolerance);
    EXPECT_NEAR(l1.b(i), hand.b1_new[i], kTolerance);
    EXPECT_NEAR(l2.w(0, i), hand.w2_new[i], kTolerance);
  }
  EXPECT_NEAR(l2.b(0), hand.b2_new, kTolerance);
  EXPECT_EQ(st.multiply_adds().last_phase, 3 * 2 + 3 + 3 + 1);  // one per parameter
  // A new step starts: nothing of it is fresh yet (what is stored belongs to the step before).
  expect_fresh(st, {});
  const auto& per_kind = st.multiply_adds().per_kind;
  EXPECT_EQ(per_kind[0], (3 * 2 * N + 2 * 3 * N) + (1 * 3 * N + 2 * 1 * N));
  EXPECT_EQ(per_kind[1], 2 * 1 * N);
  EXPECT_EQ(per_kind[2], (2 * (1 * 3 * N) + 2 * 1 * N) + (3 * N * 2 + 2 * 3 * N));
  EXPECT_EQ(per_kind[3], 13);

  // The step went downhill: J at the new parameters is below J before.
  EXPECT_LT(st.evaluate(st.data().x_train, st.data().y_train), hand.J);
}

TEST(WorkedExample, HandComputedStepMatchesTheStepper) {
  Stepper st = stepper_from_numbers();
  check_first_step(st);
}

TEST(WorkedExample, LessonFileGivesTheSameFirstStep) {
  const Lesson lesson = load_lesson(std::string(BACKPROP_SOURCE_DIR) + "/assets/lessons/worked-2-3-1.json");
  EXPECT_EQ(lesson.loss, Loss::HalfMse);
  EXPECT_EQ(lesson.training.optimizer.kind, OptimizerKind::Sgd);
  EXPECT_EQ(lesson.training.optimizer.learning_rate, ETA);
  EXPECT_EQ(lesson.training.batch_size, 0);
  ASSERT_EQ(lesson.layers.size(), 2u);
  EXPECT_EQ(lesson.layers[0].act, Activation::Sigmoid);
  EXPECT_EQ(lesson.layers[1].act, Activation::Sigmoid);
  Stepper st = make_stepper(lesson);
  check_first_step(st);
}

// The notes' count: the backward pass costs about twice the forward pass. Each layer's backward
// does two products the size of its forward product (∂ℓ/∂x below and ∂ℓ/∂w), except layer 1,
// which has no ∂ℓ/∂x⁽⁰⁾ to compute.
TEST(WorkedExample, BackwardCostsAboutTwiceTheForward) {
  Network net = make_network(8, {{64, Activation::Tanh}, {64, Activation::Tanh}, {64, Activation::Tanh},
                                 {4, Activation::Linear}});
  for (auto& l : net.layers) l.w.setConstant(0.01);
  Dataset data;
  data.x_train = Matrix::Constant(8, 32, 0.5);
  data.y_train = Matrix::Zero(4, 32);
  Stepper st(std::move(net), std::move(data), Loss::Mse, TrainingSpec{}, 1);
  ASSERT_TRUE(st.advance_step());
  const auto& k = st.multiply_adds().per_kind;
  const long products = 32L * (64 * 8 + 64 * 64 + 64 * 64 + 4 * 64);
  const long elementwise = 2L * 32 * (64 + 64 + 64 + 4);
  EXPECT_EQ(k[0], products + elementwise);
  EXPECT_EQ(k[2], 2 * products - 32L * 64 * 8 + elementwise);
  const double ratio = static_cast<double>(k[2]) / static_cast<double>(k[0]);
  EXPECT_GT(ratio, 1.8);
  EXPECT_LT(ratio, 2.0);
  std::printf("[ cost ] forward %ld, loss %ld, backward %ld, update %ld multiply-adds; backward/forward = %.3f\n",
              k[0], k[1], k[2], k[3], ratio);
}

}  // namespace
}  // namespace bpl
