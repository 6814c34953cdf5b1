#!/usr/bin/python3
"""Reference values for the engine, computed with PyTorch in float64.

Re-run (from the project root, with Debian's python3-torch and python3-numpy):

    /usr/bin/python3 tests/reference/make_fixtures.py          # writes tests/fixtures/ref_*.json

The output is deterministic (numpy seed per case, one torch thread); tests/engine/test_reference.cpp
reads every tests/fixtures/ref_*.json. Layout is the engine's: samples are columns, matrices are
arrays of rows.

Each fixture holds:
  inputs, layers [{units, activation}], loss, x0 (inputs x N), y (outputs x N),
  parameters [{w (units x inputs), b}]                         -- the starting point
  expected.batch_loss, expected.sample_losses [N]              -- mean of l_n, and each l_n
  expected.layers[l] = {s, x, dl_dx, dl_ds, dl_dw, dl_db}      -- one step's quantities
  optimizer {kind, learning_rate, momentum, beta1, beta2, epsilon}, steps
  expected.losses_per_step [steps]                             -- batch loss before each update
  expected.parameters_after [{w, b}]                           -- after `steps` updates on the same batch

Per-sample gradients (dl_ds, dl_dx; column n = d l_n / d . of sample n's own loss) are read off
the graph of the SUM of the per-sample losses, l = sum_n l_n, with retain_grad() on s and x:
sample n's s and x only reach l_n, so d(sum_n l_n)/ds[:, n] = d l_n / ds[:, n].
dl_dw and dl_db are the gradients of the MEAN loss (what the optimiser steps on).

Losses (per sample n, summed over outputs i):
  mse                    l_n = sum_i (f_i - y_i)^2
  half_mse               l_n = 1/2 sum_i (f_i - y_i)^2
  bce                    l_n = -sum_i [y_i log f_i + (1 - y_i) log(1 - f_i)],  f = sigmoid(s)
  softmax_cross_entropy  l_n = -sum_i y_i log f_i,                              f = softmax(s), sum_i y_i = 1
Optimisers are torch.optim.SGD (momentum 0 or 0.9, dampening 0, no Nesterov) and torch.optim.Adam
(betas 0.9, 0.999, eps 1e-8), i.e. the conventions documented in src/engine/optimizer.hpp.
"""
import json
import os
import re

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)

LEAKY_SLOPE = 0.01
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "fixtures"))

# name, inputs, [(units, activation)], loss, batch N, optimizer kind, learning rate, seed
CASES = [
    ("tanh_linear_mse_sgd", 1, [(4, "tanh"), (1, "linear")], "mse", 6, "sgd", 0.1, 11),
    ("sigmoid_sigmoid_half_mse_momentum_batch1", 2, [(3, "sigmoid"), (1, "sigmoid")], "half_mse", 1, "momentum", 0.2, 12),
    ("relu_leaky_relu_linear_mse_adam_3layer", 3, [(5, "relu"), (4, "leaky_relu"), (2, "linear")], "mse", 4, "adam", 0.01, 13),
    ("leaky_relu_sigmoid_bce_sgd", 2, [(4, "leaky_relu"), (1, "sigmoid")], "bce", 5, "sgd", 0.3, 14),
    ("tanh_softmax_cross_entropy_momentum", 3, [(5, "tanh"), (3, "softmax")], "softmax_cross_entropy", 4, "momentum", 0.05, 15),
    ("linear_linear_half_mse_adam_batch1", 2, [(3, "linear"), (2, "linear")], "half_mse", 1, "adam", 0.05, 16),
    ("sigmoid_tanh_sigmoid_bce_momentum_3layer", 2, [(4, "sigmoid"), (3, "tanh"), (2, "sigmoid")], "bce", 3, "momentum", 0.1, 17),
    ("relu_softmax_cross_entropy_adam_batch1", 2, [(4, "relu"), (3, "softmax")], "softmax_cross_entropy", 1, "adam", 0.02, 18),
    ("leaky_relu_relu_mse_sgd", 2, [(3, "leaky_relu"), (2, "relu")], "mse", 3, "sgd", 0.05, 19),
    ("tanh_tanh_half_mse_sgd", 1, [(3, "tanh"), (1, "tanh")], "half_mse", 5, "sgd", 0.2, 20),
]
STEPS = 5


def activate(name, s):
    if name == "linear":
        return s * 1.0  # a new node, so that x has its own gradient
    if name == "sigmoid":
        return torch.sigmoid(s)
    if name == "tanh":
        return torch.tanh(s)
    if name == "relu":
        return torch.relu(s)
    if name == "leaky_relu":
        return torch.nn.functional.leaky_relu(s, LEAKY_SLOPE)
    if name == "softmax":
        return torch.softmax(s, dim=0)  # per column (sample)
    raise ValueError(name)


def sample_losses(loss, f, y):
    """l_n for every sample: a length-N vector. f and y are (outputs, N)."""
    if loss == "mse":
        return ((f - y) ** 2).sum(0)
    if loss == "half_mse":
        return 0.5 * ((f - y) ** 2).sum(0)
    if loss == "bce":
        return -(y * torch.log(f) + (1 - y) * torch.log(1 - f)).sum(0)
    if loss == "softmax_cross_entropy":
        return -(y * torch.log(f)).sum(0)
    raise ValueError(loss)


