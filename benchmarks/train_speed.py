"""Training throughput: annstudio's NumPy backend vs Keras ``fit`` vs scikit-learn ``MLPClassifier``.

All three train the same architecture on the same data with the same batch size, in one run of this
script; each figure is the median over all timed epochs of all rounds (the first epoch of each Keras fit,
which traces and compiles, is left out). The contenders take turns round by round, so a slow patch of a
shared machine hurts all alike. The machine's float32 matmul peak is measured too, so case (b) can be put in
FLOP terms, and so are the *plain products* of case (b): the same eight matrix products a training step needs,
on the same batches, as plain NumPy calls with nothing else. They were the floor of the step until annstudio
began to arrange its first layer's products between the two cores (``backends/numpy/kernel_halves.py``):
OpenBLAS, left to itself, splits the forward and the update of a kernel differently between its threads.

    python benchmarks/train_speed.py [--epochs 5] [--rounds 2] [--recipe-repeats 3] [--quick]

Targets (issue 16): (a) >= 20x Keras and >= 3x scikit-learn; (b) batch 32 at >= 40 % of the matmul peak,
batch 256 at >= 65 %. Then (c), the notes' whole recipe end to end against Keras ``fit`` alone, alternating
(``recipe_speed.py``; ``--recipe-repeats 0`` leaves it out): <= 25 s and >= 4.5x.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
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

from bench_common import fashion_subset, print_table


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


def plain_products_rates(data: Dataset, sizes: list[int], batch: int, epochs: int) -> list[float]:
    """Samples per second of the matrix products alone, as plain NumPy calls: per batch, the forward product of
    every layer and the weight- and input-gradient products of the backward pass (none for the first layer's
    input), on the same shuffled batches and shapes as a training step, into preallocated outputs."""
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


SIZES_B = [784, 300, 100, 10]
CASES = {  # id: (name, target)
    "a": ("(a) 2-8-8-1 tanh/sigmoid, batch 10", ">= 20x / >= 3x"),
    "b32": ("(b) 784-300-100-10 relu/softmax, batch 32", ">= 40 % of peak"),
    "b256": ("(b) 784-300-100-10 relu/softmax, batch 256", ">= 65 % of peak"),
}
CONTENDERS = ("ours", "keras", "sklearn")


def interleaved(run_events, images: Dataset, batch: int, epochs: int) -> dict[str, list[float]]:
    """annstudio's per-epoch samples/s, then as many epochs of the plain products, with a probe of the matmul peak
    before, between and after: the three see nearly the same moment of a shared machine (a second or two here),
    and neither block is slowed by the other's traffic in the caches. Each epoch is put against the mean of the
    probes around its block."""
    peaks = [matmul_peak_gflops(repeats=3)]
    rates = [event["samples_per_second"] for event in run_events if event["event"] == "epoch_end"]
    peaks.append(matmul_peak_gflops(repeats=3))
    floor = plain_products_rates(images, SIZES_B, batch, epochs)
    peaks.append(matmul_peak_gflops(repeats=3))
    return {"rates": rates, "floor": floor,
            "peaks": [(peaks[0] + peaks[1]) / 2] * len(rates), "floor_peaks": [(peaks[1] + peaks[2]) / 2] * len(floor)}


def measure(case: str, contender: str, epochs: int, quick: bool) -> dict[str, list[float]] | list[float]:
    """Per-epoch samples/s of one contender on one case (for annstudio on case (b): ``interleaved``'s dict)."""
    if case == "a":
        toy = load_dataset("toy_circle", n_samples=4000 if not quick else 400, test_ratio=0.5, seed=0)
        spec_a = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                       ("Dense", {"units": 8, "activation": "tanh"}),
                                       ("Dense", {"units": 1, "activation": "sigmoid"})])
        run = {"ours": lambda: annstudio_rates(toy, spec_a, "binary_crossentropy", 10, epochs, 0.1),
               "keras": lambda: keras_rates(toy, [2, 8, 8, 1], ["tanh", "tanh", "sigmoid"], "binary_crossentropy",
                                            10, epochs, 0.1),
               "sklearn": lambda: sklearn_rates(toy, (8, 8), "tanh", 10, epochs, 0.1),
               "floor": list}
        return run[contender]()
    batch = int(case[1:])
    images = fashion_subset(2000 if quick else 12000, 1000)
    spec_b = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}),
                                     ("Dense", {"units": 100, "activation": "relu"}),
                                     ("Dense", {"units": 10, "activation": "softmax"})])
    scce = "sparse_categorical_crossentropy"
    project = Project(spec_b, {"name": images.name, "params": {}},
                      TrainingConfig(loss=scce, optimizer={"class_name": "SGD", "config": {"learning_rate": 0.01}},
                                     batch_size=batch, epochs=epochs, seed=0, metrics=["accuracy"]))
    run = {"ours": lambda: interleaved(create_run(project, dataset=images).events(), images, batch, epochs),
           "keras": lambda: keras_rates(images, SIZES_B, ["relu", "relu", "softmax"], scce, batch, epochs, 0.01),
           "sklearn": lambda: sklearn_rates(images, (300, 100), "relu", batch, epochs, 0.01)}
    return run[contender]()


