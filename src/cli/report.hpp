// Turning engine quantities into JSON and readable tables for the CLI.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include "lesson.hpp"

namespace bpl::cli {

nlohmann::json rows_json(const Matrix& m);  // an array of rows: m[i][n]
nlohmann::json vector_json(const Vector& v);
nlohmann::json layer_json(const Layer& l);  // {"w","b","s","x","dl_dx","dl_ds","dl_dw","dl_db"}
nlohmann::json parameters_json(const Network& net);

// A labelled matrix as a fixed-width table, e.g. "s⁽¹⁾ (3 × 2)" then one row per unit.
std::string table(const std::string& label, const Matrix& m);

}  // namespace bpl::cli
