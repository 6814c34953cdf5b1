// The CLI's sub-commands. Each returns the process exit status.
#pragma once
#include <string>

namespace bpl::cli {

struct Options {
  std::string lesson;
  long steps = 1;
  bool json = false;
  double tolerance = 1e-5;  // gradcheck: worst relative error allowed
};

int inspect(const Options& o);    // one forward and backward pass on the first mini-batch, no update
int train(const Options& o);      // o.steps steps; per-step losses, final losses and parameters
int gradcheck(const Options& o);  // finite differences against backprop, worst relative error per layer
int bench(const Options& o);      // training steps per second

}  // namespace bpl::cli
