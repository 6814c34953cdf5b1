// The phase stepper: one phase per advance(), with freshness, cost and NaN checks.
#include "stepper.hpp"
#include <algorithm>
#include <cmath>
#include <numeric>

namespace bpl {
namespace {
// Every entry finite ⇔ the sum is finite: one Inf or NaN makes the sum Inf or NaN. Only a sum of
// finite entries that overflows is rechecked entry by entry. One vectorised pass, no temporaries.
template <class M>
bool all_finite(const M& m) {
  return std::isfinite(m.sum()) || m.allFinite();
}
}  // namespace

std::string Divergence::message() const {
  return "step " + std::to_string(step + 1) + ", " + to_string(phase) + ": " + std::string(symbol(quantity)) +
         " of layer " + std::to_string(layer) + " is not finite (NaN or Inf)";
}

Stepper::Stepper(Network net, Dataset data, Loss loss, TrainingSpec training, std::uint64_t seed)
    : net_(std::move(net)),
      data_(std::make_shared<const Dataset>(std::move(data))),
      loss_(loss),
      training_(training),
      optimizer_(make_optimizer_state(net_)),
      shuffle_rng_(seed + 2) {
  order_.resize(data_->x_train.cols());
  std::iota(order_.begin(), order_.end(), Eigen::Index{0});
}

int Stepper::batch_size() const {
  const auto n = static_cast<int>(data_->x_train.cols());
  return training_.batch_size <= 0 ? n : std::min(training_.batch_size, n);
}

std::optional<Phase> Stepper::last_phase() const {
  if (next_ == 0) return step_ > 0 ? std::optional<Phase>(Phase{PhaseKind::Update, 0}) : std::nullopt;
  return phase_at(next_ - 1, net_.depth());
}

int Stepper::touched_layer() const {
  const auto p = last_phase();
  return p && (p->kind == PhaseKind::Forward || p->kind == PhaseKind::Backward) ? p->layer : 0;
}

void Stepper::start_step() {
  const auto count = static_cast<long>(order_.size());
  if (offset_ == 0 && batch_size() >= count) {
    // A full batch holds the training samples in their data order, shuffled or not.
    batch_.resize(count);
    std::iota(batch_.begin(), batch_.end(), Eigen::Index{0});
  } else {
    // A new epoch reshuffles the order with the seed when shuffle is on.
    if (offset_ == 0 && training_.shuffle)
      for (auto i = count - 1; i > 0; --i) std::swap(order_[i], order_[shuffle_rng_.below(i + 1)]);
    const long n = std::min<long>(batch_size(), count - offset_);
    batch_.assign(order_.begin() + offset_, order_.begin() + offset_ + n);
  }
  if (offset_ == 0 && batch_size() >= count) {
    net_.x0 = data_->x_train;  // x⁽⁰⁾ = the whole training set, (inputs, N)
    y_ = data_->y_train;       // y,                            (outputs, N)
  } else {
    // Column by column: no index copies (Eigen's indexed views allocate one per use).
    const auto n = static_cast<Eigen::Index>(batch_.size());
    net_.x0.resize(data_->x_train.rows(), n);  // a no-op while the batch size stays the same
    y_.resize(data_->y_train.rows(), n);
    for (Eigen::Index i = 0; i < n; ++i) {
      net_.x0.col(i) = data_->x_train.col(batch_[i]);  // x⁽⁰⁾, (inputs, batch)
      y_.col(i) = data_->y_train.col(batch_[i]);       // y,    (outputs, batch)
    }
  }
  flops_building_ = {};
}

bool Stepper::advance() {
  if (divergence_) return false;
  if (next_ == 0) start_step();
  const Phase p = next_phase();
  run(p);
  flops_.last_phase = flops_building_.last_phase;
  if (divergence_) return false;
  if (++next_ == phases_per_step(net_.depth())) {
    next_ = 0;
    ++step_;
    flops_.per_kind = flops_building_.per_kind;
    train_history_.add(step_, batch_loss_);
    offset_ += static_cast<long>(batch_.size());
    if (offset_ >= static_cast<long>(order_.size())) {
      offset_ = 0;
      ++epoch_;
      if (data_->x_test.cols() > 0) {
        const double test = evaluate(data_->x_test, data_->y_test);
        if (std::isfinite(test)) test_history_.add(step_, test);
      }
    }
  }
  return true;
}

bool Stepper::advance_step() {
  do {
    if (!advance()) return false;
  } while (next_ != 0);
  return true;
}

bool Stepper::advance_epoch() {
  const long start = epoch_;
  while (epoch_ == start)
    if (!advance()) return false;
  return true;
}

void Stepper::check(Quantity q, int layer) {
  const Layer& l = net_.layers[layer - 1];
  const bool finite = [&] {
    switch (q) {
      case Quantity::W: return all_finite(l.w);
      case Quantity::B: return all_finite(l.b);
      case Quantity::S: return all_finite(l.s);
      case Quantity::X: return all_finite(l.x);
      case Quantity::DlDx: return all_finite(l.dl_dx);
      case Quantity::DlDs: return all_finite(l.dl_ds);
      case Quantity::DlDw: return all_finite(l.dl_dw);
      case Quantity::DlDb: return all_finite(l.dl_db);
    }
    return true;
  }();
  if (!finite && !divergence_) divergence_ = Divergence{step_, next_phase(), layer, q};
}

void Stepper::run(Phase p) {
  const int L = net_.depth();
  const long batch = net_.x0.cols();
  long cost = 0;
  switch (p.kind) {
    case PhaseKind::Forward: {
      Layer& l = net_.layers[p.layer - 1];
      forward_layer(net_, p.layer - 1);  // s = w x⁽ˡ⁻¹⁾ + b,  x = σ(s)
      cost = static_cast<long>(l.units()) * l.inputs() * batch + 2L * l.units() * batch;
      check(Quantity::S, p.layer);
      // x = σ(s) is finite wherever s is (every σ maps finite to finite), so x needs no pass of its own.
      break;
    }
    case PhaseKind::Loss: {
      Layer& out = net_.layers.back();
      bpl::sample_losses(loss_, out.s, out.x, y_, losses_);  // ℓₙ
      batch_loss_ = losses_.mean();                      // ℓ = (1/N) Σₙ ℓₙ
      loss_gradient(loss_, out.x, y_, out.dl_dx);        // ∂ℓₙ/∂x⁽ᴸ⁾
      if (fused_output_gradient(loss_, out.act)) {
        out.dl_ds = out.x - y_;  // ∂ℓₙ/∂s⁽ᴸ⁾ = f − y, stable form
        // Cross-entropy after softmax: ∂ℓₙ/∂s = f Σᵢ yᵢ − y, which is f − y only when sample n's
        // targets sum to 1; keep it right for any targets.
        if (loss_ == Loss::SoftmaxCrossEntropy)
          out.dl_ds = (out.x.array().rowwise() * y_.colwise().sum().array()).matrix() - y_;
      }
      cost = 2L * out.units() * batch;
      if (!std::isfinite(batch_loss_) && !divergence_) divergence_ = Divergence{step_, p, L, Quantity::X};
      // With the fused form, ∂ℓ/∂x⁽ᴸ⁾ is only shown, never used: f = 0 or 1 exactly may make it 0/0.
      if (!fused_output_gradient(loss_, out.act)) check(Quantity::DlDx, L);
      break;
    }
    case PhaseKind::Backward: {
      Layer& l = net_.layers[p.layer - 1];
      const bool fused = p.layer == L && fused_output_gradient(loss_, l.act);
      backward_layer(net_, p.layer - 1, fused);
      const long product = static_cast<long>(l.units()) * l.inputs() * batch;
      cost = (p.layer > 1 ? 2 : 1) * product + 2L * l.units() * batch;
      check(Quantity::DlDs, p.layer);
      check(Quantity::DlDw, p.layer);
      check(Quantity::DlDb, p.layer);
      if (p.layer > 1) check(Quantity::DlDx, p.layer - 1);
      break;
    }
    case PhaseKind::Update:
      apply_update(net_, training_.optimizer, optimizer_);
      cost = net_.parameter_count();
      for (int l = 1; l <= L; ++l) {
        check(Quantity::W, l);
        check(Quantity::B, l);
      }
      break;
  }
  flops_building_.last_phase = cost;
  flops_building_.per_kind[static_cast<int>(p.kind)] += cost;
}

double Stepper::evaluate(const Matrix& x, const Matrix& y) const {
  if (x.cols() == 0) return 0.0;
  Matrix s, f;
  predict(net_, x, s, f);
  return bpl::sample_losses(loss_, s, f, y).mean();
}

}  // namespace bpl
