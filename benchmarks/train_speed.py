"""Training throughput: annstudio's NumPy backend vs Keras ``fit`` vs scikit-learn ``MLPClassifier``.

All three train the same architecture on the same data with the same batch size, in one run of this
script; each figure is the median over all timed epochs of all rounds (the first epoch of each Keras fit,
which traces and compiles, is left out). The contenders take turns round by round, so a slow patch of a
shared machine hurts all alike. The machine's float32 matmul peak is measured too, so case (b) can be put in
FLOP terms, and so is the *matmul floor* of case (b): the same eight matrix products a training step needs,
on the same batches, with nothing else, i.e. the speed no implementation of the step can pass with this BLAS.

    python benchmarks/train_speed.py [--epochs 5] [--rounds 2] [--quick]

Targets (issue 16): (a) >= 20x Keras and >= 3x scikit-learn; (b) batch 32 at >= 40 % of the matmul peak,
batch 256 at >= 65 %. The whole recipe end to end is ``benchmarks/recipe_speed.py``.
"""
from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from annstudio.data import Dataset, load_dataset
from annstudio.engine.session import create_run
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from bench_common import fashion_subset


def matmul_peak_gflops(repeats: int = 15) -> float:
    """Median float32 GFLOP/s of square matmuls and of the shapes case (b) uses; the best of those medians."""
    rng = np.random.default_rng(0)
    best = 0.0
    for m, k, n in ((1024, 1024, 1024), (2048, 2048, 2048), (256, 784, 300)):
        a = rng.standard_normal((m, k), dtype=np.float32)
        b = rng.standard_normal((k, n), dtype=np.float32)
        out = np.empty((m, n), dtype=np.float32)
        np.matmul(a, b, out=out)
        times = []
        inner = max(1, int(2e9 / (2 * m * k * n)))
        for _ in range(repeats):
            t = time.perf_counter()
            for _ in range(inner):
                np.matmul(a, b, out=out)
            times.append((time.perf_counter() - t) / inner)
        best = max(best, 2 * m * k * n / statistics.median(times) / 1e9)
    return best


def flops_per_sample(sizes: list[int]) -> int:
    """Multiply-adds x 2 of one training step per sample: forward, weight gradients, input gradients (not layer 1)."""
    pairs = list(itertools.pairwise(sizes))
    forward = sum(2 * a * b for a, b in pairs)
    grad_w = forward
    grad_x = sum(2 * a * b for a, b in pairs[1:])
    return forward + grad_w + grad_x


def annstudio_rates(data: Dataset, spec: ModelSpec, loss: str, batch: int, epochs: int, lr: float) -> list[float]:
    """Samples per second of each epoch, as annstudio's trainer reports them (the time of the epoch's batches)."""
    project = Project(spec, {"name": data.name, "params": {}},
                      TrainingConfig(loss=loss, optimizer={"class_name": "SGD", "config": {"learning_rate": lr}},
                                     batch_size=batch, epochs=epochs, seed=0, metrics=["accuracy"]))
    run = create_run(project, dataset=data)
    return [e["samples_per_second"] for e in run.events() if e["event"] == "epoch_end"]


def matmul_floor_rates(data: Dataset, sizes: list[int], batch: int, epochs: int) -> list[float]:
    """Samples per second of the matrix products alone: per batch, the forward product of every layer and the
    weight- and input-gradient products of the backward pass (none for the first layer's input), on the same
    shuffled batches and shapes as a training step, into preallocated outputs."""
    rng = np.random.default_rng(0)
    x_all = data.x_train.reshape(len(data.x_train), -1).astype(np.float32, copy=False)
    weights = [rng.standard_normal((a, b), dtype=np.float32) * 0.05 for a, b in itertools.pairwise(sizes)]
    grads = [np.empty_like(w) for w in weights]
    rates = []
    for _ in range(epochs):
        order = rng.permutation(len(x_all))
        start = time.perf_counter()
        for first in range(0, len(x_all), batch):
            x = x_all[order[first:first + batch]]
            outs = [x]
            for w in weights:
                outs.append(outs[-1] @ w)
            g = outs[-1]
            for i in range(len(weights) - 1, -1, -1):
                np.dot(outs[i].T, g, out=grads[i])
                if i:
                    g = g @ weights[i].T
        rates.append(len(x_all) / (time.perf_counter() - start))
    return rates


def keras_rates(data: Dataset, sizes: list[int], acts: list[str], loss: str, batch: int, epochs: int,
                lr: float) -> list[float]:
    import keras

    keras.utils.set_random_seed(0)
    dense = [keras.layers.Dense(n, activation=a) for n, a in zip(sizes[1:], acts, strict=True)]
    layers = [keras.Input(shape=(sizes[0],)), *dense]
    model = keras.Sequential(layers)
    model.compile(loss=loss, optimizer=keras.optimizers.SGD(learning_rate=lr), metrics=["accuracy"])
    x = data.x_train.reshape(len(data.x_train), -1)
    y = data.y_train.astype(np.float32).reshape(-1, 1) if loss == "binary_crossentropy" else data.y_train

    class Timer(keras.callbacks.Callback):
        def __init__(self):
            self.times = []

        def on_epoch_begin(self, epoch, logs=None):
            self.t = time.perf_counter()

        def on_epoch_end(self, epoch, logs=None):
            self.times.append(time.perf_counter() - self.t)

    timer = Timer()
    model.fit(x, y, batch_size=batch, epochs=epochs + 1, verbose=0, shuffle=True, callbacks=[timer])
    return [len(x) / t for t in timer.times[1:]]


