"""The loss of a project's model as a surface of two of its weights, every other weight held where it is.

``ModelSurface(spec, x, y, loss, weights, first, second)`` builds the NumPy backend's model for ``spec``
(float64, so small differences show), sets ``weights`` (the trained model's, or the initial ones), and
evaluates ``model.compute_loss`` with the two chosen entries changed. The gradient is the backend's own
(``model.loss_and_grads``), read at those two entries. To stay quick the data is cut to ``MAX_SAMPLES``
samples and a grid has at most ``MAX_MODEL_GRID`` points per side.

A weight is named ``("layer/weight", index)``, e.g. ``("dense/kernel", (0, 1))``; ``weight_entries``
lists them for a model.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..backends.numpy import build_model
from ..spec import ModelSpec
from .descent import Surface

MAX_SAMPLES = 256
MAX_MODEL_GRID = 41
MAX_ENTRIES = 64      # entries of one weight array offered for picking

Entry = tuple[str, tuple[int, ...]]


def weight_entries(weights: dict[str, np.ndarray]) -> dict[str, list[tuple[int, ...]]]:
    """For each weight array, the indices of its first ``MAX_ENTRIES`` entries (row-major). Pass
    ``ModelSurface.trainable(spec)`` or a model's ``params``: only trainable weights have a gradient."""
    out = {}
    for name, value in weights.items():
        indices = [tuple(int(i) for i in idx) for idx in np.ndindex(value.shape)]
        if indices:
            out[name] = indices[:MAX_ENTRIES]
    return out


class ModelSurface(Surface):
    """Two weights of a model; see the module docstring. ``span``: how far each may move from its value
    (the box drawn is value ± span)."""

    def __init__(self, spec: ModelSpec, x: np.ndarray, y: np.ndarray, loss: Any,
                 weights: dict[str, np.ndarray] | None, first: Entry, second: Entry, span: float = 3.0,
                 seed: int = 0) -> None:
        self.model = build_model(spec, seed=seed, dtype="float64")
        self.model.compile(loss, "SGD")
        if weights:
            own = self.model.get_weights()
            # the trained model's values for the weights this spec still has (same name and shape)
            self.model.set_weights({k: np.asarray(v, dtype=np.float64) for k, v in weights.items()
                                    if k in own and own[k].shape == np.shape(v)})
        self.x = np.asarray(x[:MAX_SAMPLES], dtype=np.float64)
        self.y = y[:MAX_SAMPLES]
        self.entries = (first, second)
        current = self.model.params
        for name, index in self.entries:
            if name not in current or len(index) != current[name].ndim or not all(
                    0 <= i < s for i, s in zip(index, current[name].shape, strict=True)):
                raise ValueError(f"the model has no trainable weight {name}{list(index)}")
        self.names = (f"{first[0]}{list(first[1])}", f"{second[0]}{list(second[1])}")
        start = tuple(float(current[name][index]) for name, index in self.entries)
        self.start = (start[0], start[1])
        self.bounds = ((start[0] - span, start[0] + span), (start[1] - span, start[1] + span))
        self._views = [self.model.params[name] for name, _ in self.entries]

    @staticmethod
    def trainable(spec: ModelSpec) -> dict[str, np.ndarray]:
        """The trainable weights of ``spec``'s model (initial values), by ``"layer/weight"``."""
        return {k: v.copy() for k, v in build_model(spec, seed=0, dtype="float64").params.items()}

    def _set(self, p: np.ndarray) -> None:
        for view, (_, index), value in zip(self._views, self.entries, p, strict=True):
            view[index] = value

    def loss(self, p):
        self._set(p)
        with np.errstate(over="ignore", invalid="ignore"):
            return float(self.model.compute_loss(self.x, self.y))

    def grad(self, p):
        self._set(p)
        with np.errstate(over="ignore", invalid="ignore"):
            _, grads = self.model.loss_and_grads(self.x, self.y)
        return np.array([float(grads[name][index]) for name, index in self.entries])

    def grid(self, n: int = 31):
        return super().grid(min(int(n), MAX_MODEL_GRID))
