// Forward and backward through one layer, exactly as the notes write them.
//
// Speed (docs/PERFORMANCE.md): the three products of a layer, s = w x + b, ∂ℓ/∂w and ∂ℓ/∂x, go
// through the code that suits the layer's shape: register loops for narrow layers (depth ≤ 16),
// register tiles without packing for layers of 8k units, Eigen's blocked GEMM for the rest.
// This file is compiled with Skylake-AVX-512 scheduling: GCC 12's tuning for -march=native on
// AMD Zen 4 (znver3) folds the loads of A into every FMA of such kernels (four times the loads),
// which costs Eigen's AVX-512 kernel a quarter of its speed there (40 instead of 50 GFLOP/s,
// bench/gemm_rate). Tuning changes scheduling only, never the instruction set or the results.
// The pragma must come before every #include.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#pragma GCC target("tune=skylake-avx512")
#endif

#include "network.hpp"
#include <algorithm>
#include <stdexcept>
#include "limits.hpp"
#include "simd.hpp"

namespace bpl {
namespace {
// C += α op(A) op(B) for column-major C (rows × cols), op(A) (rows × depth), op(B) (depth × cols);
// a RowMajor order reads the stored column-major matrix as its transpose. Asking Eigen for
// conjugated operands (the identity on doubles) gives this file its own instantiation of the
// GEMM kernels, so the linker cannot swap in another file's copy compiled with other tuning.
template <int LhsOrder, int RhsOrder>
void gemm_add(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth, const double* a, Eigen::Index lda,
              const double* b, Eigen::Index ldb, double* c, Eigen::Index ldc, double alpha) {
  using namespace Eigen;
  internal::gemm_blocking_space<ColMajor, double, double, Dynamic, Dynamic, Dynamic> blocking(rows, cols, depth, 1, true);
  internal::general_matrix_matrix_product<Index, double, LhsOrder, true, double, RhsOrder, true, ColMajor, 1>::run(
      rows, cols, depth, a, lda, b, ldb, c, 1, ldc, alpha, blocking, nullptr);
}

// Below these sizes Eigen's own product (coefficient-wise or matrix–vector) is the better choice.
bool gemm_sized(Eigen::Index rows, Eigen::Index cols, Eigen::Index depth) {
  return rows >= 4 && cols >= 4 && depth >= 4 && rows + cols + depth >= 24;
}

// ---- Narrow layers (a few units, a few inputs, many samples) -----------------------------------
// Packing and blocking cost more than the arithmetic there; these loops keep the small matrix in
// L1 and do one FMA per multiply-add, on GCC vector types one register wide.
using namespace simd;

// Rows and depth of a product the narrow loops take: any rows, a depth of at most 16.
bool narrow(Eigen::Index rows, Eigen::Index depth) { return rows >= 4 && depth <= 16; }

// C(:, n) = c₀ + Σⱼ A(:, j) B(j, n) for every column n, with c₀ = init (a vector of m) or 0.
// A (m × K) has A(i, j) = a[i·rs + j·cs] (rs = 1, cs = m: column-major; rs = lda, cs = 1: the
// transpose of a column-major matrix). B (K × cols) and C (m × cols) are column-major and dense.
// K known at compile time keeps a row block of A in registers; even and odd j go to two sums.
template <int K>
void narrow_nn_k(Eigen::Index m, Eigen::Index cols, const double* a, Eigen::Index rs, Eigen::Index cs, const double* b,
                 double* c, const double* init) {
  Eigen::Index i = 0;
  for (; i + kLanes <= m; i += kLanes) {
    V w[K];  // rows i … i+L of A(:, j)
#pragma GCC unroll 16
    for (int j = 0; j < K; ++j) {
      if (rs == 1) {
        w[j] = load(a + j * cs + i);
      } else {
        for (int lane = 0; lane < kLanes; ++lane) w[j][lane] = a[(i + lane) * rs + j * cs];
      }
    }
    const V c0 = init ? load(init + i) : V{};
    for (Eigen::Index n = 0; n < cols; ++n) {
      const double* bn = b + n * K;
      V even = c0, odd{};
#pragma GCC unroll 16
      for (int j = 0; j + 1 < K; j += 2) {
        even += w[j] * bn[j];  // c₀ + Σⱼ A(:, j) B(j, n)
        odd += w[j + 1] * bn[j + 1];
      }
      if constexpr (K % 2 == 1) even += w[K - 1] * bn[K - 1];
      store(c + n * m + i, even + odd);
    }
  }
  for (; i < m; ++i)  // the last m mod L rows
    for (Eigen::Index n = 0; n < cols; ++n) {
      double acc = init ? init[i] : 0.0;
      for (int j = 0; j < K; ++j) acc += a[i * rs + j * cs] * b[n * K + j];
      c[n * m + i] = acc;
    }
}

// C(:, j) = α Σₙ G(:, n) X(j, n) for j < K: C = α G Xᵀ with G (m × cols), X (K × cols), C (m × K),
// column-major. The K sums of a row block stay in registers over all n (two sets when K is small,
// to hide the FMA latency).
template <int K>
void narrow_nt_k(Eigen::Index m, Eigen::Index cols, const double* g, const double* x, double* c, double alpha) {
  constexpr int sets = K <= 8 ? 2 : 1;
  Eigen::Index i = 0;
  for (; i + kLanes <= m; i += kLanes) {
    V acc[sets][K] = {};
    Eigen::Index n = 0;
    for (; n + sets <= cols; n += sets)
#pragma GCC unroll 2
      for (int t = 0; t < sets; ++t) {
        const V gn = load(g + (n + t) * m + i);
        const double* xn = x + (n + t) * K;
#pragma GCC unroll 16
        for (int j = 0; j < K; ++j) acc[t][j] += gn * xn[j];  // Σₙ G(:, n) X(j, n)
      }
    for (; n < cols; ++n) {
      const V gn = load(g + n * m + i);
#pragma GCC unroll 16
      for (int j = 0; j < K; ++j) acc[0][j] += gn * x[n * K + j];
    }
#pragma GCC unroll 16
    for (int j = 0; j < K; ++j) {
      V sum = acc[0][j];
      if constexpr (sets == 2) sum += acc[1][j];
      store(c + j * m + i, sum * alpha);  // α Σₙ
    }
  }
  for (; i < m; ++i)  // the last m mod L rows
    for (int j = 0; j < K; ++j) {
      double acc = 0.0;
      for (Eigen::Index n = 0; n < cols; ++n) acc += g[n * m + i] * x[n * K + j];
      c[j * m + i] = acc * alpha;
    }
}

// The same two products for any depth k (k ≤ 16 through the compile-time versions).
void narrow_nn(Eigen::Index m, Eigen::Index k, Eigen::Index cols, const double* a, Eigen::Index rs, Eigen::Index cs,
               const double* b, double* c, const double* init) {
  switch (k) {
#define BPL_NARROW_CASE(K) \
  case K: return narrow_nn_k<K>(m, cols, a, rs, cs, b, c, init);
    BPL_NARROW_CASE(1) BPL_NARROW_CASE(2) BPL_NARROW_CASE(3) BPL_NARROW_CASE(4) BPL_NARROW_CASE(5) BPL_NARROW_CASE(6)
    BPL_NARROW_CASE(7) BPL_NARROW_CASE(8) BPL_NARROW_CASE(9) BPL_NARROW_CASE(10) BPL_NARROW_CASE(11)
    BPL_NARROW_CASE(12) BPL_NARROW_CASE(13) BPL_NARROW_CASE(14) BPL_NARROW_CASE(15) BPL_NARROW_CASE(16)
#undef BPL_NARROW_CASE
  }
  for (Eigen::Index n = 0; n < cols; ++n)  // any other k: plain loops
    for (Eigen::Index i = 0; i < m; ++i) {
      double acc = init ? init[i] : 0.0;
      for (Eigen::Index j = 0; j < k; ++j) acc += a[i * rs + j * cs] * b[n * k + j];  // c₀ + Σⱼ A(i, j) B(j, n)
      c[n * m + i] = acc;
    }
}

void narrow_nt(Eigen::Index m, Eigen::Index k, Eigen::Index cols, const double* g, const double* x, double* c,
               double alpha) {
  switch (k) {
#define BPL_NARROW_CASE(K) \
  case K: return narrow_nt_k<K>(m, cols, g, x, c, alpha);
    BPL_NARROW_CASE(1) BPL_NARROW_CASE(2) BPL_NARROW_CASE(3) BPL_NARROW_CASE(4) BPL_NARROW_CASE(5) BPL_NARROW_CASE(6)
    BPL_NARROW_CASE(7) BPL_NARROW_CASE(8) BPL_NARROW_CASE(9) BPL_NARROW_CASE(10) BPL_NARROW_CASE(11)
    BPL_NARROW_CASE(12) BPL_NARROW_CASE(13) BPL_NARROW_CASE(14) BPL_NARROW_CASE(15) BPL_NARROW_CASE(16)
#undef BPL_NARROW_CASE
  }
  for (Eigen::Index j = 0; j < k; ++j)  // any other k: plain loops
    for (Eigen::Index i = 0; i < m; ++i) {
      double acc = 0.0;
      for (Eigen::Index n = 0; n < cols; ++n) acc += g[n * m + i] * x[n * k + j];  // Σₙ G(i, n) X(j, n)
      c[j * m + i] = acc * alpha;
    }
}

// ---- Layers of 8 units and more, depth above 16: register-tiled products without packing ------
// C (m × n) = α (c₀ + A B) [+ C]: A column-major (leading dimension lda), B(p, j) = b[p·rsb + j·csb]
// (column-major B or the transpose of a column-major X), C column-major (ldc), c₀ = init (a vector
// of m, the same for every column) or 0. Tiles of MR·L rows × NR columns keep MR·NR sums in
// registers; every step over p loads MR vectors of A and NR numbers of B for MR·NR FMAs. The
// operands of these layers fit in L1/L2, so skipping the packing Eigen does pays (64 × 64 × 256:
// 57 instead of 50 GFLOP/s). Needs m to be a multiple of L.
constexpr int kTileCols = kLanes == 8 ? 8 : 4;  // NR: 3 × 8 sums + 3 A + 1 B of 32 registers (AVX-512)

struct TileArgs {
  Eigen::Index k;
  const double* a;
  Eigen::Index lda;
  const double* b;
  Eigen::Index rsb, csb;
  double* c;
  Eigen::Index ldc;
  double alpha;
  const double* init;
  bool accumulate;
};

template <int MR, int NR>
void tile(const TileArgs& t, Eigen::Index i, Eigen::Index j) {
  V acc[MR][NR];
#pragma GCC unroll 8
  for (int q = 0; q < NR; ++q)
#pragma GCC unroll 4
    for (int r = 0; r < MR; ++r) acc[r][q] = t.init ? load(t.init + i + r * kLanes) : V{};  // c₀
  const double* a = t.a + i;
  const double* b = t.b + j * t.csb;
  for (Eigen::Index p = 0; p < t.k; ++p) {
    V av[MR];
#pragma GCC unroll 4
    for (int r = 0; r < MR; ++r) av[r] = load(a + p * t.lda + r * kLanes);  // A(i…, p)
#pragma GCC unroll 8
    for (int q = 0; q < NR; ++q) {
      const double bv = b[p * t.rsb + q * t.csb];  // B(p, j + q)
#pragma GCC unroll 4
      for (int r = 0; r < MR; ++r) acc[r][q] += av[r] * bv;  // Σₚ A(i…, p) B(p, j + q)
    }
  }
#pragma GCC unroll 8
  for (int q = 0; q < NR; ++q)
#pragma GCC unroll 4
    for (int r = 0; r < MR; ++r) {
      double* cp = t.c + (j + q) * t.ldc + i + r * kLanes;
      store(cp, t.accumulate ? load(cp) + acc[r][q] * t.alpha : acc[r][q] * t.alpha);  // C (+)= α (c₀ + A B)
    }
}

template <int MR>
void tile_row(const TileArgs& t, Eigen::Index i, Eigen::Index j0, Eigen::Index j1) {
  Eigen::Index j = j0;
  for (; j + kTileCols <= j1; j += kTileCols) tile<MR, kTileCols>(t, i, j);
  for (; j + 2 <= j1; j += 2) tile<MR, 2>(t, i, j);
  for (; j < j1; ++j) tile<MR, 1>(t, i, j);
}

// Blocks of 64 columns: their B panel stays in L2 while the row tiles of A pass over it.
void tiled_product(Eigen::Index m, Eigen::Index n, const TileArgs& t) {
  constexpr Eigen::Index block = 64;
  for (Eigen::Index j0 = 0; j0 < n; j0 += block) {
    const Eigen::Index j1 = std::min(n, j0 + block);
    Eigen::Index i = 0;
    for (; i + 3 * kLanes <= m; i += 3 * kLanes) tile_row<3>(t, i, j0, j1);
    for (; i + 2 * kLanes <= m; i += 2 * kLanes) tile_row<2>(t, i, j0, j1);
    for (; i + kLanes <= m; i += kLanes) tile_row<1>(t, i, j0, j1);
  }
}

// Rows the tiled products take: whole vectors of L rows.
bool tiled(Eigen::Index rows) { return rows >= kLanes && rows % kLanes == 0; }

// (w)ᵀ as a column-major matrix, for (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾ through the tiled product; kept between calls.
const double* transposed(const Matrix& w) {
  thread_local Matrix wt;
  const Eigen::Index rows = w.rows(), cols = w.cols();
  wt.resize(cols, rows);  // a no-op while the shape stays the same
  const double* src = w.data();
  double* dst = wt.data();
  constexpr Eigen::Index block = 8;  // 8 × 8 blocks: one cache line of each side per column / row
  for (Eigen::Index r0 = 0; r0 < rows; r0 += block)
    for (Eigen::Index c0 = 0; c0 < cols; c0 += block)
      for (Eigen::Index c = c0; c < std::min(cols, c0 + block); ++c)
        for (Eigen::Index r = r0; r < std::min(rows, r0 + block); ++r) dst[r * cols + c] = src[c * rows + r];  // wᵀ(c, r) = w(r, c)
  return dst;
}

// ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′ and ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s in one pass, for the activations whose σ′ is a
// function of x (tanh: 1 − x², sigmoid: x(1 − x), linear: 1); false (nothing done) for the others.
bool backward_activation_and_bias(Layer& l, double inv_n) {
  if (l.act != Activation::Tanh && l.act != Activation::Sigmoid && l.act != Activation::Linear) return false;
  const Eigen::Index m = l.units(), cols = l.x.cols();
  l.dl_ds.resize(m, cols);  // a no-op while the shape stays the same
  const double* x = l.x.data();
  const double* g = l.dl_dx.data();
  double* d = l.dl_ds.data();
  const auto slope = [act = l.act](auto xv) {  // σ′ from x = σ(s)
    if (act == Activation::Tanh) return 1.0 - xv * xv;  // σ′ = 1 − tanh²
    if (act == Activation::Sigmoid) return xv * (1.0 - xv);  // σ′ = σ(1 − σ)
    return decltype(xv){} + 1.0;  // σ′ = 1
  };
  double* db = l.dl_db.data();
  const Eigen::Index vectors = m - m % kLanes;
  if (m <= 8 * kLanes) {
    // Few rows: one row block at a time over all columns, its sum over n in a register.
    for (Eigen::Index i = 0; i < vectors; i += kLanes) {
      V sum{};
      for (Eigen::Index n = 0; n < cols; ++n) {
        const Eigen::Index at = n * m + i;
        const V ds = load(g + at) * slope(load(x + at));  // ∂ℓₙ/∂s = ∂ℓₙ/∂x ⊙ σ′
        store(d + at, ds);
        sum += ds;  // Σₙ ∂ℓₙ/∂s
      }
      store(db + i, sum * inv_n);  // ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s
    }
    for (Eigen::Index i = vectors; i < m; ++i) {  // the last m mod L rows
      double sum = 0.0;
      for (Eigen::Index n = 0; n < cols; ++n) {
        const Eigen::Index at = n * m + i;
        d[at] = g[at] * slope(x[at]);  // ∂ℓₙ/∂s = ∂ℓₙ/∂x ⊙ σ′
        sum += d[at];
      }
      db[i] = sum * inv_n;  // ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s
    }
    return true;
  }
  // Many rows: column by column (memory order); the sums over n build up in ∂ℓ/∂b itself.
  std::fill(db, db + m, 0.0);
  for (Eigen::Index n = 0; n < cols; ++n) {
    const Eigen::Index col = n * m;
    for (Eigen::Index i = 0; i < vectors; i += kLanes) {
      const V ds = load(g + col + i) * slope(load(x + col + i));  // ∂ℓₙ/∂s = ∂ℓₙ/∂x ⊙ σ′
      store(d + col + i, ds);
      store(db + i, load(db + i) + ds);  // Σₙ ∂ℓₙ/∂s
    }
    for (Eigen::Index i = vectors; i < m; ++i) {  // the last m mod L rows
      d[col + i] = g[col + i] * slope(x[col + i]);
      db[i] += d[col + i];
    }
  }
  for (Eigen::Index i = 0; i < m; ++i) db[i] *= inv_n;  // ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s
  return true;
}
}  // namespace

long Network::parameter_count() const {
  long n = 0;
  for (const auto& l : layers) n += l.w.size() + l.b.size();
  return n;
}

Network make_network(int inputs, const std::vector<LayerSpec>& specs) {
  if (specs.empty()) throw std::invalid_argument("a network needs at least one layer");
  if (static_cast<int>(specs.size()) > limits::max_layers)
    throw std::invalid_argument("at most " + std::to_string(limits::max_layers) + " layers, got " +
                                std::to_string(specs.size()));
  if (inputs < 1 || inputs > limits::max_units)
    throw std::invalid_argument("inputs must be 1 … " + std::to_string(limits::max_units) + ", got " +
                                std::to_string(inputs));
  Network net;
  net.inputs = inputs;
  int fan_in = inputs;
  long parameters = 0;
  for (const auto& spec : specs) {
    if (spec.units < 1 || spec.units > limits::max_units)
      throw std::invalid_argument("units must be 1 … " + std::to_string(limits::max_units) + ", got " +
                                  std::to_string(spec.units));
    parameters += static_cast<long>(spec.units) * (fan_in + 1);
    if (parameters > limits::max_parameters)
      throw std::invalid_argument("at most " + std::to_string(limits::max_parameters) + " parameters");
    Layer layer;
    layer.act = spec.act;
    layer.w = Matrix::Zero(spec.units, fan_in);
    layer.b = Vector::Zero(spec.units);
    layer.dl_dw = Matrix::Zero(spec.units, fan_in);
    layer.dl_db = Vector::Zero(spec.units);
    net.layers.push_back(std::move(layer));
    fan_in = spec.units;
  }
  return net;
}

namespace {
// s = w x⁽ˡ⁻¹⁾ + b and x = σ(s) of layer l for the input x_prev (inputs, batch), through the
// product that suits the layer's shape.
void layer_forward(const Layer& l, const Matrix& x_prev, Matrix& s, Matrix& x) {
  const Eigen::Index batch = x_prev.cols();
  s.resize(l.units(), batch);  // a no-op while the shape stays the same
  if (narrow(l.units(), l.inputs())) {
    // Column n of s is b + Σⱼ w₍:,ⱼ₎ x⁽ˡ⁻¹⁾ⱼₙ.
    narrow_nn(l.units(), l.inputs(), batch, l.w.data(), 1, l.units(), x_prev.data(), s.data(),
              l.b.data());  // s = w x⁽ˡ⁻¹⁾ + b
  } else if (l.inputs() == 1) {
    // One input: w x⁽ˡ⁻¹⁾ is an outer product, column n of s is b + w₍:,₁₎ x⁽ˡ⁻¹⁾₁ₙ.
    for (Eigen::Index n = 0; n < batch; ++n) s.col(n) = l.b + l.w.col(0) * x_prev(0, n);  // s = w x⁽ˡ⁻¹⁾ + b
  } else if (tiled(l.units())) {
    // The sums start from b: no separate pass for + b.
    tiled_product(l.units(), batch, {l.inputs(), l.w.data(), l.units(), x_prev.data(), 1, l.inputs(), s.data(),
                                     l.units(), 1.0, l.b.data(), false});  // s = w x⁽ˡ⁻¹⁾ + b
  } else {
    // The product accumulates onto b: no separate zeroing of s and no second pass for + b.
    s.colwise() = l.b;  // s = b …
    if (gemm_sized(l.units(), batch, l.inputs()))
      gemm_add<Eigen::ColMajor, Eigen::ColMajor>(l.units(), batch, l.inputs(), l.w.data(), l.w.rows(), x_prev.data(),
                                                 x_prev.rows(), s.data(), s.rows(), 1.0);  // … + w x⁽ˡ⁻¹⁾
    else
      s.noalias() += l.w * x_prev;  // … + w x⁽ˡ⁻¹⁾
  }
  activate(l.act, s, x);  // x = σ(s)
}
}  // namespace

void forward_layer(Network& net, int index) {
  Layer& l = net.layers[index];
  layer_forward(l, net.input_of(index), l.s, l.x);  // s = w x⁽ˡ⁻¹⁾ + b,  x = σ(s)
}

void predict(const Network& net, const Matrix& input, Matrix& s, Matrix& f) {
  thread_local Matrix in;  // the input of the layer being computed, kept between calls
  in = input;
  for (std::size_t i = 0; i < net.layers.size(); ++i) {
    layer_forward(net.layers[i], in, s, f);  // s = w x + b,  x = σ(s)
    if (i + 1 < net.layers.size()) in.swap(f);
  }
}

Matrix predict(const Network& net, const Matrix& input) {
  Matrix s, f;
  predict(net, input, s, f);
  return f;
}

void backward_layer(Network& net, int index, bool dl_ds_given) {
  Layer& l = net.layers[index];
  const Matrix& x_prev = net.input_of(index);
  const double inv_n = 1.0 / static_cast<double>(x_prev.cols());
  const Eigen::Index batch = x_prev.cols();
  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′(s) and ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s, in one pass where σ′ comes from x.
  if (dl_ds_given || !backward_activation_and_bias(l, inv_n)) {
    if (!dl_ds_given) activation_backward(l.act, l.s, l.x, l.dl_dx, l.dl_ds);  // ∂ℓ/∂s = ∂ℓ/∂x ⊙ σ′(s)
    l.dl_db.noalias() = l.dl_ds.rowwise().sum() * inv_n;                     // ∂ℓ/∂b = (1/N) Σₙ ∂ℓₙ/∂s
  }
  // 1/N rides in the product as its scale factor (no second pass over ∂ℓ/∂w).
  if (narrow(l.units(), l.inputs())) {
    narrow_nt(l.units(), l.inputs(), batch, l.dl_ds.data(), x_prev.data(), l.dl_dw.data(),
              inv_n);  // ∂ℓ/∂w = (1/N) Σₙ ∂ℓₙ/∂s (x⁽ˡ⁻¹⁾ₙ)ᵀ
  } else if (tiled(l.units())) {  // xᵀ(n, j) = x(j, n): row stride inputs, column stride 1
    tiled_product(l.units(), l.inputs(), {batch, l.dl_ds.data(), l.units(), x_prev.data(), l.inputs(), 1, l.dl_dw.data(),
                                          l.units(), inv_n, nullptr, false});  // ∂ℓ/∂w = (1/N) Σₙ ∂ℓₙ/∂s (x⁽ˡ⁻¹⁾ₙ)ᵀ
  } else if (gemm_sized(l.units(), l.inputs(), batch)) {
    l.dl_dw.setZero();
    gemm_add<Eigen::ColMajor, Eigen::RowMajor>(l.units(), l.inputs(), batch, l.dl_ds.data(), l.dl_ds.rows(),
                                               x_prev.data(), x_prev.rows(), l.dl_dw.data(), l.dl_dw.rows(),
                                               inv_n);  // ∂ℓ/∂w = (1/N) Σₙ ∂ℓₙ/∂s (x⁽ˡ⁻¹⁾ₙ)ᵀ
  } else {
    l.dl_dw.noalias() = l.dl_ds * x_prev.transpose();  // ∂ℓ/∂w = (1/N) Σₙ ∂ℓₙ/∂s (x⁽ˡ⁻¹⁾ₙ)ᵀ …
    l.dl_dw *= inv_n;                                   // … (the 1/N apart: no temporary in the product)
  }
  if (index > 0) {
    Matrix& dl_dx_prev = net.layers[index - 1].dl_dx;
    dl_dx_prev.resize(l.inputs(), batch);  // a no-op while the shape stays the same
    if (narrow(l.inputs(), l.units())) {  // (w⁽ˡ⁾)ᵀ(r, i) = w⁽ˡ⁾(i, r): row stride units, column stride 1
      narrow_nn(l.inputs(), l.units(), batch, l.w.data(), l.units(), 1, l.dl_ds.data(), dl_dx_prev.data(),
                nullptr);  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    } else if (l.units() == 1) {  // one unit: (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾ is an outer product
      dl_dx_prev.noalias() = l.w.row(0).transpose() * l.dl_ds.row(0);  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    } else if (tiled(l.inputs())) {
      tiled_product(l.inputs(), batch, {l.units(), transposed(l.w), l.inputs(), l.dl_ds.data(), 1, l.units(),
                                        dl_dx_prev.data(), l.inputs(), 1.0, nullptr, false});  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    } else if (gemm_sized(l.inputs(), batch, l.units())) {
      dl_dx_prev.setZero();
      gemm_add<Eigen::RowMajor, Eigen::ColMajor>(l.inputs(), batch, l.units(), l.w.data(), l.w.rows(), l.dl_ds.data(),
                                                 l.dl_ds.rows(), dl_dx_prev.data(), dl_dx_prev.rows(),
                                                 1.0);  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    } else {
      dl_dx_prev.noalias() = l.w.transpose() * l.dl_ds;  // ∂ℓ/∂x⁽ˡ⁻¹⁾ = (w⁽ˡ⁾)ᵀ ∂ℓ/∂s⁽ˡ⁾
    }
  }
}

}  // namespace bpl
