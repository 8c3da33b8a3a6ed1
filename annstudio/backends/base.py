"""The small protocol both backends implement; everything above the backends is written once against it.

A backend builds a ``TrainableModel`` from a ``ModelSpec`` and a seed. Targets reach ``train_step`` and
``evaluate`` already in the form the loss expects (the trainer prepares them):

- ``sparse_categorical_crossentropy``: integer class labels, shape ``(n,)``;
- ``categorical_crossentropy``: one-hot rows, shape ``(n, classes)``;
- ``binary_crossentropy`` and regression losses: floats, shape ``(n, outputs)``.

Weights travel as an ordered ``dict`` of NumPy arrays keyed ``"<layer name>/<weight name>"`` in Keras'
order (layers in graph order; Dense: ``kernel`` (in, out) then ``bias``; BatchNormalization: ``gamma``,
``beta``, ``moving_mean``, ``moving_variance``).

Loss config: a Keras loss name, or ``{"name": ..., "from_logits": bool, "delta": float}``.
Optimizer config: Keras' form ``{"class_name": "SGD" | "Adam" | "RMSprop" | "Adagrad", "config": {...}}``
with Keras' argument names and defaults (``learning_rate``, ``momentum``, ``nesterov``, ``beta_1`` ...).
Both are read by ``spec.training`` (``normalize_loss``, ``normalize_optimizer``), the one place for their
names, aliases and defaults; the initial weights for a seed come from ``backends.initial_weights``.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

import numpy as np

from ..limits import rows_within_budget
from ..spec import ModelSpec


class TrainableModel(Protocol):
    spec: ModelSpec

    def compile(self, loss: str | dict[str, Any], optimizer: dict[str, Any]) -> None:
        """Choose the loss and optimizer (resets optimizer state)."""

    def train_step(self, x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
        """One update on a batch; returns (batch loss incl. regularization, training-mode outputs)."""

    def evaluate(self, x: np.ndarray, y: np.ndarray, batch_size: int = 256) -> tuple[float, np.ndarray]:
        """(mean loss incl. regularization, outputs) in inference mode."""

    def predict(self, x: np.ndarray, batch_size: int = 256) -> np.ndarray:
        """Outputs in inference mode, shape ``(n, *output_shape)``."""

    def layer_outputs(self, x: np.ndarray, training: bool = False) -> dict[str, np.ndarray]:
        """Every layer's output for one batch, ``{layer name: array}``, the input layer's included
        (inference mode unless ``training``; the model's state is unchanged afterwards). For probes."""

    @property
    def from_logits(self) -> bool:
        """The compiled loss takes logits (a linear output trained with ``from_logits=True``); False
        before :meth:`compile`."""

    def get_weights(self) -> dict[str, np.ndarray]:
        """Copies of all weights (trainable and not), keyed ``layer/weight``, in Keras order."""

    def set_weights(self, weights: dict[str, np.ndarray]) -> None:
        """Replace weights by name; shapes must match (a ``ValueError`` names the first mismatch)."""

    @property
    def learning_rate(self) -> float: ...

    @learning_rate.setter
    def learning_rate(self, value: float) -> None: ...

    def get_optimizer_state(self) -> dict[str, Any]:
        """Optimizer slots and iteration count as plain data (NumPy arrays), for exact resume."""

    @property
    def loss_config(self) -> dict[str, Any] | None:
        """The compiled loss in ``spec.training.normalize_loss``'s form (``{"name": ...}``); None before
        :meth:`compile`."""

    @property
    def optimizer_config(self) -> dict[str, Any] | None:
        """The compiled optimizer, ``{"class_name", "config"}`` with every default filled in and the
        current learning rate; None before :meth:`compile`."""

    def loss_and_grads(self, x: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
        """(batch loss incl. regularization, ``{"layer/weight": ∂loss/∂weight}`` for every trainable weight)
        in training mode, exactly the gradients :meth:`train_step` on this batch would apply; nothing is
        updated. For gradient views, gradient checks and the explained training step."""

    def compute_loss(self, x: np.ndarray, y: np.ndarray, training: bool = False) -> float:
        """The batch loss incl. regularization, without gradients or side effects."""

    def set_optimizer_state(self, state: dict[str, Any]) -> None: ...


def batch_bounds(n: int, batch_size: int, values_per_sample: int) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` of each batch of ``n`` rows for predict/evaluate; a batch whose layer outputs
    (``values_per_sample`` each) would not fit ``limits.MAX_BATCH_VALUES`` is made smaller (the same results,
    less memory at once)."""
    batch_size = int(batch_size)
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    batch_size = rows_within_budget(batch_size, values_per_sample)
    for start in range(0, n, batch_size):
        yield start, min(n, start + batch_size)
