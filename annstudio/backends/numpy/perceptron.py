"""Threshold logic units, the lecture notes' logic gates, and Rosenblatt's perceptron learning rule.

A threshold logic unit (TLU) computes ``y = step(w·x + b)`` for one sample ``x`` of shape ``(d,)``;
on a batch ``X`` of shape ``(n, d)`` it returns ``n`` labels. The notes write the same unit with a
threshold θ instead of a bias: ``y = 1 if w·x > θ``, i.e. ``b = -θ``.

One TLU draws one straight line through the input plane, so it can realise AND, NAND, OR and NOR
but not XOR; two layers of them can (``xor_two_layer``). ``Perceptron`` learns the weights with
``w <- w + eta * (y - y_hat) * x`` and ``b <- b + eta * (y - y_hat)``.

This module is self-contained (NumPy only) so the perceptron chapter works without the rest of the
NumPy backend.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

ACTIVATIONS = ("step", "sign")


def _fires(z: np.ndarray, strict: bool) -> np.ndarray:
    """Heaviside: fire when ``z >= 0``; the notes' code (``if y > 0``) fires only when ``z > 0``."""
    return z > 0 if strict else z >= 0


def _as_samples(X, n_features: int | None = None) -> np.ndarray:
    """``X`` as a finite float array of shape ``(n, d)``; a ``ValueError`` says what is wrong."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must have shape (n_samples, n_features), got shape {X.shape}; "
                         "for one sample use X.reshape(1, -1)")
    if n_features is not None and X.shape[1] != n_features:
        raise ValueError(f"X has {X.shape[1]} feature columns, the unit has {n_features} weights")
    if not np.all(np.isfinite(X)):
        raise ValueError("X contains NaN or infinite values")
    return X


class ThresholdUnit:
    """A threshold logic unit ``y = phi(w·x + b)``.

    ``weights``: shape ``(d,)``. ``activation="step"`` outputs 0/1, ``"sign"`` outputs -1/+1.
    ``strict=False`` is the Heaviside step (fires when ``z >= 0``); ``strict=True`` is the notes'
    variant (fires when ``z > 0``). The notes' ``sgn(0) = 0`` is not used: the output is always a label.
    """

    def __init__(self, weights, bias: float = 0.0, activation: str = "step", strict: bool = False):
        w = np.array(weights, dtype=float)
        if w.ndim != 1 or w.size == 0:
            raise ValueError(f"weights must be a non-empty 1-D sequence (one per input), got shape {w.shape}")
        if not (np.all(np.isfinite(w)) and np.isfinite(bias)):
            raise ValueError(f"weights and bias must be finite, got weights={w.tolist()}, bias={bias}")
        if activation not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {ACTIVATIONS}, got {activation!r}")
        self.weights, self.bias = w, float(bias)
        self.activation, self.strict = activation, bool(strict)

    @classmethod
    def from_threshold(cls, weights, theta: float, activation: str = "step", strict: bool = True):
        """The notes' form ``y = 1 if w·x > theta``: the same unit with ``b = -theta``.

        ``strict`` defaults to True because the notes compare with ``>``; it matters on ties, e.g.
        ``(w1, w2, theta) = (1, 1, 1)`` is AND only when the input (1, 0) (``w·x == theta``) does not fire.
        """
        return cls(weights, -float(theta), activation=activation, strict=strict)

    @property
    def theta(self) -> float:
        return -self.bias

    def net_input(self, X) -> np.ndarray:
        """``z = X @ w + b``: ``X`` shape ``(n, d)`` -> shape ``(n,)``."""
        return _as_samples(X, self.weights.size) @ self.weights + self.bias

    def predict(self, X) -> np.ndarray:
        """Labels, shape ``(n,)``, ints: 0/1 for ``"step"``, -1/+1 for ``"sign"``."""
        low = 0 if self.activation == "step" else -1
        return np.where(_fires(self.net_input(X), self.strict), 1, low)

    def __repr__(self) -> str:
        return (f"ThresholdUnit(weights={self.weights.tolist()}, bias={self.bias}, "
                f"activation={self.activation!r}, strict={self.strict})")


# (w1, w2, b) from the notes. NOR is OR with every sign flipped, as NAND is AND with every sign flipped:
# negating w and b turns z into -z, so the unit fires exactly where the original did not (no input sits on z = 0).
GATE_WEIGHTS: dict[str, tuple[float, float, float]] = {
    "AND": (0.5, 0.5, -0.7),
    "NAND": (-0.5, -0.5, 0.7),
    "OR": (0.5, 0.5, -0.4),
    "NOR": (-0.5, -0.5, 0.4),
}


def gate(name: str) -> ThresholdUnit:
    """The hand-set unit for ``"AND"``, ``"NAND"``, ``"OR"`` or ``"NOR"`` (case-insensitive).

    It compares with ``> 0`` as the notes' code does; none of the four inputs lies on the line, so the
    Heaviside variant gives the same truth table.
    """
    key = name.upper()
    if key not in GATE_WEIGHTS:
        raise ValueError(f"unknown gate {name!r}; known gates: {', '.join(GATE_WEIGHTS)} "
                         "(XOR needs two layers: use xor_two_layer)")
    w1, w2, b = GATE_WEIGHTS[key]
    return ThresholdUnit((w1, w2), b, strict=True)


def xor_two_layer(X) -> np.ndarray:
    """XOR as a two-layer perceptron: ``AND(NAND(x1, x2), OR(x1, x2))``. ``X`` shape ``(n, 2)`` -> ``(n,)``."""
    hidden = np.column_stack([gate("NAND").predict(X), gate("OR").predict(X)])  # (n, 2): s1, s2
    return gate("AND").predict(hidden)


@dataclass
class PerceptronReport:
    """What ``Perceptron.fit`` did. ``errors_per_epoch[k]`` counts the updates (mistakes) in epoch k+1."""

    converged: bool
    epochs: int
    errors_per_epoch: list[int]
    weights: np.ndarray = field(repr=False)
    bias: float
    message: str


class Perceptron:
    """Rosenblatt's single-unit perceptron trained with ``w <- w + eta * (y - y_hat) * x``.

    Weights start at zero and are updated after every misclassified sample; an epoch is one pass over
    the data (in order, or shuffled with ``seed``). Training stops at the first epoch without mistakes
    (converged), after ``max_epochs``, or, without shuffling, as soon as the weights at the end of an epoch
    repeat an earlier epoch's: the rule then cycles forever, which the perceptron convergence theorem rules
    out for linearly separable data (XOR does this after a few epochs).

    ``activation="step"`` takes labels 0/1, ``"sign"`` takes -1/+1. After ``fit``: ``weights`` shape
    ``(d,)``, ``bias``, ``unit`` (the learned ``ThresholdUnit``) and ``history``, the list of
    ``(weights, bias)`` before training and after each epoch (``len(history) == epochs + 1``).
    """

    def __init__(self, learning_rate: float = 1.0, max_epochs: int = 100, shuffle: bool = False,
                 seed: int | None = None, fit_intercept: bool = True, activation: str = "step"):
        if not (np.isfinite(learning_rate) and learning_rate > 0):
            raise ValueError(f"learning_rate must be a positive number, got {learning_rate!r}")
        if isinstance(max_epochs, bool) or not isinstance(max_epochs, (int, np.integer)) or max_epochs < 1:
            raise ValueError(f"max_epochs must be a positive integer, got {max_epochs!r}")
        if activation not in ACTIVATIONS:
            raise ValueError(f"activation must be one of {ACTIVATIONS}, got {activation!r}")
        self.learning_rate, self.max_epochs = float(learning_rate), int(max_epochs)
        self.shuffle, self.seed, self.fit_intercept = shuffle, seed, fit_intercept
        self.activation = activation
        self.weights: np.ndarray | None = None
        self.bias = 0.0
        self.unit: ThresholdUnit | None = None
        self.history: list[tuple[np.ndarray, float]] = []

    def _check_labels(self, y, n: int) -> np.ndarray:
        y = np.asarray(y)
        if y.shape != (n,):
            raise ValueError(f"y must have shape ({n},) to match X, got shape {y.shape}")
        allowed = (0, 1) if self.activation == "step" else (-1, 1)
        bad = ~np.isin(y, allowed)
        if bad.any():
            raise ValueError(f"y must contain only the labels {set(allowed)} for activation="
                             f"{self.activation!r}, got {np.unique(y[bad])[:5].tolist()}")
        return y.astype(int)

    def fit(self, X, y) -> PerceptronReport:
        """Train on ``X`` shape ``(n, d)`` and labels ``y`` shape ``(n,)``; returns a ``PerceptronReport``."""
        X = _as_samples(X)
        if len(X) == 0:
            raise ValueError("X has no samples")
        y = self._check_labels(y, len(X))
        low = 0 if self.activation == "step" else -1
        rng = np.random.default_rng(self.seed)
        w, b = np.zeros(X.shape[1]), 0.0
        self.history = [(w.copy(), b)]
        seen = {(w.tobytes(), b): 0}  # end-of-epoch state -> epoch, to detect cycles
        errors_per_epoch: list[int] = []
        message = ""
        for epoch in range(1, self.max_epochs + 1):
            errors = 0
            for i in (rng.permutation(len(X)) if self.shuffle else range(len(X))):
                y_hat = 1 if _fires(X[i] @ w + b, strict=False) else low
                if y_hat != y[i]:
                    step = self.learning_rate * (y[i] - y_hat)
                    w = w + step * X[i]
                    if self.fit_intercept:
                        b += step
                    errors += 1
            errors_per_epoch.append(errors)
            self.history.append((w.copy(), float(b)))
            if errors == 0:
                message = f"converged after {epoch} epoch{'s' if epoch > 1 else ''}: the last epoch made no mistakes"
                break
            if not self.shuffle:
                earlier = seen.setdefault((w.tobytes(), b), epoch)
                if earlier != epoch:
                    message = (f"did not converge: the weights after epoch {epoch} equal those after epoch "
                               f"{earlier}, so the rule cycles forever; the data is not linearly separable "
                               "(e.g. XOR), by the perceptron convergence theorem")
                    break
        else:
            message = (f"did not converge in {self.max_epochs} epochs ({errors_per_epoch[-1]} mistakes in the "
                       "last one): the data may not be linearly separable (e.g. XOR), or it needs more epochs")
        self.weights, self.bias = w, float(b)
        self.unit = ThresholdUnit(w, b, activation=self.activation)
        return PerceptronReport(converged=errors_per_epoch[-1] == 0, epochs=len(errors_per_epoch),
                                errors_per_epoch=errors_per_epoch, weights=w.copy(), bias=self.bias, message=message)

    def net_input(self, X) -> np.ndarray:
        """``X @ weights + bias``: shape ``(n, d)`` -> ``(n,)``."""
        return self._fitted_unit().net_input(X)

    def predict(self, X) -> np.ndarray:
        """Labels for ``X`` shape ``(n, d)`` -> ``(n,)``, in the label set used for training."""
        return self._fitted_unit().predict(X)

    def _fitted_unit(self) -> ThresholdUnit:
        if self.unit is None:
            raise RuntimeError("this Perceptron is not trained yet: call fit(X, y) first")
        return self.unit
