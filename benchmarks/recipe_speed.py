"""The notes' Fashion-MNIST recipe, whole: annstudio end to end vs Keras ``fit`` alone, in one run.

annstudio: ``annstudio train resources/examples/fashion_mnist_mlp.annproj`` as a child process, timed from
its start to its exit (start-up, reading the images, 30 epochs with validation, the test evaluation); its
peak memory is the child's own (``wait4``), and its resident size is sampled every 0.2 s so growth across
epochs shows. Keras: the same recipe (Flatten 28x28 -> 300 relu -> 100 relu -> 10 softmax, SGD 0.01,
batch 32, 30 epochs, the first 5,000 training images for validation, the same scaled images read by the same
loader) in a child process of its own; only ``fit`` is timed. The two alternate, so a slow patch of a shared
machine hurts both alike; medians are reported.

    python benchmarks/recipe_speed.py [--repeats 3] [--epochs 30]

``benchmarks/train_speed.py`` runs it too, after its per-epoch cases (``--recipe-repeats``).

Targets (issue 16): annstudio end to end <= 25 s and >= 4.5x faster than Keras ``fit`` alone, test accuracy
>= 88 %; peak memory <= 400 MB with no growth across epochs.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench_common import ROOT, print_table

RECIPE = ROOT / "resources" / "examples" / "fashion_mnist_mlp.annproj"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def _rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_child(command: list[str]) -> tuple[float, float, list[float], str]:
    """(wall seconds, peak RSS in MB, RSS samples in MB every 0.2 s, standard output) of one child process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            rss = _rss_mb(child.pid)
            if rss is not None:
                samples.append(rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {child.returncode}:\n{output[-2000:]}")
    return wall, usage.ru_maxrss / 1024, samples, output


def keras_recipe(epochs: int) -> None:
    """Child mode: fit the recipe with Keras and print one JSON line (fit seconds, test accuracy)."""
    import keras
    import numpy as np

    from annstudio.data import load_dataset

    data = load_dataset("fashion_mnist", validation=5000, scale=True)
    keras.utils.set_random_seed(0)
    model = keras.Sequential([
        keras.Input(shape=(28, 28)), keras.layers.Flatten(),
        keras.layers.Dense(300, activation="relu"), keras.layers.Dense(100, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ])
    model.compile(loss="sparse_categorical_crossentropy", optimizer=keras.optimizers.SGD(learning_rate=0.01),
                  metrics=["accuracy"])
    start = time.perf_counter()
    model.fit(data.x_train, data.y_train, epochs=epochs, batch_size=32, validation_data=(data.x_val, data.y_val),
              verbose=0)
    fit_seconds = time.perf_counter() - start
    _, accuracy = model.evaluate(data.x_test, data.y_test, verbose=0)
    print(json.dumps({"fit_seconds": fit_seconds, "test_accuracy": float(accuracy), "numpy": np.__version__,
                      "keras": keras.__version__}))


def measure_recipe(repeats: int, epochs: int = 30) -> dict:
    """``repeats`` alternating runs of each contender: annstudio end to end, then Keras' ``fit`` alone."""
    ours, theirs, peaks, growths, accuracies, keras_accuracies = [], [], [], [], [], []
    result: dict = {}
    for _ in range(repeats):
        wall, peak, samples, output = run_child(
            [sys.executable, "-m", "annstudio", "train", str(RECIPE), "--epochs", str(epochs), "--verbose", "0"])
        match = re.search(r"^test:.*accuracy: ([0-9.]+)", output, re.MULTILINE)
        if match is None:
            raise RuntimeError(f"no test accuracy in annstudio's output:\n{output}")
        ours.append(wall)
        peaks.append(peak)
        accuracies.append(float(match.group(1)))
        # growth: the largest resident size in the last quarter of the run against the largest in its second quarter
        quarter = max(1, len(samples) // 4)
        growths.append(max(samples[-quarter:]) - max(samples[quarter:2 * quarter] or samples))
        _, _, _, output = run_child([sys.executable, str(Path(__file__).resolve()), "--keras-child",
                                     "--epochs", str(epochs)])
        result = json.loads(output.strip().splitlines()[-1])
        theirs.append(result["fit_seconds"])
        keras_accuracies.append(result["test_accuracy"])
    return {"epochs": epochs, "ours": ours, "theirs": theirs, "peaks": peaks, "growths": growths,
            "accuracies": accuracies, "keras_accuracies": keras_accuracies, "keras": result.get("keras"),
            "numpy": result.get("numpy")}


def report(m: dict) -> None:
    """Print the recipe's table and its ratio, peak memory and growth lines."""
    ours, theirs, peaks = m["ours"], m["theirs"], m["peaks"]
    ours_s, theirs_s = statistics.median(ours), statistics.median(theirs)
    print(f"\nThe notes' Fashion-MNIST recipe, {m['epochs']} epochs, batch 32; medians of {len(ours)} alternating runs "
          f"(keras {m['keras']}, numpy {m['numpy']}, {os.cpu_count()} CPU threads)\n")
    rows = [
        ("annstudio train, end to end (start to exit)", f"{ours_s:.1f} s", f"{statistics.median(m['accuracies']):.2%}",
         ", ".join(f"{t:.1f}" for t in ours)),
        ("Keras fit alone", f"{theirs_s:.1f} s", f"{statistics.median(m['keras_accuracies']):.2%}",
         ", ".join(f"{t:.1f}" for t in theirs)),
    ]
    header = ("contender", "time", "test accuracy", "each run (s)")
    print_table(header, rows)
    print(f"\nannstudio is {theirs_s / ours_s:.2f}x faster end to end than Keras' fit alone (pairwise: "
          f"{', '.join(f'{k / o:.2f}x' for o, k in zip(ours, theirs, strict=True))}); target >= 4.5x and <= 25 s")
    print(f"annstudio peak memory {statistics.median(peaks):.0f} MB (each: {', '.join(f'{p:.0f}' for p in peaks)}; "
          f"target <= 400 MB); resident growth from the 2nd to the last quarter of the run: "
          f"{', '.join(f'{g:+.1f} MB' for g in m['growths'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="alternating runs of each contender (median reported)")
    parser.add_argument("--epochs", type=int, default=30, help="epochs (the recipe's 30 unless testing the script)")
    parser.add_argument("--keras-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.keras_child:
        keras_recipe(args.epochs)
        return
    report(measure_recipe(args.repeats, args.epochs))


if __name__ == "__main__":
    main()