def measure_in_child(case: str, contender: str, epochs: int, quick: bool) -> dict[str, list[float]] | list[float]:
    """``measure`` in a fresh process: TensorFlow's threads (and any other contender's) never share a process
    with the next contender's BLAS threads."""
    command = [sys.executable, __file__, "--child", case, contender, "--epochs", str(epochs), *(["--quick"] if quick else [])]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=5, help="timed epochs per contender and round")
    parser.add_argument("--rounds", type=int, default=2, help="rounds; the contenders take turns in each")
    parser.add_argument("--recipe-repeats", type=int, default=3,
                        help="alternating runs of the whole recipe, annstudio vs Keras (0: none)")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run (recipe: 1 epoch)")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "CONTENDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child, args.epochs, args.quick)))
        return

    rows, peaks = [], []
    per_sample = flops_per_sample(SIZES_B)
    for case, (name, target) in CASES.items():
        rates: dict[str, list[float]] = {c: [] for c in (*CONTENDERS, "floor", "peaks", "floor_peaks")}
        for _ in range(args.rounds):
            for contender in CONTENDERS:
                got = measure_in_child(case, contender, args.epochs, args.quick)
                if isinstance(got, dict):
                    for key, values in got.items():
                        rates["ours" if key == "rates" else key] += values
                else:
                    rates[contender] += got
        r_np, r_k, r_s = (statistics.median(rates[k]) for k in ("ours", "keras", "sklearn"))
        if case == "a":
            flops = floor_text = "-"
        else:  # each epoch against the peak probed right after it, then the median
            peaks += rates["peaks"]
            share = statistics.median(r * per_sample / 1e9 / p for r, p in zip(rates["ours"], rates["peaks"], strict=True))
            floor_share = statistics.median(r * per_sample / 1e9 / p
                                            for r, p in zip(rates["floor"], rates["floor_peaks"], strict=True))
            flops = f"{r_np * per_sample / 1e9:.1f} ({100 * share:.0f} %)"
            floor_text = f"{statistics.median(rates['floor']) * per_sample / 1e9:.1f} ({100 * floor_share:.0f} %)"
        samples = {"a": 200 if args.quick else 2000}.get(case, 2000 if args.quick else 12000)  # training samples
        rows.append((name, f"{samples:,}", f"{r_np:,.0f}", f"{r_k:,.0f}", f"{r_s:,.0f}", f"{r_np / r_k:.1f}x",
                     f"{r_np / r_s:.1f}x", flops, floor_text, target))

    print(f"\nfloat32 matmul peak, probed around every block of epochs: median {statistics.median(peaks):.1f} GFLOP/s "
          f"(range {min(peaks):.1f}-{max(peaks):.1f}); % of peak: each epoch against the probes around its block, median; "
          f"numpy {np.__version__}; medians of {args.rounds} rounds x {args.epochs} epochs, each contender in a "
          f"process of its own\n")
    header = ("case", "samples", "annstudio/s", "keras/s", "sklearn/s", "vs keras", "vs sklearn",
              "GFLOP/s (% peak)", "plain products (% peak)", "target")
    print_table(header, rows)
    if args.recipe_repeats > 0:
        import recipe_speed

        recipe_speed.report(recipe_speed.measure_recipe(args.recipe_repeats, 1 if args.quick else 30))


if __name__ == "__main__":
    main()
