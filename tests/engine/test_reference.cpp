// The engine against PyTorch (float64): every fixture tests/fixtures/ref_*.json, written by
// tests/reference/make_fixtures.py, gives a network, a batch, its targets and loss, every
// quantity of one step (s, x, ∂ℓ/∂x, ∂ℓ/∂s per sample, ∂ℓ/∂w, ∂ℓ/∂b of the mean loss, the batch
// loss and each ℓₙ), and the parameters after `steps` optimiser steps on the same batch.
//
// Difference of a quantity (a matrix or vector, or one number):
//
//   diff(engine, expected) = max over entries |engine − expected| / max(‖expected‖_max, 1)
//
// i.e. relative to the largest entry of the expected matrix, and absolute when that is below 1.
// It must be ≤ 1e-9 for every quantity. On failure every quantity's difference is printed.
#include <gtest/gtest.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>
#include "stepper.hpp"

namespace bpl {
namespace {

using nlohmann::json;

constexpr double kTolerance = 1e-9;

std::string fixture_dir() { return std::string(BACKPROP_SOURCE_DIR) + "/tests/fixtures"; }

std::vector<std::string> fixture_names() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(fixture_dir())) {
    const std::string file = entry.path().filename().string();
    if (file.rfind("ref_", 0) == 0 && entry.path().extension() == ".json") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

json read_json(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

Matrix matrix(const json& rows) {  // an array of rows
  Matrix m(static_cast<Eigen::Index>(rows.size()), rows.empty() ? 0 : static_cast<Eigen::Index>(rows[0].size()));
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    EXPECT_EQ(rows[i].size(), static_cast<std::size_t>(m.cols()));
    for (Eigen::Index j = 0; j < m.cols(); ++j) m(i, j) = rows[i][j].get<double>();
  }
  return m;
}

Vector vector(const json& values) {
  Vector v(static_cast<Eigen::Index>(values.size()));
  for (Eigen::Index i = 0; i < v.size(); ++i) v(i) = values[i].get<double>();
  return v;
}

// The differences of every named quantity of one fixture.
class Comparison {
 public:
  void add(const std::string& quantity, const Matrix& engine, const Matrix& expected) {
    if (engine.rows() != expected.rows() || engine.cols() != expected.cols()) {
      shapes_ += quantity + ": engine " + std::to_string(engine.rows()) + "x" + std::to_string(engine.cols()) +
                 ", expected " + std::to_string(expected.rows()) + "x" + std::to_string(expected.cols()) + "\n";
      diffs_[quantity] = 1e300;
      return;
    }
    const double scale = std::max(expected.cwiseAbs().maxCoeff(), 1.0);
    const double diff = expected.size() == 0 ? 0.0 : (engine - expected).cwiseAbs().maxCoeff() / scale;
    diffs_[quantity] = std::isnan(diff) ? 1e300 : diff;
  }
  void add(const std::string& quantity, double engine, double expected) {
    add(quantity, Matrix::Constant(1, 1, engine), Matrix::Constant(1, 1, expected));
  }
  double worst() const {
    double w = 0;
    for (const auto& [q, d] : diffs_) w = std::max(w, d);
    return w;
  }
  std::size_t count() const { return diffs_.size(); }
  std::string table() const {
    std::string out = shapes_;
    for (const auto& [q, d] : diffs_) {
      char line[160];
      std::snprintf(line, sizeof line, "  %-28s %.3e%s\n", q.c_str(), d, d > kTolerance ? "   <-- over 1e-9" : "");
      out += line;
    }
    return out;
  }

 private:
  std::map<std::string, double> diffs_;
  std::string shapes_;
};

class Reference : public ::testing::TestWithParam<std::string> {};

TEST_P(Reference, EngineMatchesPyTorch) {
  const json fx = read_json(fixture_dir() + "/" + GetParam() + ".json");
  const json& expected = fx["expected"];

  // The network with the fixture's starting parameters.
  std::vector<LayerSpec> specs;
  for (const auto& l : fx["layers"]) {
    const auto act = parse_activation(l["activation"].get<std::string>());
    ASSERT_TRUE(act.has_value()) << l["activation"];
    specs.push_back({l["units"].get<int>(), *act});
  }
  Network net = make_network(fx["inputs"].get<int>(), specs);
  const int L = net.depth();
  ASSERT_EQ(fx["parameters"].size(), static_cast<std::size_t>(L));
  for (int k = 0; k < L; ++k) {
    net.layers[k].w = matrix(fx["parameters"][k]["w"]);
    net.layers[k].b = vector(fx["parameters"][k]["b"]);
  }
  const auto loss = parse_loss(fx["loss"].get<std::string>());
  ASSERT_TRUE(loss.has_value()) << fx["loss"];

  Dataset data;
  data.x_train = matrix(fx["x0"]);
  data.y_train = matrix(fx["y"]);
  const json& o = fx["optimizer"];
  TrainingSpec training;
  const auto kind = parse_optimizer(o["kind"].get<std::string>());
  ASSERT_TRUE(kind.has_value()) << o["kind"];
  training.optimizer.kind = *kind;
  training.optimizer.learning_rate = o["learning_rate"].get<double>();
  training.optimizer.momentum = o["momentum"].get<double>();
  training.optimizer.beta1 = o["beta1"].get<double>();
  training.optimizer.beta2 = o["beta2"].get<double>();
  training.optimizer.epsilon = o["epsilon"].get<double>();
  training.batch_size = 0;  // the whole batch, every step
  Stepper st(std::move(net), std::move(data), *loss, training, 1);

  // One step, stopped before its update: every quantity of every layer.
  Comparison c;
  for (int i = 0; i < phases_per_step(L) - 1; ++i) ASSERT_TRUE(st.advance()) << "diverged at phase " << i;
  c.add("batch_loss", st.batch_loss(), expected["batch_loss"].get<double>());
  c.add("sample_losses", st.sample_losses(), matrix(json::array({expected["sample_losses"]})));
  for (int k = 0; k < L; ++k) {
    const Layer& l = st.network().layers[k];
    const json& e = expected["layers"][k];
    const std::string p = "layer " + std::to_string(k + 1) + " ";
    c.add(p + "s", l.s, matrix(e["s"]));
    c.add(p + "x", l.x, matrix(e["x"]));
    c.add(p + "dl_dx", l.dl_dx, matrix(e["dl_dx"]));
    c.add(p + "dl_ds", l.dl_ds, matrix(e["dl_ds"]));
    c.add(p + "dl_dw", l.dl_dw, matrix(e["dl_dw"]));
    c.add(p + "dl_db", l.dl_db, vector(e["dl_db"]));
  }

  // `steps` whole steps of the optimiser on the same batch.
  ASSERT_TRUE(st.advance());  // the first step's update
  const int steps = fx["steps"].get<int>();
  const json& losses = expected["losses_per_step"];
  ASSERT_EQ(losses.size(), static_cast<std::size_t>(steps));
  c.add("loss before step 1", st.batch_loss(), losses[0].get<double>());  // Update leaves it alone
  for (int s = 1; s < steps; ++s) {
    ASSERT_TRUE(st.advance_step());
    c.add("loss before step " + std::to_string(s + 1), st.batch_loss(), losses[s].get<double>());
  }
  EXPECT_EQ(st.step(), steps);
  for (int k = 0; k < L; ++k) {
    const Layer& l = st.network().layers[k];
    const json& e = expected["parameters_after"][k];
    const std::string p = "layer " + std::to_string(k + 1) + " ";
    c.add(p + "w after " + std::to_string(steps) + " steps", l.w, matrix(e["w"]));
    c.add(p + "b after " + std::to_string(steps) + " steps", l.b, vector(e["b"]));
  }

  EXPECT_EQ(c.count(), 2 + 6 * static_cast<std::size_t>(L) + static_cast<std::size_t>(steps) + 2 * L);
  EXPECT_LE(c.worst(), kTolerance) << GetParam() << " (" << o["kind"].get<std::string>()
                                   << "): difference per quantity (max |engine − torch| / max(‖torch‖, 1)):\n"
                                   << c.table();
  std::printf("[ reference ] %-52s worst difference %.2e over %zu quantities\n", GetParam().c_str(), c.worst(),
              c.count());
}

std::string fixture_test_name(const ::testing::TestParamInfo<std::string>& info) {
  return info.param.substr(4);  // without "ref_"
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Reference, ::testing::ValuesIn(fixture_names()), fixture_test_name);

// The fixtures are there and cover what they should: a missing directory must not pass quietly.
TEST(ReferenceFixtures, CoverEveryActivationLossAndOptimiser) {
  const auto names = fixture_names();
  ASSERT_GE(names.size(), 8u);
  std::map<std::string, int> seen;
  bool batch1 = false, batch_many = false, three_layers = false;
  for (const auto& n : names) {
    const json fx = read_json(fixture_dir() + "/" + n + ".json");
    for (const auto& l : fx["layers"]) ++seen["activation " + l["activation"].get<std::string>()];
    ++seen["loss " + fx["loss"].get<std::string>()];
    ++seen["optimizer " + fx["optimizer"]["kind"].get<std::string>()];
    const auto batch = fx["x0"][0].size();
    batch1 |= batch == 1;
    batch_many |= batch > 1;
    three_layers |= fx["layers"].size() >= 3;
  }
  for (const char* a : {"linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax"})
    EXPECT_GT(seen[std::string("activation ") + a], 0) << a;
  for (const char* l : {"mse", "half_mse", "bce", "softmax_cross_entropy"}) EXPECT_GT(seen[std::string("loss ") + l], 0) << l;
  for (const char* o : {"sgd", "momentum", "adam"}) EXPECT_GT(seen[std::string("optimizer ") + o], 0) << o;
  EXPECT_TRUE(batch1);
  EXPECT_TRUE(batch_many);
  EXPECT_TRUE(three_layers);
}

}  // namespace
}  // namespace bpl
