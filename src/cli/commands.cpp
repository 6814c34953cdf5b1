// The CLI sub-commands over the engine.
#include "commands.hpp"
#include <chrono>
#include <cstdio>
#include <iostream>
#include "gradcheck.hpp"
#include "report.hpp"

namespace bpl::cli {
namespace {
using nlohmann::json;

std::string superscript(int l) {  // ⁽ˡ⁾ for table labels
  static const char* digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : std::to_string(l)) out += digits[c - '0'];
  return "⁽" + out + "⁾";
}

// Prints the divergence (if any) to stderr; returns the exit status for it.
int report_divergence(const Stepper& stepper) {
  if (!stepper.divergence()) return 0;
  std::fprintf(stderr, "diverged: %s\n", stepper.divergence()->message().c_str());
  return 3;
}
}  // namespace

int inspect(const Options& o) {
  Stepper stepper = make_stepper(load_lesson(o.lesson));
  // Forward 1 … L, Loss, Backward L … 1: every phase but the update.
  while (stepper.next_phase().kind != PhaseKind::Update)
    if (!stepper.advance()) break;
  const Network& net = stepper.network();
  if (o.json) {
    json out = {{"loss", stepper.batch_loss()}, {"layers", json::array()}};
    for (const auto& l : net.layers) out["layers"].push_back(layer_json(l));
    std::cout << out.dump(1) << "\n";
    return report_divergence(stepper);
  }
  std::printf("%s\nbatch of %zu samples, loss ℓ = %.10g\n\n", o.lesson.c_str(), stepper.batch().size(),
              stepper.batch_loss());
  std::cout << table("x" + superscript(0), net.x0) << "\n";
  for (int i = 0; i < net.depth(); ++i) {
    const Layer& l = net.layers[i];
    const std::string up = superscript(i + 1);
    std::printf("layer %d: %d units, %s\n", i + 1, l.units(), std::string(name(l.act)).c_str());
    std::cout << table("w" + up, l.w) << table("b" + up, l.b) << table("s" + up, l.s) << table("x" + up, l.x)
              << table("∂ℓ/∂x" + up, l.dl_dx) << table("∂ℓ/∂s" + up, l.dl_ds) << table("∂ℓ/∂w" + up, l.dl_dw)
              << table("∂ℓ/∂b" + up, l.dl_db) << "\n";
  }
  return report_divergence(stepper);
}

int train(const Options& o) {
  Stepper stepper = make_stepper(load_lesson(o.lesson));
  std::vector<double> losses;
  losses.reserve(static_cast<std::size_t>(std::min(o.steps, 10'000'000L)));
  for (long i = 0; i < o.steps && stepper.advance_step(); ++i) losses.push_back(stepper.batch_loss());
  const Dataset& d = stepper.data();
  const double train_loss = stepper.evaluate(d.x_train, d.y_train);
  const double test_loss = stepper.evaluate(d.x_test, d.y_test);
  if (o.json) {
    json out = {{"steps", stepper.step()},
                {"epochs", stepper.epoch()},
                {"losses", losses},
                {"train_loss", train_loss},
                {"test_loss", d.x_test.cols() > 0 ? json(test_loss) : json(nullptr)},
                {"parameters", parameters_json(stepper.network())}};
    if (stepper.divergence()) out["divergence"] = stepper.divergence()->message();
    std::cout << out.dump(1) << "\n";
  } else {
    std::printf("%ld steps, %ld epochs\n", stepper.step(), stepper.epoch());
    if (!losses.empty()) std::printf("first batch loss %.10g, last batch loss %.10g\n", losses.front(), losses.back());
    std::printf("train loss %.10g on %ld samples\n", train_loss, static_cast<long>(d.x_train.cols()));
    if (d.x_test.cols() > 0) std::printf("test loss  %.10g on %ld samples\n", test_loss, static_cast<long>(d.x_test.cols()));
  }
  return report_divergence(stepper);
}

int gradcheck(const Options& o) {
  Stepper stepper = make_stepper(load_lesson(o.lesson));
  stepper.advance();  // loads the first mini-batch into x⁽⁰⁾ (and runs forward:1)
  const GradientCheck check =
      gradient_check(stepper.network(), stepper.network().x0, stepper.targets(), stepper.loss());
  std::printf("%s: batch of %ld samples, loss ℓ = %.10g\n", o.lesson.c_str(),
              static_cast<long>(stepper.network().x0.cols()), check.loss);
  std::printf("layer   worst relative error ∂ℓ/∂w   ∂ℓ/∂b\n");
  for (std::size_t i = 0; i < check.layers.size(); ++i)
    std::printf("%5zu   %26.3e   %.3e\n", i + 1, check.layers[i].w_error, check.layers[i].b_error);
  if (check.near_kinks() > 0)
    std::printf("note: %d value(s) of s lie within a step of a ReLU kink; the finite difference is unreliable there\n",
                check.near_kinks());
  const bool ok = check.worst() <= o.tolerance;
  std::printf("%s: worst %.3e %s tolerance %.1e\n", ok ? "ok" : "FAILED", check.worst(), ok ? "≤" : ">", o.tolerance);
  return ok ? 0 : 1;
}

int bench(const Options& o) {
  const Lesson lesson = load_lesson(o.lesson);
  Stepper stepper = make_stepper(lesson);
  const long warmup = std::max(5L, o.steps / 10);
  for (long i = 0; i < warmup; ++i) stepper.advance_step();
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < o.steps; ++i) stepper.advance_step();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto& madds = stepper.multiply_adds().per_kind;
  const json out = {{"lesson", lesson.title},
                    {"steps", o.steps},
                    {"seconds", seconds},
                    {"steps_per_second", static_cast<double>(o.steps) / seconds},
                    {"parameters", stepper.network().parameter_count()},
                    {"batch", stepper.batch().size()},
                    {"multiply_adds_per_step",
                     {{"forward", madds[0]}, {"loss", madds[1]}, {"backward", madds[2]}, {"update", madds[3]}}},
                    {"final_batch_loss", stepper.batch_loss()}};
  std::cout << out.dump(1) << "\n";
  return report_divergence(stepper);
}

}  // namespace bpl::cli
