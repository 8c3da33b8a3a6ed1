"""Overhead of annstudio's TensorFlow backend: training through annstudio's trainer vs plain ``keras.Model.fit``.

Both train the same Keras model (same layers, same initial weights), on the same data, with the same
optimizer, loss, batch size and ``metrics=["accuracy"]``, in one run of this script. An epoch's time is
the wall time from one ``epoch_end`` to the next (so everything between epochs counts too: annstudio's
weight snapshot for the divergence guard, Keras' reshuffling); the first epoch (tracing) is left out and
the median of the rest reported. The two contenders alternate (annstudio, Keras, annstudio, Keras, ...)
so a slow patch of a shared machine hurts both alike; each figure is the median over all its rounds.

    python benchmarks/tf_overhead.py [--epochs 6] [--rounds 2] [--quick]

Target (issue 3): overhead = Keras' samples/s / annstudio's - 1 <= 10 % (negative: annstudio is faster).
The last column shows both really trained the same model (their shuffles differ, so not identically).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from annstudio.data import Dataset, load_dataset
from annstudio.engine.session import create_run, prepare_targets
from annstudio.project import Project, TrainingConfig
from annstudio.spec import ModelSpec

from bench_common import fashion_subset, print_table


def project_for(data: Dataset, spec: ModelSpec, loss: str, batch: int, epochs: int, lr: float) -> Project:
    return Project(spec, {"name": data.name, "params": {}},
                   TrainingConfig(loss=loss, optimizer={"class_name": "SGD", "config": {"learning_rate": lr}},
                                  batch_size=batch, epochs=epochs, seed=0, metrics=["accuracy"]))


def annstudio_epoch_times(project: Project, data: Dataset) -> tuple[list[float], float]:
    """(seconds per epoch of annstudio's trainer with the TensorFlow backend, first epoch dropped; last loss)."""
    run = create_run(project, backend="tensorflow", dataset=data)
    ends, loss = [], float("nan")
    start = time.perf_counter()
    for event in run.events():
        if event["event"] == "epoch_end":
            ends.append(time.perf_counter())
            loss = event["logs"]["loss"]
        elif event["event"] in ("stopped", "error"):
            raise RuntimeError(event["message"])
    return list(np.diff([start, *ends])[1:]), loss


def keras_epoch_times(project: Project, data: Dataset) -> tuple[list[float], float]:
    """(seconds per epoch of ``keras.Model.fit`` on the same Keras model and initial weights; last loss)."""
    import keras

    from annstudio.backends.tensorflow.model import build_model

    cfg = project.training
    twin = build_model(project.model, seed=cfg.seed, dtype=cfg.dtype)    # for the identical initial weights
    model = keras.models.clone_model(twin.keras_model)
    model.set_weights([twin.get_weights()[key] for key in twin.weight_names])
    model.compile(loss=cfg.loss["name"], optimizer=keras.optimizers.SGD(**cfg.optimizer["config"]),
                  metrics=["accuracy"])
    x = data.x_train.astype(cfg.dtype)
    y = prepare_targets(data.y_train, cfg.loss, data, cfg.dtype)

    class EpochEnds(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.ends: list[float] = []

        def on_epoch_end(self, epoch, logs=None):
            self.ends.append(time.perf_counter())

    timer = EpochEnds()
    start = time.perf_counter()
    fitted = model.fit(x, y, batch_size=cfg.batch_size, epochs=cfg.epochs, verbose=0, shuffle=True, callbacks=[timer])
    return list(np.diff([start, *timer.ends])[1:]), fitted.history["loss"][-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=6, help="epochs per run, the first (tracing) not counted")
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs per contender")
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    args = parser.parse_args()
    if args.epochs < 2:
        parser.error("--epochs must be >= 2 (the first epoch is not timed)")

    images = fashion_subset(2000 if args.quick else 12000, 500)
    points = load_dataset("toy_circle", n_samples=400 if args.quick else 4000, test_ratio=0.5, seed=0)
    mlp = ModelSpec.stack([784], [("Dense", {"units": 300, "activation": "relu"}),
                                  ("Dense", {"units": 100, "activation": "relu"}),
                                  ("Dense", {"units": 10, "activation": "softmax"})])
    small = ModelSpec.stack([2], [("Dense", {"units": 8, "activation": "tanh"}),
                                  ("Dense", {"units": 8, "activation": "tanh"}),
                                  ("Dense", {"units": 1, "activation": "sigmoid"})])
    scce = "sparse_categorical_crossentropy"
    cases = [
        ("784-300-100-10 relu/softmax, batch 32", images, project_for(images, mlp, scce, 32, args.epochs, 0.01)),
        ("784-300-100-10 relu/softmax, batch 256", images, project_for(images, mlp, scce, 256, args.epochs, 0.01)),
        ("2-8-8-1 tanh/sigmoid, batch 10", points,
         project_for(points, small, "binary_crossentropy", 10, args.epochs, 0.1)),
    ]
    import tensorflow as tf

    rows = []
    for name, data, project in cases:
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.rounds):
            times, loss_ours = annstudio_epoch_times(project, data)
            ours += times
            times, loss_keras = keras_epoch_times(project, data)
            theirs += times
        n = len(data.x_train)
        r_ours, r_keras = n / statistics.median(ours), n / statistics.median(theirs)
        rows.append((name, f"{n:,}", f"{r_ours:,.0f}", f"{r_keras:,.0f}", f"{100 * (r_keras / r_ours - 1):+.1f} %",
                     f"{len(ours)}+{len(theirs)}", f"{loss_ours:.4f} / {loss_keras:.4f}"))

    print(f"\nTensorFlow {tf.__version__}, Keras {__import__('keras').__version__}, {os.cpu_count()} CPU threads; "
          f"medians of {args.rounds} x {args.epochs - 1} epochs per contender; overhead target <= 10 %\n")
    header = ("case", "samples", "annstudio TF/s", "keras fit/s", "overhead", "epochs timed",
              "last loss (annstudio / keras)")
    print_table(header, rows)


if __name__ == "__main__":
    main()
