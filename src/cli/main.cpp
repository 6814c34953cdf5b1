// backprop-lab-cli: inspect, train, gradient-check and benchmark a lesson without a display.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <malloc.h>
#include "commands.hpp"
#include "lesson.hpp"

int main(int argc, char** argv) {
  // Eigen's large products allocate scratch each call; keep freed memory in the process
  // instead of returning it to the system every step.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);

  CLI::App app{"Backprop Lab from the command line: inspect, train, gradcheck and bench a lesson file."};
  app.require_subcommand(1);
  bpl::cli::Options o;

  auto* inspect = app.add_subcommand("inspect", "one forward and backward pass on the first mini-batch, no update");
  inspect->add_option("lesson", o.lesson, "lesson file (JSON)")->required();
  inspect->add_flag("--json", o.json, "print JSON instead of tables");

  auto* train = app.add_subcommand("train", "train for N steps");
  train->add_option("lesson", o.lesson, "lesson file (JSON)")->required();
  train->add_option("--steps", o.steps, "steps (mini-batches) to train")->required()->check(CLI::Range(0L, 100'000'000L));
  train->add_flag("--json", o.json, "print JSON instead of text");

  auto* gradcheck = app.add_subcommand("gradcheck", "central finite differences against backprop for every parameter");
  gradcheck->add_option("lesson", o.lesson, "lesson file (JSON)")->required();
  gradcheck->add_option("--tolerance", o.tolerance, "worst relative error allowed (exit 1 above it)");

  auto* bench = app.add_subcommand("bench", "training steps per second, as JSON");
  bench->add_option("lesson", o.lesson, "lesson file (JSON)")->required();
  bench->add_option("--steps", o.steps, "steps to time")->required()->check(CLI::Range(1L, 100'000'000L));

  CLI11_PARSE(app, argc, argv);
  try {
    if (*inspect) return bpl::cli::inspect(o);
    if (*train) return bpl::cli::train(o);
    if (*gradcheck) return bpl::cli::gradcheck(o);
    if (*bench) return bpl::cli::bench(o);
  } catch (const bpl::LessonError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", o.lesson.c_str(), e.what());
    return 2;
  }
  return 1;
}
