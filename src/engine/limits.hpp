// Sizes the engine accepts. Anything larger is refused with a message stating the limit.
#pragma once

namespace bpl::limits {
inline constexpr int max_layers = 32;          // layers with weights (hidden + output)
inline constexpr int max_units = 4096;         // units in one layer, and inputs
inline constexpr int max_samples = 1'000'000;  // samples in the training or test set
inline constexpr long max_parameters = 64'000'000;
}  // namespace bpl::limits
