// The names of enum values in lesson files ("tanh", "adam", …): one table per enum, looked up
// both ways. Internal to the engine's .cpp files.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace bpl::names {

template <class E>
struct Named {
  E value;
  std::string_view text;
};

template <class E, std::size_t N>
std::string_view find_name(const std::array<Named<E>, N>& table, E value) {
  for (const auto& n : table)
    if (n.value == value) return n.text;
  return "?";
}

template <class E, std::size_t N>
std::optional<E> find_value(const std::array<Named<E>, N>& table, std::string_view text) {
  for (const auto& n : table)
    if (n.text == text) return n.value;
  return std::nullopt;
}

// "linear, sigmoid, tanh" for error messages.
template <class E, std::size_t N>
std::string all_names(const std::array<Named<E>, N>& table) {
  std::string out;
  for (const auto& n : table) out += (out.empty() ? "" : ", ") + std::string(n.text);
  return out;
}

}  // namespace bpl::names
