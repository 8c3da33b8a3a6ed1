"""Splitting, standardisation and one-hot encoding: small pure functions on NumPy arrays.

Every random choice goes through ``numpy.random.default_rng(seed)``, so the same seed gives the
same split on every machine and NumPy version that keeps ``Generator.permutation`` stable.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import Message
from .errors import DataError


def split_indices(n: int, test_ratio: float, rng: np.random.Generator,
                  labels: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Shuffled ``(train_idx, test_idx)`` for ``n`` samples with about ``test_ratio * n`` test samples.

    With ``labels`` the split is stratified: each class gives ``round(count * test_ratio)`` samples
    to the test part, but keeps at least one in the training part (a class with a single sample
    stays in training). Both parts get at least one sample when ``n >= 2``.
    """
    if n < 2:
        raise DataError(Message("need at least 2 samples to make a train/test split, got {n}", n=n))
    if not 0.0 < test_ratio < 1.0:
        raise DataError(Message(
            "test_ratio must be between 0 and 1 (exclusive), got {test_ratio}",
            test_ratio=test_ratio))
    if labels is None:
        perm = rng.permutation(n)
        n_test = min(max(_round_half_up(n * test_ratio), 1), n - 1)
        return perm[n_test:], perm[:n_test]

    labels = np.asarray(labels)
    classes, counts = np.unique(labels, return_counts=True)
    quotas = _stratified_quotas(counts, test_ratio, _round_half_up(n * test_ratio))
    train_parts, test_parts = [], []
    for cls, k in zip(classes, quotas, strict=True):
        idx = rng.permutation(np.flatnonzero(labels == cls))
        test_parts.append(idx[:k])
        train_parts.append(idx[k:])
    train = np.concatenate(train_parts)
    test = np.concatenate(test_parts)
    if len(test) == 0:  # every class had one sample: move one training sample to the test part
        train, test = train[1:], train[:1]
    return rng.permutation(train), rng.permutation(test)


def _round_half_up(value: float) -> int:
    return int(np.floor(value + 0.5))


def _stratified_quotas(counts: np.ndarray, ratio: float, total: int) -> list[int]:
    """Test samples per class: ``floor(count * ratio)`` plus the leftover of ``total`` given to the
    classes with the largest fractional parts; a class of >= 2 keeps one sample in each part, a
    class of one stays in training."""
    exact = counts * ratio
    quotas = np.floor(exact).astype(int)
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - quotas[i]), -counts[i], i))
    for i in order[: max(total - int(quotas.sum()), 0)]:
        quotas[i] += 1
    for i, count in enumerate(counts):
        quotas[i] = 0 if count < 2 else min(max(quotas[i], 1), count - 1)
    return [int(q) for q in quotas]


def train_test_split(x: np.ndarray, y: np.ndarray, test_ratio: float, seed: int = 0,
                     stratify: bool | None = None):
    """``(x_train, y_train, x_test, y_test)``; stratified by default when ``y`` holds class labels."""
    if stratify is None:
        stratify = _is_label_vector(y)
    rng = np.random.default_rng(seed)
    tr, te = split_indices(len(x), test_ratio, rng, labels=y if stratify else None)
    return x[tr], y[tr], x[te], y[te]


def train_val_split(x: np.ndarray, y: np.ndarray, fraction: float, *, seed: int = 0,
                    shuffle: bool = True, stratify: bool | None = None):
    """Hold out ``fraction`` of the samples for validation: ``(x_train, y_train, x_val, y_val)``.

    ``shuffle=True`` (default): a seeded random split, stratified when ``y`` holds class labels
    (``stratify=None`` decides that automatically).
    ``shuffle=False``: the *last* ``fraction`` becomes the validation set, exactly what Keras'
    ``fit(validation_split=...)`` does, so both trainers can agree on it.
    """
    x = np.asarray(x)
    y = np.asarray(y)
    if len(x) != len(y):
        raise DataError(Message(
            "x has {count} samples but y has {count2}; they must match",
            count=len(x), count2=len(y)))
    if not 0.0 < fraction < 1.0:
        raise DataError(Message(
            "validation fraction must be between 0 and 1 (exclusive), got {fraction}",
            fraction=fraction))
    n = len(x)
    if shuffle:
        return train_test_split(x, y, fraction, seed=seed, stratify=stratify)
    if n < 2:
        raise DataError(Message("need at least 2 samples to hold out a validation set, got {n}", n=n))
    # Keras: split_at = int(n * (1 - validation_split)); validation = x[split_at:]
    split_at = min(max(int(n * (1.0 - fraction)), 1), n - 1)
    return x[:split_at], y[:split_at], x[split_at:], y[split_at:]


