// The machine's double GEMM rate with Eigen, single thread, built with the engine's flags; with
// -DBENCH_TUNED also with the scheduling tuning src/engine/network.cpp uses (GCC 12's Zen 4 tuning
// costs Eigen's AVX-512 kernel a quarter of its speed; the pragma must precede the includes).
// Prints JSON: GFLOP/s of C = A B for 1024 × 1024 matrices (2 n³ FLOPs per product), best of
// several timed repeats in wall-clock and in thread CPU time, and the rate of the three product
// shapes of one step of bench C.
#if defined(BENCH_TUNED) && defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#pragma GCC target("tune=skylake-avx512")
#endif
#include <Eigen/Dense>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using Matrix = Eigen::MatrixXd;

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

// Best wall-clock and best CPU time (this thread's) of `repeats` runs of f.
struct Best {
  double wall = 1e30, cpu = 1e30;
};
template <class F>
Best best_seconds(F&& f, int repeats) {
  f();  // warm-up: page faults, packing buffers
  Best best;
  for (int r = 0; r < repeats; ++r) {
    const double c0 = thread_cpu_seconds();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    best.wall = std::min(best.wall, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    best.cpu = std::min(best.cpu, thread_cpu_seconds() - c0);
  }
  return best;
}

int main() {
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);  // as the CLI: keep Eigen's scratch in the process
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
  const Matrix a = Matrix::Random(1024, 1024), b = Matrix::Random(1024, 1024);
  Matrix c(1024, 1024);
  const Best t = best_seconds([&] { c.noalias() = a * b; }, 10);
  const double flops_1024 = 2.0 * 1024 * 1024 * 1024;  // 2 n³ FLOPs

  // The shapes of bench C (256 units, batch 1024): forward w x, backward ∂ℓ/∂s xᵀ and wᵀ ∂ℓ/∂s.
  const Matrix w = Matrix::Random(256, 256), x = Matrix::Random(256, 1024), g = Matrix::Random(256, 1024);
  Matrix s(256, 1024), dw(256, 256), dx(256, 1024);
  const double flops = 2.0 * 256 * 256 * 1024;
  const Best t_fwd = best_seconds([&] { s.noalias() = w * x; }, 20);
  const Best t_dw = best_seconds([&] { dw.noalias() = g * x.transpose(); }, 20);
  const Best t_dx = best_seconds([&] { dx.noalias() = w.transpose() * g; }, 20);
  std::printf("{\"eigen_dgemm_1024_gflops\": %.3f, \"eigen_dgemm_1024_gflops_cpu_time\": %.3f, "
              "\"c_shapes_gflops\": {\"w_x\": %.3f, \"g_xT\": %.3f, \"wT_g\": %.3f}, \"checksum\": %.6g}\n",
              flops_1024 / t.wall / 1e9, flops_1024 / t.cpu / 1e9, flops / t_fwd.wall / 1e9, flops / t_dw.wall / 1e9,
              flops / t_dx.wall / 1e9, c(0, 0) + s(0, 0) + dw(0, 0) + dx(0, 0));
}
