"""Helpers the benchmark scripts share (they import it as a sibling module when run as scripts)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # a checkout runs without installing

from annstudio.data import Dataset, load_dataset  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile with linear interpolation (``numpy.percentile``'s default); NaN if empty."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def fashion_subset(n: int, n_test: int) -> Dataset:
    """The first ``n`` Fashion-MNIST training images flattened to 784 values (``n_test`` test images); when
    the real files are not installed, random pixels of the same shapes."""
    try:
        return load_dataset("fashion_mnist", validation=0, limit_train=n, limit_test=n_test, flatten=True)
    except Exception as exc:  # noqa: BLE001 - the real files are not installed: same shapes, random pixels
        print(f"(Fashion-MNIST unavailable: {exc}; using random 784-value images)")
        rng = np.random.default_rng(0)
        x = rng.random((n, 784), dtype=np.float32)
        y = rng.integers(0, 10, n)
        return Dataset("random_images", x, y, x[:100], y[:100], task="multiclass")


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A Markdown table with padded columns (the form the README's tables are pasted from)."""
    table = [header, *rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
