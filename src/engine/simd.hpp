// GCC vector types one register wide, for the engine's hand-vectorised loops: 8 doubles with
// AVX-512, 4 with AVX, 2 with SSE2. Internal to the engine's .cpp files.
#pragma once

namespace bpl::simd {

#if defined(__AVX512F__)
inline constexpr int kLanes = 8;
#elif defined(__AVX__)
inline constexpr int kLanes = 4;
#else
inline constexpr int kLanes = 2;
#endif
using V = double __attribute__((vector_size(kLanes * 8)));
using VI = long long __attribute__((vector_size(kLanes * 8)));
using VMem = double __attribute__((vector_size(kLanes * 8), aligned(8), may_alias));  // kLanes doubles in memory

inline V load(const double* p) { return *reinterpret_cast<const VMem*>(p); }
inline void store(double* p, V v) { *reinterpret_cast<VMem*>(p) = v; }

}  // namespace bpl::simd
