// The phase stepper: trains a network one phase at a time.
//
//   step = Forward 1 … Forward L, Loss, Backward L … Backward 1, Update   (one mini-batch)
//
// It always knows the next phase, the last one run, which layer it touched, and which stored
// quantities are fresh in this step. No callbacks, no threads: the caller calls advance().
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include "data.hpp"
#include "history.hpp"
#include "loss.hpp"
#include "network.hpp"
#include "optimizer.hpp"
#include "phase.hpp"
#include "random.hpp"

namespace bpl {

struct TrainingSpec {
  OptimizerSpec optimizer;
  int batch_size = 0;  // 0 = the full training set
  bool shuffle = false;
};

// Where a NaN or Inf first appeared.
struct Divergence {
  long step = 0;  // 0-based index of the step that produced it
  Phase phase;
  int layer = 0;  // 1-based layer of the quantity
  Quantity quantity = Quantity::S;
  std::string message() const;  // "step 12, backward:2: ∂ℓ/∂s⁽²⁾ is not finite (NaN or Inf)"
};

// Multiply-adds of one phase: matrix products count rows × inner × columns, elementwise work one per element.
struct MultiplyAdds {
  std::array<long, 4> per_kind{};  // summed over the last completed step: Forward, Loss, Backward, Update
  long last_phase = 0;
};

class Stepper {
 public:
  Stepper(Network net, Dataset data, Loss loss, TrainingSpec training, std::uint64_t seed);

  // Runs the next phase. Returns false (and runs nothing) once a divergence was found.
  bool advance();
  // Runs phases until the current step is complete (a whole step when at its start).
  bool advance_step();
  // Runs steps until the current epoch is complete.
  bool advance_epoch();

  Phase next_phase() const { return phase_at(next_, net_.depth()); }
  std::optional<Phase> last_phase() const;
  int touched_layer() const;  // the layer the last phase computed (0 for Loss / Update / none)
  int done_position() const { return next_ - 1; }  // position of the last phase run in this step, −1 at start
  bool fresh(Quantity q, int layer) const { return is_fresh(q, layer, done_position(), net_.depth()); }
  bool at_step_start() const { return next_ == 0; }

  long step() const { return step_; }    // completed steps
  long epoch() const { return epoch_; }  // completed epochs
  long samples_into_epoch() const { return offset_; }

  const Network& network() const { return net_; }
  Network& network() { return net_; }  // for editing parameters between steps
  const Dataset& data() const { return *data_; }
  Loss loss() const { return loss_; }
  const TrainingSpec& training() const { return training_; }
  // Learning rate, batch size, optimiser and shuffle may change between steps; optimiser state is kept.
  void set_training(const TrainingSpec& t) { training_ = t; }

  const std::vector<Eigen::Index>& batch() const { return batch_; }  // training-set indices of the batch
  const Matrix& targets() const { return y_; }                         // (outputs, batch)
  const RowVector& sample_losses() const { return losses_; }           // ℓₙ, (1, batch)
  double batch_loss() const { return batch_loss_; }                    // mean of ℓₙ
  const MultiplyAdds& multiply_adds() const { return flops_; }
  const std::optional<Divergence>& divergence() const { return divergence_; }

  // Mean loss of the network on a whole set (no stored quantity changes).
  double evaluate(const Matrix& x, const Matrix& y) const;
  const LossHistory& train_history() const { return train_history_; }  // batch loss per step
  const LossHistory& test_history() const { return test_history_; }    // test loss, once per epoch

 private:
  void start_step();
  void run(Phase p);
  void check(Quantity q, int layer);
  int batch_size() const;

  Network net_;
  std::shared_ptr<const Dataset> data_;  // shared, never changed: copies of a Stepper are cheap
  Loss loss_;
  TrainingSpec training_;
  OptimizerState optimizer_;
  Random shuffle_rng_;
  std::vector<Eigen::Index> order_;  // training-set order of this epoch
  std::vector<Eigen::Index> batch_;
  Matrix y_;                         // (outputs, batch)  targets of the batch
  RowVector losses_;                 // (1, batch)        ℓₙ
  double batch_loss_ = 0;
  int next_ = 0;                     // position of the next phase in the step
  long step_ = 0, epoch_ = 0, offset_ = 0;
  MultiplyAdds flops_, flops_building_;
  std::optional<Divergence> divergence_;
  LossHistory train_history_, test_history_;
};

}  // namespace bpl
