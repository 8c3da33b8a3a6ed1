"""Gradient sizes per layer: mean |∂E/∂W| of each layer's kernel on a fixed sample (``GradientSizeProbe``,
drawn by ``annstudio.gui.views.gradient_view``).

The vanishing-gradient story (CURRICULUM.md §3): backpropagation multiplies one f'(z) per layer on the way
down. sigmoid's derivative is at most 0.25, so in a deep sigmoid stack the first layers get a small share
of the gradient the last layer gets and barely learn; ReLU's derivative is 1 where it is active.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from ...backends.base import TrainableModel
from ..session import prepare_targets
from .common import Throttle, weak


def gradient_sizes(model: TrainableModel, x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """``{layer name: mean |∂E/∂W|}`` over each kernel (Dense, Conv... every ``layer/kernel``), in the
    model's layer order, from the backend's gradients of the loss on the batch ``(x, y)``."""
    _, grads = model.loss_and_grads(x, y)
    return {key.rsplit("/", 1)[0]: float(np.mean(np.abs(g))) for key, g in grads.items()
            if key.endswith("/kernel")}


class GradientSizeProbe:
    """A probe for ``TrainingRunner.add_probe``: ``{"gradients": {"layers": [...], "sizes": array}}``
    (mean |∂E/∂W| per layer) on a fixed sample of the training set (``sample_size`` samples drawn once
    per dataset with a generator seeded by ``seed``), at most ``max_rate`` times a second and at most
    ``budget`` of the trainer's time. ``key`` names the result; ``kernels`` adds every kernel's gradient."""

    fresh_results = True

    def __init__(self, sample_size: int = 128, max_rate: float | None = 10.0, budget: float | None = 0.1,
                 seed: int = 0, clock: Callable[[], float] = time.monotonic, *, key: str = "gradients",
                 kernels: bool = False, epoch_budget: float | None = None) -> None:
        if isinstance(sample_size, bool) or not isinstance(sample_size, int) or sample_size < 1:
            raise ValueError(f"sample_size must be a positive integer, got {sample_size!r}")
        self._throttle = Throttle(max_rate, clock)
        #: also measured at epoch ends (``at_epoch_end``, called by the training worker after each epoch)
        #: while that costs at most this share of the training time: a fast run then has a point for every
        #: epoch or every few, where a few looks a second left two points and a line between them
        self.epoch_budget = epoch_budget
        self._epoch_throttle = Throttle(None, clock)
        self.key = key
        #: also send every kernel's gradient (``"kernels": {"layer/kernel": ∂E/∂W}``), for the diagram
        self.kernels = kernels
        #: False: the probe sends nothing (its view does not show gradients now)
        self.active = True
        self.sample_size = sample_size
        self.max_rate = max_rate
        self.budget = budget
        self.seed = int(seed)
        self._dataset: Callable[[], Any] | None = None
        self._sample: tuple[np.ndarray, np.ndarray, str] | None = None

    def __call__(self, model: TrainableModel, dataset: Any, *, force: bool = False) -> dict[str, Any]:
        if not self.active or dataset is None or getattr(model, "loss_config", None) is None:
            return {}
        if not self._throttle.due(force):
            return {}
        began = time.perf_counter()
        result = self.compute(model, dataset)
        self._throttle.spent(time.perf_counter() - began, self.budget)
        return result

    def at_epoch_end(self, model: TrainableModel, dataset: Any) -> dict[str, Any]:
        """The measurement at an epoch end, when ``epoch_budget`` allows one now (``{}`` otherwise)."""
        if (self.epoch_budget is None or not self.active or dataset is None
                or getattr(model, "loss_config", None) is None or not self._epoch_throttle.due()):
            return {}
        began = time.perf_counter()
        result = self.compute(model, dataset)
        self._epoch_throttle.spent(time.perf_counter() - began, self.epoch_budget)
        return result

    def sample(self, model: TrainableModel, dataset: Any) -> tuple[np.ndarray, np.ndarray]:
        """The fixed sample of the training set, targets prepared for the model's loss."""
        loss = model.loss_config or {}
        dtype = str(np.dtype(getattr(model, "dtype", "float32")))
        tag = f"{loss.get('name')}/{dtype}"
        if self._sample is None or self._dataset is None or self._dataset() is not dataset or self._sample[2] != tag:
            x = np.asarray(dataset.x_train)
            n = min(self.sample_size, len(x))
            rows = np.sort(np.random.default_rng(self.seed).choice(len(x), size=n, replace=False))
            y = prepare_targets(np.asarray(dataset.y_train)[rows], loss, dataset, dtype)
            self._sample = (x[rows].astype(dtype), y, tag)
            self._dataset = weak(dataset)
        return self._sample[0], self._sample[1]

    def compute(self, model: TrainableModel, dataset: Any) -> dict[str, Any]:
        x, y = self.sample(model, dataset)
        if tuple(x.shape[1:]) != tuple(model.spec.input_shape):
            return {}  # the data is not in the model's input form (e.g. features made from it): no look
        _, grads = model.loss_and_grads(x, y)
        kernels = {key: np.asarray(g) for key, g in grads.items() if key.endswith("/kernel")}
        result: dict[str, Any] = {
            "layers": [key.rsplit("/", 1)[0] for key in kernels],
            "sizes": np.array([float(np.mean(np.abs(g))) for g in kernels.values()], dtype=np.float64),
        }
        if self.kernels:
            result["kernels"] = {key: np.array(g) for key, g in kernels.items()}
        return {self.key: result}

    def reset_rate_limit(self) -> None:
        self._throttle.reset()
        self._epoch_throttle.reset()

    def __repr__(self) -> str:
        return f"GradientSizeProbe(sample_size={self.sample_size}, max_rate={self.max_rate})"
