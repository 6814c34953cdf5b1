// Writing lesson files (atomically), and building a lesson's data, network and stepper.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include "lesson.hpp"

namespace bpl {
using nlohmann::json;

namespace {
json rows_json(const Matrix& m) {  // an array of rows
  json out = json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    json row = json::array();
    for (Eigen::Index j = 0; j < m.cols(); ++j) row.push_back(m(i, j));
    out.push_back(std::move(row));
  }
  return out;
}
}  // namespace

std::string lesson_to_json(const Lesson& l) {
  json doc;
  doc["format"] = lesson_format;
  doc["title"] = l.title;
  doc["notes"] = l.notes;
  doc["seed"] = l.seed;
  json& d = doc["data"];
  d["kind"] = std::string(name(l.data.kind));
  if (l.data.kind == DataKind::Points) {
    d["inputs"] = rows_json(l.data.inputs.transpose());
    d["targets"] = rows_json(l.data.targets.transpose());
    if (l.data.test_inputs.cols() > 0) {
      d["test_inputs"] = rows_json(l.data.test_inputs.transpose());
      d["test_targets"] = rows_json(l.data.test_targets.transpose());
    }
  } else {
    if (l.data.kind == DataKind::Function) {
      d["function"] = std::string(name(l.data.function));
      d["domain"] = {l.data.lo, l.data.hi};
    } else {
      d["pattern"] = std::string(name(l.data.pattern));
    }
    d["count"] = l.data.count;
    d["noise"] = l.data.noise;
    d["test_fraction"] = l.data.test_fraction;
  }
  json& n = doc["network"];
  n["inputs"] = l.inputs;
  n["layers"] = json::array();
  for (const auto& layer : l.layers)
    n["layers"].push_back({{"units", layer.units}, {"activation", std::string(name(layer.act))}});
  n["init"] = {{"kind", std::string(name(l.init.kind))}, {"scale", l.init.scale}};
  if (!l.parameters.empty()) {
    n["parameters"] = json::array();
    for (const auto& p : l.parameters)
      n["parameters"].push_back({{"w", rows_json(p.w)}, {"b", std::vector<double>(p.b.data(), p.b.data() + p.b.size())}});
  }
  doc["loss"] = std::string(name(l.loss));
  const OptimizerSpec& o = l.training.optimizer;
  json& t = doc["training"];
  t["optimizer"] = std::string(name(o.kind));
  t["learning_rate"] = o.learning_rate;
  t["momentum"] = o.momentum;
  t["beta1"] = o.beta1;
  t["beta2"] = o.beta2;
  t["epsilon"] = o.epsilon;
  t["batch_size"] = l.training.batch_size <= 0 ? json("full") : json(l.training.batch_size);
  t["shuffle"] = l.training.shuffle;
  return doc.dump(2) + "\n";
}

void save_lesson(const Lesson& lesson, const std::string& path) {
  const std::string text = lesson_to_json(lesson);
  const std::string temporary = path + ".saving";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw LessonError(path + ": cannot write (" + temporary + " could not be created)");
    out << text;
    out.flush();
    if (!out) {
      out.close();
      std::remove(temporary.c_str());
      throw LessonError(path + ": writing failed; the previous file is unchanged");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);  // atomic on one file system
  if (error) {
    std::remove(temporary.c_str());
    throw LessonError(path + ": could not replace the file (" + error.message() + ")");
  }
}

Dataset lesson_dataset(const Lesson& lesson) { return make_dataset(lesson.data, lesson.seed); }

Network lesson_network(const Lesson& lesson) {
  Network net = make_network(lesson.inputs, lesson.layers);
  if (lesson.parameters.empty()) {
    Random rng(lesson.seed + 1);
    initialise(net, lesson.init, rng);
  } else {
    for (std::size_t i = 0; i < net.layers.size(); ++i) {
      net.layers[i].w = lesson.parameters[i].w;
      net.layers[i].b = lesson.parameters[i].b;
    }
  }
  return net;
}

Stepper make_stepper(const Lesson& lesson) {
  return Stepper(lesson_network(lesson), lesson_dataset(lesson), lesson.loss, lesson.training, lesson.seed);
}

std::vector<Parameters> parameters_of(const Network& net) {
  std::vector<Parameters> out;
  for (const auto& l : net.layers) out.push_back({l.w, l.b});
  return out;
}

}  // namespace bpl
