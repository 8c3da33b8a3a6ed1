"""Metrics with Keras names, accumulated over an epoch the way Keras does (weighted by batch size)."""
from __future__ import annotations

import numpy as np

from ..messages import Message, MessageError
from ..spec import training


def accuracy_kind(loss: dict, output_units: int) -> str:
    """Which accuracy Keras' ``"accuracy"`` means for this loss config and output (``spec.training``'s rule)."""
    return training.accuracy_kind(loss["name"], output_units)


def batch_metric(name: str, kind: str, y_true: np.ndarray, y_pred: np.ndarray, threshold: float) -> float:
    """Mean value of metric ``name`` on one batch. ``y_true`` is in the form the loss uses."""
    if name == "accuracy":  # count_nonzero / size: the same value as np.mean of the booleans, at a fraction of the cost
        if kind == "sparse":
            hits = np.argmax(y_pred, axis=-1) == y_true.reshape(-1)
        elif kind == "categorical":
            hits = np.argmax(y_pred, axis=-1) == np.argmax(y_true, axis=-1)
        else:
            hits = (y_pred > threshold) == (y_true > 0.5)
        return np.count_nonzero(hits) / hits.size if hits.size else float("nan")  # (np.mean's value for none)
    diff = y_pred - y_true.reshape(y_pred.shape)
    if name == "mae":
        return float(np.mean(np.abs(diff)))
    if name == "mse":
        return float(np.mean(diff * diff))
    raise MessageError(Message("unknown metric {name!r}; expected accuracy, mae or mse", name=name))


class MetricTracker:
    """Running, batch-size-weighted means of the loss and metrics over one epoch."""

    def __init__(self, names: list[str], kind: str, threshold: float) -> None:
        self.names = list(names)
        self.kind = kind
        self.threshold = threshold
        self.reset()

    def reset(self) -> None:
        self._sums = {"loss": 0.0, **{n: 0.0 for n in self.names}}
        self._count = 0

    def update(self, loss: float, y_true: np.ndarray, y_pred: np.ndarray) -> None:
        n = len(y_pred)
        self._count += n
        self._sums["loss"] += loss * n
        for name in self.names:
            self._sums[name] += batch_metric(name, self.kind, y_true, y_pred, self.threshold) * n

    def result(self, prefix: str = "") -> dict[str, float]:
        count = max(self._count, 1)
        return {prefix + k: v / count for k, v in self._sums.items()}
