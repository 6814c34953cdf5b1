// The matrix types of the engine. Samples are columns: a batch of N samples of a
// layer with n units is an (n, N) matrix, as Eigen is column-major.
#pragma once
#include <Eigen/Dense>

namespace bpl {
using Matrix = Eigen::MatrixXd;     // (rows, cols), column-major
using Vector = Eigen::VectorXd;     // column vector
using RowVector = Eigen::RowVectorXd;
}  // namespace bpl
