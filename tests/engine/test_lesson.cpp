// Lesson files: every shipped lesson loads, malformed ones are refused with the field path and
// what was wrong, save → load is identical, and the same lesson gives the same numbers every run.
#include <gtest/gtest.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include "lesson.hpp"

namespace bpl {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSource = BACKPROP_SOURCE_DIR;

json valid_lesson() {
  return json::parse(R"({
    "format": "backprop-lab/lesson@1", "title": "t", "notes": "n", "seed": 7,
    "data": { "kind": "function", "function": "sin", "domain": [-3, 3], "count": 32,
              "noise": 0.1, "test_fraction": 0.25 },
    "network": { "inputs": 1,
                 "layers": [ {"units": 4, "activation": "tanh"}, {"units": 1, "activation": "linear"} ],
                 "init": "xavier" },
    "loss": "mse",
    "training": { "optimizer": "sgd", "learning_rate": 0.05, "batch_size": 8, "shuffle": true } })");
}

std::string error_of(const json& doc) {
  try {
    parse_lesson(doc.dump(), "bad.json");
  } catch (const LessonError& e) {
    return e.what();
  }
  return "(accepted)";
}

TEST(Lesson, EveryShippedLessonLoadsAndSteps) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator(kSource + "/assets/lessons")) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().string());
    const Lesson lesson = load_lesson(entry.path().string());
    EXPECT_FALSE(lesson.title.empty());
    Stepper stepper = make_stepper(lesson);
    EXPECT_TRUE(stepper.advance_step());
    EXPECT_TRUE(std::isfinite(stepper.batch_loss()));
    ++count;
  }
  EXPECT_GE(count, 3);
}

struct Malformed {
  const char* pointer;  // JSON pointer of the field to change
  json value;           // its new value (null with remove = true removes it)
  const char* expected; // the message must contain this
  bool remove = false;
};

TEST(Lesson, MalformedLessonsNameTheFieldAndWhatWasWrong) {
  const std::vector<Malformed> cases = {
      {"/network/layers/1/units", -3, "bad.json: network.layers[1].units: expected a positive integer, got -3"},
      {"/network/layers/0/units", 5000, "network.layers[0].units: at most 4096 allowed, got 5000"},
      {"/network/layers/0/units", "8", "network.layers[0].units: expected a positive integer, got \"8\""},
      {"/network/layers/0/activation", "swish", "network.layers[0].activation: unknown value \"swish\"; expected one of linear, sigmoid"},
      {"/network/layers/0/activation", "softmax", "network.layers[0].activation: softmax is allowed on the output layer only"},
      {"/network/inputs", 2, "network.inputs: the data has 1 input(s), got 2"},
      {"/network/layers/1/units", 3, "network.layers[1].units: the data has 1 target(s) per sample, got 3"},
      {"/network/layers", json::array(), "network.layers: expected at least one layer"},
      {"/network/init", "orthogonal", "network.init: unknown value \"orthogonal\"; expected one of uniform, xavier, he, zeros"},
      {"/network/parameters", json::array({json::object()}), "network.parameters: expected 2 entries (one per layer), got 1"},
      {"/format", "backprop-lab/lesson@9", "format: expected \"backprop-lab/lesson@1\", got \"backprop-lab/lesson@9\""},
      {"/format", nullptr, "format: is missing", true},
      {"/data/kind", "images", "data.kind: unknown value \"images\"; expected one of function, classification, points"},
      {"/data/function", "tan", "data.function: unknown value \"tan\"; expected one of sin, step, abs, sawtooth, gaussian_bump, cubic"},
      {"/data/domain", json::array({3, -3}), "data.domain: expected low < high"},
      {"/data/count", 0, "data.count: expected an integer of at least 2, got 0"},
      {"/data/count", 2000000, "data.count: at most 1000000 allowed, got 2000000"},
      {"/data/noise", -1, "data.noise: expected a number ≥ 0, got -1"},
      {"/data/test_fraction", 1.5, "data.test_fraction: expected a number in [0, 1), got 1.5"},
      {"/loss", "hinge", "loss: unknown value \"hinge\"; expected one of mse, half_mse, bce, softmax_cross_entropy"},
      {"/loss", "bce", "loss: bce needs a sigmoid output layer, got linear"},
      {"/training/optimizer", "rmsprop", "training.optimizer: unknown value \"rmsprop\"; expected one of sgd, momentum, adam"},
      {"/training/learning_rate", -0.1, "training.learning_rate: expected a positive number, got -0.1"},
      {"/training/momentum", 1.0, "training.momentum: expected a number in [0, 1), got 1"},
      {"/training/beta2", -0.5, "training.beta2: expected a number in [0, 1), got -0.5"},
      {"/training/epsilon", 0, "training.epsilon: expected a positive number, got 0"},
      {"/training/batch_size", 0, "training.batch_size: expected a positive integer or \"full\", got 0"},
      {"/training/batch_size", "half", "training.batch_size: expected a positive integer or \"full\", got \"half\""},
      {"/training/shuffle", "yes", "training.shuffle: expected true or false, got \"yes\""},
      {"/training", nullptr, "bad.json: training: is missing", true},
  };
  for (const auto& c : cases) {
    json doc = valid_lesson();
    const json::json_pointer at(c.pointer);
    if (c.remove)
      doc.at(at.parent_pointer()).erase(at.back());
    else
      doc[at] = c.value;
    const std::string message = error_of(doc);
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.pointer << "\n  got:      " << message
                                                           << "\n  expected: " << c.expected;
  }
}

