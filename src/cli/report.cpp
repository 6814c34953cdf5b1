// JSON and table output of matrices, layers and parameters.
#include "report.hpp"
#include <cstdio>

namespace bpl::cli {

nlohmann::json rows_json(const Matrix& m) {
  nlohmann::json out = nlohmann::json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    nlohmann::json row = nlohmann::json::array();
    for (Eigen::Index j = 0; j < m.cols(); ++j) row.push_back(m(i, j));
    out.push_back(std::move(row));
  }
  return out;
}

nlohmann::json vector_json(const Vector& v) { return std::vector<double>(v.data(), v.data() + v.size()); }

nlohmann::json layer_json(const Layer& l) {
  return {{"w", rows_json(l.w)},         {"b", vector_json(l.b)},         {"s", rows_json(l.s)},
          {"x", rows_json(l.x)},         {"dl_dx", rows_json(l.dl_dx)},   {"dl_ds", rows_json(l.dl_ds)},
          {"dl_dw", rows_json(l.dl_dw)}, {"dl_db", vector_json(l.dl_db)}};
}

nlohmann::json parameters_json(const Network& net) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& l : net.layers) out.push_back({{"w", rows_json(l.w)}, {"b", vector_json(l.b)}});
  return out;
}

std::string table(const std::string& label, const Matrix& m) {
  std::string out = label + " (" + std::to_string(m.rows()) + " × " + std::to_string(m.cols()) + ")\n";
  char cell[32];
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    out += "  ";
    for (Eigen::Index j = 0; j < m.cols(); ++j) {
      std::snprintf(cell, sizeof cell, " %11.6g", m(i, j));
      out += cell;
    }
    out += "\n";
  }
  return out;
}

}  // namespace bpl::cli
