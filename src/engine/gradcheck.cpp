// Back-propagation against central finite differences (see gradcheck.hpp for the definitions).
#include "gradcheck.hpp"
#include <algorithm>
#include <cmath>
#include <limits>
#include "stepper.hpp"

namespace bpl {
namespace {

// The engine's own backward pass on one batch: a Stepper over exactly this batch, advanced
// through every phase of one step except Update. Returns its network with all quantities set.
Network backpropagated(const Network& net, const Matrix& x0, const Matrix& y, Loss loss) {
  Dataset data;
  data.x_train = x0;
  data.y_train = y;
  TrainingSpec training;
  training.batch_size = 0;  // the full batch, in order
  training.shuffle = false;
  Stepper stepper(net, std::move(data), loss, training, 0);
  const int phases = phases_per_step(net.depth()) - 1;  // all but Update
  for (int i = 0; i < phases; ++i) stepper.advance();    // on a NaN it stops; the NaNs then show as errors
  return stepper.network();
}

// The batch loss ℓ = (1/N) Σₙ ℓₙ at the network's current parameters, by forward passes only.
double batch_loss(const Network& net, const Matrix& x0, const Matrix& y, Loss loss) {
  Matrix s, f;
  predict(net, x0, s, f);
  return sample_losses(loss, s, f, y).mean();
}

// The step actually taken around p, and the two loss values: returns the central difference.
template <class Eval>
double central_difference(double& p, double step, Eval&& eval) {
  const double original = p;
  const double h = step * std::max(1.0, std::abs(original));
  const double plus = original + h, minus = original - h;
  p = plus;
  const double up = eval();
  p = minus;
  const double down = eval();
  p = original;
  return (up - down) / (plus - minus);
}

// ℓₙ of one sample as a function of the network output f (one column), with s⁽ᴸ⁾ where the loss uses it.
double loss_of_output(Loss loss, const Matrix& s, const Matrix& f, const Matrix& y) {
  switch (loss) {
    case Loss::Mse:
    case Loss::HalfMse: return sample_losses(loss, s, f, y)(0);
    case Loss::Bce: {  // the engine computes bce from s: use s = σ⁻¹(f) = log f − log(1 − f)
      const Matrix logit = f.unaryExpr([](double v) { return std::log(v) - std::log1p(-v); });
      return sample_losses(loss, logit, f, y)(0);
    }
    case Loss::SoftmaxCrossEntropy: {  // −Σᵢ yᵢ log fᵢ, f not constrained to sum to 1
      double l = 0;
      for (Eigen::Index i = 0; i < f.rows(); ++i)
        if (y(i, 0) != 0.0) l -= y(i, 0) * std::log(f(i, 0));
      return l;
    }
  }
  return 0;
}

// The network made of layers first … L−1 (0-based), fed by x⁽ᶠⁱʳˢᵗ⁾.
Network tail(const Network& net, int first) {
  Network t;
  t.inputs = first < net.depth() ? net.layers[first].inputs() : net.outputs();
  t.layers.assign(net.layers.begin() + first, net.layers.end());
  return t;
}

// ℓₙ of one sample when layer k (0-based) has output x_k (and pre-activation s_k).
double loss_from_layer(const Network& rest, int k, int depth, const Matrix& s_k, const Matrix& x_k,
                       const Matrix& y_n, Loss loss) {
  if (k == depth - 1) return sample_losses(loss, s_k, x_k, y_n)(0);
  Matrix s, f;
  predict(rest, x_k, s, f);
  return sample_losses(loss, s, f, y_n)(0);
}

}  // namespace

double relative_error(double analytic, double numeric, double floor) {
  const double diff = std::abs(analytic - numeric);
  if (diff == 0.0) return 0.0;
  if (!std::isfinite(diff)) return std::numeric_limits<double>::infinity();
  return diff / std::max(std::abs(analytic) + std::abs(numeric), floor);
}

double worst_relative_error(const Matrix& analytic, const Matrix& numeric, double floor) {
  double worst = 0;
  for (Eigen::Index j = 0; j < analytic.cols(); ++j)
    for (Eigen::Index i = 0; i < analytic.rows(); ++i)
      worst = std::max(worst, relative_error(analytic(i, j), numeric(i, j), floor));
  return worst;
}

double GradientCheck::worst() const {
  double w = 0;
  for (const auto& l : layers) w = std::max({w, l.w_error, l.b_error});
  return w;
}

int GradientCheck::near_kinks() const {
  int n = 0;
  for (const auto& l : layers) n += l.near_kinks;
  return n;
}

double SampleCheck::worst() const {
  double w = 0;
  for (const auto& l : layers) w = std::max({w, l.dl_ds_error, l.dl_dx_error});
  return w;
}

GradientCheck gradient_check(const Network& net, const Matrix& x0, const Matrix& y, Loss loss, double step,
                             double floor) {
  const Network analytic = backpropagated(net, x0, y, loss);
  GradientCheck out;
  Network work = net;
  out.loss = batch_loss(work, x0, y, loss);
  floor *= std::max(1.0, std::abs(out.loss));
  const auto eval = [&] { return batch_loss(work, x0, y, loss); };
  for (int k = 0; k < work.depth(); ++k) {
    Layer& layer = work.layers[k];
    LayerGradientCheck c;
    c.dl_dw_analytic = analytic.layers[k].dl_dw;
    c.dl_db_analytic = analytic.layers[k].dl_db;
    c.dl_dw_numeric.resize(layer.units(), layer.inputs());
    c.dl_db_numeric.resize(layer.units());
    for (Eigen::Index i = 0; i < layer.w.rows(); ++i) {
      for (Eigen::Index j = 0; j < layer.w.cols(); ++j) {
        c.dl_dw_numeric(i, j) = central_difference(layer.w(i, j), step, eval);
        const double e = relative_error(c.dl_dw_analytic(i, j), c.dl_dw_numeric(i, j), floor);
        if (e > c.w_error || (i == 0 && j == 0)) c.w_error = e, c.w_worst_row = i, c.w_worst_col = j;
      }
      c.dl_db_numeric(i) = central_difference(layer.b(i), step, eval);
      const double e = relative_error(c.dl_db_analytic(i), c.dl_db_numeric(i), floor);
      if (e > c.b_error || i == 0) c.b_error = e, c.b_worst = i;
    }
    if (layer.act == Activation::Relu || layer.act == Activation::LeakyRelu)
      c.near_kinks = static_cast<int>((analytic.layers[k].s.array().abs() < 1e-4).count());
    out.layers.push_back(std::move(c));
  }
  return out;
}

SampleCheck sample_gradient_check(const Network& net, const Matrix& x0, const Matrix& y, Loss loss, double step,
                                  double floor) {
  const Network analytic = backpropagated(net, x0, y, loss);
  const int L = net.depth();
  SampleCheck out;
  out.layers.resize(L);
  for (int k = 0; k < L; ++k) {
    LayerSampleCheck& c = out.layers[k];
    c.dl_ds_analytic = analytic.layers[k].dl_ds;
    c.dl_dx_analytic = analytic.layers[k].dl_dx;
    c.dl_ds_numeric.resize(net.layers[k].units(), x0.cols());
    c.dl_dx_numeric.resize(net.layers[k].units(), x0.cols());
  }
  RowVector losses(x0.cols());  // ℓₙ, which sets the floor of column n's errors
  std::vector<Network> rests;
  for (int k = 0; k < L; ++k) rests.push_back(tail(net, k + 1));
  for (Eigen::Index n = 0; n < x0.cols(); ++n) {
    const Matrix y_n = y.col(n);
    // Sample n alone, forward, keeping every layer's s and x.
    Network single = net;
    single.x0 = x0.col(n);
    for (int k = 0; k < L; ++k) forward_layer(single, k);
    losses(n) = sample_losses(loss, single.layers.back().s, single.output(), y_n)(0);
    for (int k = 0; k < L; ++k) {
      const Layer& layer = single.layers[k];
      LayerSampleCheck& c = out.layers[k];
      for (Eigen::Index i = 0; i < layer.units(); ++i) {
        // ∂ℓₙ/∂sᵢ: perturb s, x = σ(s) (softmax mixes the column), run the rest forward.
        Matrix s = layer.s, x;
        c.dl_ds_numeric(i, n) = central_difference(s(i, 0), step, [&] {
          activate(layer.act, s, x);
          return loss_from_layer(rests[k], k, L, s, x, y_n, loss);
        });
        // ∂ℓₙ/∂xᵢ: perturb x alone; at the output, ℓₙ as a function of f.
        Matrix xp = layer.x;
        c.dl_dx_numeric(i, n) = central_difference(xp(i, 0), step, [&] {
          if (k == L - 1) return loss_of_output(loss, layer.s, xp, y_n);
          return loss_from_layer(rests[k], k, L, layer.s, xp, y_n, loss);
        });
      }
    }
  }
  for (int k = 0; k < L; ++k) {
    LayerSampleCheck& c = out.layers[k];
    for (Eigen::Index n = 0; n < x0.cols(); ++n) {
      const double f = floor * std::max(1.0, std::abs(losses(n)));
      c.dl_ds_error = std::max(c.dl_ds_error, worst_relative_error(c.dl_ds_analytic.col(n), c.dl_ds_numeric.col(n), f));
      c.dl_dx_error = std::max(c.dl_dx_error, worst_relative_error(c.dl_dx_analytic.col(n), c.dl_dx_numeric.col(n), f));
    }
  }
  return out;
}

}  // namespace bpl
