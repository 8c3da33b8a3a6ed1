"""``WeightsProbe``: the model's weights, for the network diagram and the results panel's weight images."""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ...backends.base import TrainableModel
from .common import Throttle


class WeightsProbe:
    """The model's weights, for the network diagram: ``{"weights": {"layer/kernel": (in, out), ...},
    "weights_spec": model.spec.to_dict()}``.

    ``weights`` are copies from ``model.get_weights()`` (every weight, Keras' names and order);
    ``weights_spec`` is the spec of the model they belong to (plain data), so a view can draw the model
    that is training even when the editor's spec has changed since the run started.
    """

    key = "weights"
    #: results are new arrays the probe never touches again: the worker sends them without a copy
    fresh_results = True

    def __init__(self, max_rate: float | None = 10.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._throttle = Throttle(max_rate, clock)
        self.max_rate = self._throttle.max_rate

    def __call__(self, model: TrainableModel, dataset: Any = None, *, force: bool = False) -> dict[str, Any]:
        if not self._throttle.due(force):
            return {}
        return self.compute(model)

    def compute(self, model: TrainableModel, dataset: Any = None) -> dict[str, Any]:
        spec = getattr(model, "spec", None)
        out: dict[str, Any] = {self.key: model.get_weights()}
        if spec is not None:
            out["weights_spec"] = spec.to_dict()
        return out

    def reset_rate_limit(self) -> None:
        self._throttle.reset()

    def __repr__(self) -> str:
        return f"WeightsProbe(max_rate={self.max_rate})"
