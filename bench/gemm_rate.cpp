// The machine's double GEMM rate with Eigen, single thread, built with the engine's flags and
// the tuning src/engine/network.cpp uses for its products (see there: GCC 12's Zen 4 tuning
// costs Eigen's AVX-512 kernel a quarter of its speed; the pragma must precede the includes).
// Prints JSON: GFLOP/s of C = A B for 1024 × 1024 matrices (2 n³ FLOPs per product), best of
// several timed repeats, and the rate of the three product shapes of one step of bench C.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#pragma GCC target("tune=skylake-avx512")
#endif
#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <malloc.h>

using Matrix = Eigen::MatrixXd;

template <class F>
double best_seconds(F&& f, int repeats) {
  f();  // warm-up: page faults, packing buffers
  double best = 1e30;
  for (int r = 0; r < repeats; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

int main() {
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);  // as the CLI: keep Eigen's scratch in the process
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  const Matrix a = Matrix::Random(1024, 1024), b = Matrix::Random(1024, 1024);
  Matrix c(1024, 1024);
  const double t = best_seconds([&] { c.noalias() = a * b; }, 10);
  const double gflops = 2.0 * 1024 * 1024 * 1024 / t / 1e9;  // 2 n³ FLOPs

  // The shapes of bench C (256 units, batch 1024): forward w x, backward ∂ℓ/∂s xᵀ and wᵀ ∂ℓ/∂s.
  const Matrix w = Matrix::Random(256, 256), x = Matrix::Random(256, 1024), g = Matrix::Random(256, 1024);
  Matrix s(256, 1024), dw(256, 256), dx(256, 1024);
  const double flops = 2.0 * 256 * 256 * 1024;
  const double t_fwd = best_seconds([&] { s.noalias() = w * x; }, 20);
  const double t_dw = best_seconds([&] { dw.noalias() = g * x.transpose(); }, 20);
  const double t_dx = best_seconds([&] { dx.noalias() = w.transpose() * g; }, 20);
  std::printf("{\"eigen_dgemm_1024_gflops\": %.3f, \"c_shapes_gflops\": {\"w_x\": %.3f, \"g_xT\": %.3f, \"wT_g\": %.3f}, "
              "\"checksum\": %.6g}\n",
              gflops, flops / t_fwd / 1e9, flops / t_dw / 1e9, flops / t_dx / 1e9,
              c(0, 0) + s(0, 0) + dw(0, 0) + dx(0, 0));
}
