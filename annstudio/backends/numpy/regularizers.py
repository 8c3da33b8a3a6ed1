"""L1/L2 weight penalties as Keras' ``L1L2`` computes them: ``l1 * sum(|w|) + l2 * sum(w^2)``.

The penalty is added to the loss (after the mean over samples, as Keras adds ``model.losses``) and its
gradient ``l1 * sign(w) + 2 * l2 * w`` to the weight's gradient.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ...spec.layers import normalize_regularizer


class L1L2:
    """A penalty on one weight array ``w`` (any shape); ``grad`` has ``w``'s shape."""

    def __init__(self, l1: float = 0.0, l2: float = 0.0):
        self.l1 = float(l1)
        self.l2 = float(l2)

    @classmethod
    def from_config(cls, config: Any) -> L1L2 | None:
        """``None`` for no penalty; accepts ``{"l1", "l2"}`` or Keras' ``L1``/``L2``/``L1L2`` configs."""
        config = normalize_regularizer(config)
        return None if config is None else cls(config["l1"], config["l2"])

    def get_config(self) -> dict[str, float]:
        return {"l1": self.l1, "l2": self.l2}

    def penalty(self, w: np.ndarray) -> float:
        flat = w.reshape(-1)
        value = 0.0
        if self.l1:
            value += self.l1 * float(np.add.reduce(np.abs(flat)))
        if self.l2:
            value += self.l2 * float(np.dot(flat, flat))
        return value

    def add_gradient(self, w: np.ndarray, grad: np.ndarray, tmp: np.ndarray | None = None) -> None:
        """``grad += l1 * sign(w) + 2 * l2 * w`` in place (``tmp``: optional scratch array of ``w``'s shape)."""
        if tmp is None:
            tmp = np.empty_like(w)
        if self.l1:
            np.sign(w, out=tmp)
            tmp *= self.l1
            grad += tmp
        if self.l2:
            np.multiply(w, 2.0 * self.l2, out=tmp)
            grad += tmp
