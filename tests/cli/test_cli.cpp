// backprop-lab-cli from the outside: exit statuses, messages and the JSON it prints.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace {
using nlohmann::json;
const std::string kSource = BACKPROP_SOURCE_DIR;
const std::string kLessons = kSource + "/assets/lessons/";

struct Outcome {
  int status = -1;
  std::string out;  // stdout and stderr together
};

Outcome run(const std::string& args) {
  Outcome r;
  FILE* pipe = popen((std::string(BACKPROP_CLI) + " " + args + " 2>&1").c_str(), "r");
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int raw = pclose(pipe);
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return r;
}

double at(const json& m, std::size_t i, std::size_t n) { return m[i][n].get<double>(); }

TEST(Cli, InspectJsonHoldsEveryQuantityInTheNotesLayout) {
  const Outcome r = run("inspect " + kLessons + "fit-sin.json --json");
  ASSERT_EQ(r.status, 0) << r.out;
  const json out = json::parse(r.out);
  ASSERT_EQ(out["layers"].size(), 2u);
  const json &l1 = out["layers"][0], &l2 = out["layers"][1];
  ASSERT_EQ(l1["w"].size(), 8u);     // (units, inputs) = (8, 1)
  ASSERT_EQ(l1["s"].size(), 8u);     // (units, batch)
  ASSERT_EQ(l1["s"][0].size(), 16u); // batch of 16
  ASSERT_EQ(l2["dl_dx"].size(), 1u);
  // Recompute from the printed numbers, independently of the engine:
  double loss = 0;
  for (std::size_t n = 0; n < 16; ++n) {
    // s⁽²⁾ = w⁽²⁾ x⁽¹⁾ + b⁽²⁾
    double s2 = l2["b"][0].get<double>();
    for (std::size_t k = 0; k < 8; ++k) s2 += at(l2["w"], 0, k) * at(l1["x"], k, n);
    EXPECT_NEAR(at(l2["s"], 0, n), s2, 1e-12);
    // x⁽¹⁾ = tanh(s⁽¹⁾), ∂ℓ/∂s⁽¹⁾ = ∂ℓ/∂x⁽¹⁾ ⊙ (1 − tanh²)
    for (std::size_t k = 0; k < 8; ++k) {
      EXPECT_NEAR(at(l1["x"], k, n), std::tanh(at(l1["s"], k, n)), 1e-14);
      EXPECT_NEAR(at(l1["dl_ds"], k, n), at(l1["dl_dx"], k, n) * (1 - std::pow(std::tanh(at(l1["s"], k, n)), 2)), 1e-13);
    }
    // mse: ∂ℓₙ/∂f = 2 (f − y), so y = f − ∂ℓₙ/∂f / 2 and ℓₙ = (f − y)²
    const double diff = at(l2["dl_dx"], 0, n) / 2;
    loss += diff * diff;
  }
  EXPECT_NEAR(out["loss"].get<double>(), loss / 16, 1e-12);
  // ∂ℓ/∂b⁽²⁾ = mean over n of ∂ℓₙ/∂s⁽²⁾
  double mean = 0;
  for (std::size_t n = 0; n < 16; ++n) mean += at(l2["dl_ds"], 0, n) / 16;
  EXPECT_NEAR(l2["dl_db"][0].get<double>(), mean, 1e-14);
}

TEST(Cli, InspectTablesUseTheNotation) {
  const Outcome r = run("inspect " + kLessons + "xor.json");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* label : {"x⁽⁰⁾", "w⁽¹⁾", "s⁽²⁾", "∂ℓ/∂s⁽¹⁾", "∂ℓ/∂w⁽²⁾", "loss ℓ ="})
    EXPECT_NE(r.out.find(label), std::string::npos) << label;
}

TEST(Cli, BadLessonExitsWithStatus2AndNamesTheField) {
  const auto path = std::filesystem::temp_directory_path() / "bpl-cli-bad.json";
  std::ifstream in(kLessons + "fit-sin.json");
  json doc = json::parse(in);
  doc["network"]["layers"][1]["units"] = -3;
  std::ofstream(path) << doc.dump();
  for (const char* command : {"inspect", "gradcheck"}) {
    const Outcome r = run(std::string(command) + " " + path.string());
    EXPECT_EQ(r.status, 2) << r.out;
    EXPECT_NE(r.out.find(path.string() + ": network.layers[1].units: expected a positive integer, got -3"),
              std::string::npos) << r.out;
  }
  const Outcome missing = run("train /no/such/file.json --steps 3");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.out.find("cannot open"), std::string::npos) << missing.out;
  std::filesystem::remove(path);
}

TEST(Cli, TrainIsDeterministicAndLowersTheLoss) {
  const Outcome a = run("train " + kLessons + "fit-sin.json --steps 300 --json");
  const Outcome b = run("train " + kLessons + "fit-sin.json --steps 300 --json");
  ASSERT_EQ(a.status, 0) << a.out;
  EXPECT_EQ(a.out, b.out);  // bit for bit
  const json out = json::parse(a.out);
  ASSERT_EQ(out["losses"].size(), 300u);
  EXPECT_LT(out["train_loss"].get<double>(), out["losses"][0].get<double>() / 10);
  EXPECT_TRUE(out["test_loss"].is_number());
  ASSERT_EQ(out["parameters"].size(), 2u);
  EXPECT_EQ(out["parameters"][0]["w"].size(), 8u);
}

TEST(Cli, TrainReportsDivergence) {
  const auto path = std::filesystem::temp_directory_path() / "bpl-cli-diverge.json";
  std::ifstream in(kLessons + "fit-sin.json");
  json doc = json::parse(in);
  doc["training"]["optimizer"] = "sgd";
  doc["training"]["learning_rate"] = 1e200;
  std::ofstream(path) << doc.dump();
  const Outcome r = run("train " + path.string() + " --steps 50");
  EXPECT_EQ(r.status, 3) << r.out;
  EXPECT_NE(r.out.find("diverged: step"), std::string::npos) << r.out;
  std::filesystem::remove(path);
}

TEST(Cli, GradcheckPassesOnEveryLessonAndFailsBelowItsPrecision) {
  for (const auto& entry : std::filesystem::directory_iterator(kLessons)) {
    const Outcome r = run("gradcheck " + entry.path().string());
    EXPECT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("ok: worst"), std::string::npos) << r.out;
  }
  const Outcome strict = run("gradcheck " + kLessons + "fit-sin.json --tolerance 1e-30");
  EXPECT_EQ(strict.status, 1) << strict.out;
  EXPECT_NE(strict.out.find("FAILED"), std::string::npos);
}

TEST(Cli, BenchPrintsStepsPerSecond) {
  const Outcome r = run("bench " + kLessons + "fit-sin.json --steps 200");
  ASSERT_EQ(r.status, 0) << r.out;
  const json out = json::parse(r.out);
  EXPECT_GT(out["steps_per_second"].get<double>(), 0);
  EXPECT_EQ(out["steps"].get<long>(), 200);
  EXPECT_GT(out["multiply_adds_per_step"]["backward"].get<long>(), out["multiply_adds_per_step"]["forward"].get<long>());
}

}  // namespace
