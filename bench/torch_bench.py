#!/usr/bin/python3
"""The same training as `backprop-lab-cli bench`, in PyTorch: float64, one thread, full batch, SGD.

For each lesson file it
  1. takes the engine's initial parameters and data from `backprop-lab-cli inspect --json`
     (w and b of every layer; x⁽⁰⁾ from s⁽¹⁾ = w⁽¹⁾ x⁽⁰⁾ + b⁽¹⁾ by least squares, y from the output
     gradient: mse ∂ℓ/∂f = 2 (f − y), bce ∂ℓ/∂s⁽ᴸ⁾ = f − y), so both sides train the same network on
     the same data;
  2. checks that it is the same training: the batch losses of the first steps against
     `backprop-lab-cli train --json`;
  3. times full-batch SGD steps (clear gradients, forward, loss, backward, update) like `bench` does:
     max(5, steps/10) warm-up steps, then `steps` timed steps, best of `repeats`.

Run it with OPENBLAS_NUM_THREADS=1 and Debian's OpenBLAS libblas.so.3 (bench/run does both); it
reports torch's own 1024 × 1024 double matmul rate so a reference-BLAS run is visible.
Prints one JSON object.
"""
import argparse
import json
import subprocess
import sys
import time

import numpy as np
import torch

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def engine_start(cli, lesson_path):
    """Initial parameters and the full batch (x⁽⁰⁾, y) of the engine, from inspect --json."""
    lesson = json.load(open(lesson_path))
    inspect = run_json([cli, "inspect", lesson_path, "--json"])
    layers = inspect["layers"]
    ws = [np.array(l["w"], dtype=np.float64) for l in layers]
    bs = [np.array(l["b"], dtype=np.float64) for l in layers]
    # x⁽⁰⁾ from s⁽¹⁾ − b⁽¹⁾ = w⁽¹⁾ x⁽⁰⁾  (least squares, w⁽¹⁾ has full column rank)
    s1 = np.array(layers[0]["s"], dtype=np.float64)
    x0, *_ = np.linalg.lstsq(ws[0], s1 - bs[0][:, None], rcond=None)
    f = np.array(layers[-1]["x"], dtype=np.float64)
    loss = lesson["loss"]
    if loss == "mse":  # ∂ℓₙ/∂f = 2 (f − y)
        y = f - 0.5 * np.array(layers[-1]["dl_dx"], dtype=np.float64)
        if lesson["data"]["kind"] == "function" and lesson["data"]["function"] == "sin":
            y = np.sin(x0)  # y = sin(x), exactly as the engine builds it (up to x⁽⁰⁾'s rounding)
    elif loss == "bce":  # ∂ℓₙ/∂s⁽ᴸ⁾ = f − y, y ∈ {0, 1}
        y = np.round(f - np.array(layers[-1]["dl_ds"], dtype=np.float64))
    else:
        sys.exit(f"{lesson_path}: loss {loss} is not in the benchmark")
    return lesson, ws, bs, x0, y


ACTIVATIONS = {"tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid, "linear": None}


def make_model(lesson, ws, bs):
    mods = []
    for spec, w, b in zip(lesson["network"]["layers"], ws, bs):
        lin = torch.nn.Linear(w.shape[1], w.shape[0])
        with torch.no_grad():
            lin.weight.copy_(torch.from_numpy(w))
            lin.bias.copy_(torch.from_numpy(b))
        mods.append(lin)
        act = ACTIVATIONS[spec["activation"]]
        if act is not None:
            mods.append(act())
    return torch.nn.Sequential(*mods)


def make_training(lesson, ws, bs, x0, y):
    model = make_model(lesson, ws, bs)
    X = torch.from_numpy(np.ascontiguousarray(x0.T))  # (N, inputs): PyTorch's samples are rows
    Y = torch.from_numpy(np.ascontiguousarray(y.T))   # (N, outputs)
    loss_fn = torch.nn.MSELoss() if lesson["loss"] == "mse" else torch.nn.BCELoss()
    t = lesson["training"]
    assert t["optimizer"] == "sgd" and t["batch_size"] == "full"
    lr = t["learning_rate"]
    params = list(model.parameters())

    # Plain SGD written out (what torch.optim.SGD does without momentum, p.add_(g, alpha=−η)):
    # measured 5–20 % faster here than zero_grad() + optim.SGD.step(), so PyTorch gets its best loop.
    def step():
        for p in params:
            p.grad = None
        loss = loss_fn(model(X), Y)  # mse: mean (f − y)²;  bce: −mean [y log f + (1 − y) log(1 − f)]
        loss.backward()
        with torch.no_grad():
            for p in params:
                p.add_(p.grad, alpha=-lr)  # w ← w − η ∂ℓ/∂w
        return loss

    return step


def best_gflops(f):
    """GFLOP/s of f (a 1024 × 1024 product, 2 n³ FLOPs), best of 5 in wall-clock and in CPU time."""
    f()
    wall, cpu = 1e30, 1e30
    for _ in range(5):
        t0, c0 = time.perf_counter(), time.process_time()
        f()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return 2 * 1024**3 / wall / 1e9, 2 * 1024**3 / cpu / 1e9


def matmul_gflops():
    a = torch.randn(1024, 1024)
    b = torch.randn(1024, 1024)
    return best_gflops(lambda: a @ b)


def numpy_dgemm_gflops():
    a = np.random.rand(1024, 1024)
    b = np.random.rand(1024, 1024)
    return best_gflops(lambda: a @ b)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cli", required=True, help="path of backprop-lab-cli")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--check-steps", type=int, default=50, help="0: no same-training check")
    p.add_argument("lessons", nargs="+", help="LESSON=STEPS pairs")
    a = p.parse_args()

    torch_rate, torch_rate_cpu = matmul_gflops()
    numpy_rate, numpy_rate_cpu = numpy_dgemm_gflops()
    out = {"torch": torch.__version__, "threads": torch.get_num_threads(),
           "torch_matmul_1024_gflops": torch_rate, "torch_matmul_1024_gflops_cpu_time": torch_rate_cpu,
           "numpy_dgemm_1024_gflops": numpy_rate, "numpy_dgemm_1024_gflops_cpu_time": numpy_rate_cpu,
           "lessons": {}}
    for item in a.lessons:
        path, steps = item.rsplit("=", 1)
        steps = int(steps)
        lesson, ws, bs, x0, y = engine_start(a.cli, path)

        # Same training? Batch losses of the first steps, engine against PyTorch.
        rel = None
        if a.check_steps > 0:
            engine_losses = run_json([a.cli, "train", path, "--steps", str(a.check_steps), "--json"])["losses"]
            step = make_training(lesson, ws, bs, x0, y)
            torch_losses = [step().item() for _ in range(a.check_steps)]
            rel = max(abs(e - t) / max(abs(e), 1e-300) for e, t in zip(engine_losses, torch_losses))

        best, best_cpu = 1e30, 1e30
        for _ in range(a.repeats):
            step = make_training(lesson, ws, bs, x0, y)
            for _ in range(max(5, steps // 10)):
                step()
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(steps):
                step()
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)  # CPU time: robust to time-slicing
        out["lessons"][path] = {"steps": steps, "seconds": best, "steps_per_second": steps / best,
                                "cpu_seconds": best_cpu, "steps_per_cpu_second": steps / best_cpu,
                                "loss_check_steps": a.check_steps, "loss_max_relative_difference": rel}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