def _is_label_vector(y: np.ndarray) -> bool:
    y = np.asarray(y)
    return y.ndim == 1 and (np.issubdtype(y.dtype, np.integer) or y.dtype == np.bool_)


@dataclass
class Standardizer:
    """Per-feature ``(x - mean) / scale`` with statistics from the training part only.

    ``mean``/``scale`` have the shape of one sample (``x.shape[1:]``); a constant feature gets
    scale 1 so it maps to 0 instead of dividing by zero.
    """

    mean: np.ndarray
    scale: np.ndarray

    @classmethod
    def fit(cls, x_train: np.ndarray) -> Standardizer:
        x_train = np.asarray(x_train, dtype=np.float64)
        if len(x_train) == 0:
            raise DataError(Message("cannot standardise: the training part is empty"))
        mean = x_train.mean(axis=0)
        scale = x_train.std(axis=0)
        scale[scale == 0] = 1.0
        return cls(mean.astype(np.float32), scale.astype(np.float32))

    def transform(self, x: np.ndarray) -> np.ndarray:
        return ((np.asarray(x, dtype=np.float32) - self.mean) / self.scale).astype(np.float32, copy=False)

    def inverse_transform(self, x: np.ndarray) -> np.ndarray:
        return (np.asarray(x, dtype=np.float32) * self.scale + self.mean).astype(np.float32, copy=False)

    def to_dict(self) -> dict:
        return {"mean": self.mean.tolist(), "scale": self.scale.tolist()}

    @classmethod
    def from_dict(cls, data: dict) -> Standardizer:
        return cls(np.asarray(data["mean"], dtype=np.float32), np.asarray(data["scale"], dtype=np.float32))


def standardize(x_train: np.ndarray, *others: np.ndarray | None):
    """Standardise ``x_train`` and any ``others`` with statistics fitted on ``x_train`` only.

    Returns ``(standardizer, x_train_std, *others_std)``; a ``None`` in ``others`` stays ``None``.
    """
    scaler = Standardizer.fit(x_train)
    return (scaler, scaler.transform(x_train), *(None if o is None else scaler.transform(o) for o in others))


def one_hot(y: np.ndarray, n: int | None = None) -> np.ndarray:
    """``(n_samples,)`` class labels -> ``(n_samples, n)`` float32 one-hot rows.

    ``n`` defaults to ``max(y) + 1``; a label outside ``0..n-1`` raises ``DataError``.
    """
    y = np.asarray(y)
    if y.ndim != 1:
        raise DataError(Message(
            "one_hot expects class labels of shape (n,), got shape {shape}",
            shape=y.shape))
    if y.size and not (np.issubdtype(y.dtype, np.integer) or y.dtype == np.bool_):
        if not (np.issubdtype(y.dtype, np.floating) and np.all(y == np.round(y))):
            raise DataError(Message("one_hot expects integer class labels, got dtype {dtype}", dtype=y.dtype))
    y = y.astype(np.int64)
    if n is None:
        n = int(y.max()) + 1 if y.size else 0
    if y.size and (y.min() < 0 or y.max() >= n):
        bad = int(y[(y < 0) | (y >= n)][0])
        raise DataError(Message("one_hot: label {bad} is outside 0..{value}", bad=bad, value=n - 1))
    out = np.zeros((len(y), n), dtype=np.float32)
    out[np.arange(len(y)), y] = 1.0
    return out