TEST(Lesson, NotJsonAndMissingFileAreClearErrors) {
  try {
    parse_lesson("{ \"format\": ", "broken.json");
    FAIL() << "accepted broken JSON";
  } catch (const LessonError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.json: not valid JSON"), std::string::npos) << e.what();
  }
  EXPECT_THROW(load_lesson(kSource + "/no/such/lesson.json"), LessonError);
}

TEST(Lesson, ExplicitParametersOfTheWrongShapeAreRefused) {
  json doc = valid_lesson();
  doc["network"]["parameters"] = json::parse(R"([ {"w": [[1],[2],[3]], "b": [0,0,0]}, {"w": [[1,2,3,4]], "b": [0]} ])");
  EXPECT_NE(error_of(doc).find("network.parameters[0].w: expected 4 rows (units of layer 1), got 3"), std::string::npos)
      << error_of(doc);
  doc["network"]["parameters"] = json::parse(R"([ {"w": [[1],[2],[3],[4]], "b": [0,0,0,0]}, {"w": [[1,2,3]], "b": [0]} ])");
  EXPECT_NE(error_of(doc).find("network.parameters[1].w[0]: expected 4 numbers, got 3"), std::string::npos) << error_of(doc);
}

TEST(Lesson, SaveThenLoadIsIdentical) {
  for (const char* file : {"fit-sin.json", "xor.json"}) {
    Lesson lesson = load_lesson(kSource + "/assets/lessons/" + file);
    lesson.parameters = parameters_of(lesson_network(lesson));  // include explicit parameters too
    const fs::path path = fs::temp_directory_path() / ("bpl-roundtrip-" + std::string(file));
    save_lesson(lesson, path.string());
    EXPECT_FALSE(fs::exists(path.string() + ".saving"));
    const Lesson again = load_lesson(path.string());
    EXPECT_EQ(lesson_to_json(again), lesson_to_json(lesson));
    ASSERT_EQ(again.parameters.size(), lesson.parameters.size());
    for (std::size_t i = 0; i < lesson.parameters.size(); ++i) {
      EXPECT_EQ(again.parameters[i].w, lesson.parameters[i].w);  // bit for bit
      EXPECT_EQ(again.parameters[i].b, lesson.parameters[i].b);
    }
    fs::remove(path);
  }
}

TEST(Lesson, SaveIntoAMissingDirectoryFailsAndLeavesNothing) {
  const Lesson lesson = load_lesson(kSource + "/assets/lessons/fit-sin.json");
  const fs::path dir = fs::temp_directory_path() / "bpl-no-such-dir";
  EXPECT_THROW(save_lesson(lesson, (dir / "x.json").string()), LessonError);
  EXPECT_FALSE(fs::exists(dir));
}

TEST(Lesson, SaveKeepsTheOldFileWhenTheNewOneCannotBeWritten) {
  const Lesson lesson = load_lesson(kSource + "/assets/lessons/fit-sin.json");
  const fs::path path = fs::temp_directory_path() / "bpl-keep.json";
  save_lesson(lesson, path.string());
  const std::string before = lesson_to_json(load_lesson(path.string()));
  fs::create_directory(path.string() + ".saving");  // the temporary file cannot be created
  EXPECT_THROW(save_lesson(lesson, path.string()), LessonError);
  EXPECT_EQ(lesson_to_json(load_lesson(path.string())), before);
  fs::remove(path.string() + ".saving");
  fs::remove(path);
}

TEST(Lesson, SameLessonSameNumbersBitForBit) {
  const Lesson lesson = load_lesson(kSource + "/assets/lessons/fit-sin.json");
  Stepper a = make_stepper(lesson), b = make_stepper(lesson);
  for (int i = 0; i < 25; ++i) {
    a.advance_step();
    b.advance_step();
    ASSERT_EQ(a.batch_loss(), b.batch_loss()) << "step " << i;
    ASSERT_EQ(a.batch(), b.batch());
  }
  for (int l = 0; l < a.network().depth(); ++l) {
    EXPECT_EQ(a.network().layers[l].w, b.network().layers[l].w);
    EXPECT_EQ(a.network().layers[l].dl_ds, b.network().layers[l].dl_ds);
  }
}

TEST(Lesson, PointsDataTakesOneRowPerSample) {
  json doc = valid_lesson();
  doc["data"] = json::parse(R"({"kind": "points", "inputs": [[0,1],[1,0],[2,2]], "targets": [[1],[0],[4]],
                                "test_inputs": [[3,3]], "test_targets": [[6]]})");
  doc["network"]["inputs"] = 2;
  const Lesson lesson = parse_lesson(doc.dump(), "points.json");
  const Dataset d = lesson_dataset(lesson);
  ASSERT_EQ(d.x_train.rows(), 2);
  ASSERT_EQ(d.x_train.cols(), 3);
  EXPECT_EQ(d.x_train(0, 2), 2);
  EXPECT_EQ(d.y_train(0, 2), 4);
  EXPECT_EQ(d.x_test.cols(), 1);
  EXPECT_EQ(d.y_test(0, 0), 6);
}

}  // namespace
}  // namespace bpl
