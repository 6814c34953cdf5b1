// Reading and checking lesson files. Every error names the file, the field path and what was
// wrong: "lesson.json: network.layers[1].units: expected a positive integer, got -3".
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include "lesson.hpp"
#include "limits.hpp"

namespace bpl {
namespace {
using nlohmann::json;

// A JSON value with the path that leads to it.
struct Field {
  const json& value;
  std::string path;
  const std::string& source;

  [[noreturn]] void fail(const std::string& what) const {
    throw LessonError(source + ": " + (path.empty() ? "" : path + ": ") + what);
  }
  std::string shown() const {
    std::string text = value.dump();
    return text.size() > 40 ? text.substr(0, 37) + "..." : text;
  }
  bool has(const char* key) const { return value.is_object() && value.contains(key); }
  Field operator[](const char* key) const {
    if (!value.is_object()) fail("expected an object, got " + shown());
    if (!value.contains(key)) Field{value, path.empty() ? key : path + "." + key, source}.fail("is missing");
    return {value.at(key), path.empty() ? key : path + "." + key, source};
  }
  Field at(std::size_t i) const { return {value.at(i), path + "[" + std::to_string(i) + "]", source}; }
  std::size_t array_size() const {
    if (!value.is_array()) fail("expected an array, got " + shown());
    return value.size();
  }
  std::string string() const {
    if (!value.is_string()) fail("expected a string, got " + shown());
    return value.get<std::string>();
  }
  double number() const {
    if (!value.is_number()) fail("expected a number, got " + shown());
    return value.get<double>();
  }
  long integer(long lo, long hi, const char* what = "an integer") const {
    if (!value.is_number_integer()) fail(std::string("expected ") + what + ", got " + shown());
    const long v = value.get<long>();
    if (v < lo) fail(std::string("expected ") + what + ", got " + shown());
    if (v > hi) fail("at most " + std::to_string(hi) + " allowed, got " + shown());
    return v;
  }
  bool boolean() const {
    if (!value.is_boolean()) fail("expected true or false, got " + shown());
    return value.get<bool>();
  }
  template <class E>
  E choice(std::optional<E> (*parse)(std::string_view), const std::string& names) const {
    const auto v = parse(string());
    if (!v) fail("unknown value " + shown() + "; expected one of " + names);
    return *v;
  }
  // A (rows, cols) matrix given as an array of rows; cols is checked when known (> 0).
  Matrix rows(long cols = -1) const {
    const std::size_t n = array_size();
    Matrix m;
    for (std::size_t i = 0; i < n; ++i) {
      Field row = at(i);
      const std::size_t k = row.array_size();
      if (i == 0) m.resize(static_cast<Eigen::Index>(n), cols > 0 ? cols : static_cast<Eigen::Index>(k));
      if (static_cast<Eigen::Index>(k) != m.cols())
        row.fail("expected " + std::to_string(m.cols()) + " numbers, got " + std::to_string(k));
      for (std::size_t j = 0; j < k; ++j) m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = row.at(j).number();
    }
    return m;
  }
  Vector vector(long size) const {
    const std::size_t n = array_size();
    if (static_cast<long>(n) != size) fail("expected " + std::to_string(size) + " numbers, got " + std::to_string(n));
    Vector v(size);
    for (std::size_t i = 0; i < n; ++i) v(static_cast<Eigen::Index>(i)) = at(i).number();
    return v;
  }
};

void check_samples(const Field& f, const Matrix& m) {
  if (m.rows() == 0) f.fail("expected at least one sample");
  if (m.rows() > limits::max_samples) f.fail("at most " + std::to_string(limits::max_samples) + " samples allowed");
}

DataSpec parse_data(const Field& d) {
  DataSpec spec;
  spec.kind = d["kind"].choice(parse_data_kind, "function, classification, points");
  if (spec.kind == DataKind::Points) {
    const Field in = d["inputs"], out = d["targets"];
    spec.inputs = in.rows();
    check_samples(in, spec.inputs);
    spec.targets = out.rows();
    if (spec.targets.rows() != spec.inputs.rows())
      out.fail("expected " + std::to_string(spec.inputs.rows()) + " rows (one per input), got " +
               std::to_string(spec.targets.rows()));
    if (d.has("test_inputs") != d.has("test_targets"))
      d.fail("test_inputs and test_targets must be given together");
    if (d.has("test_inputs")) {
      spec.test_inputs = d["test_inputs"].rows(spec.inputs.cols());
      spec.test_targets = d["test_targets"].rows(spec.targets.cols());
      if (spec.test_targets.rows() != spec.test_inputs.rows())
        d["test_targets"].fail("expected " + std::to_string(spec.test_inputs.rows()) + " rows, got " +
                               std::to_string(spec.test_targets.rows()));
    }
    // The file holds one row per sample; the engine holds one column per sample.
    spec.inputs.transposeInPlace();
    spec.targets.transposeInPlace();
    spec.test_inputs.transposeInPlace();
    spec.test_targets.transposeInPlace();
    return spec;
  }
  if (spec.kind == DataKind::Function) {
    spec.function = d["function"].choice(parse_function, function_names());
    const Field domain = d["domain"];
    if (domain.array_size() != 2) domain.fail("expected [low, high]");
    spec.lo = domain.at(0).number();
    spec.hi = domain.at(1).number();
    if (!(spec.lo < spec.hi)) domain.fail("expected low < high");
  } else {
    spec.pattern = d["pattern"].choice(parse_pattern, pattern_names());
  }
  spec.count = static_cast<int>(d["count"].integer(2, limits::max_samples, "an integer of at least 2"));
  if (d.has("noise")) {
    spec.noise = d["noise"].number();
    if (spec.noise < 0) d["noise"].fail("expected a number ≥ 0, got " + d["noise"].shown());
  }
  if (d.has("test_fraction")) {
    spec.test_fraction = d["test_fraction"].number();
    if (spec.test_fraction < 0 || spec.test_fraction >= 1)
      d["test_fraction"].fail("expected a number in [0, 1), got " + d["test_fraction"].shown());
  }
  return spec;
}

void parse_network(const Field& n, Lesson& lesson) {
  lesson.inputs = static_cast<int>(n["inputs"].integer(1, limits::max_units, "a positive integer"));
  const Field layers = n["layers"];
  const std::size_t count = layers.array_size();
  if (count == 0) layers.fail("expected at least one layer");
  if (count > static_cast<std::size_t>(limits::max_layers))
    layers.fail("at most " + std::to_string(limits::max_layers) + " layers allowed, got " + std::to_string(count));
  for (std::size_t i = 0; i < count; ++i) {
    const Field layer = layers.at(i);
    LayerSpec spec;
    spec.units = static_cast<int>(layer["units"].integer(1, limits::max_units, "a positive integer"));
    spec.act = layer["activation"].choice(parse_activation, activation_names());
    if (spec.act == Activation::Softmax && i + 1 != count)
      layer["activation"].fail("softmax is allowed on the output layer only");
    lesson.layers.push_back(spec);
  }
  if (n.has("init")) {
    const Field init = n["init"];
    if (init.value.is_object()) {
      lesson.init.kind = init["kind"].choice(parse_init, init_names());
      if (init.has("scale")) lesson.init.scale = init["scale"].number();
    } else {
      lesson.init.kind = init.choice(parse_init, init_names());
    }
  }
  if (n.has("init_scale")) lesson.init.scale = n["init_scale"].number();
  if (n.has("parameters")) {
    const Field params = n["parameters"];
    if (params.array_size() != count)
      params.fail("expected " + std::to_string(count) + " entries (one per layer), got " +
                  std::to_string(params.array_size()));
    int fan_in = lesson.inputs;
    for (std::size_t i = 0; i < count; ++i) {
      const Field p = params.at(i);
      const int units = lesson.layers[i].units;
      Parameters out;
      const Field w = p["w"];
      out.w = w.rows(fan_in);
      if (out.w.rows() != units)
        w.fail("expected " + std::to_string(units) + " rows (units of layer " + std::to_string(i + 1) + "), got " +
               std::to_string(out.w.rows()));
      out.b = p["b"].vector(units);
      lesson.parameters.push_back(std::move(out));
      fan_in = units;
    }
  }
}

void parse_training(const Field& t, Lesson& lesson) {
  TrainingSpec& spec = lesson.training;
  spec.optimizer.kind = t["optimizer"].choice(parse_optimizer, optimizer_names());
  const Field lr = t["learning_rate"];
  spec.optimizer.learning_rate = lr.number();
  if (!(spec.optimizer.learning_rate > 0)) lr.fail("expected a positive number, got " + lr.shown());
  const auto decay = [&t](const char* key, double& value) {  // μ, β₁, β₂: a fraction kept per step
    if (!t.has(key)) return;
    const Field f = t[key];
    value = f.number();
    if (!(value >= 0 && value < 1)) f.fail("expected a number in [0, 1), got " + f.shown());
  };
  decay("momentum", spec.optimizer.momentum);
  decay("beta1", spec.optimizer.beta1);
  decay("beta2", spec.optimizer.beta2);
  if (t.has("epsilon")) {
    const Field eps = t["epsilon"];
    spec.optimizer.epsilon = eps.number();
    if (!(spec.optimizer.epsilon > 0)) eps.fail("expected a positive number, got " + eps.shown());
  }
  const Field batch = t["batch_size"];
  if (batch.value.is_string()) {
    if (batch.string() != "full") batch.fail("expected a positive integer or \"full\", got " + batch.shown());
    spec.batch_size = 0;
  } else {
    spec.batch_size = static_cast<int>(batch.integer(1, limits::max_samples, "a positive integer or \"full\""));
  }
  if (t.has("shuffle")) spec.shuffle = t["shuffle"].boolean();
}

// Checks that join several sections: shapes of data against the network, loss against output.
void check_consistency(const Field& root, const Lesson& lesson) {
  const Activation out = lesson.layers.back().act;
  if (const auto needed = required_output(lesson.loss); needed && *needed != out)
    root["loss"].fail(std::string(name(lesson.loss)) + " needs a " + std::string(name(*needed)) +
                      " output layer, got " + std::string(name(out)));
  if (out == Activation::Softmax && lesson.loss != Loss::SoftmaxCrossEntropy)
    root["loss"].fail("a softmax output needs softmax_cross_entropy, got " + std::string(name(lesson.loss)));
  const int outputs = lesson.layers.back().units;
  int data_in = 1, data_out = 1;
  switch (lesson.data.kind) {
    case DataKind::Function: data_in = 1, data_out = 1; break;
    case DataKind::Classification: data_in = 2, data_out = 1; break;
    case DataKind::Points:
      data_in = static_cast<int>(lesson.data.inputs.rows());
      data_out = static_cast<int>(lesson.data.targets.rows());
      break;
  }
  if (lesson.inputs != data_in)
    root["network"]["inputs"].fail("the data has " + std::to_string(data_in) + " input(s), got " +
                                   std::to_string(lesson.inputs));
  if (outputs != data_out)
    root["network"]["layers"].at(lesson.layers.size() - 1)["units"].fail(
        "the data has " + std::to_string(data_out) + " target(s) per sample, got " + std::to_string(outputs));
}
}  // namespace

Lesson parse_lesson(const std::string& text, const std::string& source) {
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    throw LessonError(source + ": not valid JSON (" + e.what() + ")");
  }
  const Field root{doc, "", source};
  if (!doc.is_object()) root.fail("expected a JSON object, got " + root.shown());
  Lesson lesson;
  const std::string format = root["format"].string();
  if (format != lesson_format) root["format"].fail("expected \"" + std::string(lesson_format) + "\", got \"" + format + "\"");
  if (root.has("title")) lesson.title = root["title"].string();
  if (root.has("notes")) lesson.notes = root["notes"].string();
  if (root.has("seed")) lesson.seed = static_cast<std::uint64_t>(root["seed"].integer(0, 1L << 53, "a non-negative integer"));
  lesson.data = parse_data(root["data"]);
  parse_network(root["network"], lesson);
  lesson.loss = root["loss"].choice(parse_loss, loss_names());
  parse_training(root["training"], lesson);
  check_consistency(root, lesson);
  return lesson;
}

Lesson load_lesson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LessonError(path + ": cannot open the file");
  std::stringstream text;
  text << in.rdbuf();
  return parse_lesson(text.str(), path);
}

}  // namespace bpl