def sklearn_rates(data: Dataset, hidden: tuple[int, ...], activation: str, batch: int, epochs: int,
                  lr: float) -> list[float]:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    x = data.x_train.reshape(len(data.x_train), -1)
    clf = MLPClassifier(hidden_layer_sizes=hidden, activation=activation, solver="sgd", batch_size=batch,
                        learning_rate_init=lr, momentum=0.0, alpha=0.0, random_state=0, shuffle=True)
    classes = np.unique(data.y_train)
    times = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for _ in range(epochs):
            t = time.perf_counter()
            clf.partial_fit(x, data.y_train, classes=classes)
            times.append(time.perf_counter() - t)
    return [len(x) / t for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=5, help="timed epochs per contender and round")
    parser.add_argument("--rounds", type=int, default=2, help="rounds; the contenders take turns in each")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    args = parser.parse_args()
    epochs = args.epochs

    peak = matmul_peak_gflops()
    toy = load_dataset("toy_circle", n_samples=4000 if not args.quick else 400, test_ratio=0.5, seed=0)
    spec_a = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}), ("Dense", {"units": 8, "activation": "tanh"}),
                                   ("Dense", {"units": 1, "activation": "sigmoid"})])
    images = fashion_subset(2000 if args.quick else 12000, 1000)
    sizes = [784, 300, 100, 10]
    spec_b = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}),
                                     ("Dense", {"units": 100, "activation": "relu"}),
                                     ("Dense", {"units": 10, "activation": "softmax"})])
    scce = "sparse_categorical_crossentropy"
    cases = [  # name, data, annstudio, keras, scikit-learn, sizes for the matmul floor (None: not in FLOP terms), target
        ("(a) 2-8-8-1 tanh/sigmoid, batch 10", toy,
         lambda: annstudio_rates(toy, spec_a, "binary_crossentropy", 10, epochs, 0.1),
         lambda: keras_rates(toy, [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "binary_crossentropy", 10, epochs, 0.1),
         lambda: sklearn_rates(toy, (8, 8), "tanh", 10, epochs, 0.1), None, None, ">= 20x / >= 3x"),
    ]
    for batch, target in ((32, ">= 40 % of peak"), (256, ">= 65 % of peak")):
        cases.append((
            f"(b) 784-300-100-10 relu/softmax, batch {batch}", images,
            lambda b=batch: annstudio_rates(images, spec_b, scce, b, epochs, 0.01),
            lambda b=batch: keras_rates(images, sizes, ["relu", "relu", "softmax"], scce, b, epochs, 0.01),
            lambda b=batch: sklearn_rates(images, (300, 100), "relu", b, epochs, 0.01),
            lambda b=batch: matmul_floor_rates(images, sizes, b, epochs), sizes, target))

    rows = []
    for name, data, ours, keras, sklearn, floor, flop_sizes, target in cases:
        rates: dict[str, list[float]] = {"ours": [], "keras": [], "sklearn": [], "floor": []}
        for _ in range(args.rounds):
            rates["ours"] += ours()
            rates["keras"] += keras()
            rates["sklearn"] += sklearn()
            if floor is not None:
                rates["floor"] += floor()
        r_np, r_k, r_s = (statistics.median(rates[k]) for k in ("ours", "keras", "sklearn"))
        if flop_sizes is None:
            flops = floor_text = "-"
        else:
            per_sample = flops_per_sample(flop_sizes)
            gflops, floor_gflops = r_np * per_sample / 1e9, statistics.median(rates["floor"]) * per_sample / 1e9
            flops = f"{gflops:.1f} ({100 * gflops / peak:.0f} %)"
            floor_text = f"{floor_gflops:.1f} ({100 * floor_gflops / peak:.0f} %)"
        rows.append((name, f"{len(data.x_train):,}", f"{r_np:,.0f}", f"{r_k:,.0f}", f"{r_s:,.0f}", f"{r_np / r_k:.1f}x",
                     f"{r_np / r_s:.1f}x", flops, floor_text, target))

    print(f"\nfloat32 matmul peak (median of repeats, best shape): {peak:.1f} GFLOP/s; numpy {np.__version__}; "
          f"medians of {args.rounds} rounds x {epochs} epochs\n")
    header = ("case", "samples", "annstudio/s", "keras/s", "sklearn/s", "vs keras", "vs sklearn",
              "GFLOP/s (% peak)", "matmul floor (% peak)", "target")
    table = [header, *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
