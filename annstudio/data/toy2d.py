"""2-D toy sets of the TensorFlow Playground family, generated with ``numpy.random.default_rng(seed)``.

Coordinates are in Playground units: the points lie roughly in ``[-6, 6] x [-6, 6]`` (the
Playground's plot area), so a decision-region plot of that square shows everything. The
formulas follow the Playground's ``dataset.ts``; its labels -1/+1 become 0/1 here. ``noise`` is
the Playground's noise slider as a fraction (0..0.5 = 0..50 %): for ``toy_circle``, ``toy_xor``,
``plane`` and ``multi_gaussian`` the *label* is computed at a jittered position (so noise flips
labels near the boundary), for ``gaussians`` it widens the clouds (variance 0.5..4), for ``spiral``
it jitters the points by up to +-noise, for ``moons`` by Gaussian noise of std 0.6 * noise (in
``make_moons`` units, before scaling by 10/3).

Same parameters -> identical arrays. The split shuffles (with the same generator) and, for the
classification sets, is stratified so both classes are in the training part.
Default sizes follow the Playground: 500 points for classification, 1200 for regression.
"""
from __future__ import annotations

import numpy as np

from . import texts
from .dataset import Dataset
from .schema import Param, features_param, seed_param, test_ratio_param
from .splits import split_indices

CLASSIFICATION = ("toy_circle", "toy_xor", "gaussians", "spiral", "moons")
REGRESSION = ("plane", "multi_gaussian")


def params_for(name: str) -> dict[str, Param]:
    return {
        "n_samples": Param("int", 1200 if name in REGRESSION else 500, min=10, max=20000,
                           help="number of points (train + test)"),
        "noise": Param("float", 0.0, min=0.0, max=0.5, help="noise as a fraction, 0 to 0.5 (the Playground's 0-50 %)"),
        "test_ratio": test_ratio_param(0.5),
        "seed": seed_param(),
        "features": features_param(),
    }


# ----------------------------------------------------------------------------- generators
# Each returns (x (n, 2) float64, y) with y (n,) 0/1 for classification, (n,) float for regression.

def _halves(n: int) -> tuple[int, int]:
    return n // 2, n - n // 2


def circle(n: int, noise: float, rng: np.random.Generator):
    radius = 5.0
    n_in, n_out = _halves(n)
    xs, ys = [], []
    for count, r_lo, r_hi in ((n_in, 0.0, radius * 0.5), (n_out, radius * 0.7, radius)):
        r = rng.uniform(r_lo, r_hi, count)
        angle = rng.uniform(0.0, 2 * np.pi, count)
        p = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
        jitter = rng.uniform(-radius, radius, (count, 2)) * noise
        label = (np.hypot(*(p + jitter).T) < radius * 0.5).astype(np.int64)
        xs.append(p)
        ys.append(label)
    return np.concatenate(xs), np.concatenate(ys)


def xor(n: int, noise: float, rng: np.random.Generator):
    padding = 0.3
    p = rng.uniform(-5.0, 5.0, (n, 2))
    p += np.where(p > 0, padding, -padding)
    jitter = rng.uniform(-5.0, 5.0, (n, 2)) * noise
    q = p + jitter
    return p, (q[:, 0] * q[:, 1] >= 0).astype(np.int64)


def gaussians(n: int, noise: float, rng: np.random.Generator):
    variance = 0.5 + noise / 0.5 * (4.0 - 0.5)  # Playground: noise 0..0.5 -> variance 0.5..4
    n1, n0 = _halves(n)
    p1 = rng.normal((2.0, 2.0), np.sqrt(variance), (n1, 2))
    p0 = rng.normal((-2.0, -2.0), np.sqrt(variance), (n0, 2))
    return np.concatenate([p1, p0]), np.concatenate([np.ones(n1, np.int64), np.zeros(n0, np.int64)])


def spiral(n: int, noise: float, rng: np.random.Generator):
    xs, ys = [], []
    for count, delta, label in ((n // 2, 0.0, 1), (n - n // 2, np.pi, 0)):
        i = np.arange(count) / count
        r = i * 5.0
        t = 1.75 * i * 2 * np.pi + delta
        p = np.column_stack([r * np.sin(t), r * np.cos(t)]) + rng.uniform(-1.0, 1.0, (count, 2)) * noise
        xs.append(p)
        ys.append(np.full(count, label, np.int64))
    return np.concatenate(xs), np.concatenate(ys)


def moons(n: int, noise: float, rng: np.random.Generator):
    n_outer, n_inner = _halves(n)
    t_out = rng.uniform(0.0, np.pi, n_outer)
    t_in = rng.uniform(0.0, np.pi, n_inner)
    outer = np.column_stack([np.cos(t_out), np.sin(t_out)])
    inner = np.column_stack([1.0 - np.cos(t_in), 1.0 - np.sin(t_in) - 0.5])
    # Gaussian jitter, std 0.6 * noise in make_moons units: noise 0.5 ~ make_moons(noise=0.3), already heavy overlap
    p = np.concatenate([outer, inner]) + rng.normal(0.0, 1.0, (n, 2)) * (0.6 * noise)
    p = (p - (0.5, 0.25)) * (10.0 / 3.0)  # x in [-1, 2] -> [-5, 5]
    return p, np.concatenate([np.zeros(n_outer, np.int64), np.ones(n_inner, np.int64)])


def plane(n: int, noise: float, rng: np.random.Generator):
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    q = p + jitter
    return p, (q[:, 0] + q[:, 1]) / 10.0  # Playground: x + y in [-10, 10] -> [-1, 1]


_BUMPS = ((-4.0, 2.5, 1.0), (0.0, 2.5, -1.0), (4.0, 2.5, 1.0), (-4.0, -2.5, -1.0), (0.0, -2.5, 1.0), (4.0, -2.5, -1.0))


def gaussian_surface(q: np.ndarray) -> np.ndarray:
    """The Playground's regression target at points ``q`` ``(n, 2)``: of the six bumps
    ``sign * clamp(1 - dist / 2, 0, 1)``, the one largest in absolute value."""
    best = np.zeros(len(q))
    for cx, cy, sign in _BUMPS:
        value = sign * np.clip(1.0 - np.hypot(q[:, 0] - cx, q[:, 1] - cy) / 2.0, 0.0, 1.0)
        best = np.where(np.abs(value) > np.abs(best), value, best)
    return best


def multi_gaussian(n: int, noise: float, rng: np.random.Generator):
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    jitter = rng.uniform(-radius, radius, (n, 2)) * noise
    return p, gaussian_surface(p + jitter)


GENERATORS = {"toy_circle": circle, "toy_xor": xor, "gaussians": gaussians, "spiral": spiral,
              "moons": moons, "plane": plane, "multi_gaussian": multi_gaussian}


def load_toy(name: str, n_samples: int = 500, noise: float = 0.0, test_ratio: float = 0.5, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    x, y = GENERATORS[name](n_samples, noise, rng)
    regression = name in REGRESSION
    train, test = split_indices(len(x), test_ratio, rng, labels=None if regression else y)
    x = x.astype(np.float32)
    y = y.astype(np.float32).reshape(-1, 1) if regression else y
    return Dataset(
        name=name,
        x_train=x[train], y_train=y[train],
        x_test=x[test], y_test=y[test],
        task="regression" if regression else "binary",
        class_names=None if regression else ["class 0", "class 1"],
        feature_names=["x1", "x2"],
        description=texts.DESCRIPTIONS[name],
    )
