// Lesson files (JSON, format "backprop-lab/lesson@1"): data, network, loss and training of one
// lesson. The app and the CLI read the same files.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>
#include "data.hpp"
#include "init.hpp"
#include "loss.hpp"
#include "network.hpp"
#include "stepper.hpp"

namespace bpl {

inline constexpr const char* lesson_format = "backprop-lab/lesson@1";

struct Parameters {
  Matrix w;  // (units, inputs)
  Vector b;  // (units)
};

struct Lesson {
  std::string title, notes;
  std::uint64_t seed = 1;
  DataSpec data;
  int inputs = 1;
  std::vector<LayerSpec> layers;
  InitSpec init;
  std::vector<Parameters> parameters;  // empty, or one per layer: overrides init
  Loss loss = Loss::Mse;
  TrainingSpec training;
};

// A bad lesson: what() reads "FILE: field.path: what was wrong".
class LessonError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses JSON text; `source` names the file in error messages.
Lesson parse_lesson(const std::string& text, const std::string& source);
Lesson load_lesson(const std::string& path);
std::string lesson_to_json(const Lesson& lesson);  // pretty-printed, parameters included when set
// Writes a temporary file beside `path` and renames it over, so a crash never leaves half a file.
void save_lesson(const Lesson& lesson, const std::string& path);

// The lesson's data set, network (initialised or with its explicit parameters) and stepper.
Dataset lesson_dataset(const Lesson& lesson);
Network lesson_network(const Lesson& lesson);
Stepper make_stepper(const Lesson& lesson);

// The current parameters of a network, in the lesson's "parameters" shape.
std::vector<Parameters> parameters_of(const Network& net);

}  // namespace bpl
