"""What every probe shares: the rate limit (:class:`Throttle`), the probe protocol, the one way model
outputs become class probabilities (:func:`class_probabilities`), and small data helpers.

A probe is a callable ``probe(model, dataset, *, force=False) -> dict`` with a ``key`` (the name of its
result in the dict) and ``reset_rate_limit()``. The training worker calls it between steps; it returns
``{}`` when its rate limit says "not yet", and ``force=True`` skips that limit (the worker forces one
last look before it reports a pause or the end of a run, so what a view shows then is exact).
Probes run in worker threads only: the training worker, or a one-shot probe job while no batch runs.
"""
from __future__ import annotations

import math
import time
import weakref
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from ...backends.base import TrainableModel


class Probe(Protocol):
    """What the worker calls (see the module docstring)."""

    key: str

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False) -> dict[str, Any]: ...

    def reset_rate_limit(self) -> None: ...


#: a result is let through when this fraction of ``1 / max_rate`` has passed since the last one, so a
#: caller at exactly a multiple of the rate (payloads 1/30 or 1/15 s apart, with jitter) is answered
#: every 2nd (15/s) or 3rd (10/s) call instead of every 3rd or 4th
RATE_TOLERANCE = 0.9


class Throttle:
    """``due()`` is true at most about ``max_rate`` times a second (wall clock; ``None``: always).

    ``spent(seconds, budget)`` stretches the wait after an expensive result so that computing results
    takes at most the ``budget`` share of the caller's time. ``due(force=True)`` is always true (and
    counts as a result: the next one waits the usual gap).
    """

    def __init__(self, max_rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if max_rate is not None and (isinstance(max_rate, bool) or not isinstance(max_rate, (int, float))
                                     or not max_rate > 0):
            raise ValueError(f"max_rate must be a positive number of results per second or None, got {max_rate!r}")
        self.max_rate = None if max_rate is None else float(max_rate)
        self._gap = 0.0 if max_rate is None else RATE_TOLERANCE / float(max_rate)
        self._clock = clock
        self._last = -math.inf
        self._extra = 0.0

    def now(self) -> float:
        return self._clock()

    def due(self, force: bool = False) -> bool:
        now = self._clock()
        if not force and now - self._last < max(self._gap, self._extra):
            return False
        self._last = now
        return True

    def spent(self, seconds: float, budget: float | None) -> None:
        """The last result took ``seconds``: wait ``seconds / budget`` before the next."""
        self._extra = seconds / budget if budget else 0.0

    def reset(self) -> None:
        self._last = -math.inf
        self._extra = 0.0


def weak(obj: Any) -> Callable[[], Any]:
    """A weak reference to ``obj`` (a plain closure for objects that cannot be weakly referenced)."""
    try:
        return weakref.ref(obj)
    except TypeError:
        return lambda: obj


def output_link(model: TrainableModel, k: int) -> str | None:
    """How a classifier's outputs become probabilities: ``None`` (they are: sigmoid/softmax output layer),
    ``"sigmoid"``/``"softmax"`` (logits: a linear output trained with ``from_logits=True``), ``"clip"``."""
    layers = getattr(getattr(model, "spec", None), "layers", None)
    last = layers[-1] if layers else None
    if last is not None and last.kind in ("Dense", "Activation") and last.config.get("activation") in ("sigmoid", "softmax"):
        return None
    from_logits = getattr(model, "from_logits", None)
    if from_logits is None:  # a model outside the two backends: its loss object may say
        from_logits = getattr(getattr(model, "loss", None), "from_logits", False)
    if bool(from_logits):
        return "sigmoid" if k == 1 else "softmax"
    return "clip"


def class_probabilities(out: Any, model: TrainableModel) -> np.ndarray:
    """A classifier's outputs ``(n, k)`` as probabilities (float32): a sigmoid/softmax output layer's values
    as they are; logits (a linear output trained with ``from_logits=True``) through sigmoid (k = 1) or
    softmax; anything else clipped to [0, 1]."""
    out = np.asarray(out).reshape(len(out), -1)
    link = output_link(model, out.shape[1])
    if link == "sigmoid":
        out = np.exp(-np.logaddexp(0.0, -out.astype(np.float64)))
    elif link == "softmax":
        shifted = out.astype(np.float64) - out.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        out = e / e.sum(axis=1, keepdims=True)
    elif link == "clip":
        out = np.clip(out, 0.0, 1.0)
    return out.astype(np.float32, copy=False)


def output_probabilities(out: Any, model: TrainableModel, task: str) -> np.ndarray:
    """Model outputs ``(rows, k)`` as float32: :func:`class_probabilities` for classifiers, the predicted
    values for regression."""
    if task == "regression":
        return np.asarray(out).reshape(len(out), -1).astype(np.float32, copy=False)
    return class_probabilities(out, model)


def image_shape(dataset: Any) -> tuple[int, int] | None:
    """``(height, width)`` when the samples are images: 2-D samples (``(28, 28)``, or ``(h, w, 1)``),
    or a square number >= 64 of inputs (flattened images: digits' 64 = 8x8, 784 = 28x28); else ``None``."""
    if dataset is None:
        return None
    shape = tuple(int(d) for d in np.shape(dataset.x_train)[1:])
    if len(shape) == 2:
        return (shape[0], shape[1])
    if len(shape) == 3 and shape[2] == 1:
        return (shape[0], shape[1])
    if len(shape) == 1:
        side = math.isqrt(shape[0])
        if shape[0] >= 64 and side * side == shape[0]:
            return (side, side)
    return None
