// A seeded random source whose numbers are the same on every machine and every run
// (std:: distributions differ between standard libraries, so we draw our own).
#pragma once
#include <cstdint>
#include <random>

namespace bpl {

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }  // [0, 1)
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  double normal();                                                             // N(0, 1), Box–Muller
  std::uint64_t below(std::uint64_t n) { return engine_() % n; }                // [0, n)
  std::uint64_t raw() { return engine_(); }

 private:
  std::mt19937_64 engine_;
};

}  // namespace bpl
