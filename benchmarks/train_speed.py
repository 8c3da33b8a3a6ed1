"""Training throughput: annstudio's NumPy backend vs Keras ``fit`` vs scikit-learn ``MLPClassifier``.

All three train the same architecture on the same data with the same batch size, in one run of this
script; each figure is the median over several epochs (the first epoch of Keras, which traces and
compiles, is left out). The machine's float32 matmul peak is measured too, so case (b) at batch 256
can be put in FLOP terms.

    python benchmarks/train_speed.py [--epochs 5] [--quick]

Targets (issue 2): (a) NumPy >= 8x Keras and >= 2x scikit-learn; (b) batch 32 >= 2x Keras and
>= 1.3x scikit-learn; batch 256 >= 40 % of the matmul peak in FLOP terms.
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


def annstudio_rate(data: Dataset, spec: ModelSpec, loss: str, batch: int, epochs: int, lr: float) -> float:
    project = Project(spec, {"name": data.name, "params": {}},
                      TrainingConfig(loss=loss, optimizer={"class_name": "SGD", "config": {"learning_rate": lr}},
                                     batch_size=batch, epochs=epochs, seed=0, metrics=["accuracy"]))
    run = create_run(project, dataset=data)
    rates = [e["samples_per_second"] for e in run.events() if e["event"] == "epoch_end"]
    return statistics.median(rates)


def keras_rate(data: Dataset, sizes: list[int], acts: list[str], loss: str, batch: int, epochs: int, lr: float) -> float:
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
    return len(x) / statistics.median(timer.times[1:])


def sklearn_rate(data: Dataset, hidden: tuple[int, ...], activation: str, batch: int, epochs: int, lr: float) -> float:
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
    return len(x) / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=5, help="timed epochs per contender (median reported)")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    args = parser.parse_args()
    epochs = args.epochs

    peak = matmul_peak_gflops()
    rows = []

    toy = load_dataset("toy_circle", n_samples=4000 if not args.quick else 400, test_ratio=0.5, seed=0)
    spec_a = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}), ("Dense", {"units": 8, "activation": "tanh"}),
                                   ("Dense", {"units": 1, "activation": "sigmoid"})])
    a_np = annstudio_rate(toy, spec_a, "binary_crossentropy", 10, epochs, 0.1)
    a_keras = keras_rate(toy, [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "binary_crossentropy", 10, epochs, 0.1)
    a_sk = sklearn_rate(toy, (8, 8), "tanh", 10, epochs, 0.1)
    rows.append(("(a) 2-8-8-1 tanh/sigmoid, batch 10", len(toy.x_train), a_np, a_keras, a_sk, None, "8x / 2x"))

    images = fashion_subset(2000 if args.quick else 12000, 1000)
    sizes = [784, 300, 100, 10]
    spec_b = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}),
                                     ("Dense", {"units": 100, "activation": "relu"}),
                                     ("Dense", {"units": 10, "activation": "softmax"})])
    for batch, target in ((32, "2x / 1.3x"), (256, ">= 40 % peak")):
        b_np = annstudio_rate(images, spec_b, "sparse_categorical_crossentropy", batch, epochs, 0.01)
        b_keras = keras_rate(images, sizes, ["relu", "relu", "softmax"], "sparse_categorical_crossentropy", batch, epochs, 0.01)
        b_sk = sklearn_rate(images, (300, 100), "relu", batch, epochs, 0.01)
        gflops = b_np * flops_per_sample(sizes) / 1e9
        rows.append((f"(b) 784-300-100-10 relu/softmax, batch {batch}", len(images.x_train), b_np, b_keras, b_sk, gflops, target))

    print(f"\nfloat32 matmul peak (median of repeats, best shape): {peak:.1f} GFLOP/s; numpy {np.__version__}\n")
    header = ("case", "samples", "annstudio/s", "keras/s", "sklearn/s", "vs keras", "vs sklearn", "GFLOP/s (% peak)", "target")
    table = [header]
    for name, n, r_np, r_k, r_s, gf, target in rows:
        table.append((name, f"{n:,}", f"{r_np:,.0f}", f"{r_k:,.0f}", f"{r_s:,.0f}", f"{r_np / r_k:.1f}x", f"{r_np / r_s:.1f}x",
                      "-" if gf is None else f"{gf:.1f} ({100 * gf / peak:.0f} %)", target))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in table[1:]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
