"""Numerical derivatives by central differences, and gradient checks against backpropagation.

``numerical_derivative(f, x)`` is the lecture notes' ``(f(x + eps) - f(x - eps)) / (2 eps)`` with
``eps = 1e-6``; ``numerical_gradient(f, x)`` does it for every element of an array, perturbing ``x`` in
place and restoring it. Use float64: in float32 a step of 1e-6 is below the precision of most values.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

EPS = 1e-6


def numerical_derivative(f: Callable[[Any], Any], x: Any, eps: float = EPS) -> Any:
    """Central difference of ``f`` at ``x`` (a number, or an array for an elementwise ``f``)."""
    return (f(x + eps) - f(x - eps)) / (2 * eps)


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, eps: float = EPS) -> np.ndarray:
    """d f(x) / d x for a scalar ``f``, element by element; ``x`` (float array) is perturbed in place and restored."""
    grad = np.zeros(x.shape, dtype=np.float64)
    flat_index = np.ndindex(x.shape)
    for idx in flat_index:
        original = x[idx]
        x[idx] = original + eps
        plus = float(f(x))
        x[idx] = original - eps
        minus = float(f(x))
        x[idx] = original
        grad[idx] = (plus - minus) / (2 * eps)
    return grad


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """``|a - b| / (|a| + |b|)`` with Euclidean norms (0 when both are 0)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    denom = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denom == 0 else float(np.linalg.norm(a - b) / denom)


def check_model_gradients(model, x: np.ndarray, y: np.ndarray, eps: float = EPS) -> dict[str, float]:
    """Relative error between ``model.loss_and_grads`` and numerical gradients, per ``"layer/weight"``.

    The model must be compiled (for its loss) and should be float64. Dropout masks are held fixed by
    restoring ``model.rng`` before every evaluation.
    """
    rng_state = model.rng.bit_generator.state

    def loss(_: np.ndarray) -> float:
        model.rng.bit_generator.state = rng_state
        return model.compute_loss(x, y, training=True)

    model.rng.bit_generator.state = rng_state
    _, analytic = model.loss_and_grads(x, y)
    errors = {name: relative_error(analytic[name], numerical_gradient(loss, param, eps))
              for name, param in model.params.items()}
    model.rng.bit_generator.state = rng_state
    return errors
