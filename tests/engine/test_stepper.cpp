// The phase stepper: phase order, freshness, mini-batches, live changes, divergence, history, limits.
#include <gtest/gtest.h>
#include <cmath>
#include <set>
#include "lesson.hpp"
#include "limits.hpp"

namespace bpl {
namespace {

// A 1-[5, 4]-1 tanh network on 12 evenly spaced points of sin, no test set.
Lesson small_lesson(int batch_size, bool shuffle) {
  Lesson l;
  l.title = "small";
  l.seed = 5;
  l.data.kind = DataKind::Function;
  l.data.count = 12;
  l.data.test_fraction = 0;
  l.inputs = 1;
  l.layers = {{5, Activation::Tanh}, {4, Activation::Tanh}, {1, Activation::Linear}};
  l.loss = Loss::Mse;
  l.training.batch_size = batch_size;
  l.training.shuffle = shuffle;
  l.training.optimizer.learning_rate = 0.05;
  return l;
}

std::vector<Eigen::Index> range(Eigen::Index from, Eigen::Index to) {
  std::vector<Eigen::Index> out;
  for (auto i = from; i < to; ++i) out.push_back(i);
  return out;
}

TEST(Stepper, PhasesRunInTheOrderOfTheNotes) {
  Stepper s = make_stepper(small_lesson(0, false));
  std::vector<std::string> seen;
  for (int i = 0; i < phases_per_step(3); ++i) {
    seen.push_back(to_string(s.next_phase()));
    ASSERT_TRUE(s.advance());
    EXPECT_EQ(to_string(*s.last_phase()), seen.back());
  }
  const std::vector<std::string> expected = {"forward:1", "forward:2", "forward:3", "loss",
                                             "backward:3", "backward:2", "backward:1", "update"};
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(s.step(), 1);
  EXPECT_TRUE(s.at_step_start());
}

TEST(Stepper, QuantitiesAreFreshOnlyOnceTheirPhaseHasRun) {
  Stepper s = make_stepper(small_lesson(4, false));
  s.advance_step();  // a full step: everything computed once
  s.advance();       // forward:1 of step 2
  EXPECT_EQ(s.touched_layer(), 1);
  EXPECT_TRUE(s.fresh(Quantity::S, 1));
  EXPECT_TRUE(s.fresh(Quantity::X, 1));
  EXPECT_FALSE(s.fresh(Quantity::S, 2));
  EXPECT_FALSE(s.fresh(Quantity::DlDs, 1));
  EXPECT_FALSE(s.fresh(Quantity::DlDx, 3));
  s.advance();  // forward:2
  s.advance();  // forward:3
  s.advance();  // loss
  EXPECT_TRUE(s.fresh(Quantity::DlDx, 3));  // ∂ℓ/∂x⁽ᴸ⁾ comes from the loss
  EXPECT_FALSE(s.fresh(Quantity::DlDs, 3));
  s.advance();  // backward:3
  EXPECT_EQ(s.touched_layer(), 3);
  EXPECT_TRUE(s.fresh(Quantity::DlDs, 3));
  EXPECT_TRUE(s.fresh(Quantity::DlDw, 3));
  EXPECT_TRUE(s.fresh(Quantity::DlDx, 2));  // (w⁽³⁾)ᵀ ∂ℓ/∂s⁽³⁾
  EXPECT_FALSE(s.fresh(Quantity::DlDs, 2));
}

TEST(Stepper, MiniBatchesAreConsecutiveSlicesWithoutShuffle) {
  Stepper s = make_stepper(small_lesson(5, false));  // 12 samples: 5, 5, 2
  s.advance_step();
  EXPECT_EQ(s.batch(), range(0, 5));
  s.advance_step();
  EXPECT_EQ(s.batch(), range(5, 10));
  EXPECT_EQ(s.epoch(), 0);
  s.advance_step();
  EXPECT_EQ(s.batch(), range(10, 12));
  EXPECT_EQ(s.epoch(), 1);
  s.advance_step();
  EXPECT_EQ(s.batch(), range(0, 5));
  // x⁽⁰⁾ holds exactly those training samples, in that order.
  EXPECT_EQ(s.network().x0, s.data().x_train.leftCols(5));
}

TEST(Stepper, FullBatchHoldsTheTrainingSetInDataOrder) {
  Stepper s = make_stepper(small_lesson(0, true));  // shuffle on: no effect on a full batch
  s.advance_step();
  EXPECT_EQ(s.batch(), range(0, 12));
  EXPECT_EQ(s.epoch(), 1);
  s.advance_step();
  EXPECT_EQ(s.batch(), range(0, 12));
  EXPECT_EQ(s.network().x0, s.data().x_train);
}

TEST(Stepper, ShuffleReshufflesEachEpochWithTheSeed) {
  // Batches of 6 out of 12: one epoch is two steps; its order is the two batches joined.
  auto epoch_order = [](Stepper& s) {
    s.advance_step();
    std::vector<Eigen::Index> order = s.batch();
    s.advance_step();
    order.insert(order.end(), s.batch().begin(), s.batch().end());
    return order;
  };
  Stepper a = make_stepper(small_lesson(6, true)), b = make_stepper(small_lesson(6, true));
  const auto first = epoch_order(a);
  EXPECT_NE(first, range(0, 12));
  EXPECT_NE(epoch_order(a), first);  // a new order in epoch 2
  EXPECT_EQ(epoch_order(b), first);  // same seed, same order
  std::set<Eigen::Index> all(first.begin(), first.end());
  EXPECT_EQ(all.size(), 12u);  // a permutation
}

TEST(Stepper, LearningRateBatchAndOptimiserChangeWithoutReset) {
  Stepper s = make_stepper(small_lesson(4, false));
  s.advance_step();
  const Matrix w_before = s.network().layers[0].w;
  TrainingSpec t = s.training();
  t.optimizer.learning_rate = 0.5;
  t.batch_size = 3;
  s.set_training(t);
  s.advance();  // forward:1 of step 2 uses the next samples of the epoch
  EXPECT_EQ(s.batch(), range(4, 7));
  s.advance_step();
  EXPECT_EQ(s.step(), 2);
  // The update used η = 0.5 and the gradient of this batch.
  const Matrix expected = w_before - 0.5 * s.network().layers[0].dl_dw;
  EXPECT_LT((s.network().layers[0].w - expected).cwiseAbs().maxCoeff(), 1e-15);
  t.optimizer.kind = OptimizerKind::Adam;
  s.set_training(t);
  EXPECT_TRUE(s.advance_step());
}

TEST(Stepper, DivergenceIsReportedAtThePhaseThatProducedIt) {
  Lesson l = small_lesson(0, false);
  l.training.optimizer.learning_rate = 1e30;
  Stepper s = make_stepper(l);
  int steps = 0;
  while (s.advance_step() && steps < 100) ++steps;
  ASSERT_TRUE(s.divergence().has_value());
  const std::string message = s.divergence()->message();
  EXPECT_NE(message.find("is not finite"), std::string::npos) << message;
  EXPECT_NE(message.find("step "), std::string::npos) << message;
  EXPECT_FALSE(s.advance());  // paused: nothing more runs
}

TEST(Stepper, MultiplyAddsShowBackwardCostsAboutTwiceForward) {
  Lesson l = small_lesson(0, false);
  l.layers = {{64, Activation::Tanh}, {64, Activation::Tanh}, {64, Activation::Tanh}, {1, Activation::Linear}};
  Stepper s = make_stepper(l);
  s.advance_step();
  const auto& m = s.multiply_adds().per_kind;
  const double ratio = static_cast<double>(m[2]) / static_cast<double>(m[0]);
  EXPECT_GT(ratio, 1.8);
  EXPECT_LT(ratio, 2.1);
  // forward of layer 2 alone: 64 × 64 × 12 products plus 2 × 64 × 12 elementwise
  Stepper t = make_stepper(l);
  t.advance();
  t.advance();
  EXPECT_EQ(t.multiply_adds().last_phase, 64L * 64 * 12 + 2L * 64 * 12);
}

TEST(Stepper, HistoryStaysBoundedOverManySteps) {
  LossHistory h(64);
  for (long i = 1; i <= 100'000; ++i) h.add(i, 1.0 / static_cast<double>(i));
  EXPECT_LE(h.buckets().size(), 64u);
  long total = 0;
  for (const auto& b : h.buckets()) total += b.count;
  EXPECT_EQ(total, 100'000);
  EXPECT_EQ(h.buckets().front().first_step, 1);
  EXPECT_EQ(h.buckets().back().last_step, 100'000);
  EXPECT_DOUBLE_EQ(h.buckets().front().max, 1.0);
}

TEST(Stepper, TestLossIsRecordedOncePerEpoch) {
  Lesson l = small_lesson(4, false);
  l.data.count = 16;
  l.data.test_fraction = 0.25;  // 12 train, 4 test: 3 steps per epoch
  Stepper s = make_stepper(l);
  for (int i = 0; i < 9; ++i) s.advance_step();
  EXPECT_EQ(s.train_history().buckets().size(), 9u);
  EXPECT_EQ(s.test_history().buckets().size(), 3u);
  EXPECT_DOUBLE_EQ(s.test_history().last(), s.evaluate(s.data().x_test, s.data().y_test));
}

TEST(Limits, AbsurdSizesAreRefusedWithTheLimitStated) {
  try {
    make_network(1, std::vector<LayerSpec>(40, {4, Activation::Tanh}));
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("at most 32 layers"), std::string::npos) << e.what();
  }
  try {
    make_network(1, {{100000, Activation::Tanh}});
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("4096"), std::string::npos) << e.what();
  }
}

TEST(PhaseNames, ParseAndPrint) {
  EXPECT_EQ(parse_phase("forward", 3), (Phase{PhaseKind::Forward, 1}));
  EXPECT_EQ(parse_phase("backward", 3), (Phase{PhaseKind::Backward, 3}));
  EXPECT_EQ(parse_phase("backward:1", 3), (Phase{PhaseKind::Backward, 1}));
  EXPECT_EQ(parse_phase("loss", 3), (Phase{PhaseKind::Loss, 0}));
  EXPECT_FALSE(parse_phase("backward:4", 3));
  EXPECT_FALSE(parse_phase("loss:1", 3));
  EXPECT_FALSE(parse_phase("sideways", 3));
  for (int p = 0; p < phases_per_step(3); ++p) EXPECT_EQ(position(phase_at(p, 3), 3), p);
}

}  // namespace
}  // namespace bpl