def draw_case(rng, inputs, layers, loss, n):
    """Short decimals (4 places), so the files stay small and read the same in C++."""
    x0 = np.round(rng.uniform(-1.5, 1.5, size=(inputs, n)), 4)
    params = []
    fan_in = inputs
    for units, _ in layers:
        a = 1.5 / np.sqrt(fan_in)
        w = np.round(rng.uniform(-a, a, size=(units, fan_in)), 4)
        b = np.round(rng.uniform(-0.5, 0.5, size=units), 4)
        params.append((w, b))
        fan_in = units
    outputs = layers[-1][0]
    if loss in ("mse", "half_mse"):
        y = np.round(rng.uniform(-1.0, 1.0, size=(outputs, n)), 4)
    elif loss == "bce":
        y = rng.integers(0, 2, size=(outputs, n)).astype(float)
        y[0, 0] = 0.25  # one soft target
    else:  # probability columns: one-hot and one soft column
        y = np.zeros((outputs, n))
        for j in range(n):
            y[rng.integers(0, outputs), j] = 1.0
        if n > 1:
            y[:, 1] = [0.5, 0.25, 0.25][:outputs] if outputs == 3 else np.full(outputs, 1.0 / outputs)
    return x0, params, y


def forward(params, acts, x0):
    """Lists s, x per layer (s and x retain their gradients)."""
    s_list, x_list = [], []
    x = x0
    for (w, b), act in zip(params, acts):
        s = w @ x + b[:, None]
        x = activate(act, s)
        s.retain_grad()
        x.retain_grad()
        s_list.append(s)
        x_list.append(x)
    return s_list, x_list


def rows(t):
    return t.detach().numpy().tolist()


def make(name, inputs, layers, loss, n, kind, lr, seed):
    rng = np.random.default_rng(seed)
    x0_np, params_np, y_np = draw_case(rng, inputs, layers, loss, n)
    acts = [a for _, a in layers]
    x0 = torch.tensor(x0_np)
    y = torch.tensor(y_np)

    # One step's quantities: per-sample gradients from the sum of l_n ...
    params = [(torch.tensor(w, requires_grad=True), torch.tensor(b, requires_grad=True)) for w, b in params_np]
    s_list, x_list = forward(params, acts, x0)
    per_sample = sample_losses(loss, x_list[-1], y)
    per_sample.sum().backward()
    dl_ds = [s.grad.clone() for s in s_list]
    dl_dx = [x.grad.clone() for x in x_list]
    # ... and the parameter gradients from the mean.
    params = [(torch.tensor(w, requires_grad=True), torch.tensor(b, requires_grad=True)) for w, b in params_np]
    s_list, x_list = forward(params, acts, x0)
    batch = sample_losses(loss, x_list[-1], y).mean()
    batch.backward()

    expected_layers = []
    for l in range(len(layers)):
        expected_layers.append({
            "s": rows(s_list[l]), "x": rows(x_list[l]),
            "dl_dx": rows(dl_dx[l]), "dl_ds": rows(dl_ds[l]),
            "dl_dw": rows(params[l][0].grad), "dl_db": params[l][1].grad.numpy().tolist(),
        })

    # `STEPS` optimiser steps on the same batch, from the same starting parameters.
    params = [(torch.tensor(w, requires_grad=True), torch.tensor(b, requires_grad=True)) for w, b in params_np]
    flat = [p for pair in params for p in pair]
    optimizer = {"kind": kind, "learning_rate": lr, "momentum": 0.9, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}
    if kind == "sgd":
        opt = torch.optim.SGD(flat, lr=lr)
    elif kind == "momentum":
        opt = torch.optim.SGD(flat, lr=lr, momentum=0.9)
    else:
        opt = torch.optim.Adam(flat, lr=lr, betas=(0.9, 0.999), eps=1e-8, foreach=False)
    losses = []
    for _ in range(STEPS):
        opt.zero_grad()
        _, x_list = forward(params, acts, x0)
        batch_loss = sample_losses(loss, x_list[-1], y).mean()
        batch_loss.backward()
        losses.append(batch_loss.item())
        opt.step()

    return {
        "name": name,
        "generator": "tests/reference/make_fixtures.py (PyTorch %s, float64)" % torch.__version__,
        "inputs": inputs,
        "layers": [{"units": u, "activation": a} for u, a in layers],
        "loss": loss,
        "x0": x0_np.tolist(),
        "y": y_np.tolist(),
        "parameters": [{"w": w.tolist(), "b": b.tolist()} for w, b in params_np],
        "optimizer": optimizer,
        "steps": STEPS,
        "expected": {
            "batch_loss": batch.item(),
            "sample_losses": per_sample.detach().numpy().tolist(),
            "layers": expected_layers,
            "losses_per_step": losses,
            "parameters_after": [{"w": rows(w), "b": b.detach().numpy().tolist()} for w, b in params],
        },
    }


def dump(case):
    """Indented JSON with every array of plain numbers (a matrix row, a vector) on one line."""
    text = json.dumps(case, indent=1)
    return re.sub(r"\[\s*([-+0-9.eE,\s]+?)\s*\]",
                  lambda m: "[" + ", ".join(v.strip() for v in m.group(1).split(",")) + "]", text) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for spec in CASES:
        case = make(*spec)
        path = os.path.join(OUT, "ref_%s.json" % case["name"])
        with open(path, "w") as f:
            f.write(dump(case))
        print("%-60s %6d bytes  loss %.6g" % (os.path.relpath(path), os.path.getsize(path), case["expected"]["batch_loss"]))


if __name__ == "__main__":
    main()
